import { eventActions, formatCheckInCode, isEventEditable, registrationCancelRefusal, registrationWindow, seatsRemaining, toJapanIso } from '@asaka/domain';
import type { EventAttendee, EventDetail, EventPlace, EventRegistration, EventSummary } from '@asaka/contracts';
import type { RegistrationRecord } from './event-registrations.repository';
import type { EventRecord } from './events.repository';

const iso = (instant: Date | null) => instant && toJapanIso(instant);

/** The online link is for people holding a seat, and staff; everyone else learns only that it is online. */
function placeView(event: EventRecord, showLink: boolean): EventPlace {
  return event.place.kind === 'online' ? { kind: 'online', url: showLink ? event.place.url : null } : event.place;
}

export function eventSummary(event: EventRecord, now: Date, showLink = false): EventSummary {
  return {
    id: event.id,
    kind: event.kind,
    title: event.title,
    organizer: event.organizer,
    startsAt: toJapanIso(event.startsAt),
    endsAt: toJapanIso(event.endsAt),
    place: placeView(event, showLink),
    areas: event.areas,
    status: event.status,
    capacity: event.capacity,
    seatsRemaining: seatsRemaining(event.capacity, event.registered),
    waitlisted: event.waitlisted,
    registrationOpensAt: toJapanIso(event.registrationOpensAt),
    registrationClosesAt: toJapanIso(event.registrationClosesAt),
    registration: registrationWindow(event, now),
  };
}

function registrationCore(registration: RegistrationRecord) {
  return {
    id: registration.id,
    status: registration.status,
    waitlistPosition: registration.waitlistPosition,
    checkInCode: registration.status === 'registered' ? formatCheckInCode(registration.checkInCode) : null,
    attendedAt: iso(registration.attendedAt),
    registeredAt: toJapanIso(registration.createdAt),
    confirmedAt: iso(registration.confirmedAt),
    cancelledAt: iso(registration.cancelledAt),
    cancelledBy: registration.cancelledBy,
  };
}

function myRegistration(registration: RegistrationRecord, event: EventRecord, now: Date) {
  return { ...registrationCore(registration), actions: registrationCancelRefusal(registration, event, now) === null ? ['cancel' as const] : [] };
}

export function eventDetail(event: EventRecord, options: { staff: boolean; mine: RegistrationRecord | null; now: Date }): EventDetail {
  const { staff, mine, now } = options;
  return {
    ...eventSummary(event, now, staff || mine?.status === 'registered'),
    description: event.description,
    publishedAt: iso(event.publishedAt),
    cancelledAt: iso(event.cancelledAt),
    cancellationReason: event.cancellationReason,
    registered: event.registered,
    attended: staff ? event.attended : null,
    myRegistration: mine && myRegistration(mine, event, now),
    actions: staff ? eventActions(event.status, event, now) : [],
    editable: staff && isEventEditable(event.status),
    createdAt: toJapanIso(event.createdAt),
    updatedAt: toJapanIso(event.updatedAt),
  };
}

/** A registration as its person (or staff) sees it, with its event. */
export function registrationView(registration: RegistrationRecord, event: EventRecord, now: Date): EventRegistration {
  return { ...myRegistration(registration, event, now), event: eventSummary(event, now, registration.status === 'registered') };
}

/** A line of the staff's attendance list. */
export function attendeeView(registration: RegistrationRecord): EventAttendee {
  return {
    ...registrationCore(registration),
    // Staff see the code of anyone, to read it out at the door or check a printed list.
    checkInCode: formatCheckInCode(registration.checkInCode),
    userId: registration.person.userId,
    displayName: registration.person.displayName,
    email: registration.person.email,
  };
}
