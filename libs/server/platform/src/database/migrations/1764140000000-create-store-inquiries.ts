import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Inquiries about vacant stores, their threads, and the outcome that counts for 空き店舗の活用件数. */
export class CreateStoreInquiries1764140000000 implements MigrationInterface {
  name = 'CreateStoreInquiries1764140000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "store_inquiry" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "vacant_store_id" uuid NOT NULL,
        "seeker_user_id" uuid NOT NULL,
        "planned_business" text NOT NULL,
        "status" text NOT NULL,
        "closed_reason" text,
        "closed_at" TIMESTAMP WITH TIME ZONE,
        "let_at" TIMESTAMP WITH TIME ZONE,
        "seeker_confirmed_at" TIMESTAMP WITH TIME ZONE,
        "seeker_disputed_at" TIMESTAMP WITH TIME ZONE,
        "match_confirmed_at" TIMESTAMP WITH TIME ZONE,
        "quiet_ask_round" integer NOT NULL DEFAULT 0,
        "last_message_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_store_inquiry" PRIMARY KEY ("id"),
        CONSTRAINT "store_inquiry_status_chk" CHECK ("status" IN ('open', 'let', 'seeker-confirmed', 'disputed', 'matched', 'closed')),
        CONSTRAINT "store_inquiry_closed_reason_chk" CHECK (("status" = 'closed') = ("closed_reason" IS NOT NULL AND "closed_at" IS NOT NULL) AND "closed_reason" IN ('ended-by-seeker', 'ended-by-owner', 'let-to-another', 'store-withdrawn', 'store-closed', 'seeker-left')),
        CONSTRAINT "store_inquiry_let_chk" CHECK ("status" IN ('open', 'closed') OR "let_at" IS NOT NULL),
        CONSTRAINT "store_inquiry_matched_chk" CHECK ("status" <> 'matched' OR ("seeker_confirmed_at" IS NOT NULL AND "match_confirmed_at" IS NOT NULL)),
        CONSTRAINT "store_inquiry_planned_business_chk" CHECK (char_length("planned_business") BETWEEN 1 AND 200),
        CONSTRAINT "FK_store_inquiry_vacant_store" FOREIGN KEY ("vacant_store_id") REFERENCES "vacant_store"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_store_inquiry_seeker" FOREIGN KEY ("seeker_user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "store_inquiry_open_uq" ON "store_inquiry" ("vacant_store_id", "seeker_user_id") WHERE status = 'open'`);
    await q.query(`CREATE UNIQUE INDEX "store_inquiry_let_uq" ON "store_inquiry" ("vacant_store_id") WHERE status IN ('let', 'seeker-confirmed', 'disputed', 'matched')`);
    await q.query(`CREATE INDEX "store_inquiry_store_idx" ON "store_inquiry" ("vacant_store_id", "last_message_at")`);
    await q.query(`CREATE INDEX "store_inquiry_seeker_idx" ON "store_inquiry" ("seeker_user_id", "last_message_at")`);
    await q.query(`CREATE INDEX "store_inquiry_match_confirmed_idx" ON "store_inquiry" ("match_confirmed_at") WHERE status = 'matched'`);

    await q.query(`
      CREATE TABLE "store_inquiry_message" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "inquiry_id" uuid NOT NULL,
        "sender_user_id" uuid NOT NULL,
        "sender_side" text NOT NULL,
        "body" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_store_inquiry_message" PRIMARY KEY ("id"),
        CONSTRAINT "store_inquiry_message_side_chk" CHECK ("sender_side" IN ('seeker', 'owner')),
        CONSTRAINT "store_inquiry_message_body_chk" CHECK (char_length("body") BETWEEN 1 AND 4000),
        CONSTRAINT "FK_store_inquiry_message_inquiry" FOREIGN KEY ("inquiry_id") REFERENCES "store_inquiry"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_store_inquiry_message_sender" FOREIGN KEY ("sender_user_id") REFERENCES "user_account"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX "store_inquiry_message_thread_idx" ON "store_inquiry_message" ("inquiry_id", "created_at")`);
    await q.query(`CREATE INDEX "store_inquiry_message_sender_idx" ON "store_inquiry_message" ("sender_user_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "store_inquiry_message"`);
    await q.query(`DROP TABLE "store_inquiry"`);
  }
}
