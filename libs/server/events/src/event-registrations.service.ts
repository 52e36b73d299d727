import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { checkInRefusal, isCheckInCode, isEventPublic, normalizeCheckInCode, placeRegistration, registrationCancelRefusal, registrationRefusal } from '@asaka/domain';
import type {
  EventAttendeePage,
  EventAttendeeQuery,
  EventCheckIn,
  EventCheckInResult,
  EventRegistration,
  EventRegistrationPage,
  MyEventRegistrationsQuery,
} from '@asaka/contracts';
import { AuditService, CommonErrors, isStaff } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { attendanceCsv, attendanceCsvFilename } from './attendance/attendance-csv';
import { newCheckInCode } from './check-in-codes';
import { EventMails } from './event-mails';
import { EventRegistrationsRepository, RegistrationRecord } from './event-registrations.repository';
import { EventSeats } from './event-seats';
import { attendeeView, registrationView } from './event-view';
import { EventErrors } from './events.errors';
import { EventsRepository } from './events.repository';

/** Check-in codes are unique within an event; a clash (about one in 10^12 per pair) is simply drawn again. */
const CODE_ATTEMPTS = 5;

/**
 * Registrations, the waiting list and attendance. Every change of seats locks the event's row
 * first (then reads the counts), so concurrent registrations and cancellations of one event run
 * one after the other and the counts they act on are exact; other events are not held up.
 */
