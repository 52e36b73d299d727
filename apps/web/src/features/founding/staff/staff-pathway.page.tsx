import type { FoundingPathwayPage, FoundingPathwaySummary } from '@asaka/contracts';
import { FOUNDING_AREAS } from '@asaka/domain';
import { keepPreviousData } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../../../api/use-api-query';
import { currentLanguage } from '../../../i18n/i18n';
import { DataTable } from '../../../ui/data-table';
import { SelectField, SubmitButton } from '../../../ui/form';
import { Pagination, ResultCount } from '../../../ui/pagination';
import { usePageTitle } from '../../../ui/use-page-title';
import { pageFrom, searchFor, staffPageSize } from '../../staff/filters';
import { AccessProblem, StaffGate } from '../../staff/staff-access';
import { CsvButton } from '../csv-button';
import { areaLabel, japanDay, staffPathwayPath, staffPersonPath } from '../format';
import { qualifiedFrom, type QualifiedFilter } from './founding-filters';

const csvLabels = { '': 'downloadAll', true: 'downloadQualified', false: 'downloadNotQualified' } as const;
const captions = { '': 'caption', true: 'captionQualified', false: 'captionNotQualified' } as const;

/**
 * 「特定創業支援等事業の受講状況」 for staff: everyone with a session, the most recently active first,
 * filtered by whether they meet the rule; each person's sessions as CSV, or everyone's (the list a
 * certificate needs), and a page per person.
 */
export function StaffPathwayPage() {
  const { t } = useTranslation();
  usePageTitle(t('founding.staff.pathway.title'));
  return <StaffGate title={t('founding.staff.pathway.title')}>{() => <StaffPathway />}</StaffGate>;
}

function StaffPathway() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const qualified = qualifiedFrom(params);
  const page = pageFrom(params);
  const people = useApiQuery<FoundingPathwayPage>('/founding-pathway', { qualified: qualified || undefined, page, pageSize: staffPageSize }, { placeholderData: keepPreviousData });

  return (
    <>
      <p>{t('founding.staff.pathway.lead')}</p>
      <QualifiedFilterForm key={qualified} qualified={qualified} />
      <CsvButton
        path="/founding-pathway.csv"
        query={{ qualified: qualified || undefined }}
        fallbackName="founding-pathway.csv"
        label={t(`founding.staff.pathway.${csvLabels[qualified]}`)}
      />
      {people.isError ? (
        <AccessProblem error={people.error} />
      ) : !people.data ? (
        <p role="status">{t('form.loading')}</p>
      ) : (
        <>
          <ResultCount page={people.data.page} pageSize={people.data.pageSize} total={people.data.total} shown={people.data.items.length} />
          {people.data.items.length > 0 && (
            <DataTable caption={t(`founding.staff.pathway.${captions[qualified]}`)} className="pathway-table">
              <thead>
                <tr>
                  <th scope="col">{t('founding.staff.pathway.columns.name')}</th>
                  <th scope="col">{t('founding.staff.pathway.columns.sessions')}</th>
                  <th scope="col">{t('founding.staff.pathway.columns.span')}</th>
                  <th scope="col">{t('founding.staff.pathway.columns.areas')}</th>
                  <th scope="col">{t('founding.staff.pathway.columns.status')}</th>
                  <th scope="col">{t('founding.staff.pathway.columns.csv')}</th>
                </tr>
              </thead>
              <tbody>
                {people.data.items.map((person) => (
                  <PersonRow key={person.userId} person={person} />
                ))}
              </tbody>
            </DataTable>
          )}
          <Pagination page={page} pageSize={staffPageSize} total={people.data.total} hrefFor={(target) => `${staffPathwayPath}${searchFor({ qualified }, target)}`} />
        </>
      )}
    </>
  );
}

function QualifiedFilterForm({ qualified }: { qualified: QualifiedFilter }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<string>(qualified);
  return (
    <section aria-labelledby="staff-pathway-filters" className="filters">
      <h2 id="staff-pathway-filters" className="filters__title">
        {t('staff.filters.title')}
      </h2>
      <Form
        role="search"
        aria-label={t('founding.staff.pathway.filterLabel')}
        className="filter-form"
        onSubmit={(event) => {
          event.preventDefault();
          void navigate(`${staffPathwayPath}${searchFor({ qualified: chosen })}`);
        }}
      >
        <div className="filter-form__fields">
          <SelectField
            id="staff-pathway-qualified"
            name="qualified"
            label={t('founding.staff.pathway.qualified')}
            value={chosen}
            onChange={setChosen}
            options={[
              { value: '', label: t('founding.staff.pathway.qualifiedAll') },
              { value: 'true', label: t('founding.staff.pathway.qualifiedYes') },
              { value: 'false', label: t('founding.staff.pathway.qualifiedNo') },
            ]}
          />
        </div>
        <div className="form__actions">
          <SubmitButton isPending={false}>{t('staff.filters.apply')}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}

/** One person: the three conditions in words and marks, so the list can be read without colour. */
function PersonRow({ person }: { person: FoundingPathwaySummary }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const first = japanDay(person.firstSessionAt, language);
  const last = japanDay(person.lastSessionAt, language);
  return (
    <tr>
      <th scope="row">
        <Link href={staffPersonPath(person.userId)}>{person.displayName}</Link>
      </th>
      <td>
        <Marked met={person.sessionsNeeded === 0}>{t('founding.staff.pathway.sessionCount', { n: person.sessionCount })}</Marked>
      </td>
      <td>
        {first === last ? first : t('founding.staff.pathway.spanValue', { first, last })}
        <br />
        <Marked met={person.spansAMonth}>{t(person.spansAMonth ? 'founding.staff.pathway.spanOk' : 'founding.staff.pathway.spanShort')}</Marked>
      </td>
      <td>
        <ul className="pathway-areas pathway-areas--compact">
          {FOUNDING_AREAS.map((area) => {
            const covered = person.areasCovered.includes(area);
            return (
              <li key={area} className={`pathway-area pathway-area--${covered ? 'met' : 'unmet'}`}>
                <Marked met={covered}>
                  {t('founding.pathway.areaState', { area: areaLabel(t, area), state: t(covered ? 'founding.pathway.areaCovered' : 'founding.pathway.areaMissing') })}
                </Marked>
              </li>
            );
          })}
        </ul>
      </td>
      <td>
        <Marked met={person.qualifies}>
          {person.qualifies && person.qualifiedAt
            ? t('founding.staff.pathway.qualifiedSince', { date: japanDay(person.qualifiedAt, language) })
            : t('founding.staff.pathway.notQualified')}
        </Marked>
      </td>
      <td>
        <CsvButton
          small
          path={`/founding-pathway/${encodeURIComponent(person.userId)}/sessions.csv`}
          fallbackName={`founding-pathway-${person.userId.slice(0, 8)}.csv`}
          label={t('founding.staff.pathway.downloadOne')}
          ariaLabel={t('founding.staff.pathway.downloadOneLabel', { name: person.displayName })}
        />
      </td>
    </tr>
  );
}

function Marked({ met, children }: { met: boolean; children: ReactNode }) {
  return (
    <span className={`pathway-marked pathway-marked--${met ? 'met' : 'unmet'}`}>
      <span className="pathway-mark" aria-hidden="true">
        {met ? '✓' : '✗'}
      </span>
      {children}
    </span>
  );
}
