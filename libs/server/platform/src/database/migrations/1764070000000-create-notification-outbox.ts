import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotificationOutbox1764070000000 implements MigrationInterface {
  name = 'CreateNotificationOutbox1764070000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "notification" (
        "id" BIGSERIAL NOT NULL,
        "recipient_email" text NOT NULL,
        "recipient_user_id" uuid,
        "template" text NOT NULL,
        "locale" text NOT NULL,
        "data" jsonb NOT NULL,
        "category" text NOT NULL,
        "status" text NOT NULL DEFAULT 'pending',
        "send_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "dedupe_key" text,
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "message_id" text,
        "queued_at" TIMESTAMP WITH TIME ZONE,
        "sent_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_notification" PRIMARY KEY ("id"),
        CONSTRAINT "notification_locale_chk" CHECK ("locale" IN ('ja', 'en')),
        CONSTRAINT "notification_category_chk" CHECK ("category" IN ('critical', 'optional')),
        CONSTRAINT "notification_status_chk" CHECK ("status" IN ('pending', 'queued', 'sending', 'sent', 'failed', 'cancelled', 'skipped'))
      )`);
    await q.query(`CREATE UNIQUE INDEX "notification_dedupe_key_uq" ON "notification" ("dedupe_key") WHERE dedupe_key IS NOT NULL`);
    await q.query(`CREATE INDEX "notification_due_idx" ON "notification" ("send_at", "id") WHERE status = 'pending'`);
    await q.query(`CREATE INDEX "notification_stale_idx" ON "notification" ("updated_at") WHERE status IN ('queued', 'sending')`);
    await q.query(`CREATE INDEX "notification_recipient_idx" ON "notification" ("recipient_email", "created_at")`);
    await q.query(`
      CREATE TABLE "notification_attempt" (
        "id" BIGSERIAL NOT NULL,
        "notification_id" bigint NOT NULL,
        "attempt" integer NOT NULL,
        "outcome" text NOT NULL,
        "error" text,
        "smtp_response" text,
        "worker" text NOT NULL,
        "started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "finished_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_notification_attempt" PRIMARY KEY ("id"),
        CONSTRAINT "notification_attempt_outcome_chk" CHECK ("outcome" IN ('sent', 'retry', 'failed', 'skipped')),
        CONSTRAINT "FK_notification_attempt_notification" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "notification_attempt_notification_idx" ON "notification_attempt" ("notification_id", "attempt")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notification_attempt"`);
    await q.query(`DROP TABLE "notification"`);
  }
}
