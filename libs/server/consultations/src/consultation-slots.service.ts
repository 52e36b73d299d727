import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { checkSlotRequest, freeSlots, japanDateKey, japanInstant, toJapanIso } from '@asaka/domain';
import type { Interval } from '@asaka/domain';
import type { ConsultationSlotList, ConsultationSlotQuery } from '@asaka/contracts';
import { cacheVersionReader, VersionedCache } from '@asaka/platform';
import { AdviserRecord, AdvisersRepository, AvailabilityRecord } from './advisers.repository';
import { adviserView } from './adviser-view';
import { ConsultationBookingsRepository } from './consultation-bookings.repository';
import { ConsultationErrors } from './consultations.errors';
import { isClosedDay } from './japanese-holidays';

const MINUTE = 60_000;
/** Bookings this far outside the range still matter: their buffer reaches into it (buffers are at most 120 min). */
const BUFFER_REACH_MS = 120 * MINUTE;

/** A listing as computed at some moment, kept while nothing it depends on has changed. */
interface ComputedListing {
  list: ConsultationSlotList;
  /** The instants of `list.items` (earliest first): what the clock is compared with at answer time. */
  starts: number[];
  minimumNoticeMinutes: number;
  /** The last body written (UTF-8 JSON), and how many of the earliest slots it leaves out as too soon by then. */
  body?: { dropped: number; json: Buffer };
}

/** Where the slots that are still far enough ahead begin: the first start at or after `earliest`. */
function firstFrom(starts: readonly number[], earliest: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] as number) < earliest) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Free slots, computed by the domain's `freeSlots` from what is stored: weekly rules, date
 * exceptions, public holidays and the time already booked. Listing does it for every matching
 * adviser at once with one query per table; booking asks the same rule about one requested start,
 * inside its transaction.
 *
 * Listings are public and the same for everyone, so they are kept in memory per query under the
 * database's `consultation_slots` version, which moves with every booking, cancellation or move,
 * every change to an adviser, their hours or exceptions, the settings, or an adviser's account
 * (migration 1764200000000): a request costs one primary-key SELECT while nothing changed, on any
 * API instance. The clock is the one input no write announces — the minimum notice makes the
 * earliest slots too soon as time passes — so each answer drops, from the stored list, the slots
 * that have become too soon since it was computed (exactly what recomputing would drop), and lists
 * are recomputed at least every minute anyway.
 */
@Injectable()
export class ConsultationSlotsService {
  private readonly listings: VersionedCache<ComputedListing>;

  constructor(
    private readonly advisers: AdvisersRepository,
    private readonly bookings: ConsultationBookingsRepository,
    dataSource: DataSource,
  ) {
    this.listings = new VersionedCache(cacheVersionReader(dataSource, 'consultation_slots'), {
      max: 500,
      ttlMs: 60_000,
      // Memory by slots (8 weeks of 30 advisers are ~1,200), not by listings.
      size: (listing) => listing.starts.length + listing.list.advisers.length,
      maxSize: 200_000,
    });
  }

  /** The free slots a query asks for, as they are now. */
  async list(query: ConsultationSlotQuery, now = new Date()): Promise<ConsultationSlotList> {
    const listing = await this.listing(query);
    return this.stillFree(listing, firstFrom(listing.starts, now.getTime() + listing.minimumNoticeMinutes * MINUTE));
  }

  /**
   * `list` as the body of the answer: JSON already encoded as UTF-8, written once per listing (and
   * again only when a slot has become too soon), since serialising and encoding ~170 KiB for every
   * request was most of what a cached listing still cost.
   */
  async listBody(query: ConsultationSlotQuery, now = new Date()): Promise<Buffer> {
    const listing = await this.listing(query);
    const dropped = firstFrom(listing.starts, now.getTime() + listing.minimumNoticeMinutes * MINUTE);
    if (listing.body?.dropped !== dropped) listing.body = { dropped, json: Buffer.from(JSON.stringify(this.stillFree(listing, dropped))) };
    return listing.body.json;
  }

  private listing(query: ConsultationSlotQuery): Promise<ComputedListing> {
    const key = [query.from, query.to, query.adviserId ?? '', query.topic ?? '', query.place ?? ''].join(' ');
    return this.listings.get(key, () => this.compute(query, new Date()));
  }

  /** The listing without its first `dropped` slots, and without advisers who then offer none. */
  private stillFree({ list }: ComputedListing, dropped: number): ConsultationSlotList {
    if (dropped === 0) return list;
    const items = list.items.slice(dropped);
    const offering = new Set(items.map((slot) => slot.adviserId));
    return { ...list, items, advisers: list.advisers.filter((a) => offering.has(a.id)) };
  }

  private async compute(query: ConsultationSlotQuery, now: Date): Promise<ComputedListing> {
    const [{ rows: advisers }, policy] = await Promise.all([
      this.advisers.list({ adviserId: query.adviserId, topic: query.topic, place: query.place }),
      this.advisers.settings(null),
    ]);
    if (advisers.length === 0) return { list: { from: query.from, to: query.to, items: [], advisers: [] }, starts: [], minimumNoticeMinutes: policy.minimumNoticeMinutes };
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
      list: {
        from: query.from,
        to: query.to,
        items: items.map((slot) => ({ adviserId: slot.adviserId, startsAt: toJapanIso(slot.start), endsAt: toJapanIso(slot.end) })),
        advisers: advisers.filter((a) => offering.has(a.id)).map((a) => adviserView(a, null)),
      },
      starts: items.map((slot) => slot.start.getTime()),
      minimumNoticeMinutes: policy.minimumNoticeMinutes,
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
    const around = bookedTimeAround(start);
    const availability = (await this.advisers.availability(manager, [adviser.id], date, date)).get(adviser.id);
    const occupied = await this.bookings.occupied(manager, [adviser.id], around.from, around.to, options.exceptBookingId);
    return requireSlot(adviser, start, { ...options, availability, booked: occupied.get(adviser.id) ?? [] });
  }
}

/** The stretch whose booked time decides whether a start on its day is free (buffers reach beyond the day). */
function bookedTimeAround(start: Date): { from: Date; to: Date } {
  const date = japanDateKey(start);
  return { from: new Date(japanInstant(date, 0).getTime() - BUFFER_REACH_MS), to: new Date(japanInstant(date, 24 * 60).getTime() + BUFFER_REACH_MS) };
}

/**
 * The domain's verdict on one requested start, from the adviser's rules and exceptions of that day
 * and the time booked around it (`bookedTimeAround`), as the slot it stands for or the refusal.
 */
export function requireSlot(
  adviser: AdviserRecord,
  start: Date,
  options: { minimumNoticeMinutes: number; now: Date; availability: AvailabilityRecord | undefined; booked: Interval[] },
): Interval {
  const verdict = checkSlotRequest(
    {
      rules: options.availability?.weeklyRules ?? [],
      exceptions: options.availability?.exceptions ?? [],
      booked: options.booked,
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
