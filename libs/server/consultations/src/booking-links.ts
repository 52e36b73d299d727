import { signPayload, verifyPayload } from '@asaka/platform';

const PURPOSE = 'consultation-booking';

/**
 * The booker's link in every booking mail: it stands in for signing in, for this one booking, until
 * the session starts (checked against the booking's current time, so a moved booking's link follows
 * it). Opening it changes nothing; the page it leads to POSTs the cancel or the new time.
 */
export function bookingLinkToken(secret: string, bookingId: string): string {
  return signPayload(secret, PURPOSE, { b: bookingId });
}

/** Whether the token was made by us for this booking. */
export function bookingLinkMatches(secret: string, token: string, bookingId: string): boolean {
  return verifyPayload<{ b?: unknown }>(secret, PURPOSE, token)?.b === bookingId;
}

export function bookingPageUrl(baseUrl: string, bookingId: string, token?: string): string {
  const url = new URL(`/consultations/bookings/${bookingId}`, baseUrl);
  if (token) url.searchParams.set('token', token);
  return url.toString();
}
