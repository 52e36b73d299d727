import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddInvitationsAndCounterRegistration1764110000000 implements MigrationInterface {
  name = 'AddInvitationsAndCounterRegistration1764110000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "one_time_token" DROP CONSTRAINT "one_time_token_purpose_chk"`);
    await q.query(`ALTER TABLE "one_time_token" ADD CONSTRAINT "one_time_token_purpose_chk" CHECK ("purpose" IN ('verify-email', 'password-reset', 'set-password'))`);
    await q.query(`ALTER TABLE "user_account" ADD "counter_consent" jsonb`);
    await q.query(`
      CREATE TABLE "organization_invitation" (
        "token_hash" text NOT NULL,
        "organization_id" uuid NOT NULL,
        "email_normalized" text NOT NULL,
        "invited_by_user_id" uuid,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "accepted_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_organization_invitation" PRIMARY KEY ("token_hash"),
        CONSTRAINT "FK_organization_invitation_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_organization_invitation_invited_by" FOREIGN KEY ("invited_by_user_id") REFERENCES "user_account"("id") ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX "organization_invitation_organization_idx" ON "organization_invitation" ("organization_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "organization_invitation"`);
    await q.query(`ALTER TABLE "user_account" DROP COLUMN "counter_consent"`);
    await q.query(`ALTER TABLE "one_time_token" DROP CONSTRAINT "one_time_token_purpose_chk"`);
    await q.query(`ALTER TABLE "one_time_token" ADD CONSTRAINT "one_time_token_purpose_chk" CHECK ("purpose" IN ('verify-email', 'password-reset'))`);
  }
}
