import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Saved searches with their hits (alert mails, daily digest) and the store seekers' needs (recommendations). */
export class CreateSavedSearches1764150000000 implements MigrationInterface {
  name = 'CreateSavedSearches1764150000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "saved_search" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "name" text NOT NULL,
        "criteria" jsonb NOT NULL,
        "alert" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_saved_search" PRIMARY KEY ("id"),
        CONSTRAINT "saved_search_kind_chk" CHECK ("kind" IN ('vacant-store')),
        CONSTRAINT "saved_search_alert_chk" CHECK ("alert" IN ('off', 'immediate', 'daily')),
        CONSTRAINT "FK_saved_search_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "saved_search_user_idx" ON "saved_search" ("user_id", "created_at")`);
    await q.query(`CREATE INDEX "saved_search_alerting_idx" ON "saved_search" ("kind") WHERE alert <> 'off'`);

    await q.query(`
      CREATE TABLE "saved_search_hit" (
        "saved_search_id" uuid NOT NULL,
        "vacant_store_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "notified_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_saved_search_hit" PRIMARY KEY ("saved_search_id", "vacant_store_id"),
        CONSTRAINT "FK_saved_search_hit_saved_search" FOREIGN KEY ("saved_search_id") REFERENCES "saved_search"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_saved_search_hit_vacant_store" FOREIGN KEY ("vacant_store_id") REFERENCES "vacant_store"("id") ON DELETE CASCADE
      )`);
    // The digest looks for hits nobody was told about yet; once told, a hit leaves this index.
    await q.query(`CREATE INDEX "saved_search_hit_pending_idx" ON "saved_search_hit" ("created_at") WHERE notified_at IS NULL`);
    await q.query(`CREATE INDEX "saved_search_hit_vacant_store_idx" ON "saved_search_hit" ("vacant_store_id")`);

    await q.query(`
      CREATE TABLE "store_seeker_profile" (
        "user_id" uuid NOT NULL,
        "needs" jsonb NOT NULL,
        "planned_business" text,
        "discoverable" boolean NOT NULL DEFAULT false,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_store_seeker_profile" PRIMARY KEY ("user_id"),
        CONSTRAINT "FK_store_seeker_profile_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "store_seeker_profile_discoverable_idx" ON "store_seeker_profile" ("updated_at") WHERE discoverable`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "store_seeker_profile"`);
    await q.query(`DROP TABLE "saved_search_hit"`);
    await q.query(`DROP TABLE "saved_search"`);
  }
}
