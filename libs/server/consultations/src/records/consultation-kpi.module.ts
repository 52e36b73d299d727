import { Module } from '@nestjs/common';
import { FoundingReportsRepository } from '../founding-reports/founding-reports.repository';
import { ConsultationKpi } from './consultation-kpi';
import { ConsultationRecordsRepository } from './consultation-records.repository';

/**
 * What other contexts read of consultations, without the routes: plan 5-2's two counts for the
 * KPI dashboard. The repositories are shared with the routes of ConsultationsModule.
 */
@Module({
  providers: [ConsultationRecordsRepository, FoundingReportsRepository, ConsultationKpi],
  exports: [ConsultationRecordsRepository, FoundingReportsRepository, ConsultationKpi],
})
export class ConsultationKpiModule {}
