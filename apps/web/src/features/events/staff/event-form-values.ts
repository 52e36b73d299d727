import { createEventSchema, type CreateEvent, type EventDetail, type UpdateEvent } from '@asaka/contracts';
import { FOUNDING_AREAS, japanDateKey, toJapanDateParts, type EventKind, type FoundingArea } from '@asaka/domain';
import type { TFunction } from 'i18next';
import { isCalendarDate } from '../../../ui/japan-time';
import { isEventKind } from '../list-filters';

/**
 * The event form as staff type it: dates as the date inputs give them (YYYY-MM-DD), times as
 * typed (「14:00」, 「１４：００」, 「1400」 and 「14時」 all read as 14:00), numbers as strings. Every
 * moment is Japan time, whatever the zone of the computer staff use; the request is checked with
 * the very schema the API validates with, and the schedule rules are said field by field.
 */
export interface EventFormValues {
  kind: string;
  title: string;
  organizer: string;
  description: string;
  date: string;
  startTime: string;
  endTime: string;
  /** Only for an event over several days; empty means the same day. */
  endDate: string;
  placeKind: string;
  venueName: string;
  venueAddress: string;
  onlineUrl: string;
  capacity: string;
  /** Both empty: registration opens when the event is saved (so, at the latest, when it is published). */
  opensDate: string;
  opensTime: string;
  /** Both empty: registration closes when the event starts. */
  closesDate: string;
  closesTime: string;
  areas: FoundingArea[];
}
export type EventFormField = keyof EventFormValues;

/** Each field's input, in the order of the form (the error summary lists problems in this order). */
export const eventFieldIds: Readonly<Record<EventFormField, string>> = {
  kind: 'event-kind',
  title: 'event-title',
  organizer: 'event-organizer',
  description: 'event-description',
  date: 'event-date',
  startTime: 'event-start-time',
  endTime: 'event-end-time',
  endDate: 'event-end-date',
  placeKind: 'event-place-kind',
  venueName: 'event-venue-name',
  venueAddress: 'event-venue-address',
  onlineUrl: 'event-online-url',
  capacity: 'event-capacity',
  opensDate: 'event-opens-date',
  opensTime: 'event-opens-time',
  closesDate: 'event-closes-date',
  closesTime: 'event-closes-time',
  areas: 'event-areas',
};
const formOrder = Object.keys(eventFieldIds) as EventFormField[];

export const defaultOrganizer = '朝霞市 産業振興課';

