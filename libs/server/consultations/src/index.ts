import { AdviserDateException } from './adviser-date-exception.entity';
import { AdviserWeeklyRule } from './adviser-weekly-rule.entity';
import { Adviser } from './adviser.entity';
import { ConsultationBooking } from './consultation-booking.entity';
import { ConsultationSettings } from './consultation-settings.entity';
import { FoundingReport } from './founding-reports/founding-report.entity';
import { ConsultationRecord } from './records/consultation-record.entity';

export { ConsultationsJobsModule, ConsultationsModule } from './consultations.module';
export { consultationEmails } from './consultation-emails';
export { seedDemoConsultations, DEMO_ADVISERS } from './demo/demo-consultations';
export const consultationEntities = [Adviser, AdviserWeeklyRule, AdviserDateException, ConsultationSettings, ConsultationBooking, ConsultationRecord, FoundingReport];
/** 起業家育成相談件数 and 市の支援を受けて起業した件数 by fiscal year, for the KPI dashboard. */
export { ConsultationKpi } from './records/consultation-kpi';
export { ConsultationKpiModule } from './records/consultation-kpi.module';
