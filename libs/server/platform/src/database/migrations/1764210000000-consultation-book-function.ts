import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `consultation_book(...)`: a new booking's turn as one statement, so under a rush it costs one
 * round trip instead of five (BEGIN, locks, read, INSERT, COMMIT). The API decides first whatever
 * does not depend on other bookings (the adviser offers that start, far enough ahead: the domain's
 * `checkSlotRequest`); the function then, in order,
 *
 * 1. takes the advisory locks given (the adviser's hours the session can clash in, then the
 *    person's: `bookingLockHours`, the same keys every booking path locks), held to the end of the
 *    transaction;
 * 2. reads what is booked now — a PL/pgSQL statement after the locks, so with a snapshot that sees
 *    whatever the previous holder committed — and answers 'taken' when an occupying booking of the
 *    adviser lies within the buffer of the session (the clash rule of the domain's `freeSlots`:
 *    booked time widened by the buffer on both sides must not overlap the slot);
 * 3. answers 'limit' when the person already holds `open_limit` upcoming bookings (NULL: no limit,
 *    staff entry);
 * 4. inserts the row and answers 'booked' with the stored `created_at`.
 *
 * The exclusion constraints stay the last word on overlaps (23P01). The caller writes the booking's
 * mails in the same statement, conditioned on 'booked'.
 */
export class ConsultationBookFunction1764210000000 implements MigrationInterface {
  name = 'ConsultationBookFunction1764210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION "consultation_book"("booking" jsonb, "lock_keys" text[], "buffer_minutes" integer, "open_limit" integer)
      RETURNS TABLE ("outcome" text, "stored_at" timestamptz) LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        b "consultation_booking";
        buffer CONSTANT interval := make_interval(mins => "buffer_minutes");
      BEGIN
        b := jsonb_populate_record(NULL::"consultation_booking", "booking");
        PERFORM pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest("lock_keys") AS k;
        IF EXISTS (
          SELECT 1 FROM "consultation_booking" c
          WHERE c."adviser_id" = b."adviser_id" AND c."status" IN ('booked', 'held', 'no-show')
            AND c."starts_at" < b."ends_at" + buffer AND c."ends_at" > b."starts_at" - buffer
        ) THEN
          RETURN QUERY SELECT 'taken'::text, NULL::timestamptz;
          RETURN;
        END IF;
        IF "open_limit" IS NOT NULL AND (
          SELECT count(*) FROM "consultation_booking" c
          WHERE c."booker_user_id" = b."booker_user_id" AND c."status" = 'booked' AND c."starts_at" > now()
        ) >= "open_limit" THEN
          RETURN QUERY SELECT 'limit'::text, NULL::timestamptz;
          RETURN;
        END IF;
        RETURN QUERY
          INSERT INTO "consultation_booking" AS n ("id", "adviser_id", "booker_user_id", "topic", "place", "stage", "business_idea", "questions",
            "starts_at", "ends_at", "entered_by", "reminder_key")
          VALUES (b."id", b."adviser_id", b."booker_user_id", b."topic", b."place", b."stage", b."business_idea", b."questions",
            b."starts_at", b."ends_at", b."entered_by", b."reminder_key")
          RETURNING 'booked'::text, n."created_at";
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION "consultation_book"(jsonb, text[], integer, integer)`);
  }
}
