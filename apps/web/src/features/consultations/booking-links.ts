/**
 * The booking's calendar file, fetched by the browser itself (a download, not a page of the app);
 * with the booker's token when the page was opened from the mail's link.
 */
export function calendarHref(bookingId: string, token?: string): string {
  const path = `/api/consultation-bookings/${encodeURIComponent(bookingId)}/calendar.ics`;
  return token ? `${path}?token=${encodeURIComponent(token)}` : path;
}

/** A booking's page; `step=reschedule` opens its slot picker at once. */
export function bookingHref(bookingId: string, options: { reschedule?: boolean } = {}): string {
  return `/consultations/bookings/${encodeURIComponent(bookingId)}${options.reschedule ? '?step=reschedule' : ''}`;
}

/** What the API says when the slot itself is no longer to be had: the person picks another. */
export const SLOT_GONE_CODES: readonly string[] = ['SLOT_ALREADY_BOOKED', 'SLOT_NOT_OFFERED', 'BOOKING_NOTICE_TOO_SHORT'];
