import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { canWriteConsultationRecord, consultationOutcomeRefusal, consultationSessionActions, japanDateKey, japanInstant, toJapanIso } from '@asaka/domain';
import type { ConsultationOutcome } from '@asaka/domain';
import type { AdviserSession, AdviserSessionList, AdviserSessionsQuery, ConsultationRecord, ConsultationRecordValues } from '@asaka/contracts';
import { AuditService, CommonErrors, isStaff } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { AdvisersRepository } from '../advisers.repository';
import { BookingRecord, ConsultationBookingsRepository } from '../consultation-bookings.repository';
import { ConsultationRecordErrors } from './consultation-records.errors';
import { AdviserSessionRow, ConsultationRecordsRepository, StoredRecord } from './consultation-records.repository';

const DAY = 86_400_000;
const DEFAULT_PAST_DAYS = 30;
const DEFAULT_RANGE_DAYS = 90;

/** Who acts after the session: its adviser, or staff for them. The booker only reads their booking. */
type RecordActor = 'adviser' | 'staff' | 'booker';

function actorOf(booking: BookingRecord | null, principal: Principal): RecordActor {
  if (booking && principal.userId === booking.adviser.userId) return 'adviser';
  if (booking && isStaff(principal)) return 'staff';
  if (booking && principal.userId === booking.bookerUserId) return 'booker';
  throw CommonErrors.NOT_FOUND();
}

function bookingSummary(booking: BookingRecord) {
  return {
    id: booking.id,
    adviser: { id: booking.adviserId, displayName: booking.adviser.displayName, organizationName: booking.adviser.organizationName },
    bookerName: booking.booker.displayName,
    topic: booking.topic,
    place: booking.place,
    startsAt: toJapanIso(booking.startsAt),
    endsAt: toJapanIso(booking.endsAt),
    status: booking.status,
  };
}

function recordView(booking: BookingRecord, record: StoredRecord): ConsultationRecord {
  return {
    bookingId: booking.id,
    booking: bookingSummary(booking),
    areasCovered: record.areasCovered,
    notes: record.notes,
    nextSteps: record.nextSteps,
    writtenBy: record.writtenBy,
    createdAt: toJapanIso(record.createdAt),
    updatedAt: toJapanIso(record.updatedAt),
  };
}

function sessionView(row: AdviserSessionRow, now: Date): AdviserSession {
  const hasRecord = row.areasCovered !== null;
  return {
    id: row.id,
    adviser: { id: row.adviserId, displayName: row.adviserName, organizationName: row.organizationName },
    bookerName: row.bookerName,
    topic: row.topic,
    place: row.place,
    startsAt: toJapanIso(row.startsAt),
    endsAt: toJapanIso(row.endsAt),
    status: row.status,
    answers: { stage: row.stage, businessIdea: row.businessIdea, questions: row.questions },
    hasRecord,
    areasCovered: row.areasCovered,
    actions: consultationSessionActions(row, hasRecord, now),
  };
}

/**
 * After the session: the adviser (or staff for them) marks it held or no-show and writes the
 * record. Records are read by the booking's adviser and staff only (staff reads audited): the
 * notes are the adviser's working notes about a person, and advisers come from different bodies
 * (商工会, 日本政策金融公庫, 診断士), so another adviser reading them would pass a person's finances
 * and plans to a third party they never told. The booker sees the areas covered through their
 * pathway, never the notes.
 */
