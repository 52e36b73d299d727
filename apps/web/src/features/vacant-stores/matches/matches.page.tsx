import type { StoreMatch, StoreMatchPage, StoreMatchStats } from '@asaka/contracts';
import { STORE_INQUIRY_LET_STATUSES } from '@asaka/domain';
import { keepPreviousData, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useApiClient } from '../../../api/api-client-context';
import { isApiError } from '../../../api/client';
import { useApiQuery } from '../../../api/use-api-query';
import { currentLanguage } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { DataTable } from '../../../ui/data-table';
import { SelectField, SubmitButton } from '../../../ui/form';
import { formatJapanDateTime } from '../../../ui/japan-time';
import { Pagination, ResultCount } from '../../../ui/pagination';
import { usePageTitle } from '../../../ui/use-page-title';
import { pageFrom, staffPageSize } from '../../staff/filters';
import { AccessProblem, StaffGate } from '../../staff/staff-access';
import { forgetInquiries, InquiryStatusBadge } from '../inquiries/inquiry-labels';
import { currentFiscalYear, fiscalYearChoices, matchFiltersFrom, matchSearchFor, type LetStatus, type MatchFilters } from './matches-filters';

export const matchesPath = '/staff/vacant-stores/matches';
const fieldIds = { fiscalYear: 'matches-fiscal-year', status: 'matches-status' } as const;

/**
 * 「空き店舗の成約確認」: the stores let through the platform, those whose tenant confirmed (waiting
 * for the city) first, with the button to confirm the match; above them, 空き店舗の活用件数 of a
 * fiscal year, the figure the city reports for plan 1-1.
 */
export function MatchesPage() {
  const { t } = useTranslation();
  usePageTitle(t('vacantStores.inquiries.matches.title'));
  return <StaffGate title={t('vacantStores.inquiries.matches.title')}>{() => <Matches />}</StaffGate>;
}

function Matches() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const filters = matchFiltersFrom(params);
  const page = pageFrom(params);
  const [confirmed, setConfirmed] = useState<string | null>(null);

  return (
    <>
      <p>{t('vacantStores.inquiries.matches.lead')}</p>
      <MatchFilterForm key={matchSearchFor(filters)} initial={filters} />
      <MatchCount fiscalYear={filters.fiscalYear} />
      <div role="status" className="form-status">
        {confirmed && <p className="form-status__done">{confirmed}</p>}
      </div>
      <MatchList filters={filters} page={page} onConfirmed={setConfirmed} />
    </>
  );
}

