import { z } from 'zod';
import {
  CONSULTATION_BOOKING_STATUSES,
  CONSULTATION_PLACE_LABELS,
  CONSULTATION_PLACES,
  CONSULTATION_TOPIC_LABELS,
  CONSULTATION_TOPICS,
  FOUNDING_AREAS,
  FOUNDING_STAGE_LABELS,
  FOUNDING_STAGES,
  windowsOverlap,
} from '@asaka/domain';
import { isoDateTimeSchema, pageOf, pageQuerySchema } from './common';

/** 'HH:MM' in Japan time; 24:00 closes a window at midnight. */
const clockTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { message: '時刻は HH:MM で指定してください / use HH:MM' });
const dateSchema = z.iso.date();
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .min(1)
    .max(max)
    .refine((values) => new Set(values).size === values.length, { message: '同じ項目は一度だけ選べます / each item at most once' });

const startBeforeEnd = (window: { start: string; end: string }) => window.start < window.end;
const START_BEFORE_END = { message: '終了は開始より後にしてください / the end must be after the start', path: ['end'] };

export const timeWindowSchema = z.strictObject({ start: clockTime, end: clockTime }).refine(startBeforeEnd, START_BEFORE_END);

export const weeklyRuleSchema = z
  .strictObject({
    weekday: z.int().min(0).max(6).describe('0 = Sunday … 6 = Saturday'),
    start: clockTime,
    end: clockTime,
  })
  .refine(startBeforeEnd, START_BEFORE_END);
export type WeeklyRuleInput = z.infer<typeof weeklyRuleSchema>;

export const dateExceptionSchema = z.strictObject({
  date: dateSchema.describe('YYYY-MM-DD in Japan'),
  windows: z.array(timeWindowSchema).max(8).describe('Empty: closed that day. Otherwise open exactly then, also on a public holiday'),
  note: z.string().trim().max(200).nullable().default(null).describe('Why, e.g. 出張 or 臨時相談日'),
});
export type DateExceptionInput = z.input<typeof dateExceptionSchema>;

/** The whole availability of an adviser, replaced at once by the week-view editor. */
export const availabilitySchema = z
  .strictObject({
    weeklyRules: z.array(weeklyRuleSchema).max(70),
    exceptions: z.array(dateExceptionSchema).max(400),
  })
  .refine((a) => [0, 1, 2, 3, 4, 5, 6].every((weekday) => !windowsOverlap(a.weeklyRules.filter((r) => r.weekday === weekday))), {
    message: '同じ曜日の時間帯が重なっています / two windows of one weekday overlap',
    path: ['weeklyRules'],
  })
  .refine((a) => new Set(a.exceptions.map((e) => e.date)).size === a.exceptions.length, {
    message: '同じ日付の例外は一つにまとめてください / one exception per date',
    path: ['exceptions'],
  })
  .refine((a) => a.exceptions.every((e) => !windowsOverlap(e.windows)), {
    message: '同じ日の時間帯が重なっています / two windows of one date overlap',
    path: ['exceptions'],
  });
export type AvailabilityInput = z.input<typeof availabilitySchema>;
export type Availability = z.output<typeof availabilitySchema>;

const profileFields = {
  organizationName: z.string().trim().min(1).max(100).describe('e.g. 朝霞市商工会, 朝霞市 産業振興課, 日本政策金融公庫 川越支店'),
  jobTitle: z.string().trim().max(100).nullable().describe('e.g. 経営指導員, 中小企業診断士'),
  introduction: z.string().trim().max(2000).describe('What the adviser helps with, shown to people choosing whom to book'),
  areas: uniqueList(z.enum(FOUNDING_AREAS), FOUNDING_AREAS.length).describe('Among 経営・財務・人材育成・販路開拓'),
  topics: uniqueList(z.enum(CONSULTATION_TOPICS), CONSULTATION_TOPICS.length),
  places: uniqueList(z.enum(CONSULTATION_PLACES), CONSULTATION_PLACES.length),
  meetingUrl: z
    .url({ protocol: /^https$/, message: 'https:// で始まるURLを指定してください / use an https:// link' })
    .max(500)
    .nullable()
    .describe('The online meeting link; required when the places include online. Only the two parties of a booking see it'),
};

const MEETING_URL_REQUIRED = { message: 'オンライン相談にはミーティングURLが必要です / online consultations need a meeting link', path: ['meetingUrl'] };
const onlineHasLink = (p: { places?: readonly string[]; meetingUrl?: string | null }) => !p.places?.includes('online') || !!p.meetingUrl;

const settingsFields = {
  slotMinutes: z.int().min(15).max(240).multipleOf(5).describe('Length of one session (default 60)'),
  bufferMinutes: z.int().min(0).max(120).multipleOf(5).describe('Free time kept between two sessions'),
  active: z.boolean().describe('Inactive advisers offer no slots and are not listed'),
};

