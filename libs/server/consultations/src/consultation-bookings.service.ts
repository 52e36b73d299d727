import { randomUUID } from 'node:crypto';
import AsyncLock from 'async-lock';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { bookingLockHours, cancellableUntil, consultationBookingActions, consultationChangeRefusal, japanDateKey, toJapanIso } from '@asaka/domain';
import type { ConsultationActor, ConsultationPolicy } from '@asaka/domain';
import type {
  CancelConsultationBooking,
  ConsultationBooking,
  ConsultationBookingListQuery,
  ConsultationBookingPage,
  CreateConsultationBookingInput,
  RescheduleConsultationBooking,
} from '@asaka/contracts';
import { APP_CONFIG, AuditService, CommonErrors, isStaff } from '@asaka/platform';
import type { AppConfig, Principal } from '@asaka/platform';
import { AdvisersRepository } from './advisers.repository';
import { calendarText } from './booking-calendar';
import { bookingLinkMatches } from './booking-links';
import { ADVISER_OVERLAP_CONSTRAINT, BOOKER_OVERLAP_CONSTRAINT } from './consultation-booking.entity';
import { BookingRecord, bookingLockKeys, ConsultationBookingsRepository } from './consultation-bookings.repository';
import { ConsultationMailer } from './consultation-mailer';
import { ConsultationSlotsService, requireSlot } from './consultation-slots.service';
import { ConsultationErrors } from './consultations.errors';
import { bookingCalendarEntry, bookingMailSchema } from './emails/booking-email';
import { SlotAttemptSight, slotKey, SlotTurns } from './slot-turns';

const MINUTE = 60_000;
/** The reasons the other side reads when a booker's or an adviser's account was deleted. */
const BOOKER_LEFT = '相談者が退会しました / The person who booked deleted their account';
const ADVISER_LEFT = '相談員が退会しました。別の相談員でご予約ください / The adviser has left; please book another adviser';

/** The hours a session of this adviser starting at `start` locks (their slot length and buffer). */
function lockHoursAt(adviser: { slotMinutes: number; bufferMinutes: number }, start: Date): string[] {
  return bookingLockHours({ start, end: new Date(start.getTime() + adviser.slotMinutes * MINUTE) }, adviser.bufferMinutes);
}

/**
 * SQLSTATE 23P01 (exclusion_violation) from either no-overlap constraint, whichever path wrote the
 * row: the database, not a prior read, has the last word on a slot.
 */
function overlapError(error: unknown) {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string };
  if (driverError.code !== '23P01') return null;
  if (driverError.constraint === BOOKER_OVERLAP_CONSTRAINT) return ConsultationErrors.BOOKER_ALREADY_BOOKED();
  if (driverError.constraint === ADVISER_OVERLAP_CONSTRAINT) return ConsultationErrors.SLOT_ALREADY_BOOKED();
  return null;
}

/**
 * Runs a booking transaction, answering an overlap as 409. Bookings and moves that could clash queue
 * on the adviser's locks of the hours concerned before reading what is booked (`lockForBooking`), so
 * rival inserts no longer wait for each other inside the exclusion check; should PostgreSQL still abort one with 40P01
 * (deadlock_detected), it runs again and now finds the slot taken.
 */
async function bookingTransaction<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const deadlock = error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '40P01';
      if (deadlock && attempt < attempts) continue;
      throw overlapError(error) ?? error;
    }
  }
}

/** How the caller reaches a booking: signed in, and/or with the signed link of the booker's mail. */
export interface BookingCaller {
  principal: Principal | null;
  token?: string;
}

const PREFERENCE: readonly ConsultationActor[] = ['booker', 'adviser', 'staff'];

function view(record: BookingRecord, actors: readonly ConsultationActor[], policy: ConsultationPolicy, now: Date): ConsultationBooking {
  return {
    ...summary(record),
    answers: { stage: record.stage, businessIdea: record.businessIdea, questions: record.questions },
    meetingUrl: record.place === 'online' ? record.adviser.meetingUrl : null,
    sequence: record.sequence,
    enteredBy: record.enteredBy,
    cancelledAt: record.cancelledAt && toJapanIso(record.cancelledAt),
    cancelledBy: record.cancelledBy,
    cancellationReason: record.cancellationReason,
    cancellableUntil: toJapanIso(cancellableUntil(record.startsAt, policy.cancellationCutoffMinutes)),
    actions: consultationBookingActions(record, actors, now, policy.cancellationCutoffMinutes),
    createdAt: toJapanIso(record.createdAt),
    updatedAt: toJapanIso(record.updatedAt),
  };
}