@Injectable()
export class ConsultationRecordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bookings: ConsultationBookingsRepository,
    private readonly advisers: AdvisersRepository,
    private readonly records: ConsultationRecordsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Held or no-show, from the start of the session; staff marks are audited. */
  async markOutcome(principal: Principal, bookingId: string, outcome: ConsultationOutcome): Promise<AdviserSession> {
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      const booking = await this.bookings.find(manager, bookingId, { lock: true });
      const actor = actorOf(booking, principal);
      if (!booking) throw CommonErrors.NOT_FOUND();
      if (actor === 'booker') throw CommonErrors.FORBIDDEN();
      const hasRecord = (await this.records.find(manager, bookingId)) !== null;
      const refusal = consultationOutcomeRefusal(booking, outcome, now, hasRecord);
      if (refusal) throw ConsultationRecordErrors.INVALID_TRANSITION({ status: booking.status, outcome, reason: refusal });
      if (booking.status === outcome) return;
      await this.bookings.markOutcome(manager, bookingId, outcome);
      if (actor === 'staff') {
        await this.audit.record(manager, principal, {
          action: 'consultation-booking.outcome-marked',
          targetType: 'consultation-booking',
          targetId: bookingId,
          oldValue: { status: booking.status },
          newValue: { status: outcome },
        });
      }
    });
    return this.session(bookingId, now);
  }

  /** The record of a held session, written whole; staff writing it for the adviser leave a trace. */
  async putRecord(principal: Principal, bookingId: string, input: ConsultationRecordValues): Promise<ConsultationRecord> {
    await this.dataSource.transaction(async (manager) => {
      const booking = await this.bookings.find(manager, bookingId, { lock: true });
      const actor = actorOf(booking, principal);
      if (!booking) throw CommonErrors.NOT_FOUND();
      if (actor === 'booker') throw CommonErrors.FORBIDDEN();
      if (!canWriteConsultationRecord(booking.status)) throw ConsultationRecordErrors.SESSION_NOT_HELD({ status: booking.status });
      const before = await this.records.find(manager, bookingId);
      const values = {
        areasCovered: input.areasCovered,
        notes: input.notes.normalize('NFKC'),
        nextSteps: input.nextSteps.normalize('NFKC'),
      };
      await this.records.put(manager, bookingId, values, actor);
      if (actor === 'staff') {
        // The areas decide the pathway; the notes stay out of the log (it is read more widely than the record).
        await this.audit.record(manager, principal, {
          action: before ? 'consultation-record.updated' : 'consultation-record.written',
          targetType: 'consultation-booking',
          targetId: bookingId,
          oldValue: before ? { areasCovered: before.areasCovered } : undefined,
          newValue: { areasCovered: values.areasCovered, bookerUserId: booking.bookerUserId },
        });
      }
    });
    return this.read(principal, bookingId, { audit: false });
  }

  /** The booking's adviser and staff (audited); the booker and everyone else get 404. */
  getRecord(principal: Principal, bookingId: string): Promise<ConsultationRecord> {
    return this.read(principal, bookingId, { audit: true });
  }

  /** My sessions as an adviser in a range of dates (Japan): those ahead earliest first, those begun latest first. */
  async mySessions(principal: Principal, query: AdviserSessionsQuery): Promise<AdviserSessionList> {
    const adviser = await this.advisers.findByUser(null, principal.userId);
    if (!adviser) throw CommonErrors.NOT_FOUND();
    const now = new Date();
    const shift = (date: string, days: number) => japanDateKey(new Date(japanInstant(date, 12 * 60).getTime() + days * DAY));
    const from = query.from ?? (query.to ? shift(query.to, -DEFAULT_RANGE_DAYS) : shift(japanDateKey(now), -DEFAULT_PAST_DAYS));
    const to = query.to ?? shift(from, DEFAULT_RANGE_DAYS);
    const rows = await this.records.adviserSessions(adviser.id, japanInstant(from, 0), japanInstant(shift(to, 1), 0));
    const sessions = rows.map((row) => sessionView(row, now));
    const begun = (row: AdviserSessionRow) => row.startsAt.getTime() <= now.getTime();
    return {
      from,
      to,
      upcoming: sessions.filter((_, i) => !begun(rows[i] as AdviserSessionRow)),
      past: sessions.filter((_, i) => begun(rows[i] as AdviserSessionRow)).reverse(),
    };
  }

  private async read(principal: Principal, bookingId: string, options: { audit: boolean }): Promise<ConsultationRecord> {
    const booking = await this.bookings.find(null, bookingId);
    const actor = actorOf(booking, principal);
    if (!booking || actor === 'booker') throw CommonErrors.NOT_FOUND();
    const record = await this.records.find(null, bookingId);
    if (!record) throw ConsultationRecordErrors.RECORD_NOT_WRITTEN();
    if (actor === 'staff' && options.audit) {
      await this.audit.recordRead(principal, 'consultation-record', bookingId, { bookerUserId: booking.bookerUserId });
    }
    return recordView(booking, record);
  }

  /** One session as the adviser's dashboard shows it, after a change. */
  private async session(bookingId: string, now: Date): Promise<AdviserSession> {
    const booking = await this.bookings.find(null, bookingId);
    if (!booking) throw CommonErrors.NOT_FOUND();
    const record = await this.records.find(null, bookingId);
    return sessionView(
      {
        id: booking.id,
        adviserId: booking.adviserId,
        adviserName: booking.adviser.displayName,
        organizationName: booking.adviser.organizationName,
        bookerName: booking.booker.displayName,
        topic: booking.topic,
        place: booking.place,
        startsAt: booking.startsAt,
        endsAt: booking.endsAt,
        status: booking.status,
        stage: booking.stage,
        businessIdea: booking.businessIdea,
        questions: booking.questions,
        areasCovered: record?.areasCovered ?? null,
      },
      now,
    );
  }
}
