import { Module, OnModuleInit } from '@nestjs/common';
import { EmailTemplates, NotificationsCoreModule, NotificationsModule } from '@asaka/notifications';
import { AdvisersController } from './advisers.controller';
import { AdvisersRepository } from './advisers.repository';
import { AdvisersService } from './advisers.service';
import { consultationEmails } from './consultation-emails';
import { ConsultationBookingsController } from './consultation-bookings.controller';
import { ConsultationBookingsRepository } from './consultation-bookings.repository';
import { ConsultationBookingsService } from './consultation-bookings.service';
import { ConsultationMailer } from './consultation-mailer';
import { ConsultationSlotsService } from './consultation-slots.service';

/** 起業家育成支援相談 (plan 5-2): advisers, their availability, free slots and bookings. */
@Module({
  imports: [NotificationsModule],
  controllers: [AdvisersController, ConsultationBookingsController],
  providers: [AdvisersRepository, AdvisersService, ConsultationBookingsRepository, ConsultationBookingsService, ConsultationSlotsService, ConsultationMailer],
})
export class ConsultationsModule implements OnModuleInit {
  constructor(private readonly templates: EmailTemplates) {}

  onModuleInit(): void {
    this.templates.register(...consultationEmails);
  }
}

/** Worker side: the booking mails (their calendar attachments are made when the worker renders them). */
@Module({ imports: [NotificationsCoreModule] })
export class ConsultationsJobsModule implements OnModuleInit {
  constructor(private readonly templates: EmailTemplates) {}

  onModuleInit(): void {
    this.templates.register(...consultationEmails);
  }
}
