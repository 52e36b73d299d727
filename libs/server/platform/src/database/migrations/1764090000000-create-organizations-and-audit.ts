import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganizationsAndAudit1764090000000 implements MigrationInterface {
  name = 'CreateOrganizationsAndAudit1764090000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "audit_event" (
        "id" BIGSERIAL NOT NULL,
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "actor_user_id" uuid,
        "action" text NOT NULL,
        "target_type" text NOT NULL,
        "target_id" text,
        "old_value" jsonb,
        "new_value" jsonb,
        "ip_address" text,
        CONSTRAINT "PK_audit_event" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "audit_event_at_idx" ON "audit_event" ("at")`);
    await q.query(`CREATE INDEX "audit_event_actor_idx" ON "audit_event" ("actor_user_id", "at")`);
    await q.query(`CREATE INDEX "audit_event_target_idx" ON "audit_event" ("target_type", "target_id", "at")`);
    await q.query(`
      CREATE TABLE "organization" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" text NOT NULL,
        "corporate_number" text,
        "address" text NOT NULL,
        "industry" text NOT NULL,
        "employee_count" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_organization" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "organization_corporate_number_uq" ON "organization" ("corporate_number") WHERE corporate_number IS NOT NULL`);
    await q.query(`
      CREATE TABLE "organization_member" (
        "organization_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "role" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_organization_member" PRIMARY KEY ("organization_id", "user_id"),
        CONSTRAINT "organization_member_role_chk" CHECK ("role" IN ('owner', 'member')),
        CONSTRAINT "FK_organization_member_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_organization_member_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "organization_member_user_idx" ON "organization_member" ("user_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "organization_member"`);
    await q.query(`DROP TABLE "organization"`);
    await q.query(`DROP TABLE "audit_event"`);
  }
}
