import type { PathwaySessionView } from '@asaka/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { areasLabel, sessionTime } from '../format';

/**
 * The sessions that count, earliest first, numbered as a certificate lists them: when (Japan
 * time), consultation or seminar, with whom or which, and the areas covered. A list rather than a
 * table so that it reads on a phone without scrolling sideways.
 */
export function SessionList({ sessions }: { sessions: readonly PathwaySessionView[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="pathway-sessions">
      <h2 id={titleId}>{t('founding.pathway.sessionsTitle')}</h2>
      {sessions.length === 0 ? (
        <p>{t('founding.pathway.noSessions')}</p>
      ) : (
        <ol aria-label={t('founding.pathway.sessionsCaption', { n: sessions.length })} className="pathway-session-list">
          {sessions.map((session, index) => (
            <li key={`${session.kind}-${session.id}`} className="pathway-session">
              <h3 className="pathway-session__title">
                {t('founding.pathway.sessionNumber', { number: index + 1 })}{' '}
                <time dateTime={session.startsAt}>{sessionTime(session.startsAt, language)}</time>
              </h3>
              <dl className="pathway-session__facts">
                <div>
                  <dt>{t('founding.pathway.kind')}</dt>
                  <dd>
                    <span className={`badge badge--pathway-${session.kind}`}>{t(`founding.kinds.${session.kind}`)}</span>
                  </dd>
                </div>
                <div>
                  <dt>{t('founding.pathway.content')}</dt>
                  <dd>{session.title}</dd>
                </div>
                <div>
                  <dt>{t('founding.pathway.areas')}</dt>
                  <dd>{areasLabel(t, session.areas)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
