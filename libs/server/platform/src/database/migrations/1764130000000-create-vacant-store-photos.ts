import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateVacantStorePhotos1764130000000 implements MigrationInterface {
  name = 'CreateVacantStorePhotos1764130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "vacant_store_photo" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "vacant_store_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "caption" text NOT NULL,
        "content_type" text NOT NULL,
        "width" integer NOT NULL,
        "height" integer NOT NULL,
        "byte_size" integer NOT NULL,
        "data" bytea NOT NULL,
        "thumbnail" bytea NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_vacant_store_photo" PRIMARY KEY ("id"),
        CONSTRAINT "vacant_store_photo_position_chk" CHECK ("position" >= 0),
        CONSTRAINT "vacant_store_photo_caption_chk" CHECK (char_length("caption") BETWEEN 1 AND 100),
        CONSTRAINT "FK_vacant_store_photo_vacant_store" FOREIGN KEY ("vacant_store_id") REFERENCES "vacant_store"("id") ON DELETE CASCADE
      )`);
    // A listing's photos in order, and its cover (position 0) for a page of search results.
    await q.query(`CREATE UNIQUE INDEX "vacant_store_photo_position_uq" ON "vacant_store_photo" ("vacant_store_id", "position")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "vacant_store_photo"`);
  }
}
