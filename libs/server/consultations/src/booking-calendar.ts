import { createEvent } from 'ics';

/** One consultation as a calendar entry; the same UID for the booking's whole life, SEQUENCE counting its changes. */
export interface CalendarEntry {
  uid: string;
  sequence: number;
  /** REQUEST: add or update the entry; CANCEL: remove it; PUBLISH: a file to import (the download). */
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  startsAt: string;
  endsAt: string;
  summary: string;
  description: string;
  location: string;
  url?: string;
  organizer: { name: string; email: string };
  attendee?: { name: string; email: string };
  /** STATUS:CANCELLED in a download of a cancelled booking (a CANCEL message always says so). */
  cancelled?: boolean;
}

export const CALENDAR_PRODUCT_ID = '-//Asaka City//Business Support Portal//JA';

/** The stable UID of a booking's calendar entry, so every client updates one entry instead of adding another. */
export function bookingUid(bookingId: string, baseUrl: string): string {
  return `consultation-booking-${bookingId}@${new URL(baseUrl).hostname}`;
}

/**
 * The iCalendar text (RFC 5545) of an entry. Times are written in UTC (…Z): every calendar shows
 * them in its own zone, so the 10:00 Japan-time session is right for someone abroad too.
 */
export function calendarText(entry: CalendarEntry): string {
  const { error, value } = createEvent({
    productId: CALENDAR_PRODUCT_ID,
    method: entry.method,
    uid: entry.uid,
    sequence: entry.sequence,
    start: Date.parse(entry.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(entry.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: entry.summary,
    description: entry.description,
    location: entry.location,
    ...(entry.url ? { url: entry.url } : {}),
    status: entry.method === 'CANCEL' || entry.cancelled ? 'CANCELLED' : 'CONFIRMED',
    organizer: entry.organizer,
    ...(entry.attendee ? { attendees: [{ ...entry.attendee, rsvp: false, partstat: 'ACCEPTED', role: 'REQ-PARTICIPANT' }] } : {}),
  });
  if (error || !value) throw new Error(`calendar entry could not be written: ${error?.message ?? 'no output'}`);
  return value;
}

/** The attachment mail clients recognise as an invitation (or its cancellation). */
export function calendarAttachment(entry: CalendarEntry): { filename: string; contentType: string; content: string } {
  return { filename: 'consultation.ics', contentType: `text/calendar; charset=utf-8; method=${entry.method}`, content: calendarText(entry) };
}
