import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateConsultations1764160000000 implements MigrationInterface {
  name = 'CreateConsultations1764160000000';

  async up(q: QueryRunner): Promise<void> {
    // Equality on uuid inside a GiST exclusion constraint needs btree_gist (trusted since PostgreSQL 13,
    // shipped with the embedded PostgreSQL and the postgres:18 image).
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE TABLE "adviser" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "organization_name" text NOT NULL,
        "job_title" text,
        "introduction" text NOT NULL DEFAULT '',
        "areas" text array NOT NULL,
        "topics" text array NOT NULL,
        "places" text array NOT NULL,
        "meeting_url" text,
        "slot_minutes" integer NOT NULL DEFAULT 60,
        "buffer_minutes" integer NOT NULL DEFAULT 0,
        "active" boolean NOT NULL DEFAULT true,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_adviser" PRIMARY KEY ("id"),
        CONSTRAINT "adviser_areas_chk" CHECK ("areas" <@ ARRAY['management', 'finance', 'human-resources', 'sales-channels']::text[] AND cardinality("areas") >= 1),
        CONSTRAINT "adviser_topics_chk" CHECK ("topics" <@ ARRAY['founding-plan', 'financing', 'subsidies', 'sales-channels', 'business-succession', 'human-resources', 'accounting-tax', 'general-management']::text[] AND cardinality("topics") >= 1),
        CONSTRAINT "adviser_places_chk" CHECK ("places" <@ ARRAY['industry-culture-center', 'chamber-of-commerce', 'online']::text[] AND cardinality("places") >= 1),
        CONSTRAINT "adviser_online_link_chk" CHECK (NOT ('online' = ANY ("places")) OR "meeting_url" IS NOT NULL),
        CONSTRAINT "adviser_session_chk" CHECK ("slot_minutes" BETWEEN 15 AND 240 AND "buffer_minutes" BETWEEN 0 AND 120),
        CONSTRAINT "FK_adviser_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX "adviser_user_uq" ON "adviser" ("user_id")`);

    await q.query(`
      CREATE TABLE "adviser_weekly_rule" (
        "adviser_id" uuid NOT NULL,
        "weekday" smallint NOT NULL,
        "start_time" time NOT NULL,
        "end_time" time NOT NULL,
        CONSTRAINT "PK_adviser_weekly_rule" PRIMARY KEY ("adviser_id", "weekday", "start_time"),
        CONSTRAINT "adviser_weekly_rule_chk" CHECK ("weekday" BETWEEN 0 AND 6 AND "start_time" < "end_time"),
        CONSTRAINT "FK_adviser_weekly_rule_adviser" FOREIGN KEY ("adviser_id") REFERENCES "adviser"("id") ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE "adviser_date_exception" (
        "adviser_id" uuid NOT NULL,
        "date" date NOT NULL,
        "windows" jsonb NOT NULL DEFAULT '[]',
        "note" text,
        CONSTRAINT "PK_adviser_date_exception" PRIMARY KEY ("adviser_id", "date"),
        CONSTRAINT "FK_adviser_date_exception_adviser" FOREIGN KEY ("adviser_id") REFERENCES "adviser"("id") ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE "consultation_settings" (
        "id" smallint NOT NULL DEFAULT 1,
        "minimum_notice_minutes" integer NOT NULL DEFAULT 1440,
        "cancellation_cutoff_minutes" integer NOT NULL DEFAULT 1440,
        "max_open_bookings_per_person" integer NOT NULL DEFAULT 2,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_consultation_settings" PRIMARY KEY ("id"),
        CONSTRAINT "consultation_settings_single_row_chk" CHECK ("id" = 1),
        CONSTRAINT "consultation_settings_values_chk" CHECK ("minimum_notice_minutes" >= 0 AND "cancellation_cutoff_minutes" >= 0 AND "max_open_bookings_per_person" >= 1)
      )`);
    await q.query(`INSERT INTO "consultation_settings" ("id") VALUES (1)`);

    await q.query(`
      CREATE TABLE "consultation_booking" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "adviser_id" uuid NOT NULL,
        "booker_user_id" uuid NOT NULL,
        "topic" text NOT NULL,
        "place" text NOT NULL,
        "stage" text NOT NULL,
        "business_idea" text NOT NULL,
        "questions" text NOT NULL DEFAULT '',
        "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "status" text NOT NULL DEFAULT 'booked',
        "sequence" integer NOT NULL DEFAULT 0,
        "entered_by" text NOT NULL DEFAULT 'booker',
        "cancelled_at" TIMESTAMP WITH TIME ZONE,
        "cancelled_by" text,
        "cancellation_reason" text,
        "reminder_key" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_consultation_booking" PRIMARY KEY ("id"),
        CONSTRAINT "consultation_booking_status_chk" CHECK ("status" IN ('booked', 'cancelled', 'held', 'no-show')),
        CONSTRAINT "consultation_booking_topic_chk" CHECK ("topic" IN ('founding-plan', 'financing', 'subsidies', 'sales-channels', 'business-succession', 'human-resources', 'accounting-tax', 'general-management')),
        CONSTRAINT "consultation_booking_place_chk" CHECK ("place" IN ('industry-culture-center', 'chamber-of-commerce', 'online')),
        CONSTRAINT "consultation_booking_stage_chk" CHECK ("stage" IN ('idea', 'preparing', 'founded-within-5-years')),
        CONSTRAINT "consultation_booking_time_chk" CHECK ("ends_at" > "starts_at" AND "sequence" >= 0),
        CONSTRAINT "consultation_booking_entered_by_chk" CHECK ("entered_by" IN ('booker', 'staff')),
        CONSTRAINT "consultation_booking_cancelled_by_chk" CHECK ("cancelled_by" IN ('booker', 'adviser', 'staff')),
        CONSTRAINT "consultation_booking_cancelled_chk" CHECK (("status" = 'cancelled') = ("cancelled_at" IS NOT NULL AND "cancelled_by" IS NOT NULL)),
        CONSTRAINT "consultation_booking_adviser_no_overlap" EXCLUDE USING gist ("adviser_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" IN ('booked', 'held', 'no-show')),
        CONSTRAINT "consultation_booking_booker_no_overlap" EXCLUDE USING gist ("booker_user_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" IN ('booked', 'held', 'no-show')),
        CONSTRAINT "FK_consultation_booking_adviser" FOREIGN KEY ("adviser_id") REFERENCES "adviser"("id"),
        CONSTRAINT "FK_consultation_booking_booker" FOREIGN KEY ("booker_user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "consultation_booking_adviser_idx" ON "consultation_booking" ("adviser_id", "starts_at")`);
    await q.query(`CREATE INDEX "consultation_booking_booker_idx" ON "consultation_booking" ("booker_user_id", "starts_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "consultation_booking"`);
    await q.query(`DROP TABLE "consultation_settings"`);
    await q.query(`DROP TABLE "adviser_date_exception"`);
    await q.query(`DROP TABLE "adviser_weekly_rule"`);
    await q.query(`DROP TABLE "adviser"`);
  }
}
