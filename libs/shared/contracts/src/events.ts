import { z } from 'zod';
import {
  EVENT_ACTIONS,
  EVENT_KINDS,
  EVENT_REGISTRATION_CANCELLERS,
  EVENT_REGISTRATION_STATUSES,
  EVENT_STATUSES,
  eventDefinitionProblems,
  FOUNDING_AREAS,
} from '@asaka/domain';
import { isoDateTimeSchema, pageOf, pageQuerySchema } from './common';

const text = (max: number) => z.string().trim().min(1).max(max);
const dateSchema = z.iso.date();

/** In person (会場 name and address) or online (the link is shown only to people holding a seat, and staff). */
export const eventPlaceInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('venue'), name: text(100).describe('e.g. 朝霞市産業文化センター 研修室1'), address: text(200).describe('e.g. 朝霞市本町1-1-1') }),
  z.strictObject({
    kind: z.literal('online'),
    url: z
      .url({ protocol: /^https$/, message: 'https:// で始まるURLを指定してください / use an https:// link' })
      .max(500)
      .describe('The meeting link'),
  }),
]);
export type EventPlaceInput = z.infer<typeof eventPlaceInputSchema>;

const areasSchema = z
  .array(z.enum(FOUNDING_AREAS))
  .max(FOUNDING_AREAS.length)
  .refine((areas) => new Set(areas).size === areas.length, { message: '同じ分野は一度だけ選べます / each area at most once' });

/** What staff fill in; no defaults here, so that a PATCH leaves out what it does not change. */
const eventFields = {
  kind: z.enum(EVENT_KINDS).describe('seminar (起業家育成支援セミナー) · job-fair (就職面接会・相談会) · other'),
  title: text(120),
  description: z.string().trim().max(8000).describe('Programme, speakers, what to bring; plain text'),
  organizer: text(100).describe('主催, e.g. 朝霞市 産業振興課, 朝霞市商工会'),
  startsAt: isoDateTimeSchema.describe('Japan time with its offset, e.g. 2026-12-05T14:00:00+09:00'),
  endsAt: isoDateTimeSchema,
  place: eventPlaceInputSchema,
  capacity: z.int().min(1).max(10_000).describe('Seats; once they are taken, people join the waiting list'),
  registrationOpensAt: isoDateTimeSchema,
  registrationClosesAt: isoDateTimeSchema.describe('At the latest the start'),
  areas: areasSchema.describe('Seminars only: which of 経営・財務・人材育成・販路開拓 it covers (the founding pathway counts them)'),
};

const scheduleOf = (e: { kind: (typeof EVENT_KINDS)[number]; startsAt: string; endsAt: string; registrationOpensAt: string; registrationClosesAt: string; areas: string[] }) =>
  eventDefinitionProblems({
    kind: e.kind,
    startsAt: new Date(e.startsAt),
    endsAt: new Date(e.endsAt),
    registrationOpensAt: new Date(e.registrationOpensAt),
    registrationClosesAt: new Date(e.registrationClosesAt),
    areas: e.areas as (typeof FOUNDING_AREAS)[number][],
  });

/** Staff create an event as a draft; the schedule rules of @asaka/domain apply field by field. */
export const createEventSchema = z
  .strictObject({
    ...eventFields,
    description: eventFields.description.default(''),
    organizer: eventFields.organizer.default('朝霞市 産業振興課'),
    areas: eventFields.areas.default([]),
  })
  .superRefine((event, context) => {
    for (const problem of scheduleOf(event)) context.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
  });
export type CreateEvent = z.input<typeof createEventSchema>;
export type CreateEventInput = z.output<typeof createEventSchema>;

/**
 * Staff correct a draft or published event; the result must still follow the schedule rules. A
 * new capacity moves people up from the waiting list (a lower one takes nobody's seat); a new time
 * moves the reminders and, for a published event, mails everyone registered.
 */
export const updateEventSchema = z.strictObject(eventFields).partial();
export type UpdateEvent = z.infer<typeof updateEventSchema>;

export const cancelEventSchema = z.strictObject({ reason: text(500).describe('Told to everyone registered or waiting, e.g. 講師の急病のため') });
export type CancelEvent = z.infer<typeof cancelEventSchema>;

export const eventListQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  kind: z.enum(EVENT_KINDS).optional(),
  from: dateSchema.optional().describe('Events starting on or after this date (YYYY-MM-DD, Japan)'),
  to: dateSchema.optional().describe('Events starting on or before this date (included)'),
  area: z.enum(FOUNDING_AREAS).optional().describe('Seminars covering this area'),
  status: z.enum(EVENT_STATUSES).optional().describe('Default published. Staff may list drafts; others see only events that were published'),
});
export type EventListQuery = z.infer<typeof eventListQuerySchema>;

export const eventPlaceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('venue'), name: z.string(), address: z.string() }),
  z.object({ kind: z.literal('online'), url: z.string().nullable().describe('Only for people holding a seat, and staff; null for everyone else') }),
]);
export type EventPlace = z.infer<typeof eventPlaceSchema>;

