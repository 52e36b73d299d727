import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toJapanIso } from '@asaka/domain';
import { NotificationsService } from '@asaka/notifications';
import { APP_CONFIG } from '@asaka/platform';
import type { AppConfig } from '@asaka/platform';
import { DIGEST_STORE_LIMIT } from '../emails/saved-search-digest.email';
import { mailedStore } from './saved-search-alerts';
import { SavedSearchHitsRepository } from './saved-search-hits.repository';
import { savedSearchesUrl, vacantStoreSearchUrl } from './saved-search-links';

export interface DigestRun {
  /** People who had matches waiting. */
  people: number;
  /** Digest mails put in the outbox. */
  mailed: number;
}

/**
 * The morning digest: per person, every match nobody told them about yet goes into ONE mail
 * (topic daily-digest), and those matches are marked told in the same transaction. Running it again
 * is harmless: the matches are told already, and the mail's key (person + Japan date) lets the
 * outbox hold one digest per person per day — matches that arrive after today's digest went out
 * wait for tomorrow's instead of being marked told without a mail.
 */
@Injectable()
export class SavedSearchDigests {
  private readonly logger = new Logger(SavedSearchDigests.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly hits: SavedSearchHitsRepository,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sendDailyDigests(now: Date = new Date()): Promise<DigestRun> {
    const people = await this.hits.peopleWithPendingHits(now);
    let mailed = 0;
    for (const userId of people) {
      try {
        if (await this.digestFor(userId, now)) mailed += 1;
      } catch (error) {
        // One person's failure (a template change, a lost connection) must not hold back everyone else's digest.
        this.logger.error(`daily digest for ${userId} failed: ${(error as Error).message}`);
      }
    }
    return { people: people.length, mailed };
  }

  private digestFor(userId: string, now: Date): Promise<boolean> {
    const baseUrl = this.config.app.baseUrl;
    const date = toJapanIso(now).slice(0, 10);
    return this.dataSource.transaction(async (manager) => {
      const pending = await this.hits.lockPendingHits(manager, userId, now);
      if (pending.length === 0) return false;
      const recipient = await this.hits.recipient(manager, userId);
      const stores = recipient ? await this.hits.publicStores(manager, [...new Set(pending.map((hit) => hit.vacantStoreId))]) : [];
      if (!recipient || stores.length === 0) {
        // Nobody to tell, or every store was withdrawn since: the matches are spent.
        await this.hits.markNotified(manager, pending);
        return false;
      }
      const searchNames = (storeId: string) => [...new Set(pending.filter((hit) => hit.vacantStoreId === storeId).map((hit) => hit.searchName))];
      const { created } = await this.notifications.enqueue(manager, {
        to: recipient.email,
        recipientUserId: recipient.userId,
        template: 'saved-search-digest',
        locale: recipient.locale,
        category: 'optional',
        topic: 'daily-digest',
        dedupeKey: `saved-search-digest:${userId}:${date}`,
        data: {
          displayName: recipient.displayName,
          date,
          stores: stores.slice(0, DIGEST_STORE_LIMIT).map((store) => ({ ...mailedStore(store, baseUrl), searchNames: searchNames(store.id) })),
          moreCount: Math.max(0, stores.length - DIGEST_STORE_LIMIT),
          searchUrl: vacantStoreSearchUrl(baseUrl),
          manageUrl: savedSearchesUrl(baseUrl),
        },
      });
      if (!created) return false;
      await this.hits.markNotified(manager, pending);
      return true;
    });
  }
}
