import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMailPreferences1764100000000 implements MigrationInterface {
  name = 'AddMailPreferences1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notification" ADD "topic" text`);
    await q.query(`
      CREATE TABLE "notification_preference" (
        "user_id" uuid NOT NULL,
        "topic" text NOT NULL,
        "enabled" boolean NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_notification_preference" PRIMARY KEY ("user_id", "topic"),
        CONSTRAINT "FK_notification_preference_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notification_preference"`);
    await q.query(`ALTER TABLE "notification" DROP COLUMN "topic"`);
  }
}
