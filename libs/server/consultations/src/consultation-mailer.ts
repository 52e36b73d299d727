import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { cancellableUntil, consultationReminderAt, toJapanIso } from '@asaka/domain';
import type { ConsultationPolicy } from '@asaka/domain';
import { NotificationsService } from '@asaka/notifications';
import type { EnqueueEmail, OutboxWrite } from '@asaka/notifications';
import { APP_CONFIG } from '@asaka/platform';
import type { AppConfig } from '@asaka/platform';
import { bookingUid } from './booking-calendar';
import { bookingLinkToken, bookingPageUrl } from './booking-links';
import type { BookingRecord } from './consultation-bookings.repository';
import { ConsultationBookingsRepository } from './consultation-bookings.repository';
import type { BookingMail } from './emails/booking-email';

type Recipient = 'booker' | 'adviser';
const RECIPIENTS: Recipient[] = ['booker', 'adviser'];

/** `Name <address>` of MAIL_FROM: the organizer of every calendar entry (replies are not read). */
function organizerOf(from: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1] || match[2] || from, email: match[2] ?? from } : { name: from, email: from };
}

const reminderBaseKey = (bookingId: string) => `consultation-booking:${bookingId}:reminder`;

/**
 * Every mail a booking sends, written to the outbox in the caller's transaction: the confirmation,
 * the move and the cancellation to both sides (with the calendar entry), and the booker's reminder
 * the day before, which follows the booking's time and is cancelled with it.
 */
@Injectable()
export class ConsultationMailer {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly bookings: ConsultationBookingsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The data of a booking mail to one side: what the mail, its calendar entry and the download show. */
  mailData(record: BookingRecord, recipient: Recipient, policy: ConsultationPolicy, extra: Partial<BookingMail> = {}): BookingMail {
    const party = recipient === 'booker' ? record.booker : record.adviser;
    const organizer = organizerOf(this.config.smtp.from);
    return {
      recipient,
      recipientName: party.displayName,
      bookerName: record.booker.displayName,
      adviserName: record.adviser.displayName,
      organizationName: record.adviser.organizationName,
      topic: record.topic,
      place: record.place,
      meetingUrl: record.place === 'online' ? record.adviser.meetingUrl : null,
      startsAt: toJapanIso(record.startsAt),
      endsAt: toJapanIso(record.endsAt),
      manageUrl: recipient === 'booker' ? this.bookerLink(record.id) : bookingPageUrl(this.config.app.baseUrl, record.id),
      cancellableUntil: recipient === 'booker' ? toJapanIso(cancellableUntil(record.startsAt, policy.cancellationCutoffMinutes)) : null,
      intake: recipient === 'adviser' ? { stage: record.stage, businessIdea: record.businessIdea, questions: record.questions } : null,
      calendar: { uid: bookingUid(record.id, this.config.app.baseUrl), sequence: record.sequence, organizerName: organizer.name, organizerEmail: organizer.email, attendeeEmail: party.email },
      ...extra,
    };
  }

  bookerLink(bookingId: string): string {
    return bookingPageUrl(this.config.app.baseUrl, bookingId, bookingLinkToken(this.config.auth.cookieSecret, bookingId));
  }

  /**
   * The key of a new booking's reminder, or null when the day-before moment has already passed:
   * written with the booking's row (`reminder_key`), so `booked` only fills the outbox.
   */
  newReminderKey(bookingId: string, startsAt: Date, now: Date): string | null {
    return consultationReminderAt(startsAt, now) ? reminderBaseKey(bookingId) : null;
  }

  /**
   * The mails of a new booking — the confirmation to both sides and the booker's reminder — to be
   * written by the booking's own statement (`ConsultationBookingsRepository.book`). `record` is
   * the booking about to be inserted, with `newReminderKey`.
   */
  bookedOutbox(record: BookingRecord, policy: ConsultationPolicy, now: Date): OutboxWrite {
    const mails = this.toBothSides(record, 'consultation-booked', 'booked', policy);
    const at = consultationReminderAt(record.startsAt, now);
    if (at && record.reminderKey && record.booker.active) mails.push(this.reminder(record, record.reminderKey, at, policy));
    return this.notifications.outboxWrite(mails);
  }

  /** `record` is the booking at its new time, `previous` its old one. */
  async rescheduled(manager: EntityManager, record: BookingRecord, previous: { startsAt: Date; endsAt: Date }, policy: ConsultationPolicy, now: Date): Promise<void> {
    const moved = { previous: { startsAt: toJapanIso(previous.startsAt), endsAt: toJapanIso(previous.endsAt) } };
    await this.notifications.enqueueMany(manager, this.toBothSides(record, 'consultation-rescheduled', `rescheduled:${record.sequence}`, policy, moved));
    const at = record.booker.active ? consultationReminderAt(record.startsAt, now) : null;
    const key = record.reminderKey;
    if (key && at && (await this.notifications.reschedule(manager, key, at, this.mailData(record, 'booker', policy)))) return;
    if (key) await this.notifications.cancel(manager, key);
    // The reminder already went out (or there was none): a fresh one under a new key, if there is still time.
    if (at) await this.scheduleReminder(manager, record, `${reminderBaseKey(record.id)}:${record.sequence}`, at, policy);
    else await this.bookings.setReminderKey(manager, record.id, null);
  }

  async cancelled(manager: EntityManager, record: BookingRecord, policy: ConsultationPolicy): Promise<void> {
    if (record.reminderKey) await this.notifications.cancel(manager, record.reminderKey);
    await this.notifications.enqueueMany(
      manager,
      this.toBothSides(record, 'consultation-cancelled', 'cancelled', policy, {
        cancelledBy: record.cancelledBy,
        reason: record.cancellationReason,
        cancellableUntil: null,
      }),
    );
  }

  private async scheduleReminder(manager: EntityManager, record: BookingRecord, key: string, at: Date, policy: ConsultationPolicy): Promise<void> {
    await this.notifications.enqueue(manager, this.reminder(record, key, at, policy));
    await this.bookings.setReminderKey(manager, record.id, key);
  }

  private reminder(record: BookingRecord, key: string, at: Date, policy: ConsultationPolicy): EnqueueEmail {
    return {
      to: record.booker.email,
      recipientUserId: record.booker.userId,
      template: 'consultation-reminder',
      locale: record.booker.locale,
      category: 'critical',
      sendAt: at,
      dedupeKey: key,
      data: this.mailData(record, 'booker', policy),
    };
  }

  /** The mail of one event to each side whose account is still active. */
  private toBothSides(record: BookingRecord, template: string, event: string, policy: ConsultationPolicy, extra: Partial<BookingMail> = {}): EnqueueEmail[] {
    return RECIPIENTS.flatMap((recipient) => {
      const party = recipient === 'booker' ? record.booker : record.adviser;
      if (!party.active) return [];
      return [
        {
          to: party.email,
          recipientUserId: party.userId,
          template,
          locale: party.locale,
          category: 'critical' as const,
          dedupeKey: `consultation-booking:${record.id}:${event}:${recipient}`,
          data: this.mailData(record, recipient, policy, extra),
        },
      ];
    });
  }
}
