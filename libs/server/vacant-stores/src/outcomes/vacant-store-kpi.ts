import { Injectable } from '@nestjs/common';
import { fiscalYearRange } from '@asaka/domain';
import { StoreInquiriesRepository } from '../inquiries/store-inquiries.repository';

/**
 * 「空き店舗の活用件数」 (plan 1-1) for the KPI dashboard: the matches staff confirmed in a Japanese
 * fiscal year (April–March), counted in the year of the staff confirmation.
 */
@Injectable()
export class VacantStoreKpi {
  constructor(private readonly inquiries: StoreInquiriesRepository) {}

  confirmedMatchesByFiscalYear(fiscalYear: number): Promise<number> {
    const { start, end } = fiscalYearRange(fiscalYear);
    return this.inquiries.countConfirmedMatches(start, end);
  }
}
