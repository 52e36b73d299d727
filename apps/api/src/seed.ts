import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { PasswordHasher, seedDemoAccounts, seedDemoOrganization } from '@asaka/accounts';
import { seedDemoConsultations } from '@asaka/consultations';
import { seedDemoEvents } from '@asaka/events';
import { EmailTemplates, NotificationsService } from '@asaka/notifications';
import { dataSourceOptions, loadConfigOrExit } from '@asaka/platform';
import { seedDemoVacantStores } from '@asaka/vacant-stores';
import { entities } from './entities';

/**
 * Demo data for local runs (`npm start`); idempotent, and never run in production. Each program
 * adds its own demo rows here as it lands.
 */
async function main() {
  const config = loadConfigOrExit();
  if (config.app.nodeEnv === 'production') {
    process.stdout.write('NODE_ENV=production: no demo data\n');
    return;
  }
  const dataSource = await new DataSource(dataSourceOptions(config.database.url, entities, 1)).initialize();
  const notifications = new NotificationsService(new EmailTemplates());
  try {
    await dataSource.transaction(async (manager) => {
      await seedDemoAccounts(manager, new PasswordHasher());
      await seedDemoOrganization(manager);
      await seedDemoVacantStores(manager);
      await seedDemoConsultations(manager);
      await seedDemoEvents(manager);
      // One mail in the local inbox on first start shows the whole pipeline working.
      await notifications.enqueue(manager, {
        to: 'staff@asaka-portal.localhost',
        template: 'notice',
        locale: 'ja',
        category: 'critical',
        dedupeKey: 'demo:welcome',
        data: {
          subject: '【朝霞市 産業振興ポータル】ローカル環境が起動しました',
          heading: 'ローカル環境が起動しました',
          paragraphs: [
            'このメールはデモデータとして送信されました。ポータルからのメールはすべて送信キューを通り、ここ（ローカルの受信箱）に届きます。',
            'This demo mail shows that queued email works: every mail the portal sends arrives in this local inbox.',
          ],
          action: { label: 'ポータルを開く / Open the portal', url: config.app.baseUrl },
        },
      });
    });
    process.stdout.write('demo data ready\n');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  process.stderr.write(`seeding failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
