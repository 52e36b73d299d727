import type { FoundingPathway } from '@asaka/contracts';
import { FOUNDING_AREAS } from '@asaka/domain';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { areaLabel, areasLabel, japanDay } from '../format';

export type PathwayProgress = Pick<
  FoundingPathway,
  'sessionCount' | 'sessionsNeeded' | 'areasCovered' | 'areasMissing' | 'spansAMonth' | 'earliestCompletion' | 'qualifies' | 'qualifiedAt'
>;

/** ✓ or ✗ for the eye; the words beside it say the same, so neither colour nor the mark is needed. */
function Mark({ met }: { met: boolean }) {
  return (
    <span className="pathway-mark" aria-hidden="true">
      {met ? '✓' : '✗'}
    </span>
  );
}

function Check({ met, line, state, children }: { met: boolean; line: string; state: string; children?: ReactNode }) {
  return (
    <li className={`pathway-check pathway-check--${met ? 'met' : 'unmet'}`}>
      <Mark met={met} />
      <div className="pathway-check__text">
        <p className="pathway-check__line">{line}</p>
        <p className="pathway-check__state">{state}</p>
        {children}
      </div>
    </li>
  );
}

/**
 * Where a person stands on the three conditions of the certificate (4 sessions, over a month, the
 * four areas), each met or not in words and with ✓ / ✗, and the missing areas named. Used on the
 * person's own page and on staff's page of one person.
 */
export function ProgressSummary({ progress, firstAt, lastAt }: { progress: PathwayProgress; firstAt: string | null; lastAt: string | null }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const titleId = useId();
  const met = t('founding.pathway.met');

  const sessionsMet = progress.sessionsNeeded === 0;
  const first = firstAt ? japanDay(firstAt, language) : null;
  const last = lastAt ? japanDay(lastAt, language) : null;
  const spanLine = !first
    ? t('founding.pathway.spanNone')
    : !last || first === last
      ? t('founding.pathway.spanSingle', { first })
      : t('founding.pathway.span', { first, last });
  const spanState = progress.spansAMonth
    ? met
    : progress.earliestCompletion
      ? t('founding.pathway.spanFrom', { date: japanDay(progress.earliestCompletion, language) })
      : t('founding.pathway.notMet');
  const areasMet = progress.areasMissing.length === 0;

  return (
    <section aria-labelledby={titleId} className="pathway-progress">
      <h2 id={titleId}>{t('founding.pathway.progressTitle')}</h2>
      <p className={`pathway-verdict pathway-verdict--${progress.qualifies ? 'met' : 'unmet'}`}>
        <Mark met={progress.qualifies} />
        <span>
          {progress.qualifies && progress.qualifiedAt
            ? t('founding.pathway.qualified', { date: japanDay(progress.qualifiedAt, language) })
            : t('founding.pathway.notQualified')}
        </span>
      </p>
      <ul className="pathway-checks">
        <Check
          met={sessionsMet}
          line={t('founding.pathway.sessions', { n: progress.sessionCount })}
          state={sessionsMet ? met : t('founding.pathway.sessionsMissing', { count: progress.sessionsNeeded })}
        />
        <Check met={progress.spansAMonth} line={spanLine} state={spanState} />
        <Check
          met={areasMet}
          line={t('founding.pathway.areasLine', { covered: progress.areasCovered.length })}
          state={areasMet ? met : t('founding.pathway.areasMissing', { areas: areasLabel(t, progress.areasMissing) })}
        >
          <ul className="pathway-areas">
            {FOUNDING_AREAS.map((area) => {
              const covered = progress.areasCovered.includes(area);
              return (
                <li key={area} className={`pathway-area pathway-area--${covered ? 'met' : 'unmet'}`}>
                  <Mark met={covered} />
                  <span>{t('founding.pathway.areaState', { area: areaLabel(t, area), state: t(covered ? 'founding.pathway.areaCovered' : 'founding.pathway.areaMissing') })}</span>
                </li>
              );
            })}
          </ul>
        </Check>
      </ul>
    </section>
  );
}
