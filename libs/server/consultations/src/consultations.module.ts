import { Module, OnModuleInit } from '@nestjs/common';
import { EventAttendanceModule } from '@asaka/events';
import { EmailTemplates, NotificationsCoreModule, NotificationsModule } from '@asaka/notifications';
import { AccountDeletionHooks } from '@asaka/platform';
import { AdvisersController } from './advisers.controller';
import { AdvisersRepository } from './advisers.repository';
import { AdvisersService } from './advisers.service';
import { consultationEmails } from './consultation-emails';
import { ConsultationBookingsController } from './consultation-bookings.controller';
import { ConsultationBookingsRepository } from './consultation-bookings.repository';
import { ConsultationBookingsService } from './consultation-bookings.service';
import { ConsultationMailer } from './consultation-mailer';
import { ConsultationSlotsService } from './consultation-slots.service';
import { foundingReportEmails } from './founding-reports/founding-report-decided.email';
import { FoundingReportsController } from './founding-reports/founding-reports.controller';
import { FoundingReportsService } from './founding-reports/founding-reports.service';
import { FoundingPathwayController } from './pathway/founding-pathway.controller';
import { FoundingPathwayService } from './pathway/founding-pathway.service';
import { ConsultationKpiModule } from './records/consultation-kpi.module';
import { ConsultationRecordsController } from './records/consultation-records.controller';
import { ConsultationRecordsService } from './records/consultation-records.service';

/**
 * 起業家育成支援相談 (plan 5-2): advisers, their availability, free slots and bookings; after the
 * session its record, the founding pathway (特定創業支援等事業) and founding reports.
 */
@Module({
  imports: [NotificationsModule, EventAttendanceModule, ConsultationKpiModule],
  controllers: [AdvisersController, ConsultationBookingsController, ConsultationRecordsController, FoundingPathwayController, FoundingReportsController],
  providers: [
    AdvisersRepository,
    AdvisersService,
    ConsultationBookingsRepository,
    ConsultationBookingsService,
    ConsultationSlotsService,
    ConsultationMailer,
    ConsultationRecordsService,
    FoundingPathwayService,
    FoundingReportsService,
  ],
})
export class ConsultationsModule implements OnModuleInit {
  constructor(
    private readonly templates: EmailTemplates,
    private readonly deletionHooks: AccountDeletionHooks,
    private readonly bookings: ConsultationBookingsService,
  ) {}

  onModuleInit(): void {
    this.templates.register(...consultationEmails, ...foundingReportEmails);
    this.deletionHooks.register({ name: 'consultations', accountDeleted: (manager, userId, now) => this.bookings.releaseForDeletedAccount(manager, userId, now) });
  }
}

/** Worker side: the booking mails (their calendar attachments are made when the worker renders them) and the founding reports'. */
@Module({ imports: [NotificationsCoreModule] })
export class ConsultationsJobsModule implements OnModuleInit {
  constructor(private readonly templates: EmailTemplates) {}

  onModuleInit(): void {
    this.templates.register(...consultationEmails, ...foundingReportEmails);
  }
}