export const REGISTRATION_WINDOWS = ['not-open-yet', 'open', 'waitlist', 'closed'] as const;

const eventSummaryFields = {
  id: z.uuid(),
  kind: z.enum(EVENT_KINDS),
  title: z.string(),
  organizer: z.string(),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  place: eventPlaceSchema,
  areas: z.array(z.enum(FOUNDING_AREAS)),
  status: z.enum(EVENT_STATUSES),
  capacity: z.int(),
  seatsRemaining: z.int().describe('残席: seats still free'),
  waitlisted: z.int().describe('People on the waiting list'),
  registrationOpensAt: isoDateTimeSchema,
  registrationClosesAt: isoDateTimeSchema,
  registration: z.enum(REGISTRATION_WINDOWS).describe('What registering now does: not yet possible, a seat, the waiting list, or nothing'),
};
export const eventSummarySchema = z.object(eventSummaryFields);
export type EventSummary = z.infer<typeof eventSummarySchema>;
export const eventPageSchema = pageOf(eventSummarySchema);
export type EventPage = z.infer<typeof eventPageSchema>;

const registrationCore = {
  id: z.uuid(),
  status: z.enum(EVENT_REGISTRATION_STATUSES),
  waitlistPosition: z.int().min(1).nullable().describe('キャンセル待ち n番目; null unless waitlisted'),
  checkInCode: z.string().nullable().describe('Shown at the door (e.g. ABCD-EFGH); only while holding a seat'),
  attendedAt: isoDateTimeSchema.nullable(),
  registeredAt: isoDateTimeSchema.describe('When the person applied'),
  confirmedAt: isoDateTimeSchema.nullable().describe('When they got a seat (at once, or moved up from the waiting list)'),
  cancelledAt: isoDateTimeSchema.nullable(),
  cancelledBy: z.enum(EVENT_REGISTRATION_CANCELLERS).nullable(),
};

export const myEventRegistrationSchema = z.object({
  ...registrationCore,
  actions: z.array(z.enum(['cancel'])).describe('What the caller may do now'),
});

export const eventSchema = z.object({
  ...eventSummaryFields,
  description: z.string(),
  publishedAt: isoDateTimeSchema.nullable(),
  cancelledAt: isoDateTimeSchema.nullable(),
  cancellationReason: z.string().nullable(),
  registered: z.int().describe('People holding a seat'),
  attended: z.int().nullable().describe('Staff only: people checked in'),
  myRegistration: myEventRegistrationSchema.nullable().describe('The caller’s current registration, if any'),
  actions: z.array(z.enum(EVENT_ACTIONS)).describe('Staff only: the moves possible now'),
  editable: z.boolean().describe('Staff only: whether PATCH is possible'),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
/** Named so as not to shadow the DOM's `Event` in the browser. */
export type EventDetail = z.infer<typeof eventSchema>;

/** A person's registration with the event it is for: their page and the list of mine. */
export const eventRegistrationSchema = z.object({
  ...myEventRegistrationSchema.shape,
  event: eventSummarySchema,
});
export type EventRegistration = z.infer<typeof eventRegistrationSchema>;
export const eventRegistrationPageSchema = pageOf(eventRegistrationSchema);
export type EventRegistrationPage = z.infer<typeof eventRegistrationPageSchema>;

export const myEventRegistrationsQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  upcoming: z.stringbool().optional().describe('Only events that have not ended'),
});
export type MyEventRegistrationsQuery = z.infer<typeof myEventRegistrationsQuerySchema>;

/** One line of the staff's attendance list (出席簿). */
export const eventAttendeeSchema = z.object({
  ...registrationCore,
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
});
export type EventAttendee = z.infer<typeof eventAttendeeSchema>;
export const eventAttendeePageSchema = pageOf(eventAttendeeSchema);
export type EventAttendeePage = z.infer<typeof eventAttendeePageSchema>;

export const eventAttendeeQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
  status: z.enum(EVENT_REGISTRATION_STATUSES).optional().describe('Default: registered and waitlisted'),
});
export type EventAttendeeQuery = z.infer<typeof eventAttendeeQuerySchema>;

/** Staff check a person in at the door by the code they show, or from the attendance list. */
export const eventCheckInSchema = z
  .strictObject({
    code: z.string().trim().min(1).max(20).optional().describe('The attendee’s check-in code; case, 全角 and hyphens do not matter'),
    registrationId: z.uuid().optional().describe('A line of the attendance list'),
  })
  .refine((body) => (body.code === undefined) !== (body.registrationId === undefined), {
    message: 'code か registrationId のどちらか一方を指定してください / give either code or registrationId',
    path: ['code'],
  });
export type EventCheckIn = z.infer<typeof eventCheckInSchema>;

export const eventCheckInResultSchema = z.object({
  attendee: eventAttendeeSchema,
  alreadyCheckedIn: z.boolean().describe('The person had been checked in before: nothing changed'),
});
export type EventCheckInResult = z.infer<typeof eventCheckInResultSchema>;
