import { CONSULTATION_PLACES, CONSULTATION_TOPICS, type ConsultationPlace, type ConsultationTopic } from '@asaka/domain';
import { japanToday } from './japan-calendar';
import { weekBounds, weekFrom, type SlotFilters } from './slot-picker';

export const consultationsPath = '/consultations';

/** The slot someone picked to book: which adviser, from when (as the API wrote it). */
export interface PickedSlot {
  adviserId: string;
  startsAt: string;
}

/**
 * Everything the booking page shows is in its address, so it can be bookmarked, the browser's back
 * button goes from the form back to the week, and signing in brings the person back to the very
 * slot they picked: `?topic=&place=&adviser=&week=&slot=<adviserId>_<startsAt>`.
 */
export interface ConsultationSearch {
  filters: SlotFilters;
  week: string;
  slot: PickedSlot | null;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const apiTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => values.find((candidate) => candidate === value);

function slotFrom(value: string | null): PickedSlot | null {
  if (!value) return null;
  const separator = value.indexOf('_');
  const adviserId = value.slice(0, separator);
  const startsAt = value.slice(separator + 1);
  return separator > 0 && uuid.test(adviserId) && apiTime.test(startsAt) && !Number.isNaN(Date.parse(startsAt)) ? { adviserId, startsAt } : null;
}

export function consultationSearchFrom(params: URLSearchParams, today: string = japanToday()): ConsultationSearch {
  const adviser = params.get('adviser');
  return {
    filters: {
      topic: oneOf<ConsultationTopic>(CONSULTATION_TOPICS, params.get('topic')),
      place: oneOf<ConsultationPlace>(CONSULTATION_PLACES, params.get('place')),
      adviserId: adviser && uuid.test(adviser) ? adviser : undefined,
    },
    week: weekFrom(params.get('week'), today),
    slot: slotFrom(params.get('slot')),
  };
}

/** The address of a search; the current week and empty filters are left out. */
export function consultationHref(search: ConsultationSearch, today: string = japanToday()): string {
  const params = new URLSearchParams();
  if (search.filters.topic) params.set('topic', search.filters.topic);
  if (search.filters.place) params.set('place', search.filters.place);
  if (search.filters.adviserId) params.set('adviser', search.filters.adviserId);
  if (search.week !== weekBounds(today).first) params.set('week', search.week);
  if (search.slot) params.set('slot', `${search.slot.adviserId}_${search.slot.startsAt}`);
  const query = params.toString();
  return `${consultationsPath}${query ? `?${query}` : ''}`;
}

/** Passed back to the slots when the picked one could not be booked, with the API's reason. */
export interface SlotNotice {
  slotProblem?: string;
}

export function slotNoticeOf(state: unknown): SlotNotice {
  return typeof state === 'object' && state !== null && typeof (state as SlotNotice).slotProblem === 'string' ? (state as SlotNotice) : {};
}