@Injectable()
export class EventRegistrationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsRepository,
    private readonly registrations: EventRegistrationsRepository,
    private readonly seats: EventSeats,
    private readonly mails: EventMails,
    private readonly audit: AuditService,
  ) {}

  /** A seat while one is free, otherwise the end of the waiting list; one active registration per person (409). */
  async register(principal: Principal, eventId: string): Promise<EventRegistration> {
    const now = new Date();
    const id = await this.dataSource.transaction(async (manager) => {
      const event = await this.events.lockAndFind(manager, eventId);
      if (!event || (!isEventPublic(event.status, event.publishedAt) && !isStaff(principal))) throw CommonErrors.NOT_FOUND();
      const refusal = registrationRefusal(event, now);
      if (refusal === 'not-open-yet') throw EventErrors.REGISTRATION_NOT_OPEN_YET({ opensAt: event.registrationOpensAt.toISOString() });
      if (refusal) throw EventErrors.REGISTRATION_CLOSED({ status: event.status });
      if (await this.registrations.activeFor(manager, eventId, principal.userId)) throw EventErrors.ALREADY_REGISTERED();
      const placement = placeRegistration(event.capacity, event.registered, event.waitlisted);
      const registrationId = await this.insert(manager, eventId, principal.userId, placement.status, now);
      const registration = await this.registrations.find(manager, registrationId);
      if (!registration) throw new Error('the registration just made is missing');
      if (placement.status === 'registered') await this.mails.registered(manager, event, registration, now);
      else await this.mails.waitlisted(manager, event, registration);
      return registrationId;
    });
    return this.view(id, now);
  }

  /**
   * The person (or staff for them, audited) withdraws until the event begins. A freed seat goes
   * to the first person waiting in the same transaction, and they are mailed.
   */
  async cancel(principal: Principal, id: string): Promise<EventRegistration> {
    const eventId = await this.registrations.eventIdOf(id);
    if (!eventId) throw CommonErrors.NOT_FOUND();
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      const event = await this.events.lockAndFind(manager, eventId);
      const registration = await this.registrations.find(manager, id);
      if (!event || !registration) throw CommonErrors.NOT_FOUND();
      const own = registration.person.userId === principal.userId;
      if (!own && !isStaff(principal)) throw CommonErrors.NOT_FOUND();
      const refusal = registrationCancelRefusal(registration, event, now);
      if (refusal === 'already-cancelled') throw EventErrors.REGISTRATION_ALREADY_CANCELLED();
      if (refusal === 'attended') throw EventErrors.ALREADY_ATTENDED();
      if (refusal === 'started') throw EventErrors.EVENT_ALREADY_STARTED();
      await this.registrations.cancel(manager, id, own ? 'person' : 'staff', now);
      await this.mails.registrationCancelled(manager, event, registration);
      if (registration.status === 'registered') {
        const after = await this.events.find(manager, eventId);
        if (after) await this.seats.fillFromWaitlist(manager, after, now);
      }
      if (!own) {
        await this.audit.record(manager, principal, {
          action: 'event-registration.cancelled-by-staff',
          targetType: 'event-registration',
          targetId: id,
          oldValue: { status: registration.status },
          newValue: { status: 'cancelled', userId: registration.person.userId },
        });
      }
    });
    return this.view(id, now);
  }

  /**
   * The person deleted their account (`AccountDeletionHooks`): every seat or place in line they
   * hold for an event that has not begun is given up, and a freed seat goes to the first person
   * waiting, who is mailed. Nothing is mailed to the person who left.
   */
  async releaseForDeletedAccount(manager: EntityManager, userId: string, now: Date): Promise<void> {
    for (const eventId of await this.registrations.upcomingEventIdsOf(manager, userId, now)) {
      const event = await this.events.lockAndFind(manager, eventId);
      const registration = event && (await this.registrations.activeFor(manager, eventId, userId));
      if (!event || !registration || registrationCancelRefusal(registration, event, now) !== null) continue;
      await this.registrations.cancel(manager, registration.id, 'person', now);
      await this.mails.personLeft(manager, registration);
      if (registration.status === 'registered') {
        const after = await this.events.find(manager, eventId);
        if (after) await this.seats.fillFromWaitlist(manager, after, now);
      }
    }
  }

  /** Its person, and staff (a read of someone else's is audited); for anyone else it does not exist. */
  async get(principal: Principal, id: string): Promise<EventRegistration> {
    const registration = await this.registrations.find(null, id);
    if (!registration) throw CommonErrors.NOT_FOUND();
    if (registration.person.userId !== principal.userId) {
      if (!isStaff(principal)) throw CommonErrors.NOT_FOUND();
      await this.audit.recordRead(principal, 'event-registration', id);
    }
    return this.view(id, new Date());
  }

  async mine(principal: Principal, query: MyEventRegistrationsQuery): Promise<EventRegistrationPage> {
    const { rows, total } = await this.registrations.listForPerson(principal.userId, query);
    const events = await this.events.findMany(rows.map((row) => row.eventId));
    const now = new Date();
    const items = rows.flatMap((row) => {
      const event = events.get(row.eventId);
      return event ? [registrationView(row, event, now)] : [];
    });
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /** The attendance list (出席簿) for staff: names and addresses, so the read is audited. */
  async attendees(principal: Principal, eventId: string, query: EventAttendeeQuery): Promise<EventAttendeePage> {
    if (!(await this.events.find(null, eventId))) throw CommonErrors.NOT_FOUND();
    const { rows, total } = await this.registrations.listForEvent(eventId, query);
    await this.audit.recordRead(principal, 'event-attendance', eventId, { page: query.page, status: query.status ?? null });
    return { items: rows.map(attendeeView), total, page: query.page, pageSize: query.pageSize };
  }

  /** The attendance list as a CSV file for Excel (UTF-8 with BOM, CRLF). */
  async attendanceCsv(principal: Principal, eventId: string): Promise<{ filename: string; body: string }> {
    const event = await this.events.find(null, eventId);
    if (!event) throw CommonErrors.NOT_FOUND();
    const rows: RegistrationRecord[] = [];
    for (let page = 1; ; page += 1) {
      const batch = await this.registrations.listForEvent(eventId, { page, pageSize: 1000 });
      rows.push(...batch.rows);
      if (rows.length >= batch.total || batch.rows.length === 0) break;
    }
    await this.audit.recordRead(principal, 'event-attendance', eventId, { format: 'csv' });
    return { filename: attendanceCsvFilename(event), body: attendanceCsv(rows) };
  }

  /**
   * Staff check a person in by the code they show (typed in any width or case, with or without
   * the hyphen) or from the attendance list. Checking in twice changes nothing.
   */
  async checkIn(principal: Principal, eventId: string, body: EventCheckIn): Promise<EventCheckInResult> {
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      // Held like every change of the event's registrations, so a check-in and a cancellation never cross.
      const event = await this.events.lockAndFind(manager, eventId);
      if (!event) throw CommonErrors.NOT_FOUND();
      const registration = await this.findForCheckIn(manager, eventId, body);
      const refusal = checkInRefusal(event, registration, now);
      if (refusal === 'event-not-held') throw EventErrors.EVENT_NOT_HELD({ status: event.status });
      if (refusal === 'too-early') throw EventErrors.CHECK_IN_NOT_OPEN();
      if (refusal === 'not-registered') throw EventErrors.NOT_HOLDING_A_SEAT({ status: registration.status, waitlistPosition: registration.waitlistPosition });
      const alreadyCheckedIn = registration.attendedAt !== null;
      if (!alreadyCheckedIn) {
        await this.registrations.markAttended(manager, registration.id, now);
        await this.audit.record(manager, principal, {
          action: 'event-registration.checked-in',
          targetType: 'event-registration',
          targetId: registration.id,
          newValue: { eventId, by: body.code !== undefined ? 'code' : 'list' },
        });
      }
      const after = await this.registrations.find(manager, registration.id);
      return { attendee: attendeeView(after ?? registration), alreadyCheckedIn };
    });
  }

  private async findForCheckIn(manager: EntityManager, eventId: string, body: EventCheckIn): Promise<RegistrationRecord> {
    if (body.code !== undefined) {
      const code = normalizeCheckInCode(body.code);
      const registration = isCheckInCode(code) ? await this.registrations.findByCode(manager, eventId, code) : null;
      if (!registration) throw EventErrors.CHECK_IN_CODE_NOT_FOUND();
      return registration;
    }
    const registration = body.registrationId ? await this.registrations.find(manager, body.registrationId) : null;
    if (!registration || registration.eventId !== eventId) throw CommonErrors.NOT_FOUND();
    return registration;
  }

  private async insert(manager: EntityManager, eventId: string, userId: string, status: 'registered' | 'waitlisted', now: Date): Promise<string> {
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt += 1) {
      const id = await this.registrations.insert(manager, { eventId, userId, status, checkInCode: newCheckInCode(), now });
      if (id) return id;
      // The person's own active registration is checked under the lock; this is the unique index saying so.
      if (await this.registrations.activeFor(manager, eventId, userId)) throw EventErrors.ALREADY_REGISTERED();
    }
    throw new Error(`no free check-in code in ${CODE_ATTEMPTS} draws`);
  }

  private async view(id: string, now: Date): Promise<EventRegistration> {
    const registration = await this.registrations.find(null, id);
    const event = registration && (await this.events.find(null, registration.eventId));
    if (!registration || !event) throw CommonErrors.NOT_FOUND();
    return registrationView(registration, event, now);
  }
}
