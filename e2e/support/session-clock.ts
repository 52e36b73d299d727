// The rule keeps server packages out of the browser bundle; this helper runs in Playwright's Node process only.
// eslint-disable-next-line @nx/enforce-module-boundaries -- test support in Node, never bundled for the browser
import pg from 'pg';

const WEEK_SECONDS = 7 * 24 * 60 * 60;

/** The E2E stack's database (scripts/e2e.mjs passes it); never a developer's own DATABASE_URL. */
function databaseUrl(): string {
  const url = process.env['E2E_DATABASE_URL'];
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the end-to-end tests through scripts/e2e.mjs');
  return url;
}

/**
 * Moves a booked consultation back by whole weeks until it has ended, and answers its new start
 * and end. The story needs a session the adviser may record, and the API allows marking a session
 * held only once it has begun, while nobody (staff included) may book a slot that has already
 * started. Rather than wait days, the test turns the calendar back for this one booking: whole
 * weeks keep the weekday and the hour the adviser offers (Japan has no summer time), and the
 * latest such week stays clear of the demo sessions, which lie three weeks back and more. Only
 * the times change; the booking, its booker and its mails stay the story's own.
 */
export async function moveSessionIntoPast(bookingId: string): Promise<{ startsAt: Date; endsAt: Date }> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ starts_at: Date; ends_at: Date }>(
      `UPDATE consultation_booking
          SET starts_at = starts_at - make_interval(weeks => weeks_back),
              ends_at = ends_at - make_interval(weeks => weeks_back)
         FROM (SELECT ceil(extract(epoch FROM ends_at - now()) / $2)::int AS weeks_back FROM consultation_booking WHERE id = $1) AS shift
        WHERE id = $1 AND status = 'booked'
        RETURNING starts_at, ends_at`,
      [bookingId, WEEK_SECONDS],
    );
    const [moved] = rows;
    if (!moved) throw new Error(`no booked consultation ${bookingId} to move into the past`);
    return { startsAt: moved.starts_at, endsAt: moved.ends_at };
  } finally {
    await client.end();
  }
}