/** An adviser's own profile (role adviser). */
export const upsertMyAdviserSchema = z
  .strictObject({
    ...profileFields,
    jobTitle: profileFields.jobTitle.default(null),
    introduction: profileFields.introduction.default(''),
    meetingUrl: profileFields.meetingUrl.default(null),
  })
  .refine(onlineHasLink, MEETING_URL_REQUIRED);
export type UpsertMyAdviser = z.input<typeof upsertMyAdviserSchema>;

/** Staff open a profile for a person holding the adviser role, with the session settings. */
export const createAdviserSchema = z
  .strictObject({
    userId: z.uuid().describe('An account with the adviser role'),
    ...profileFields,
    jobTitle: profileFields.jobTitle.default(null),
    introduction: profileFields.introduction.default(''),
    meetingUrl: profileFields.meetingUrl.default(null),
    slotMinutes: settingsFields.slotMinutes.default(60),
    bufferMinutes: settingsFields.bufferMinutes.default(0),
    active: settingsFields.active.default(true),
  })
  .refine(onlineHasLink, MEETING_URL_REQUIRED);
export type CreateAdviser = z.input<typeof createAdviserSchema>;

/** Staff change any part of a profile, its session length and buffer, or take it out of service. */
export const updateAdviserSchema = z.strictObject({ ...profileFields, ...settingsFields }).partial();
export type UpdateAdviser = z.infer<typeof updateAdviserSchema>;

export const adviserSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  organizationName: z.string(),
  jobTitle: z.string().nullable(),
  introduction: z.string(),
  areas: z.array(z.enum(FOUNDING_AREAS)),
  topics: z.array(z.enum(CONSULTATION_TOPICS)),
  places: z.array(z.enum(CONSULTATION_PLACES)),
  slotMinutes: z.int(),
  active: z.boolean(),
  details: z
    .object({
      userId: z.uuid(),
      meetingUrl: z.string().nullable(),
      bufferMinutes: z.int(),
      availability: z.object({
        weeklyRules: z.array(z.object({ weekday: z.int(), start: z.string(), end: z.string() })),
        exceptions: z.array(z.object({ date: dateSchema, windows: z.array(z.object({ start: z.string(), end: z.string() })), note: z.string().nullable() })),
      }),
    })
    .nullable()
    .describe('For the adviser themself and staff (in a list: null); null for everyone else'),
});
export type Adviser = z.infer<typeof adviserSchema>;

export const adviserListQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  includeInactive: z.stringbool().default(false).describe('Staff only: also advisers out of service'),
  topic: z.enum(CONSULTATION_TOPICS).optional(),
  place: z.enum(CONSULTATION_PLACES).optional(),
  area: z.enum(FOUNDING_AREAS).optional(),
});
export type AdviserListQuery = z.infer<typeof adviserListQuerySchema>;
export const adviserPageSchema = pageOf(adviserSchema);
export type AdviserPage = z.infer<typeof adviserPageSchema>;

const labelled = <T extends string>(values: readonly T[], labels: Record<T, { ja: string; en: string }>) =>
  values.map((value) => ({ value, label: labels[value] }));
const optionSchema = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.object({ value: z.enum(values), label: z.object({ ja: z.string(), en: z.string() }) }));

/** What can be asked, where, and the intake's stages: the choices of the booking form. */
export const consultationOptionsSchema = z.object({
  topics: optionSchema(CONSULTATION_TOPICS),
  places: optionSchema(CONSULTATION_PLACES),
  stages: optionSchema(FOUNDING_STAGES),
});
export type ConsultationOptions = z.infer<typeof consultationOptionsSchema>;
export const CONSULTATION_OPTIONS: ConsultationOptions = {
  topics: labelled(CONSULTATION_TOPICS, CONSULTATION_TOPIC_LABELS),
  places: labelled(CONSULTATION_PLACES, CONSULTATION_PLACE_LABELS),
  stages: labelled(FOUNDING_STAGES, FOUNDING_STAGE_LABELS),
};

/** The program's booking rules, set by staff. */
export const consultationSettingsSchema = z.strictObject({
  minimumNoticeMinutes: z.int().min(0).max(60 * 24 * 30).describe('How long before a session it can be booked at the latest'),
  cancellationCutoffMinutes: z.int().min(0).max(60 * 24 * 14).describe('How long before a session the booker may still cancel or move it'),
  maxOpenBookingsPerPerson: z.int().min(1).max(20).describe('Upcoming bookings one person may hold at once'),
});
export type ConsultationSettings = z.infer<typeof consultationSettingsSchema>;

/** The longest range one slot search covers: about two months. */
export const CONSULTATION_SLOT_RANGE_MAX_DAYS = 62;
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export const consultationSlotQuerySchema = z
  .strictObject({
    from: dateSchema.describe('First date (YYYY-MM-DD, Japan)'),
    to: dateSchema.describe(`Last date, included; at most ${CONSULTATION_SLOT_RANGE_MAX_DAYS} days after from`),
    topic: z.enum(CONSULTATION_TOPICS).optional(),
    place: z.enum(CONSULTATION_PLACES).optional(),
    adviserId: z.uuid().optional(),
  })
  .refine((q) => daysBetween(q.from, q.to) >= 0 && daysBetween(q.from, q.to) < CONSULTATION_SLOT_RANGE_MAX_DAYS, {
    message: `期間は${CONSULTATION_SLOT_RANGE_MAX_DAYS}日以内で、終了日は開始日以降にしてください / to must be on or after from, within ${CONSULTATION_SLOT_RANGE_MAX_DAYS} days`,
    path: ['to'],
  });
