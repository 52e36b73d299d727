import type { EventPlace, EventRegistration, EventSummary } from '@asaka/contracts';
import { EVENT_KIND_LABELS, FOUNDING_AREAS, formatEventTime, formatJapanDateTime, type EventKind, type FoundingArea } from '@asaka/domain';
import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/i18n';

/**
 * How an event reads wherever it is shown: its time always in Japan time and saying so (the
 * domain's wording, the same as in the mails), its place, its seats, the areas a seminar covers.
 */

/** 「2026年12月5日(土) 14:00〜16:00 (日本時間 JST)」, also on a device set to another zone. */
export function eventTime(event: Pick<EventSummary, 'startsAt' | 'endsAt'>, language: Language): string {
  return formatEventTime(new Date(event.startsAt), new Date(event.endsAt), language);
}

/** One moment, e.g. when registration opens: 「2026年11月1日(日) 09:00 (日本時間 JST)」. */
export function eventMoment(iso: string, language: Language): string {
  return formatJapanDateTime(new Date(iso), language);
}

export function kindLabel(kind: EventKind, language: Language): string {
  return EVENT_KIND_LABELS[kind][language];
}

export function areaLabel(t: TFunction, area: FoundingArea): string {
  return t(`events.areas.${area}`);
}

/** 「経営・財務」, in the order the pathway names them. */
export function areasLabel(t: TFunction, areas: readonly FoundingArea[]): string {
  return FOUNDING_AREAS.filter((area) => areas.includes(area))
    .map((area) => areaLabel(t, area))
    .join(t('events.areas.separator'));
}

/** The venue with its address, or "online" (with the link only when the API gave it). */
export function placeLabel(t: TFunction, place: EventPlace): string {
  return place.kind === 'venue' ? t('events.place.venue', { name: place.name, address: place.address }) : t('events.place.online');
}

/**
 * The line people compare events by: seats left, the waiting list, or why registering is not
 * possible now. A called-off or finished event says so instead.
 */
export function seatsLabel(t: TFunction, event: EventSummary, language: Language): string {
  if (event.status === 'cancelled') return t('events.seats.cancelled');
  if (event.status === 'finished') return t('events.seats.finished');
  switch (event.registration) {
    case 'open':
      return t('events.seats.open', { count: event.seatsRemaining, capacity: event.capacity });
    case 'waitlist':
      return event.waitlisted > 0 ? t('events.seats.waitlist', { waiting: event.waitlisted }) : t('events.seats.waitlistEmpty');
    case 'not-open-yet':
      return t('events.seats.notOpenYet', { at: eventMoment(event.registrationOpensAt, language), capacity: event.capacity });
    default:
      return t('events.seats.closed');
  }
}

/** A registration's status in words: 参加確定, キャンセル待ち n番目, 出席済み, or how it was cancelled. */
export function registrationStatusLabel(t: TFunction, registration: Pick<EventRegistration, 'status' | 'waitlistPosition' | 'attendedAt' | 'cancelledBy'>): string {
  if (registration.status === 'registered') return registration.attendedAt ? t('events.statuses.attended') : t('events.statuses.registered');
  if (registration.status === 'waitlisted') return t('events.statuses.waitlisted', { position: registration.waitlistPosition ?? 1 });
  if (registration.cancelledBy === 'event-cancelled') return t('events.statuses.eventCancelled');
  if (registration.cancelledBy === 'staff') return t('events.statuses.cancelledByStaff');
  return t('events.statuses.cancelled');
}

/** A check-in code spelled out character by character, so a screen reader does not read it as a word. */
export function spelledCode(code: string, separator: string): string {
  return code
    .split('-')
    .map((half) => Array.from(half).join(' '))
    .join(separator);
}

/** The event's public page: the address the mails link to. */
export const eventPath = (id: string) => `/events/${encodeURIComponent(id)}`;
export const staffEventPath = (id: string) => `/staff/events/${encodeURIComponent(id)}`;
