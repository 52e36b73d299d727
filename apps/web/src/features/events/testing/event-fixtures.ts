import type { EventAttendee, EventDetail, EventRegistration, EventSummary } from '@asaka/contracts';

/** Events as the API answers them, for the pages' tests; override what a test is about. */

export const eventId = '5e1d0c1a-7a55-4b8e-9d3c-2f0a1b2c3d4e';

export function eventSummaryFixture(overrides: Partial<EventSummary> = {}): EventSummary {
  return {
    id: eventId,
    kind: 'seminar',
    title: '創業塾 第1回「事業計画と資金計画」',
    organizer: '朝霞市 産業振興課・朝霞市商工会',
    startsAt: '2026-12-05T14:00:00+09:00',
    endsAt: '2026-12-05T16:30:00+09:00',
    place: { kind: 'venue', name: '朝霞市産業文化センター 研修室1', address: '朝霞市浜崎1-2-10' },
    areas: ['management', 'finance'],
    status: 'published',
    capacity: 30,
    seatsRemaining: 12,
    waitlisted: 0,
    registrationOpensAt: '2026-11-01T09:00:00+09:00',
    registrationClosesAt: '2026-12-04T17:00:00+09:00',
    registration: 'open',
    ...overrides,
  };
}

export function eventDetailFixture(overrides: Partial<EventDetail> = {}): EventDetail {
  const summary = eventSummaryFixture(overrides);
  return {
    ...summary,
    description: '事業計画書のまとめ方と、開業資金の見積りを学びます。\n持ち物：筆記用具、電卓',
    publishedAt: '2026-10-20T10:00:00+09:00',
    cancelledAt: null,
    cancellationReason: null,
    registered: summary.capacity - summary.seatsRemaining,
    attended: null,
    myRegistration: null,
    actions: [],
    editable: false,
    createdAt: '2026-10-15T10:00:00+09:00',
    updatedAt: '2026-10-20T10:00:00+09:00',
    ...overrides,
  };
}

export const registrationId = '7f3c2b1a-0d9e-4c8b-a7f6-e5d4c3b2a190';

export function registrationFixture(overrides: Partial<EventRegistration> = {}): EventRegistration {
  return {
    id: registrationId,
    status: 'registered',
    waitlistPosition: null,
    checkInCode: 'K7MQ-3XNA',
    attendedAt: null,
    registeredAt: '2026-11-02T10:00:00+09:00',
    confirmedAt: '2026-11-02T10:00:00+09:00',
    cancelledAt: null,
    cancelledBy: null,
    actions: ['cancel'],
    event: eventSummaryFixture(),
    ...overrides,
  };
}

export function attendeeFixture(overrides: Partial<EventAttendee> = {}): EventAttendee {
  return {
    id: registrationId,
    status: 'registered',
    waitlistPosition: null,
    checkInCode: 'K7MQ-3XNA',
    attendedAt: null,
    registeredAt: '2026-11-02T10:00:00+09:00',
    confirmedAt: '2026-11-02T10:00:00+09:00',
    cancelledAt: null,
    cancelledBy: null,
    userId: '0b0f9c5e-58a4-4d55-9c84-0d7a4c1e8b11',
    displayName: '朝霞 花子',
    email: 'hanako@example.jp',
    ...overrides,
  };
}

export const eventPage = <T,>(items: T[], total = items.length, page = 1, pageSize = 20) => ({ items, total, page, pageSize });
