import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { eventReminderAt, toJapanIso } from '@asaka/domain';
import { NotificationsService } from '@asaka/notifications';
import { APP_CONFIG } from '@asaka/platform';
import type { AppConfig } from '@asaka/platform';
import type { EventMail } from './emails/event-email';
import { eventCancelledEmail } from './emails/event-cancelled.email';
import { eventChangedEmail } from './emails/event-changed.email';
import { eventPromotedEmail } from './emails/event-promoted.email';
import { eventRegisteredEmail } from './emails/event-registered.email';
import { eventRegistrationCancelledEmail } from './emails/event-registration-cancelled.email';
import { eventReminderEmail } from './emails/event-reminder.email';
import { eventWaitlistedEmail } from './emails/event-waitlisted.email';
import { EventRegistrationsRepository, RegistrationRecord } from './event-registrations.repository';
import type { EventRecord } from './events.repository';

/** The reminder of one registration for one start time: a new time is a new mail if the old one went out. */
export const reminderKey = (registrationId: string, startsAt: Date) => `event-registration:${registrationId}:reminder:${startsAt.getTime() / 1000}`;

/** Where a mail's link goes: the event's page, which shows the reader's own registration. */
export const eventPageUrl = (baseUrl: string, eventId: string) => new URL(`/events/${eventId}`, baseUrl).toString();

export interface PreviousSchedule {
  startsAt: Date;
  endsAt: Date;
  place: EventRecord['place'];
}

/**
 * Every mail about registrations, written to the outbox in the caller's transaction, all critical
 * (about the person's own registration). The day-before reminder goes to people holding a seat:
 * scheduled when they get it, moved with the event's time, cancelled with the registration.
 */
@Injectable()
export class EventMails {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly registrations: EventRegistrationsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The online link only for people holding a seat; the code likewise. */
  mailData(event: EventRecord, registration: RegistrationRecord, extra: Partial<EventMail> = {}): EventMail {
    const seated = registration.status === 'registered';
    return {
      recipientName: registration.person.displayName,
      eventTitle: event.title,
      kind: event.kind,
      organizer: event.organizer,
      startsAt: toJapanIso(event.startsAt),
      endsAt: toJapanIso(event.endsAt),
      place: event.place.kind === 'online' ? { kind: 'online', url: seated ? event.place.url : null } : event.place,
      checkInCode: seated ? registration.checkInCode : null,
      waitlistPosition: registration.waitlistPosition,
      url: eventPageUrl(this.config.app.baseUrl, event.id),
      ...extra,
    };
  }

  /** Registering gave a seat: the confirmation, and the reminder. */
  async registered(manager: EntityManager, event: EventRecord, registration: RegistrationRecord, now: Date): Promise<void> {
    await this.send(manager, eventRegisteredEmail.name, event, registration, `event-registration:${registration.id}:registered`);
    await this.scheduleReminder(manager, event, registration, now);
  }

  async waitlisted(manager: EntityManager, event: EventRecord, registration: RegistrationRecord): Promise<void> {
    await this.send(manager, eventWaitlistedEmail.name, event, registration, `event-registration:${registration.id}:waitlisted`);
  }

  /** Moved up from the waiting list: `registration` already holds its seat. */
  async promoted(manager: EntityManager, event: EventRecord, registration: RegistrationRecord, now: Date): Promise<void> {
    await this.send(manager, eventPromotedEmail.name, event, registration, `event-registration:${registration.id}:promoted`);
    await this.scheduleReminder(manager, event, registration, now);
  }

  /** `registration` as it was before the cancellation (its seat or place, for the mail's wording). */
  async registrationCancelled(manager: EntityManager, event: EventRecord, registration: RegistrationRecord): Promise<void> {
    if (registration.reminderKey) await this.notifications.cancel(manager, registration.reminderKey);
    await this.send(manager, eventRegistrationCancelledEmail.name, event, registration, `event-registration:${registration.id}:cancelled`, {
      checkInCode: null,
      waitlistPosition: null,
    });
  }

  /** The person left (deleted their account): their reminder goes, and nothing is mailed to them. */
  async personLeft(manager: EntityManager, registration: RegistrationRecord): Promise<void> {
    if (registration.reminderKey) await this.notifications.cancel(manager, registration.reminderKey);
  }

  /** Staff called the event off: everyone who was registered or waiting hears why. */
  async eventCancelled(manager: EntityManager, event: EventRecord, registrations: RegistrationRecord[], reason: string): Promise<void> {
    for (const registration of registrations) {
      if (registration.reminderKey) await this.notifications.cancel(manager, registration.reminderKey);
      await this.send(manager, eventCancelledEmail.name, event, registration, `event-registration:${registration.id}:event-cancelled`, {
        checkInCode: null,
        waitlistPosition: null,
        reason,
      });
    }
  }

  /**
   * Staff moved the event or its place: everyone registered or waiting is told (for a published
   * event), and the reminders follow the new time (or are dropped when that moment has passed).
   */
  async eventChanged(manager: EntityManager, event: EventRecord, registrations: RegistrationRecord[], previous: PreviousSchedule, now: Date): Promise<void> {
    for (const registration of registrations) {
      if (event.status === 'published') {
        await this.send(manager, eventChangedEmail.name, event, registration, null, {
          previous: { startsAt: toJapanIso(previous.startsAt), endsAt: toJapanIso(previous.endsAt), place: this.mailData({ ...event, ...previous }, registration).place },
        });
      }
      if (registration.status === 'registered') await this.moveReminder(manager, event, registration, now);
    }
  }

  /** The pending reminder moves to the new time with the new details; one that already went out is followed by a fresh one. */
  private async moveReminder(manager: EntityManager, event: EventRecord, registration: RegistrationRecord, now: Date): Promise<void> {
    const at = eventReminderAt(event.startsAt, now);
    const key = registration.reminderKey;
    if (key && at && (await this.notifications.reschedule(manager, key, at, this.mailData(event, registration)))) return;
    if (key) await this.notifications.cancel(manager, key);
    await this.registrations.setReminderKey(manager, registration.id, null);
    await this.scheduleReminder(manager, event, registration, now, key);
  }

  /** `spentKey`: a reminder of this registration that went out or was cancelled, whose key must not be reused. */
  private async scheduleReminder(manager: EntityManager, event: EventRecord, registration: RegistrationRecord, now: Date, spentKey: string | null = null): Promise<void> {
    const at = eventReminderAt(event.startsAt, now);
    if (!at) return;
    const candidate = reminderKey(registration.id, event.startsAt);
    const key = candidate === spentKey ? `${candidate}:${now.getTime()}` : candidate;
    await this.notifications.enqueue(manager, {
      to: registration.person.email,
      recipientUserId: registration.person.userId,
      template: eventReminderEmail.name,
      locale: registration.person.locale,
      category: 'critical',
      sendAt: at,
      dedupeKey: key,
      data: this.mailData(event, registration),
    });
    await this.registrations.setReminderKey(manager, registration.id, key);
  }

  private async send(manager: EntityManager, template: string, event: EventRecord, registration: RegistrationRecord, dedupeKey: string | null, extra: Partial<EventMail> = {}): Promise<void> {
    await this.notifications.enqueue(manager, {
      to: registration.person.email,
      recipientUserId: registration.person.userId,
      template,
      locale: registration.person.locale,
      category: 'critical',
      ...(dedupeKey ? { dedupeKey } : {}),
      data: this.mailData(event, registration, extra),
    });
  }
}