export type ConsultationSlotQuery = z.infer<typeof consultationSlotQuerySchema>;

export const consultationSlotSchema = z.object({ adviserId: z.uuid(), startsAt: isoDateTimeSchema, endsAt: isoDateTimeSchema });
export const consultationSlotListSchema = z.object({
  from: dateSchema,
  to: dateSchema,
  items: z.array(consultationSlotSchema).describe('Free slots, earliest first'),
  advisers: z.array(adviserSchema).describe('The advisers the slots belong to'),
});
export type ConsultationSlotList = z.infer<typeof consultationSlotListSchema>;

export const intakeAnswersSchema = z.strictObject({
  stage: z.enum(FOUNDING_STAGES).describe('idea · preparing · founded within the last 5 years'),
  businessIdea: z.string().trim().min(1).max(2000).describe('The business, in a few sentences'),
  questions: z.string().trim().max(2000).default('').describe('What the person wants to ask'),
});

export const createConsultationBookingSchema = z.strictObject({
  adviserId: z.uuid(),
  startsAt: isoDateTimeSchema.describe('The start of a free slot, as GET /api/consultation-slots gave it'),
  topic: z.enum(CONSULTATION_TOPICS),
  place: z.enum(CONSULTATION_PLACES),
  answers: intakeAnswersSchema,
  bookerUserId: z.uuid().optional().describe('Staff only: book for this person (entered at the counter or by phone)'),
});
export type CreateConsultationBooking = z.input<typeof createConsultationBookingSchema>;
export type CreateConsultationBookingInput = z.output<typeof createConsultationBookingSchema>;

/** The signed link of the booker's mail stands in for signing in. */
const linkToken = z.string().min(10).max(500).optional().describe('The token of the signed link in the booker’s mail (no sign-in needed)');

export const cancelConsultationBookingSchema = z.strictObject({
  reason: z.string().trim().max(500).optional(),
  token: linkToken,
});
export type CancelConsultationBooking = z.infer<typeof cancelConsultationBookingSchema>;

export const rescheduleConsultationBookingSchema = z.strictObject({
  startsAt: isoDateTimeSchema.describe('The start of another free slot of the same adviser'),
  token: linkToken,
});
export type RescheduleConsultationBooking = z.infer<typeof rescheduleConsultationBookingSchema>;

export const consultationBookingLinkQuerySchema = z.strictObject({ token: linkToken });

export const CONSULTATION_BOOKING_VIEWS = ['mine', 'advising', 'all'] as const;
export const consultationBookingListQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  view: z.enum(CONSULTATION_BOOKING_VIEWS).default('mine').describe('mine: booked by me · advising: my sessions as adviser · all: staff'),
  status: z.enum(CONSULTATION_BOOKING_STATUSES).optional(),
  upcoming: z.stringbool().optional().describe('Only sessions that have not started yet'),
});
export type ConsultationBookingListQuery = z.infer<typeof consultationBookingListQuerySchema>;

const bookingSummaryFields = {
  id: z.uuid(),
  adviser: z.object({ id: z.uuid(), displayName: z.string(), organizationName: z.string() }),
  bookerName: z.string().describe('Shown to the booker, the adviser and staff'),
  topic: z.enum(CONSULTATION_TOPICS),
  place: z.enum(CONSULTATION_PLACES),
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  status: z.enum(CONSULTATION_BOOKING_STATUSES),
};
export const consultationBookingSummarySchema = z.object(bookingSummaryFields);
export const consultationBookingPageSchema = pageOf(consultationBookingSummarySchema);
export type ConsultationBookingPage = z.infer<typeof consultationBookingPageSchema>;

export const consultationBookingSchema = z.object({
  ...bookingSummaryFields,
  answers: z.object({ stage: z.enum(FOUNDING_STAGES), businessIdea: z.string(), questions: z.string() }),
  meetingUrl: z.string().nullable().describe('For online sessions'),
  sequence: z.int().describe('Calendar revision: 0 when booked, +1 on every change'),
  enteredBy: z.enum(['booker', 'staff']),
  cancelledAt: isoDateTimeSchema.nullable(),
  cancelledBy: z.enum(['booker', 'adviser', 'staff']).nullable(),
  cancellationReason: z.string().nullable(),
  cancellableUntil: isoDateTimeSchema.describe('The booker may cancel or move it until then'),
  actions: z.array(z.enum(['cancel', 'reschedule'])).describe('What the caller may do now: the buttons to show'),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type ConsultationBooking = z.infer<typeof consultationBookingSchema>;