function MatchFilterForm({ initial }: { initial: MatchFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState({ fiscalYear: String(initial.fiscalYear), status: initial.status as string });
  return (
    <Form
      validationBehavior="aria"
      className="filter-form matches-filters"
      onSubmit={(event) => {
        event.preventDefault();
        const next = matchFiltersFrom(new URLSearchParams(values));
        void navigate({ pathname: matchesPath, search: matchSearchFor(next) });
      }}
    >
      <div className="filter-form__fields">
        <SelectField
          id={fieldIds.fiscalYear}
          name="fiscalYear"
          label={t('vacantStores.inquiries.matches.fiscalYear')}
          value={values.fiscalYear}
          onChange={(fiscalYear) => setValues((previous) => ({ ...previous, fiscalYear }))}
          options={fiscalYearChoices(initial.fiscalYear).map((year) => ({
            value: String(year),
            label: t('vacantStores.inquiries.matches.fiscalYearOption', { year, next: year + 1 }),
          }))}
        />
        <SelectField
          id={fieldIds.status}
          name="status"
          label={t('vacantStores.inquiries.matches.statusFilter')}
          value={values.status}
          onChange={(status) => setValues((previous) => ({ ...previous, status }))}
          options={[
            { value: '', label: t('vacantStores.inquiries.matches.allStatuses') },
            ...STORE_INQUIRY_LET_STATUSES.map((status) => ({ value: status, label: t(`vacantStores.inquiries.statuses.${status}`) })),
          ]}
        />
      </div>
      <div className="form__actions">
        <SubmitButton isPending={false}>{t('vacantStores.inquiries.matches.show')}</SubmitButton>
      </div>
    </Form>
  );
}

/** The KPI figure: a live region, so a new year's count (or one raised by a confirmation) is read out. */
function MatchCount({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useTranslation();
  const stats = useApiQuery<StoreMatchStats>('/vacant-stores/stats/matches', { fiscalYear });
  return (
    <section aria-labelledby="matches-count-title" className="kpi">
      <h2 id="matches-count-title">{t('vacantStores.inquiries.matches.countTitle')}</h2>
      {stats.isError ? (
        <AccessProblem error={stats.error} />
      ) : (
        <p role="status" className="kpi__figure">
          {stats.data
            ? t('vacantStores.inquiries.matches.count', { year: stats.data.fiscalYear, count: stats.data.confirmedMatches })
            : t('vacantStores.inquiries.matches.countLoading')}
        </p>
      )}
    </section>
  );
}

function MatchList({ filters, page, onConfirmed }: { filters: MatchFilters; page: number; onConfirmed: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const query: { page: number; pageSize: number; status?: LetStatus } = { page, pageSize: staffPageSize };
  if (filters.status) query.status = filters.status;
  const matches = useApiQuery<StoreMatchPage>('/vacant-stores/matches', query, { placeholderData: keepPreviousData });
  const [asking, setAsking] = useState<StoreMatch | null>(null);
  const confirm = useMutation({
    mutationFn: (match: StoreMatch) => client.request<StoreMatch>(`/vacant-stores/${encodeURIComponent(match.vacantStoreId)}/confirm-match`, { method: 'POST' }),
  });
  const when = (iso: string) => <time dateTime={iso}>{formatJapanDateTime(iso, language)}</time>;

  const run = (match: StoreMatch) => {
    if (confirm.isPending) return;
    confirm.mutate(match, {
      onSuccess: async (updated) => {
        setAsking(null);
        onConfirmed(t('vacantStores.inquiries.matches.confirmed', { title: updated.storeTitle, year: updated.fiscalYear ?? currentFiscalYear() }));
        await forgetInquiries(queryClient);
      },
    });
  };

  if (matches.isError) return <AccessProblem error={matches.error} />;
  if (!matches.data) return <p role="status">{t('form.loading')}</p>;
  return (
    <>
      <ResultCount page={matches.data.page} pageSize={matches.data.pageSize} total={matches.data.total} shown={matches.data.items.length} />
      {matches.data.items.length > 0 && (
        <DataTable caption={t('vacantStores.inquiries.matches.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('vacantStores.inquiries.matches.columns.store')}</th>
              <th scope="col">{t('vacantStores.inquiries.matches.columns.organization')}</th>
              <th scope="col">{t('vacantStores.inquiries.matches.columns.seeker')}</th>
              <th scope="col">{t('vacantStores.inquiries.matches.columns.status')}</th>
              <th scope="col">{t('vacantStores.inquiries.matches.columns.letAt')}</th>
              <th scope="col">{t('vacantStores.inquiries.matches.columns.confirmedAt')}</th>
              <th scope="col">{t('vacantStores.inquiries.matches.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {matches.data.items.map((match) => (
              <tr key={match.inquiryId}>
                <th scope="row">
                  <Link href={`/staff/vacant-stores/review/${encodeURIComponent(match.vacantStoreId)}`}>{match.storeTitle}</Link>
                </th>
                <td>{match.organizationName}</td>
                <td>
                  {match.seekerName}
                  <br />
                  <span className="field__hint">{match.plannedBusiness}</span>
                </td>
                <td>
                  <InquiryStatusBadge status={match.status} />
                </td>
                <td>{when(match.letAt)}</td>
                <td>
                  {match.seekerConfirmedAt && <p className="table-note">{t('vacantStores.inquiries.matches.seekerConfirmed', { at: formatJapanDateTime(match.seekerConfirmedAt, language) })}</p>}
                  {match.seekerDisputedAt && <p className="table-note">{t('vacantStores.inquiries.matches.seekerDisputed', { at: formatJapanDateTime(match.seekerDisputedAt, language) })}</p>}
                  {match.matchConfirmedAt && (
                    <p className="table-note">
                      {t('vacantStores.inquiries.outcome.matchConfirmedAt', { at: formatJapanDateTime(match.matchConfirmedAt, language) })}
                      {match.fiscalYear !== null && (
                        <>
                          <br />
                          {t('vacantStores.inquiries.matches.countedIn', { year: match.fiscalYear })}
                        </>
                      )}
                    </p>
                  )}
                </td>
                <td>
                  {match.canConfirm && (
                    <Button
                      className="button button--primary"
                      aria-label={t('vacantStores.inquiries.matches.confirmLabel', { title: match.storeTitle })}
                      onPress={() => {
                        confirm.reset();
                        setAsking(match);
                      }}
                    >
                      {t('vacantStores.inquiries.matches.confirm')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pagination page={page} pageSize={staffPageSize} total={matches.data.total} hrefFor={(target) => `${matchesPath}${matchSearchFor(filters, target)}`} />
      {asking && (
        <ConfirmDialog
          isOpen
          onOpenChange={(isOpen) => {
            if (!isOpen) setAsking(null);
          }}
          title={t('vacantStores.inquiries.matches.confirmDialog.title', { title: asking.storeTitle })}
          confirmLabel={t('vacantStores.inquiries.matches.confirm')}
          isPending={confirm.isPending}
          error={confirm.isError ? (isApiError(confirm.error) ? confirm.error.message : t('form.networkError')) : null}
          onConfirm={() => run(asking)}
        >
          <p>
            {t('vacantStores.inquiries.matches.confirmDialog.body', {
              organization: asking.organizationName,
              seeker: asking.seekerName,
              year: currentFiscalYear(),
            })}
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
