import type { MigrationInterface, QueryRunner } from 'typeorm';

/** After a consultation: the adviser's record of a held session, and entrepreneurs' founding reports (libs/server/consultations). */
export class ConsultationRecordsAndFounding1764190000000 implements MigrationInterface {
  name = 'ConsultationRecordsAndFounding1764190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "consultation_record" (
        "booking_id" uuid NOT NULL,
        "areas_covered" text array NOT NULL,
        "notes" text NOT NULL,
        "next_steps" text NOT NULL DEFAULT '',
        "written_by" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_consultation_record" PRIMARY KEY ("booking_id"),
        CONSTRAINT "consultation_record_areas_chk" CHECK ("areas_covered" <@ ARRAY['management', 'finance', 'human-resources', 'sales-channels']::text[]),
        CONSTRAINT "consultation_record_written_by_chk" CHECK ("written_by" IN ('adviser', 'staff')),
        CONSTRAINT "FK_consultation_record_booking" FOREIGN KEY ("booking_id") REFERENCES "consultation_booking"("id") ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE "founding_report" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "founded_on" date NOT NULL,
        "business_name" text NOT NULL,
        "business_type" text NOT NULL,
        "industry" text NOT NULL,
        "in_asaka" boolean NOT NULL,
        "address" text NOT NULL,
        "vacant_store_id" uuid,
        "status" text NOT NULL DEFAULT 'submitted',
        "rejection_reason" text,
        "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "confirmed_at" TIMESTAMP WITH TIME ZONE,
        "rejected_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_founding_report" PRIMARY KEY ("id"),
        CONSTRAINT "founding_report_status_chk" CHECK ("status" IN ('submitted', 'confirmed', 'rejected')),
        CONSTRAINT "founding_report_business_type_chk" CHECK ("business_type" IN ('sole-proprietorship', 'corporation')),
        CONSTRAINT "founding_report_confirmed_chk" CHECK (("status" = 'confirmed') = ("confirmed_at" IS NOT NULL)),
        CONSTRAINT "founding_report_rejected_chk" CHECK (("status" = 'rejected') = ("rejected_at" IS NOT NULL AND "rejection_reason" IS NOT NULL)),
        CONSTRAINT "founding_report_text_chk" CHECK (char_length("business_name") BETWEEN 1 AND 200 AND char_length("industry") BETWEEN 1 AND 200 AND char_length("address") BETWEEN 1 AND 200),
        CONSTRAINT "FK_founding_report_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_founding_report_vacant_store" FOREIGN KEY ("vacant_store_id") REFERENCES "vacant_store"("id") ON DELETE RESTRICT
      )`);
    // One report per person waiting for review (a second submission is 409 FOUNDING_REPORT_PENDING).
    await q.query(`CREATE UNIQUE INDEX "founding_report_pending_uq" ON "founding_report" ("user_id") WHERE status IN ('submitted', 'rejected')`);
    await q.query(`CREATE INDEX "founding_report_user_idx" ON "founding_report" ("user_id", "created_at")`);
    await q.query(`CREATE INDEX "founding_report_status_idx" ON "founding_report" ("status", "submitted_at")`);
    await q.query(`CREATE INDEX "founding_report_confirmed_idx" ON "founding_report" ("founded_on") WHERE status = 'confirmed'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "founding_report"`);
    await q.query(`DROP TABLE "consultation_record"`);
  }
}