function summary(record: BookingRecord) {
  return {
    id: record.id,
    adviser: { id: record.adviserId, displayName: record.adviser.displayName, organizationName: record.adviser.organizationName },
    bookerName: record.booker.displayName,
    topic: record.topic,
    place: record.place,
    startsAt: toJapanIso(record.startsAt),
    endsAt: toJapanIso(record.endsAt),
    status: record.status,
  };
}

/**
 * Booking, cancelling and moving consultations. A slot never holds two bookings: the request is
 * checked against the adviser's free slots, and the exclusion constraints settle any race.
 */
@Injectable()
export class ConsultationBookingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly advisers: AdvisersRepository,
    private readonly bookings: ConsultationBookingsRepository,
    private readonly slots: ConsultationSlotsService,
    private readonly mailer: ConsultationMailer,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One adviser's new bookings that could clash (share an hour, see `bookingLockHours`), one at a time in this process. */
  private readonly adviserHours = new AsyncLock({ maxPending: 10_000 });
  private readonly turns = new SlotTurns();

  /**
   * A booking for the caller, or (staff) entered for another person at the counter or by phone.
   * Staff entry keeps to the adviser's slots and the no-overlap rules, but not to the minimum
   * notice or the per-person limit: staff decide those with the person in front of them.
   *
   * In this process, requests for one slot take turns ({@link SlotTurns}) and one adviser's bookings
   * that could clash run one at a time, so a rush for a few slots costs the database one transaction per
   * slot instead of one per request, and no pool connection waits on a lock; PostgreSQL's locks and
   * exclusion constraints still decide, also between processes.
   */
  async create(principal: Principal, input: CreateConsultationBookingInput): Promise<ConsultationBooking> {
    const enteredByStaff = input.bookerUserId !== undefined && input.bookerUserId !== principal.userId;
    if (enteredByStaff && !isStaff(principal)) throw CommonErrors.FORBIDDEN();
    // Staff entry is not subject to the minimum notice, so its outcome says nothing about a booker's: it takes no turn.
    const done = enteredByStaff
      ? await this.book(principal, input, true, {})
      : await this.turns.take(slotKey(input), input, (sight) => this.book(principal, input, false, sight));
    return this.answer({ principal }, done);
  }

  /**
   * The booking itself. Everything a rush does not change — the adviser, their hours that day, the
   * settings, the person, whether the adviser offers that start, and the booking's mails — is read,
   * decided and written down first, outside the adviser's turn; the turn itself is one statement
   * (`ConsultationBookingsRepository.book`): the locks, whether the time is still free and the
   * person under the limit, the row and its mails. `sight.adviser` is set as soon as the adviser is
   * known.
   */
  private async book(principal: Principal, input: CreateConsultationBookingInput, enteredByStaff: boolean, sight: SlotAttemptSight) {
    const bookerUserId = input.bookerUserId ?? principal.userId;
    const start = new Date(input.startsAt);
    const context = await this.advisers.bookingContext(null, input.adviserId, japanDateKey(start), bookerUserId);
    // An adviser out of service, or whose account is disabled or deleted, offers no slots (as the listing shows).
    if (!context || !context.adviser.active || !context.adviserParty.active) throw CommonErrors.NOT_FOUND();
    const { adviser, adviserParty, booker, policy, availability } = context;
    sight.adviser = adviser;
    if (!booker?.active) throw CommonErrors.NOT_FOUND();
    if (!adviser.topics.includes(input.topic)) throw ConsultationErrors.TOPIC_NOT_OFFERED();
    if (!adviser.places.includes(input.place)) throw ConsultationErrors.PLACE_NOT_OFFERED();
    const now = new Date();
    // What does not depend on other bookings is decided here (the adviser offers that start, far
    // enough ahead); whether the time is still free is decided under the locks, in the database.
    requireSlot(adviser, start, { minimumNoticeMinutes: enteredByStaff ? 0 : policy.minimumNoticeMinutes, now, availability, booked: [] });

    // The booking as it will be stored if its time is still free (the slot at a start is that long),
    // and the mails written with it.
    const id = randomUUID();
    const end = new Date(start.getTime() + adviser.slotMinutes * MINUTE);
    const booking = {
      id,
      adviserId: adviser.id,
      bookerUserId,
      topic: input.topic,
      place: input.place,
      stage: input.answers.stage,
      businessIdea: input.answers.businessIdea.normalize('NFKC'),
      questions: input.answers.questions.normalize('NFKC'),
      startsAt: start,
      endsAt: end,
      enteredBy: enteredByStaff ? ('staff' as const) : ('booker' as const),
      reminderKey: this.mailer.newReminderKey(id, start, now),
    };
    const pending: BookingRecord = {
      ...booking,
      status: 'booked',
      sequence: 0,
      cancelledAt: null,
      cancelledBy: null,
      cancellationReason: null,
      createdAt: now,
      updatedAt: now,
      adviser: adviserParty,
      booker,
    };
    const outbox = this.mailer.bookedOutbox(pending, policy, now);
    const hours = lockHoursAt(adviser, start);
    const turn = {
      lockKeys: bookingLockKeys(adviser.id, hours, bookerUserId),
      bufferMinutes: adviser.bufferMinutes,
      openLimit: enteredByStaff ? null : policy.maxOpenBookingsPerPerson,
    };
    const stored = await this.adviserHours.acquire(
      hours.map((hour) => `${adviser.id} ${hour}`),
      () =>
        bookingTransaction(() =>
          enteredByStaff
            ? this.dataSource.transaction(async (manager) => {
                const result = await this.bookings.book(manager, booking, turn, outbox);
                if (result.outcome === 'booked') {
                  await this.audit.record(manager, principal, {
                    action: 'consultation-booking.entered-by-staff',
                    targetType: 'consultation-booking',
                    targetId: id,
                    newValue: { bookerUserId, adviserId: adviser.id, startsAt: toJapanIso(start) },
                  });
                }
                return result;
              })
            : this.bookings.book(null, booking, turn, outbox),
        ),
    );
    if (stored.outcome !== 'booked') {
      throw stored.outcome === 'limit' ? ConsultationErrors.OPEN_BOOKINGS_LIMIT({ limit: policy.maxOpenBookingsPerPerson }) : ConsultationErrors.SLOT_ALREADY_BOOKED();
    }
    const record: BookingRecord = { ...pending, createdAt: stored.storedAt, updatedAt: stored.storedAt };
    return { ...this.resolve(record, { principal }, now), policy };
  }

  async get(caller: BookingCaller, id: string): Promise<ConsultationBooking> {
    const now = new Date();
    const { record, actors } = await this.readable(caller, id, now);
    return view(record, actors, await this.advisers.settings(null), now);
  }

  /**
   * The answer to a change, built from the record its transaction wrote and read (no second trip
   * to the pool after COMMIT, where the winners of a rush would queue behind everyone else).
   */
  private async answer(
    caller: BookingCaller,
    { record, actors, policy }: { record: BookingRecord; actors: ConsultationActor[]; policy: ConsultationPolicy },
  ): Promise<ConsultationBooking> {
    await this.auditStaffRead(caller, record, actors);
    return view(record, actors, policy, new Date());
  }

  /** My bookings, my sessions as an adviser, or (staff) all. */
  async list(principal: Principal, query: ConsultationBookingListQuery): Promise<ConsultationBookingPage> {
    let scope: { bookerUserId?: string; adviserId?: string } = { bookerUserId: principal.userId };
    if (query.view === 'advising') {
      const adviser = await this.advisers.findByUser(null, principal.userId);
      if (!adviser) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
      scope = { adviserId: adviser.id };
    }
    if (query.view === 'all') {
      if (!isStaff(principal)) throw CommonErrors.FORBIDDEN();
      scope = {};
    }
    const { rows, total } = await this.bookings.list(scope, query, new Date());
    return { items: rows.map(summary), total, page: query.page, pageSize: query.pageSize };
  }

  /** Cancelled by the booker (until the cut-off), the adviser or staff (until the start); both sides are mailed. */
  async cancel(caller: BookingCaller, id: string, input: CancelConsultationBooking): Promise<ConsultationBooking> {
    const done = await this.dataSource.transaction(async (manager) => {
      const { record, actor, actors, policy } = await this.changeable(manager, caller, id);
      await this.bookings.cancel(manager, id, actor, input.reason?.normalize('NFKC') || null);
      const cancelled = await this.reload(manager, id);
      await this.mailer.cancelled(manager, cancelled, policy);
      if (actor === 'staff' && caller.principal) {
        await this.audit.record(manager, caller.principal, {
          action: 'consultation-booking.cancelled',
          targetType: 'consultation-booking',
          targetId: id,
          oldValue: { status: record.status },
          newValue: { status: 'cancelled', reason: input.reason ?? null },
        });
      }
      return { record: cancelled, actors, policy };
    });
    return this.answer(caller, done);
  }

  /**
   * The person deleted their account (`AccountDeletionHooks`). Their sessions still to come are
   * cancelled, whatever the cut-off: as the booker, so the adviser's time is free again and the
   * adviser is told; as the adviser (who now offers no slots, their account being gone), so each
   * booker is told and can book someone else. The person who left is mailed nothing; reminders go.
   */
  async releaseForDeletedAccount(manager: EntityManager, userId: string, now: Date): Promise<void> {
    const sessions = await this.bookings.upcomingOf(manager, userId, now);
    if (sessions.length === 0) return;
    const policy = await this.advisers.settings(manager);
    for (const { id, side } of sessions) {
      await this.bookings.cancel(manager, id, side, side === 'booker' ? BOOKER_LEFT : ADVISER_LEFT);
      await this.mailer.cancelled(manager, await this.reload(manager, id), policy);
    }
  }

  /**
   * Moves the booking to another free slot of the same adviser: same id, next calendar sequence,
   * both sides mailed, the reminder moved. The booker keeps to the minimum notice; the adviser and
   * staff do not.
   */
  async reschedule(caller: BookingCaller, id: string, input: RescheduleConsultationBooking): Promise<ConsultationBooking> {
    const now = new Date();
    const done = await bookingTransaction(() =>
      this.dataSource.transaction(async (manager) => {
        const { record, actor, actors, policy } = await this.changeable(manager, caller, id);
        const adviser = await this.advisers.find(manager, record.adviserId);
        // An adviser out of service offers no new times; they and staff may still move what is booked.
        if (!adviser || (!adviser.active && actor === 'booker')) throw ConsultationErrors.SLOT_NOT_OFFERED();
        // As booking takes them: the adviser's time in the hours the new time can clash in, then the person's.
        const newStart = new Date(input.startsAt);
        const hours = lockHoursAt(adviser, newStart);
        await this.bookings.lockForBooking(manager, adviser.id, hours, record.bookerUserId);
        const slot = await this.slots.requireFree(manager, adviser, newStart, {
          minimumNoticeMinutes: actor === 'booker' ? policy.minimumNoticeMinutes : 0,
          now,
          exceptBookingId: id,
        });
        if (slot.start.getTime() === record.startsAt.getTime() && slot.end.getTime() === record.endsAt.getTime()) return { record, actors, policy };
        await this.bookings.move(manager, id, slot.start, slot.end);
        const moved = await this.reload(manager, id);
        await this.mailer.rescheduled(manager, moved, { startsAt: record.startsAt, endsAt: record.endsAt }, policy, now);
        if (actor === 'staff' && caller.principal) {
          await this.audit.record(manager, caller.principal, {
            action: 'consultation-booking.rescheduled',
            targetType: 'consultation-booking',
            targetId: id,
            oldValue: { startsAt: toJapanIso(record.startsAt) },
            newValue: { startsAt: toJapanIso(slot.start) },
          });
        }
        return { record: moved, actors, policy };
      }),
    );
    return this.answer(caller, done);
  }

  /** The booking as a calendar file to import (METHOD:PUBLISH), written for the caller's side. */
  async calendar(caller: BookingCaller, id: string): Promise<string> {
    const { record, actors } = await this.readable(caller, id, new Date());
    const side = actors.includes('booker') ? 'booker' : 'adviser';
    const data = bookingMailSchema.parse(this.mailer.mailData(record, side, await this.advisers.settings(null)));
    const locale = caller.principal?.locale ?? (side === 'booker' ? record.booker.locale : record.adviser.locale);
    return calendarText({ ...bookingCalendarEntry(data, locale, 'PUBLISH'), cancelled: record.status === 'cancelled' });
  }

  /** A booking the caller may read, and as whom; staff reading someone else's intake answers leave a trace. */
  private async readable(caller: BookingCaller, id: string, now: Date): Promise<{ record: BookingRecord; actors: ConsultationActor[] }> {
    const { record, actors } = this.resolve(await this.bookings.find(null, id), caller, now);
    await this.auditStaffRead(caller, record, actors);
    return { record, actors };
  }

  private async auditStaffRead(caller: BookingCaller, record: BookingRecord, actors: readonly ConsultationActor[]): Promise<void> {
    if (caller.principal && actors.length === 1 && actors[0] === 'staff') {
      await this.audit.recordRead(caller.principal, 'consultation-booking', record.id, { bookerUserId: record.bookerUserId });
    }
  }

  /**
   * Who the caller is towards the booking. A link must be ours, for this booking, and used before
   * the session starts (400 BOOKING_LINK_INVALID, 410 BOOKING_LINK_EXPIRED). Without a link or a
   * session the answer is 401; someone signed in who has nothing to do with it gets 404.
   */
  private resolve(record: BookingRecord | null, caller: BookingCaller, now: Date): { record: BookingRecord; actors: ConsultationActor[] } {
    const actors = new Set<ConsultationActor>();
    if (caller.token !== undefined) {
      if (!record || !bookingLinkMatches(this.config.auth.cookieSecret, caller.token, record.id)) throw ConsultationErrors.BOOKING_LINK_INVALID();
      if (now.getTime() >= record.startsAt.getTime()) throw ConsultationErrors.BOOKING_LINK_EXPIRED();
      actors.add('booker');
    }
    const { principal } = caller;
    if (record && principal) {
      if (principal.userId === record.bookerUserId) actors.add('booker');
      if (principal.userId === record.adviser.userId) actors.add('adviser');
      if (isStaff(principal)) actors.add('staff');
    }
    if (!record || actors.size === 0) throw principal ? CommonErrors.NOT_FOUND() : CommonErrors.UNAUTHENTICATED();
    return { record, actors: PREFERENCE.filter((actor) => actors.has(actor)) };
  }

  /** The booking as just written in this transaction. */
  private async reload(manager: EntityManager, id: string): Promise<BookingRecord> {
    const record = await this.bookings.find(manager, id);
    if (!record) throw new Error(`consultation_booking ${id} vanished inside its own transaction`);
    return record;
  }

  /**
   * Locks the booking and picks the side the caller acts as: the first of booker, adviser, staff
   * that may change it now. If none may, the refusal of the most entitled side is the answer.
   */
  private async changeable(manager: EntityManager, caller: BookingCaller, id: string) {
    const now = new Date();
    const { record, actors } = this.resolve(await this.bookings.find(manager, id, { lock: true }), caller, now);
    const policy = await this.advisers.settings(manager);
    const actor = actors.find((candidate) => consultationChangeRefusal(record, candidate, now, policy.cancellationCutoffMinutes) === null);
    if (!actor) {
      const refusal = consultationChangeRefusal(record, actors[actors.length - 1] ?? 'booker', now, policy.cancellationCutoffMinutes);
      throw refusal === 'cutoff-passed' ? ConsultationErrors.CANCELLATION_CUTOFF_PASSED() : ConsultationErrors.BOOKING_NOT_CHANGEABLE({ status: record.status });
    }
    return { record, actor, actors, policy };
  }
}
