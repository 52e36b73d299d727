import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateVacantStores1764120000000 implements MigrationInterface {
  name = 'CreateVacantStores1764120000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "vacant_store" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "owner_consent" jsonb,
        "title" text NOT NULL,
        "district" text NOT NULL,
        "street_address" text NOT NULL,
        "latitude" double precision,
        "longitude" double precision,
        "station" text NOT NULL,
        "walk_minutes" integer NOT NULL,
        "floor_area_square_metres" numeric(8,2) NOT NULL,
        "floor" text NOT NULL,
        "monthly_rent_yen" integer NOT NULL,
        "common_charges_yen" integer NOT NULL,
        "deposit_yen" integer NOT NULL,
        "key_money_yen" integer NOT NULL,
        "contract_type" text NOT NULL,
        "previous_use" text,
        "fixtures_remain" boolean NOT NULL,
        "allowed_uses" text array NOT NULL,
        "restrictions" text,
        "available_from" date,
        "description" text NOT NULL,
        "declares_no_organized_crime_ties" boolean NOT NULL,
        "declares_no_city_tax_arrears" boolean NOT NULL,
        "status" text NOT NULL,
        "rejection_reason" text,
        "submitted_at" TIMESTAMP WITH TIME ZONE,
        "published_at" TIMESTAMP WITH TIME ZONE,
        "expires_at" TIMESTAMP WITH TIME ZONE,
        "search_text" text NOT NULL,
        "search_bigrams" text array NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_vacant_store" PRIMARY KEY ("id"),
        CONSTRAINT "vacant_store_status_chk" CHECK ("status" IN ('draft', 'submitted', 'published', 'rejected', 'let', 'closed', 'withdrawn')),
        CONSTRAINT "vacant_store_station_chk" CHECK ("station" IN ('朝霞', '朝霞台', '北朝霞', '志木', '和光市', '新座')),
        CONSTRAINT "vacant_store_contract_type_chk" CHECK ("contract_type" IN ('普通借家', '定期借家')),
        CONSTRAINT "vacant_store_allowed_uses_chk" CHECK ("allowed_uses" <@ ARRAY['飲食', '物販', 'サービス', '事務所', '教室', 'その他']::text[] AND cardinality("allowed_uses") >= 1),
        CONSTRAINT "vacant_store_amounts_chk" CHECK ("monthly_rent_yen" >= 0 AND "common_charges_yen" >= 0 AND "deposit_yen" >= 0 AND "key_money_yen" >= 0 AND "walk_minutes" >= 0 AND "floor_area_square_metres" > 0),
        CONSTRAINT "vacant_store_published_chk" CHECK ("status" NOT IN ('published', 'let', 'closed') OR ("published_at" IS NOT NULL AND "expires_at" IS NOT NULL)),
        CONSTRAINT "FK_vacant_store_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX "vacant_store_organization_idx" ON "vacant_store" ("organization_id", "updated_at")`);
    await q.query(`CREATE INDEX "vacant_store_review_queue_idx" ON "vacant_store" ("submitted_at") WHERE status = 'submitted'`);
    // Two-character Japanese words: a query's bigrams must all be in the listing's (search_bigrams @> …).
    // fastupdate off: listings are written rarely and read often, and a GIN pending list (the default)
    // is scanned by every search until vacuum merges it, which the planner prices as too dear to use.
    await q.query(`CREATE INDEX "vacant_store_search_bigrams_idx" ON "vacant_store" USING gin ("search_bigrams") WITH (fastupdate = off) WHERE status = 'published'`);
    await q.query(`CREATE INDEX "vacant_store_published_station_idx" ON "vacant_store" ("station", "published_at") WHERE status = 'published'`);
    await q.query(`CREATE INDEX "vacant_store_published_at_idx" ON "vacant_store" ("published_at") WHERE status = 'published'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "vacant_store"`);
  }
}
