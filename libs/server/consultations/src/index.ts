import { AdviserDateException } from './adviser-date-exception.entity';
import { AdviserWeeklyRule } from './adviser-weekly-rule.entity';
import { Adviser } from './adviser.entity';
import { ConsultationBooking } from './consultation-booking.entity';
import { ConsultationSettings } from './consultation-settings.entity';

export { ConsultationsJobsModule, ConsultationsModule } from './consultations.module';
export { consultationEmails } from './consultation-emails';
export { seedDemoConsultations, DEMO_ADVISERS } from './demo/demo-consultations';
export const consultationEntities = [Adviser, AdviserWeeklyRule, AdviserDateException, ConsultationSettings, ConsultationBooking];
