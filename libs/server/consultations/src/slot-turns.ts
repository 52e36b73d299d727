import type { ConsultationPlace, ConsultationTopic } from '@asaka/domain';
import { AppError } from '@asaka/platform';
import { ConsultationErrors } from './consultations.errors';

/** What a request waiting for a slot needs to know of the adviser to answer as the database would. */
export interface SlotOffer {
  topics: readonly ConsultationTopic[];
  places: readonly ConsultationPlace[];
}

/** Filled in by an attempt as soon as it has read the adviser. */
export interface SlotAttemptSight {
  adviser?: SlotOffer;
}

/** The slot a booking asks for: one adviser, one instant (however its offset was written). */
export function slotKey(request: { adviserId: string; startsAt: string }): string {
  return `${request.adviserId} ${Date.parse(request.startsAt)}`;
}

const slotTaken = (error: unknown) => error instanceof AppError && error.code === 'SLOT_ALREADY_BOOKED';

/**
 * Requests for one slot take turns in this process. The first runs its attempt; those that come
 * while it runs wait for it, and when it has booked the slot (or found it booked) they answer
 * without the database: TOPIC_NOT_OFFERED or PLACE_NOT_OFFERED when the adviser offers neither
 * their topic nor their place (the booking checks those before the slot), otherwise 409
 * SLOT_ALREADY_BOOKED — what each would have read in its own transaction a moment later. When the
 * attempt failed for a reason of its own person (the open-bookings limit, another booking at that
 * time), the next request tries for itself. Only requests that arrive while an attempt runs are
 * answered this way; a later one asks the database again (the booking may have been cancelled).
 *
 * Nothing here decides who gets a slot: that stays with PostgreSQL (the adviser's locks per hour and the
 * exclusion constraints), which also settles requests coming through other processes.
 */
export class SlotTurns {
  private readonly running = new Map<string, Promise<SlotOffer | null>>();

  /** How many slots have an attempt running now. */
  get size(): number {
    return this.running.size;
  }

  async take<T>(key: string, request: { topic: ConsultationTopic; place: ConsultationPlace }, attempt: (sight: SlotAttemptSight) => Promise<T>): Promise<T> {
    for (let current = this.running.get(key); current; current = this.running.get(key)) {
      const takenFrom = await current;
      if (takenFrom) {
        if (!takenFrom.topics.includes(request.topic)) throw ConsultationErrors.TOPIC_NOT_OFFERED();
        if (!takenFrom.places.includes(request.place)) throw ConsultationErrors.PLACE_NOT_OFFERED();
        throw ConsultationErrors.SLOT_ALREADY_BOOKED();
      }
    }
    const sight: SlotAttemptSight = {};
    const result = attempt(sight);
    const outcome = result.then(
      () => sight.adviser ?? null,
      (error: unknown) => (slotTaken(error) ? (sight.adviser ?? null) : null),
    );
    this.running.set(key, outcome);
    // Registered before any waiter's: by the time a waiter reads the outcome, the turn is free again.
    void outcome.then(() => {
      if (this.running.get(key) === outcome) this.running.delete(key);
    });
    return result;
  }
}
