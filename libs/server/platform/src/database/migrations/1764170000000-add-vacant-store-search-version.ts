import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One number that changes whenever anything the public vacant-store search shows may have changed:
 * a listing, its photos, or its organization's name. The API keeps pages of the public search in
 * memory under this number and reads it (one primary-key SELECT) before answering from memory, so
 * every API instance sees a change as soon as it is committed.
 *
 * The bump is part of the writing transaction (a reader that sees the new number also sees the new
 * rows), done once per transaction, at commit: the triggers are deferred, so the single row is
 * locked only while committing and writers of different listings never wait on each other for
 * long or deadlock on it. The table has no entity: only these triggers write it and one
 * repository query reads it.
 */
export class AddVacantStoreSearchVersion1764170000000 implements MigrationInterface {
  name = 'AddVacantStoreSearchVersion1764170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "vacant_store_search_version" (
        "id" smallint NOT NULL DEFAULT 1,
        "version" bigint NOT NULL,
        CONSTRAINT "PK_vacant_store_search_version" PRIMARY KEY ("id"),
        CONSTRAINT "vacant_store_search_version_single_row_chk" CHECK ("id" = 1)
      )`);
    await q.query(`INSERT INTO "vacant_store_search_version" ("id", "version") VALUES (1, 1)`);
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
    for (const [table, events] of [
      ['vacant_store', 'INSERT OR UPDATE OR DELETE'],
      ['vacant_store_photo', 'INSERT OR UPDATE OR DELETE'],
      ['organization', 'UPDATE OF "name" OR DELETE'],
    ] as const) {
      await q.query(`
        CREATE CONSTRAINT TRIGGER "${table}_search_version_trg" AFTER ${events} ON "${table}"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_vacant_store_search_version"()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['organization', 'vacant_store_photo', 'vacant_store']) {
      await q.query(`DROP TRIGGER "${table}_search_version_trg" ON "${table}"`);
    }
    await q.query(`DROP FUNCTION "bump_vacant_store_search_version"()`);
    await q.query(`DROP TABLE "vacant_store_search_version"`);
  }
}
