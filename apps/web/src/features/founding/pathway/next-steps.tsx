import type { FoundingPathway } from '@asaka/contracts';
import { useId } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { CsvButton } from '../csv-button';
import { areasLabel, japanDay, myReportsPath } from '../format';

/** Where the consultations and the seminars are booked (other features' pages). */
const consultationsPath = '/consultations';
const seminarsPath = '/events?kind=seminar';

/**
 * What the person does next: while the rule is not met, what is missing and where to book it;
 * once it is, since when, and how to apply for the certificate at the city, with the session
 * dates to bring.
 */
export function NextSteps({ pathway }: { pathway: FoundingPathway }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const titleId = useId();
  const csv = (
    <CsvButton
      path={`/founding-pathway/${encodeURIComponent(pathway.userId)}/sessions.csv`}
      fallbackName={`founding-pathway-${pathway.userId.slice(0, 8)}.csv`}
      label={t('founding.pathway.download')}
    />
  );

  if (pathway.qualifies) {
    return (
      <section aria-labelledby={titleId} className="pathway-next pathway-next--apply">
        <h2 id={titleId}>{t('founding.pathway.applyTitle')}</h2>
        {pathway.qualifiedAt && <p>{t('founding.pathway.applySince', { date: japanDay(pathway.qualifiedAt, language) })}</p>}
        <p>{t('founding.pathway.applyHow')}</p>
        <p>{t('founding.pathway.applyBenefits')}</p>
        {csv}
        <p>
          <Link href={myReportsPath}>{t('founding.pathway.reportLink')}</Link>
        </p>
      </section>
    );
  }

  const steps: string[] = [];
  if (pathway.sessionCount === 0) steps.push(t('founding.pathway.nextFirst'));
  else if (pathway.sessionsNeeded > 0) steps.push(t('founding.pathway.nextSessions', { count: pathway.sessionsNeeded }));
  if (pathway.areasMissing.length > 0 && pathway.sessionCount > 0) steps.push(t('founding.pathway.nextAreas', { areas: areasLabel(t, pathway.areasMissing) }));
  if (!pathway.spansAMonth && pathway.earliestCompletion) steps.push(t('founding.pathway.nextSpan', { date: japanDay(pathway.earliestCompletion, language) }));

  return (
    <section aria-labelledby={titleId} className="pathway-next">
      <h2 id={titleId}>{t('founding.pathway.nextTitle')}</h2>
      <ul className="pathway-next__steps">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      <ul className="inline-links">
        <li>
          <Link href={consultationsPath} className="button button--primary">
            {t('founding.pathway.bookConsultation')}
          </Link>
        </li>
        <li>
          <Link href={seminarsPath} className="button button--secondary">
            {t('founding.pathway.findSeminars')}
          </Link>
        </li>
      </ul>
      {pathway.sessionCount > 0 && csv}
      <p>
        <Link href={myReportsPath}>{t('founding.pathway.reportLink')}</Link>
      </p>
    </section>
  );
}
