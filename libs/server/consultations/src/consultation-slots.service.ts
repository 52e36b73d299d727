import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { checkSlotRequest, freeSlots, japanDateKey, japanInstant, toJapanIso } from '@asaka/domain';
import type { Interval } from '@asaka/domain';
import type { ConsultationSlotList, ConsultationSlotQuery } from '@asaka/contracts';
import { AdviserRecord, AdvisersRepository } from './advisers.repository';
import { adviserView } from './adviser-view';
import { ConsultationBookingsRepository } from './consultation-bookings.repository';
import { ConsultationErrors } from './consultations.errors';
import { isClosedDay } from './japanese-holidays';

const MINUTE = 60_000;
/** Bookings this far outside the range still matter: their buffer reaches into it (buffers are at most 120 min). */
const BUFFER_REACH_MS = 120 * MINUTE;

/**
 * Free slots, computed by the domain's `freeSlots` from what is stored: weekly rules, date
 * exceptions, public holidays and the time already booked. Listing does it for every matching
 * adviser at once with one query per table; booking asks the same rule about one requested start.
 */
@Injectable()
export class ConsultationSlotsService {
  constructor(
    private readonly advisers: AdvisersRepository,
    private readonly bookings: ConsultationBookingsRepository,
  ) {}

  async list(query: ConsultationSlotQuery, now = new Date()): Promise<ConsultationSlotList> {
    const [{ rows: advisers }, policy] = await Promise.all([
      this.advisers.list({ adviserId: query.adviserId, topic: query.topic, place: query.place }),
      this.advisers.settings(null),
    ]);
    if (advisers.length === 0) return { from: query.from, to: query.to, items: [], advisers: [] };
    const ids = advisers.map((a) => a.id);
    const from = japanInstant(query.from, 0);
    const to = japanInstant(query.to, 24 * 60);
    const [availability, occupied] = await Promise.all([
      this.advisers.availability(null, ids, query.from, query.to),
      this.bookings.occupied(null, ids, new Date(from.getTime() - BUFFER_REACH_MS), new Date(to.getTime() + BUFFER_REACH_MS)),
    ]);
    const items = advisers.flatMap((adviser) =>
      freeSlots({
        fromDate: query.from,
        toDate: query.to,
        rules: availability.get(adviser.id)?.weeklyRules ?? [],
        exceptions: availability.get(adviser.id)?.exceptions ?? [],
        booked: occupied.get(adviser.id) ?? [],
        isHoliday: isClosedDay,
        now,
        slotMinutes: adviser.slotMinutes,
        bufferMinutes: adviser.bufferMinutes,
        minimumNoticeMinutes: policy.minimumNoticeMinutes,
      }).map((slot) => ({ adviserId: adviser.id, start: slot.start, end: slot.end })),
    );
    items.sort((a, b) => a.start.getTime() - b.start.getTime() || (a.adviserId < b.adviserId ? -1 : 1));
    const offering = new Set(items.map((slot) => slot.adviserId));
    return {
      from: query.from,
      to: query.to,
      items: items.map((slot) => ({ adviserId: slot.adviserId, startsAt: toJapanIso(slot.start), endsAt: toJapanIso(slot.end) })),
      advisers: advisers.filter((a) => offering.has(a.id)).map((a) => adviserView(a, null)),
    };
  }

  /**
   * The slot a requested start stands for, in the caller's transaction, or the reason it cannot be
   * booked: 422 SLOT_NOT_OFFERED, 422 BOOKING_NOTICE_TOO_SHORT, 409 SLOT_ALREADY_BOOKED. A moved
   * booking does not block its own new time (`exceptBookingId`).
   */
  async requireFree(
    manager: EntityManager,
    adviser: AdviserRecord,
    start: Date,
    options: { minimumNoticeMinutes: number; now: Date; exceptBookingId?: string },
  ): Promise<Interval> {
    const date = japanDateKey(start);
    const dayStart = japanInstant(date, 0);
    const dayEnd = japanInstant(date, 24 * 60);
    const availability = (await this.advisers.availability(manager, [adviser.id], date, date)).get(adviser.id);
    const occupied = await this.bookings.occupied(
      manager,
      [adviser.id],
      new Date(dayStart.getTime() - BUFFER_REACH_MS),
      new Date(dayEnd.getTime() + BUFFER_REACH_MS),
      options.exceptBookingId,
    );
    const verdict = checkSlotRequest(
      {
        rules: availability?.weeklyRules ?? [],
        exceptions: availability?.exceptions ?? [],
        booked: occupied.get(adviser.id) ?? [],
        isHoliday: isClosedDay,
        slotMinutes: adviser.slotMinutes,
        bufferMinutes: adviser.bufferMinutes,
        minimumNoticeMinutes: options.minimumNoticeMinutes,
        now: options.now,
      },
      start,
    );
    if (verdict.ok) return verdict.slot;
    if (verdict.reason === 'taken') throw ConsultationErrors.SLOT_ALREADY_BOOKED();
    if (verdict.reason === 'too-soon') throw ConsultationErrors.BOOKING_NOTICE_TOO_SHORT();
    throw ConsultationErrors.SLOT_NOT_OFFERED();
  }
}
