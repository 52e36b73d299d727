import { z } from 'zod';
import {
  CONSULTATION_PLACE_LABELS,
  CONSULTATION_PLACES,
  CONSULTATION_TOPIC_LABELS,
  CONSULTATION_TOPICS,
  FOUNDING_STAGE_LABELS,
  FOUNDING_STAGES,
  formatConsultationTime,
} from '@asaka/domain';
import type { Locale } from '@asaka/domain';
import { defineDetailsEmail } from '@asaka/notifications';
import type { DetailRow, DetailsEmailCopy, EmailTemplate } from '@asaka/notifications';
import { calendarAttachment, CalendarEntry } from '../booking-calendar';

/**
 * What every booking mail carries: enough to write the mail and its calendar entry in the worker
 * without reading the booking again (the mail says what was true when it was sent).
 */
export const bookingMailSchema = z.object({
  recipient: z.enum(['booker', 'adviser']),
  recipientName: z.string(),
  bookerName: z.string(),
  adviserName: z.string(),
  organizationName: z.string(),
  topic: z.enum(CONSULTATION_TOPICS),
  place: z.enum(CONSULTATION_PLACES),
  meetingUrl: z.string().nullable(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  /** The time before a reschedule. */
  previous: z.object({ startsAt: z.iso.datetime({ offset: true }), endsAt: z.iso.datetime({ offset: true }) }).nullable().default(null),
  /** The booker's signed link (no sign-in), or the adviser's page. */
  manageUrl: z.url(),
  cancellableUntil: z.iso.datetime({ offset: true }).nullable().default(null),
  cancelledBy: z.enum(['booker', 'adviser', 'staff']).nullable().default(null),
  reason: z.string().nullable().default(null),
  /** For the adviser, so they can prepare. */
  intake: z.object({ stage: z.enum(FOUNDING_STAGES), businessIdea: z.string(), questions: z.string() }).nullable().default(null),
  calendar: z.object({ uid: z.string(), sequence: z.int().min(0), organizerName: z.string(), organizerEmail: z.string(), attendeeEmail: z.string() }),
});
export type BookingMail = z.input<typeof bookingMailSchema>;
export type BookingMailData = z.output<typeof bookingMailSchema>;
type Data = BookingMailData;

const when = (d: Data, locale: Locale) => formatConsultationTime(new Date(d.startsAt), new Date(d.endsAt), locale);
const whenBefore = (d: Data, locale: Locale) => (d.previous ? formatConsultationTime(new Date(d.previous.startsAt), new Date(d.previous.endsAt), locale) : '');
const placeOf = (d: Data, locale: Locale) => CONSULTATION_PLACE_LABELS[d.place][locale];

function details(d: Data, locale: Locale): DetailRow[] {
  const ja = locale === 'ja';
  const rows: DetailRow[] = [
    { label: ja ? '日時' : 'When', value: when(d, locale) },
    { label: ja ? '相談内容' : 'Topic', value: CONSULTATION_TOPIC_LABELS[d.topic][locale] },
    { label: ja ? '相談員' : 'Adviser', value: `${d.adviserName} (${d.organizationName})` },
    { label: ja ? '相談者' : 'Booked by', value: d.bookerName },
    { label: ja ? '場所' : 'Where', value: placeOf(d, locale) },
  ];
  if (d.place === 'online' && d.meetingUrl) rows.push({ label: ja ? 'オンライン会議' : 'Meeting link', value: d.meetingUrl });
  if (d.intake) {
    rows.push(
      { label: ja ? '段階' : 'Stage', value: FOUNDING_STAGE_LABELS[d.intake.stage][locale] },
      { label: ja ? '事業の概要' : 'The business', value: d.intake.businessIdea },
    );
    if (d.intake.questions) rows.push({ label: ja ? '相談したいこと' : 'Questions', value: d.intake.questions });
  }
  if (d.reason) rows.push({ label: ja ? '理由' : 'Reason', value: d.reason });
  return rows;
}

/** The link's text may be left out: a cancelled booking has nothing left to manage. */
export type BookingMailCopy = DetailsEmailCopy<Data>;

/** The calendar entry this mail carries: the booking's UID, its sequence, and the recipient as attendee. */
export function bookingCalendarEntry(d: Data, locale: Locale, method: CalendarEntry['method']): CalendarEntry {
  const ja = locale === 'ja';
  const topic = CONSULTATION_TOPIC_LABELS[d.topic][locale];
  const summary =
    d.recipient === 'booker'
      ? ja
        ? `創業相談（${topic}）${d.adviserName}・${d.organizationName}`
        : `Startup consultation (${topic}) with ${d.adviserName}, ${d.organizationName}`
      : ja
        ? `創業相談（${topic}）${d.bookerName} 様`
        : `Startup consultation (${topic}) with ${d.bookerName}`;
  return {
    uid: d.calendar.uid,
    sequence: d.calendar.sequence,
    method,
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    summary,
    description: [...details(d, locale).map((row) => `${row.label}: ${row.value}`), '', d.manageUrl].join('\n'),
    location: d.place === 'online' && d.meetingUrl ? d.meetingUrl : placeOf(d, locale),
    url: d.manageUrl,
    organizer: { name: d.calendar.organizerName, email: d.calendar.organizerEmail },
    attendee: { name: d.recipientName, email: d.calendar.attendeeEmail },
  };
}

/**
 * A booking mail: greeting and a few lines, the details as a table, the link to manage it, and,
 * unless `calendar` is null, a calendar attachment (REQUEST to add or move the entry, CANCEL to
 * remove it).
 */
export function defineBookingEmail(template: {
  name: string;
  calendar: 'REQUEST' | 'CANCEL' | null;
  copy: Record<Locale, BookingMailCopy>;
  preview: BookingMail;
}): EmailTemplate<typeof bookingMailSchema> {
  const { calendar } = template;
  return defineDetailsEmail({
    name: template.name,
    schema: bookingMailSchema,
    preview: bookingMailSchema.parse(template.preview),
    copy: template.copy,
    details,
    url: (d) => d.manageUrl,
    ...(calendar ? { attachments: (d: Data, locale: Locale) => [calendarAttachment(bookingCalendarEntry(d, locale, calendar))] } : {}),
  });
}

export { when as bookingMailTime, whenBefore as bookingMailPreviousTime };

export const BOOKING_MAIL_PREVIEW: BookingMail = {
  recipient: 'booker',
  recipientName: '膝折 創',
  bookerName: '膝折 創',
  adviserName: '浜崎 導',
  organizationName: '朝霞市商工会',
  topic: 'financing',
  place: 'chamber-of-commerce',
  meetingUrl: null,
  startsAt: '2026-12-01T10:00:00+09:00',
  endsAt: '2026-12-01T11:00:00+09:00',
  manageUrl: 'http://localhost:3000/consultations/bookings/00000000-0000-4000-8000-000000000000?token=preview',
  cancellableUntil: '2026-11-30T10:00:00+09:00',
  calendar: {
    uid: 'consultation-booking-00000000-0000-4000-8000-000000000000@localhost',
    sequence: 0,
    organizerName: '朝霞市 産業振興ポータル',
    organizerEmail: 'no-reply@asaka-portal.localhost',
    attendeeEmail: 'entrepreneur@demo.asaka.localhost',
  },
};
