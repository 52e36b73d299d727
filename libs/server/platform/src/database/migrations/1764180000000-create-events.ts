import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Seminars, job fairs and other events (libs/server/events): the events, their registrations and waiting lists. */
export class CreateEvents1764180000000 implements MigrationInterface {
  name = 'CreateEvents1764180000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "city_event" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" text NOT NULL,
        "title" text NOT NULL,
        "description" text NOT NULL,
        "organizer" text NOT NULL,
        "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "online" boolean NOT NULL,
        "venue_name" text,
        "venue_address" text,
        "online_url" text,
        "capacity" integer NOT NULL,
        "registration_opens_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "registration_closes_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "areas" text array NOT NULL,
        "status" text NOT NULL,
        "published_at" TIMESTAMP WITH TIME ZONE,
        "cancelled_at" TIMESTAMP WITH TIME ZONE,
        "cancellation_reason" text,
        "finished_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_city_event" PRIMARY KEY ("id"),
        CONSTRAINT "city_event_kind_chk" CHECK ("kind" IN ('seminar', 'job-fair', 'other')),
        CONSTRAINT "city_event_status_chk" CHECK ("status" IN ('draft', 'published', 'cancelled', 'finished')),
        CONSTRAINT "city_event_areas_chk" CHECK ("areas" <@ ARRAY['management', 'finance', 'human-resources', 'sales-channels']::text[] AND ("kind" = 'seminar' OR cardinality("areas") = 0)),
        CONSTRAINT "city_event_time_chk" CHECK ("ends_at" > "starts_at" AND "registration_closes_at" > "registration_opens_at" AND "registration_closes_at" <= "starts_at"),
        CONSTRAINT "city_event_capacity_chk" CHECK ("capacity" BETWEEN 1 AND 10000),
        CONSTRAINT "city_event_place_chk" CHECK (CASE WHEN "online" THEN "online_url" IS NOT NULL ELSE "venue_name" IS NOT NULL AND "venue_address" IS NOT NULL END),
        CONSTRAINT "city_event_published_chk" CHECK ("status" NOT IN ('published', 'finished') OR "published_at" IS NOT NULL),
        CONSTRAINT "city_event_cancelled_chk" CHECK (("status" = 'cancelled') = ("cancelled_at" IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX "city_event_published_starts_idx" ON "city_event" ("starts_at") WHERE status = 'published'`);
    await q.query(`CREATE INDEX "city_event_kind_starts_idx" ON "city_event" ("kind", "starts_at")`);

    await q.query(`
      CREATE TABLE "event_registration" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "event_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "status" text NOT NULL,
        "queue_number" integer NOT NULL,
        "check_in_code" text NOT NULL,
        "confirmed_at" TIMESTAMP WITH TIME ZONE,
        "cancelled_at" TIMESTAMP WITH TIME ZONE,
        "cancelled_by" text,
        "attended_at" TIMESTAMP WITH TIME ZONE,
        "reminder_key" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_event_registration" PRIMARY KEY ("id"),
        CONSTRAINT "event_registration_status_chk" CHECK ("status" IN ('registered', 'waitlisted', 'cancelled')),
        CONSTRAINT "event_registration_cancelled_by_chk" CHECK ("cancelled_by" IN ('person', 'staff', 'event-cancelled')),
        CONSTRAINT "event_registration_cancelled_chk" CHECK (("status" = 'cancelled') = ("cancelled_at" IS NOT NULL AND "cancelled_by" IS NOT NULL)),
        CONSTRAINT "event_registration_confirmed_chk" CHECK ("status" <> 'registered' OR "confirmed_at" IS NOT NULL),
        CONSTRAINT "event_registration_attended_chk" CHECK ("attended_at" IS NULL OR "status" = 'registered'),
        CONSTRAINT "event_registration_code_chk" CHECK ("check_in_code" ~ '^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{8}$' AND "queue_number" >= 1),
        CONSTRAINT "FK_event_registration_event" FOREIGN KEY ("event_id") REFERENCES "city_event"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_event_registration_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT
      )`);
    // One active registration per person and event (a second one is 409 ALREADY_REGISTERED).
    await q.query(`CREATE UNIQUE INDEX "event_registration_person_uq" ON "event_registration" ("event_id", "user_id") WHERE status <> 'cancelled'`);
    await q.query(`CREATE UNIQUE INDEX "event_registration_queue_uq" ON "event_registration" ("event_id", "queue_number")`);
    await q.query(`CREATE UNIQUE INDEX "event_registration_code_uq" ON "event_registration" ("event_id", "check_in_code")`);
    await q.query(`CREATE INDEX "event_registration_event_status_idx" ON "event_registration" ("event_id", "status", "queue_number")`);
    await q.query(`CREATE INDEX "event_registration_user_idx" ON "event_registration" ("user_id", "created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "event_registration"`);
    await q.query(`DROP TABLE "city_event"`);
  }
}