export function emptyEventValues(): EventFormValues {
  return {
    kind: 'seminar',
    title: '',
    organizer: defaultOrganizer,
    description: '',
    date: '',
    startTime: '',
    endTime: '',
    endDate: '',
    placeKind: 'venue',
    venueName: '',
    venueAddress: '',
    onlineUrl: '',
    capacity: '',
    opensDate: '',
    opensTime: '',
    closesDate: '',
    closesTime: '',
    areas: [],
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as the form shows it: its Japan date and time. */
function dateAndTime(iso: string): { date: string; time: string } {
  const instant = new Date(iso);
  const parts = toJapanDateParts(instant);
  return { date: japanDateKey(instant), time: `${pad(parts.hour)}:${pad(parts.minute)}` };
}

/** A saved event, as the form shows it for correction. */
export function eventValuesOf(event: EventDetail): EventFormValues {
  const start = dateAndTime(event.startsAt);
  const end = dateAndTime(event.endsAt);
  const opens = dateAndTime(event.registrationOpensAt);
  const closes = dateAndTime(event.registrationClosesAt);
  return {
    kind: event.kind,
    title: event.title,
    organizer: event.organizer,
    description: event.description,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    endDate: end.date === start.date ? '' : end.date,
    placeKind: event.place.kind,
    venueName: event.place.kind === 'venue' ? event.place.name : '',
    venueAddress: event.place.kind === 'venue' ? event.place.address : '',
    onlineUrl: event.place.kind === 'online' ? (event.place.url ?? '') : '',
    capacity: String(event.capacity),
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    areas: FOUNDING_AREAS.filter((area) => event.areas.includes(area)),
  };
}

/**
 * A time of day as people type it: 「14:00」「14：00」「１４:００」「1400」「9:30」「14時」「14時30分」.
 * Returns HH:MM, or null when it is not a time.
 */
export function timeOf(text: string): string | null {
  const plain = text.normalize('NFKC').replace(/\s/g, '');
  const match = /^(\d{1,2}):(\d{2})$/.exec(plain) ?? /^(\d{1,2})(\d{2})$/.exec(plain) ?? /^(\d{1,2})時(?:(\d{1,2})分)?$/.exec(plain);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  if (hour > 23 || minute > 59) return null;
  return `${pad(hour)}:${pad(minute)}`;
}

/** A whole number as people type it (「３０」, 「30人」, 「1,000」); NaN when it is not one, undefined when empty. */
export function wholeNumberOf(text: string): number | undefined {
  const plain = text.normalize('NFKC').replace(/[,\s]/g, '').replace(/(人|名|席)$/, '');
  if (plain === '') return undefined;
  return /^\d+$/.test(plain) ? Number(plain) : Number.NaN;
}

/** The API's time format: Japan time with its offset. */
export const japanIso = (date: string, time: string) => `${date}T${time}:00+09:00`;

/** Now, to the minute, as the API's time format. */
function nowIso(now: Date): string {
  const { date, time } = dateAndTime(now.toISOString());
  return japanIso(date, time);
}

export type EventFormProblems = Partial<Record<EventFormField, string>>;
export type EventFormCheck = { ok: true; request: CreateEvent } | { ok: false; problems: EventFormProblems };

const maxLengths: Partial<Record<EventFormField, number>> = { title: 120, organizer: 100, description: 8000, venueName: 100, venueAddress: 200, onlineUrl: 500 };

/**
 * Checks the form field by field, in words that say what to do, then builds the request and runs
 * it through createEventSchema (the API's own check) as the last word. `now` fills an empty
 * registration start.
 */
export function checkEventForm(t: TFunction, values: EventFormValues, now: Date): EventFormCheck {
  const problems: EventFormProblems = {};
  const name = (field: EventFormField) => t(`events.staff.form.names.${field}`);
  const required = (field: EventFormField) => {
    if (String(values[field]).trim() === '') problems[field] = t('events.staff.validation.required', { field: name(field) });
  };
  const tooLong = (field: EventFormField) => {
    const max = maxLengths[field];
    if (max !== undefined && String(values[field]).trim().length > max) problems[field] ??= t('events.staff.validation.tooLong', { field: name(field), max });
  };

  if (!isEventKind(values.kind)) problems.kind = t('events.staff.validation.choose', { field: name('kind') });
  required('title');
  required('organizer');
  for (const field of ['title', 'organizer', 'description'] as const) tooLong(field);

  const dateOk = (field: 'date' | 'endDate' | 'opensDate' | 'closesDate') => {
    if (values[field] === '') return true;
    if (isCalendarDate(values[field])) return true;
    problems[field] = t('events.staff.validation.date', { field: name(field) });
    return false;
  };
  const timeFor = (field: 'startTime' | 'endTime' | 'opensTime' | 'closesTime') => {
    if (values[field].trim() === '') return null;
    const time = timeOf(values[field]);
    if (!time) problems[field] = t('events.staff.validation.time', { field: name(field) });
    return time;
  };

  required('date');
  dateOk('date');
  dateOk('endDate');
  required('startTime');
  required('endTime');
  const startTime = timeFor('startTime');
  const endTime = timeFor('endTime');
  const startsAt = values.date && !problems.date && startTime ? japanIso(values.date, startTime) : null;
  const endsAt = startsAt && endTime && !problems.endDate ? japanIso(values.endDate || values.date, endTime) : null;
  if (startsAt && endsAt && new Date(endsAt).getTime() <= new Date(startsAt).getTime()) {
    problems[values.endDate ? 'endDate' : 'endTime'] = t('events.staff.validation.endBeforeStart');
  }

  if (values.placeKind !== 'venue' && values.placeKind !== 'online') problems.placeKind = t('events.staff.validation.choose', { field: name('placeKind') });
  if (values.placeKind === 'venue') {
    required('venueName');
    required('venueAddress');
    tooLong('venueName');
    tooLong('venueAddress');
  }
  if (values.placeKind === 'online') {
    required('onlineUrl');
    if (!problems.onlineUrl && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(values.onlineUrl.trim())) problems.onlineUrl = t('events.staff.validation.url');
    tooLong('onlineUrl');
  }

  const capacity = wholeNumberOf(values.capacity);
  if (capacity === undefined) required('capacity');
  else if (Number.isNaN(capacity) || capacity < 1 || capacity > 10_000) problems.capacity = t('events.staff.validation.capacity');

  // Registration: both parts of a moment, or neither.
  const moment = (dateField: 'opensDate' | 'closesDate', timeField: 'opensTime' | 'closesTime') => {
    const hasDate = values[dateField] !== '';
    const hasTime = values[timeField].trim() !== '';
    if (hasDate !== hasTime) {
      problems[hasDate ? timeField : dateField] = t('events.staff.validation.bothOrNeither', { field: name(hasDate ? timeField : dateField) });
      return undefined;
    }
    if (!hasDate) return null;
    const time = timeFor(timeField);
    return dateOk(dateField) && time ? japanIso(values[dateField], time) : undefined;
  };
  const opens = moment('opensDate', 'opensTime');
  const closes = moment('closesDate', 'closesTime');
  const opensAt = opens === null ? nowIso(now) : opens;
  const closesAt = closes === null ? startsAt : closes;
  if (opensAt && closesAt && startsAt) {
    if (new Date(closesAt).getTime() <= new Date(opensAt).getTime()) {
      // With no deadline given, registration closes at the start: then it is the opening that is too late.
      if (closes === null) problems.opensDate ??= t('events.staff.validation.opensAfterStart');
      else problems.closesDate ??= t('events.staff.validation.closesBeforeOpens');
    } else if (new Date(closesAt).getTime() > new Date(startsAt).getTime()) problems.closesDate ??= t('events.staff.validation.closesAfterStart');
  }

  const kind: EventKind | null = isEventKind(values.kind) ? values.kind : null;
  if (Object.keys(problems).length > 0 || !kind || !startsAt || !endsAt || !opensAt || !closesAt || capacity === undefined) {
    return { ok: false, problems: ordered(problems) };
  }

  const request: CreateEvent = {
    kind,
    title: values.title.trim(),
    organizer: values.organizer.trim(),
    description: values.description.trim(),
    startsAt,
    endsAt,
    place: values.placeKind === 'online' ? { kind: 'online', url: values.onlineUrl.trim() } : { kind: 'venue', name: values.venueName.trim(), address: values.venueAddress.trim() },
    capacity,
    registrationOpensAt: opensAt,
    registrationClosesAt: closesAt,
    // Only seminars cover areas; choices left from another kind are dropped.
    areas: kind === 'seminar' ? values.areas : [],
  };
  const parsed = createEventSchema.safeParse(request);
  if (!parsed.success) {
    const fields: EventFormProblems = {};
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path);
      if (field) fields[field] ??= t('events.staff.validation.check', { field: name(field) });
    }
    return { ok: false, problems: Object.keys(fields).length > 0 ? ordered(fields) : { title: t('form.checkInput') } };
  }
  return { ok: true, request };
}

