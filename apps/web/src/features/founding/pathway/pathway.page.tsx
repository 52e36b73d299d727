import type { FoundingPathway } from '@asaka/contracts';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query';
import { usePageTitle } from '../../../ui/use-page-title';
import { SignedIn } from '../signed-in';
import { NextSteps } from './next-steps';
import { PathwayRule } from './pathway-rule';
import { ProgressSummary } from './progress-summary';
import { SessionList } from './session-list';

/**
 * 「特定創業支援等事業の受講状況」: the person's progress toward the city's certificate — the rule,
 * where they stand on each condition, their sessions, and what to do next (or how to apply).
 */
export function PathwayPage() {
  const { t } = useTranslation();
  usePageTitle(t('founding.pathway.title'));
  return (
    <div className="wide-page founding-page">
      <h1>{t('founding.pathway.title')}</h1>
      <p>{t('founding.pathway.lead')}</p>
      <SignedIn>{() => <MyPathway />}</SignedIn>
    </div>
  );
}

function MyPathway() {
  const { t } = useTranslation();
  const pathway = useApiQuery<FoundingPathway>('/me/founding-pathway');
  if (pathway.isError) {
    return (
      <p role="alert" className="form-status__failed">
        {pathway.error.message}
      </p>
    );
  }
  if (!pathway.data) return <p role="status">{t('form.loading')}</p>;
  return <PathwayDetails pathway={pathway.data} />;
}

/** The rule, the progress, the next steps and the sessions; staff's page of one person shows the progress and the sessions. */
export function PathwayDetails({ pathway, forStaff = false }: { pathway: FoundingPathway; forStaff?: boolean }) {
  const first = pathway.sessions[0]?.startsAt ?? null;
  const last = pathway.sessions[pathway.sessions.length - 1]?.startsAt ?? null;
  return (
    <>
      {!forStaff && <PathwayRule />}
      <ProgressSummary progress={pathway} firstAt={first} lastAt={last} />
      {!forStaff && <NextSteps pathway={pathway} />}
      <SessionList sessions={pathway.sessions} />
    </>
  );
}
