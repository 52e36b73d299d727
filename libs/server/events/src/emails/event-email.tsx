import { z } from 'zod';
import { EVENT_KIND_LABELS, EVENT_KINDS, formatCheckInCode, formatEventTime } from '@asaka/domain';
import type { Locale } from '@asaka/domain';
import { defineDetailsEmail } from '@asaka/notifications';
import type { DetailRow, DetailsEmailCopy, EmailTemplate } from '@asaka/notifications';

const instant = z.iso.datetime({ offset: true });
const mailedPlaceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('venue'), name: z.string(), address: z.string() }),
  /** The link only for people holding a seat; null in mails to people still waiting. */
  z.object({ kind: z.literal('online'), url: z.string().nullable() }),
]);

/**
 * What every event mail carries: enough to write it in the worker without reading the event
 * again (the mail says what was true when it was sent). Times are Japan time with the offset.
 */
export const eventMailSchema = z.object({
  recipientName: z.string(),
  eventTitle: z.string(),
  kind: z.enum(EVENT_KINDS),
  organizer: z.string(),
  startsAt: instant,
  endsAt: instant,
  place: mailedPlaceSchema,
  /** While holding a seat: shown at the door. */
  checkInCode: z.string().nullable().default(null),
  waitlistPosition: z.int().min(1).nullable().default(null),
  /** The time and place before staff changed them. */
  previous: z.object({ startsAt: instant, endsAt: instant, place: mailedPlaceSchema }).nullable().default(null),
  reason: z.string().nullable().default(null),
  /** The event's page, which shows the person's registration. */
  url: z.url(),
});
export type EventMail = z.input<typeof eventMailSchema>;
type Data = z.output<typeof eventMailSchema>;
type MailedPlace = Data['place'];

export const eventMailTime = (d: { startsAt: string; endsAt: string }, locale: Locale) => formatEventTime(new Date(d.startsAt), new Date(d.endsAt), locale);

function placeText(place: MailedPlace, locale: Locale): string {
  if (place.kind === 'venue') return `${place.name}（${place.address}）`;
  if (place.url) return locale === 'ja' ? `オンライン ${place.url}` : `Online: ${place.url}`;
  return locale === 'ja' ? 'オンライン（参加が確定した方にURLをお知らせします）' : 'Online (the link is sent to people holding a seat)';
}

function details(d: Data, locale: Locale): DetailRow[] {
  const ja = locale === 'ja';
  const rows: DetailRow[] = [
    { label: ja ? 'イベント' : 'Event', value: `${d.eventTitle}（${EVENT_KIND_LABELS[d.kind][locale]}）` },
    { label: ja ? '日時' : 'When', value: eventMailTime(d, locale) },
    { label: ja ? '場所' : 'Where', value: placeText(d.place, locale) },
    { label: ja ? '主催' : 'Organizer', value: d.organizer },
  ];
  if (d.checkInCode) rows.push({ label: ja ? '受付コード' : 'Check-in code', value: formatCheckInCode(d.checkInCode) });
  if (d.waitlistPosition) rows.push({ label: ja ? 'キャンセル待ち' : 'Waiting list', value: ja ? `${d.waitlistPosition}番目` : `number ${d.waitlistPosition}` });
  if (d.previous) {
    rows.push({ label: ja ? '変更前の日時' : 'Previously', value: eventMailTime(d.previous, locale) });
    if (placeText(d.previous.place, locale) !== placeText(d.place, locale)) rows.push({ label: ja ? '変更前の場所' : 'Previous place', value: placeText(d.previous.place, locale) });
  }
  if (d.reason) rows.push({ label: ja ? '理由' : 'Reason', value: d.reason });
  return rows;
}

export type EventMailCopy = DetailsEmailCopy<Data>;

/** An event mail: greeting and a few lines, the details as a table, and the link to the event's page. */
export function defineEventEmail(template: { name: string; copy: Record<Locale, EventMailCopy>; preview: EventMail }): EmailTemplate<typeof eventMailSchema> {
  return defineDetailsEmail({
    name: template.name,
    schema: eventMailSchema,
    preview: eventMailSchema.parse(template.preview),
    copy: template.copy,
    details,
    url: (d) => d.url,
  });
}

export const EVENT_MAIL_PREVIEW: EventMail = {
  recipientName: '膝折 創',
  eventTitle: '創業塾 第2回 事業計画と資金計画',
  kind: 'seminar',
  organizer: '朝霞市 産業振興課・朝霞市商工会',
  startsAt: '2026-12-05T14:00:00+09:00',
  endsAt: '2026-12-05T16:00:00+09:00',
  place: { kind: 'venue', name: '朝霞市産業文化センター 研修室1', address: '朝霞市浜崎1-2-10' },
  checkInCode: 'K7MQ3XNA',
  url: 'http://localhost:3000/events/00000000-0000-4000-8000-000000000000',
};
