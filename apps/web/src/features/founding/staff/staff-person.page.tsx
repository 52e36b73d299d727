import type { FoundingPathway } from '@asaka/contracts';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApiQuery } from '../../../api/use-api-query';
import { usePageTitle } from '../../../ui/use-page-title';
import { AccessProblem, StaffGate } from '../../staff/staff-access';
import { CsvButton } from '../csv-button';
import { staffPathwayPath } from '../format';
import { PathwayDetails } from '../pathway/pathway.page';

/** One person's progress for staff (the read is audited): the three conditions, the sessions, and their CSV. */
export function StaffPersonPage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const pathway = useApiQuery<FoundingPathway>(`/founding-pathway/${encodeURIComponent(userId)}`);
  const name = pathway.data?.displayName;
  usePageTitle(name ? t('founding.staff.person.pageTitle', { name }) : t('founding.staff.person.title'));
  return (
    <StaffGate title={name ? t('founding.staff.person.heading', { name }) : t('founding.staff.person.title')}>
      {() => (
        <>
          <p className="breadcrumb">
            <Link href={staffPathwayPath}>{t('founding.staff.backToPathwayList')}</Link>
          </p>
          {pathway.isError ? (
            <AccessProblem error={pathway.error} />
          ) : !pathway.data ? (
            <p role="status">{t('form.loading')}</p>
          ) : (
            <>
              <CsvButton
                path={`/founding-pathway/${encodeURIComponent(pathway.data.userId)}/sessions.csv`}
                fallbackName={`founding-pathway-${pathway.data.userId.slice(0, 8)}.csv`}
                label={t('founding.staff.person.download', { name: pathway.data.displayName })}
              />
              <PathwayDetails pathway={pathway.data} forStaff />
            </>
          )}
        </>
      )}
    </StaffGate>
  );
}