/** The form field an API path names (place.url → onlineUrl, startsAt → date, …). */
export function fieldOfPath(path: string | readonly PropertyKey[]): EventFormField | null {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  const [first, second] = parts;
  switch (first) {
    case 'startsAt':
      return 'startTime';
    case 'endsAt':
      return 'endTime';
    case 'registrationOpensAt':
      return 'opensDate';
    case 'registrationClosesAt':
      return 'closesDate';
    case 'place':
      return second === 'url' ? 'onlineUrl' : second === 'address' ? 'venueAddress' : second === 'name' ? 'venueName' : 'placeKind';
    default:
      return formOrder.find((field) => field === first) ?? null;
  }
}

function ordered(problems: EventFormProblems): EventFormProblems {
  return Object.fromEntries(formOrder.filter((field) => problems[field]).map((field) => [field, problems[field]]));
}

const sameInstant = (a: string, b: string) => new Date(a).getTime() === new Date(b).getTime();

/** Only what changed, for the PATCH: the audit log then records exactly what staff corrected. */
export function eventChanges(event: EventDetail, request: CreateEvent): UpdateEvent {
  const changes: UpdateEvent = {};
  if (request.kind !== event.kind) changes.kind = request.kind;
  if (request.title !== event.title) changes.title = request.title;
  if ((request.description ?? '') !== event.description) changes.description = request.description ?? '';
  if (request.organizer !== undefined && request.organizer !== event.organizer) changes.organizer = request.organizer;
  if (!sameInstant(request.startsAt, event.startsAt)) changes.startsAt = request.startsAt;
  if (!sameInstant(request.endsAt, event.endsAt)) changes.endsAt = request.endsAt;
  if (!sameInstant(request.registrationOpensAt, event.registrationOpensAt)) changes.registrationOpensAt = request.registrationOpensAt;
  if (!sameInstant(request.registrationClosesAt, event.registrationClosesAt)) changes.registrationClosesAt = request.registrationClosesAt;
  if (request.capacity !== event.capacity) changes.capacity = request.capacity;
  const place = request.place;
  const samePlace =
    place.kind === event.place.kind &&
    (place.kind === 'venue' ? event.place.kind === 'venue' && place.name === event.place.name && place.address === event.place.address : event.place.kind === 'online' && place.url === event.place.url);
  if (!samePlace) changes.place = place;
  const areas = request.areas ?? [];
  if (areas.length !== event.areas.length || areas.some((area) => !event.areas.includes(area))) changes.areas = areas;
  return changes;
}
