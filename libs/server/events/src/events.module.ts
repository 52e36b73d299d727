import { Module, OnModuleInit } from '@nestjs/common';
import { EmailTemplates, NotificationsCoreModule, NotificationsModule } from '@asaka/notifications';
import { AccountDeletionHooks } from '@asaka/platform';
import { EventAttendance } from './attendance/event-attendance';
import { EventKpi } from './attendance/event-kpi';
import { eventEmails } from './event-emails';
import { EventMails } from './event-mails';
import { EventRegistrationsController } from './event-registrations.controller';
import { EventRegistrationsRepository } from './event-registrations.repository';
import { EventRegistrationsService } from './event-registrations.service';
import { EventSeats } from './event-seats';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';

/**
 * What other contexts read of events, without the routes: attended seminars for the founding
 * pathway, and counts for the KPI dashboard.
 */
@Module({ providers: [EventAttendance, EventKpi], exports: [EventAttendance, EventKpi] })
export class EventAttendanceModule {}

/** Seminars, job fairs and other events: staff run them, people register, a waiting list moves up. */
@Module({
  imports: [NotificationsModule, EventAttendanceModule],
  controllers: [EventsController, EventRegistrationsController],
  providers: [EventsRepository, EventRegistrationsRepository, EventsService, EventRegistrationsService, EventSeats, EventMails],
  exports: [EventAttendanceModule],
})
export class EventsModule implements OnModuleInit {
  constructor(
    private readonly templates: EmailTemplates,
    private readonly deletionHooks: AccountDeletionHooks,
    private readonly registrations: EventRegistrationsService,
  ) {}

  onModuleInit(): void {
    this.templates.register(...eventEmails);
    this.deletionHooks.register({ name: 'events', accountDeleted: (manager, userId, now) => this.registrations.releaseForDeletedAccount(manager, userId, now) });
  }
}

/** Worker side: this context's mail templates, so the worker can render the reminders and the rest. */
@Module({ imports: [NotificationsCoreModule] })
export class EventsJobsModule implements OnModuleInit {
  constructor(private readonly templates: EmailTemplates) {}

  onModuleInit(): void {
    this.templates.register(...eventEmails);
  }
}
