import { Injectable } from '@nestjs/common';
import { fiscalYearDates, fiscalYearOf, fiscalYearRange } from '@asaka/domain';
import type { ConsultationStats } from '@asaka/contracts';
import { FoundingReportsRepository } from '../founding-reports/founding-reports.repository';
import { ConsultationRecordsRepository } from './consultation-records.repository';

/**
 * Plan 5-2's two indicators by Japanese fiscal year (April–March), for the KPI dashboard:
 * 「起業家育成相談件数」 counts consultations marked held, in the year the session took place (a
 * no-show or a cancellation is not a consultation); 「市の支援を受けて起業した件数」 counts founding
 * reports staff confirmed, in the year of the founding date (see foundingFiscalYear).
 */
@Injectable()
export class ConsultationKpi {
  constructor(
    private readonly records: ConsultationRecordsRepository,
    private readonly reports: FoundingReportsRepository,
  ) {}

  heldCount(fiscalYear: number): Promise<number> {
    const { start, end } = fiscalYearRange(fiscalYear);
    return this.records.heldCount(start, end);
  }

  confirmedFoundings(fiscalYear: number): Promise<number> {
    const { first, last } = fiscalYearDates(fiscalYear);
    return this.reports.confirmedCount(first, last);
  }

  /** Both counts of a fiscal year (the current one by default), as the staff's stats route shows them. */
  async stats(fiscalYear: number = fiscalYearOf(new Date())): Promise<ConsultationStats> {
    const [heldConsultations, confirmedFoundings] = await Promise.all([this.heldCount(fiscalYear), this.confirmedFoundings(fiscalYear)]);
    return { fiscalYear, heldConsultations, confirmedFoundings };
  }
}
