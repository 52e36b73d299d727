import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One version number per in-memory cache of the API (`VersionedCache`, platform/database), moved by
 * PostgreSQL in the same transaction as any write to the tables behind it. Generalises the vacant-
 * store search version of migration 1764170000000 (its number carries over, its triggers now call
 * the generic function, its table and function go) and adds the free consultation slots.
 *
 * `bump_cache_version('<name>')` is fired by deferred constraint triggers, so it runs at commit and
 * once per transaction and name (a transaction-local setting remembers it): the row is locked only
 * while committing, and writers of different rows never wait on each other for long. A reader that
 * sees the new number also sees the new rows. Names are plain identifiers because they become part
 * of that setting's name. The table has no entity: only these triggers write it, and
 * `cacheVersionReader` reads one row by primary key.
 *
 * consultation_slots — what `GET /api/consultation-slots` shows: bookings taking or freeing time
 * (a new booking, a cancellation, a move, a deletion), advisers (profile, slot length, buffer, in
 * service), their weekly hours and date exceptions, the program's settings (minimum notice), and the
 * adviser's account (name, active). Changes of other columns (the reminder key, sequence) leave it.
 */
const SEARCH_TRIGGERS = [
  ['vacant_store', 'INSERT OR UPDATE OR DELETE', ''],
  ['vacant_store_photo', 'INSERT OR UPDATE OR DELETE', ''],
  ['organization', 'UPDATE OF "name" OR DELETE', ''],
] as const;
const SLOT_TRIGGERS = [
  ['consultation_booking', 'INSERT OR UPDATE OF "adviser_id", "starts_at", "ends_at", "status" OR DELETE', ''],
  ['adviser', 'INSERT OR UPDATE OR DELETE', ''],
  ['adviser_weekly_rule', 'INSERT OR UPDATE OR DELETE', ''],
  ['adviser_date_exception', 'INSERT OR UPDATE OR DELETE', ''],
  ['consultation_settings', 'UPDATE', ''],
  ['user_account', 'UPDATE OF "display_name", "status"', 'WHEN (OLD."display_name" IS DISTINCT FROM NEW."display_name" OR OLD."status" IS DISTINCT FROM NEW."status")'],
] as const;

const trigger = (table: string, events: string, when: string, name: string) => `
  CREATE CONSTRAINT TRIGGER "${name}_cache_trg" AFTER ${events} ON "${table}"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW ${when} EXECUTE FUNCTION "bump_cache_version"('${name}')`;

export class GenericCacheVersion1764200000000 implements MigrationInterface {
  name = 'GenericCacheVersion1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "cache_version" (
        "name" text NOT NULL,
        "version" bigint NOT NULL,
        CONSTRAINT "PK_cache_version" PRIMARY KEY ("name"),
        CONSTRAINT "cache_version_name_chk" CHECK ("name" ~ '^[a-z][a-z0-9_]*$')
      )`);
    await q.query(`
      CREATE FUNCTION "bump_cache_version"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        bumped_in CONSTANT text := 'asaka.cache_version_bumped_' || TG_ARGV[0];
      BEGIN
        IF current_setting(bumped_in, true) IS DISTINCT FROM txid_current()::text THEN
          INSERT INTO "cache_version" ("name", "version") VALUES (TG_ARGV[0], 1)
            ON CONFLICT ("name") DO UPDATE SET "version" = "cache_version"."version" + 1;
          PERFORM set_config(bumped_in, txid_current()::text, true);
        END IF;
        RETURN NULL;
      END
      $$`);
    await q.query(`INSERT INTO "cache_version" ("name", "version") SELECT 'vacant_store_search', "version" FROM "vacant_store_search_version" WHERE "id" = 1`);
    await q.query(`INSERT INTO "cache_version" ("name", "version") VALUES ('consultation_slots', 1)`);
    for (const [table, events, when] of SEARCH_TRIGGERS) {
      await q.query(`DROP TRIGGER "${table}_search_version_trg" ON "${table}"`);
      await q.query(trigger(table, events, when, 'vacant_store_search'));
    }
    await q.query(`DROP FUNCTION "bump_vacant_store_search_version"()`);
    await q.query(`DROP TABLE "vacant_store_search_version"`);
    for (const [table, events, when] of SLOT_TRIGGERS) await q.query(trigger(table, events, when, 'consultation_slots'));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table] of SLOT_TRIGGERS) await q.query(`DROP TRIGGER "consultation_slots_cache_trg" ON "${table}"`);
    await q.query(`
      CREATE TABLE "vacant_store_search_version" (
        "id" smallint NOT NULL DEFAULT 1,
        "version" bigint NOT NULL,
        CONSTRAINT "PK_vacant_store_search_version" PRIMARY KEY ("id"),
        CONSTRAINT "vacant_store_search_version_single_row_chk" CHECK ("id" = 1)
      )`);
    await q.query(
      `INSERT INTO "vacant_store_search_version" ("id", "version") SELECT 1, coalesce((SELECT "version" FROM "cache_version" WHERE "name" = 'vacant_store_search'), 1)`,
    );
    await q.query(`
      CREATE FUNCTION "bump_vacant_store_search_version"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('asaka.search_version_bumped_in', true) IS DISTINCT FROM txid_current()::text THEN
          UPDATE "vacant_store_search_version" SET "version" = "version" + 1 WHERE "id" = 1;
          PERFORM set_config('asaka.search_version_bumped_in', txid_current()::text, true);
        END IF;
        RETURN NULL;
      END
      $$`);
    for (const [table, events] of SEARCH_TRIGGERS) {
      await q.query(`DROP TRIGGER "vacant_store_search_cache_trg" ON "${table}"`);
      await q.query(`
        CREATE CONSTRAINT TRIGGER "${table}_search_version_trg" AFTER ${events} ON "${table}"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_vacant_store_search_version"()`);
    }
    await q.query(`DROP FUNCTION "bump_cache_version"()`);
    await q.query(`DROP TABLE "cache_version"`);
  }
}
