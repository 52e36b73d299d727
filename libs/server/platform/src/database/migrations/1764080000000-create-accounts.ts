import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccounts1764080000000 implements MigrationInterface {
  name = 'CreateAccounts1764080000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "user_account" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" text NOT NULL,
        "email_normalized" text NOT NULL,
        "password_hash" text,
        "display_name" text NOT NULL,
        "locale" text NOT NULL DEFAULT 'ja',
        "roles" text array NOT NULL DEFAULT '{}',
        "status" text NOT NULL DEFAULT 'active',
        "email_verified_at" TIMESTAMP WITH TIME ZONE,
        "totp_secret" text,
        "totp_enabled_at" TIMESTAMP WITH TIME ZONE,
        "totp_last_step" bigint,
        "password_changed_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_user_account" PRIMARY KEY ("id"),
        CONSTRAINT "user_account_status_chk" CHECK ("status" IN ('active', 'disabled', 'deleted')),
        CONSTRAINT "user_account_locale_chk" CHECK ("locale" IN ('ja', 'en'))
      )`);
    await q.query(`CREATE UNIQUE INDEX "user_account_email_normalized_uq" ON "user_account" ("email_normalized")`);
    await q.query(`
      CREATE TABLE "user_session" (
        "token_hash" text NOT NULL,
        "user_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "ip_address" text,
        "user_agent" text,
        "second_factor_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_user_session" PRIMARY KEY ("token_hash"),
        CONSTRAINT "FK_user_session_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "user_session_user_idx" ON "user_session" ("user_id")`);
    await q.query(`
      CREATE TABLE "one_time_token" (
        "token_hash" text NOT NULL,
        "user_id" uuid NOT NULL,
        "purpose" text NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_one_time_token" PRIMARY KEY ("token_hash"),
        CONSTRAINT "one_time_token_purpose_chk" CHECK ("purpose" IN ('verify-email', 'password-reset')),
        CONSTRAINT "FK_one_time_token_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "one_time_token_user_idx" ON "one_time_token" ("user_id", "purpose")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "one_time_token"`);
    await q.query(`DROP TABLE "user_session"`);
    await q.query(`DROP TABLE "user_account"`);
  }
}
