import type { ConsultationStats } from '@asaka/contracts';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query';
import { SelectField, SubmitButton } from '../../../ui/form';
import { AccessProblem } from '../../staff/staff-access';
import { fiscalYearLabel } from '../format';
import { fiscalYearChoices } from './founding-filters';

/**
 * The program's two figures for a fiscal year, as the city reports them for plan 5-2:
 * 起業家育成相談件数 (consultations held) and 市の支援を受けて起業した件数 (foundings confirmed). The
 * figures are a live region, so a new year's counts, or a count raised by a confirmation, are read out.
 */
export function FoundingCounts({ fiscalYear, onChoose }: { fiscalYear: number; onChoose: (fiscalYear: number) => void }) {
  const { t } = useTranslation();
  const stats = useApiQuery<ConsultationStats>('/consultations/stats', { fiscalYear });
  const [chosen, setChosen] = useState(String(fiscalYear));
  return (
    <section aria-labelledby="founding-counts-title" className="kpi founding-counts">
      <h2 id="founding-counts-title">{t('founding.staff.reports.countsTitle')}</h2>
      <p className="field__hint">{t('founding.staff.reports.countsLead')}</p>
      <Form
        validationBehavior="aria"
        className="filter-form founding-counts__form"
        onSubmit={(event) => {
          event.preventDefault();
          onChoose(Number(chosen));
        }}
      >
        <div className="filter-form__fields">
          <SelectField
            id="founding-counts-fiscal-year"
            name="fiscalYear"
            label={t('founding.staff.reports.fiscalYearLabel')}
            value={chosen}
            onChange={setChosen}
            options={fiscalYearChoices(fiscalYear).map((year) => ({ value: String(year), label: fiscalYearLabel(t, year) }))}
          />
        </div>
        <div className="form__actions">
          <SubmitButton isPending={false}>{t('founding.staff.reports.show')}</SubmitButton>
        </div>
      </Form>
      {stats.isError ? (
        <AccessProblem error={stats.error} />
      ) : (
        <div role="status" className="founding-counts__figures">
          {stats.data ? (
            <>
              <p className="founding-counts__year">{fiscalYearLabel(t, stats.data.fiscalYear)}</p>
              <dl className="founding-counts__list">
                <div>
                  <dt>{t('founding.staff.reports.heldConsultations')}</dt>
                  <dd className="kpi__figure">{t('founding.staff.reports.countValue', { n: stats.data.heldConsultations })}</dd>
                </div>
                <div>
                  <dt>{t('founding.staff.reports.confirmedFoundings')}</dt>
                  <dd className="kpi__figure">{t('founding.staff.reports.countValue', { n: stats.data.confirmedFoundings })}</dd>
                </div>
              </dl>
            </>
          ) : (
            <p>{t('founding.staff.reports.countsLoading')}</p>
          )}
        </div>
      )}
    </section>
  );
}
