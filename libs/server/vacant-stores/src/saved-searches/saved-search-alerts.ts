import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { vacantStoreMatchesSearch, vacantStoreMonthlyTotalYen } from '@asaka/domain';
import { NotificationsService } from '@asaka/notifications';
import { APP_CONFIG } from '@asaka/platform';
import type { AppConfig } from '@asaka/platform';
import type { MailedStore } from '../emails/store-lines';
import { AlertedStore, AlertingSearch, SavedSearchHitsRepository } from './saved-search-hits.repository';
import { savedSearchesUrl, vacantStoreUrl } from './saved-search-links';
import { parseStoredVacantStoreCriteria } from './vacant-store-criteria';

export function mailedStore(store: AlertedStore, baseUrl: string): MailedStore {
  return {
    title: store.title,
    district: store.district,
    station: store.station,
    walkMinutes: store.walkMinutes,
    floorAreaSquareMetres: store.floorAreaSquareMetres,
    monthlyTotalYen: vacantStoreMonthlyTotalYen(store.monthlyRentYen, store.commonChargesYen),
    allowedUses: store.allowedUses,
    url: vacantStoreUrl(baseUrl, store.id),
  };
}

/**
 * What happens to saved searches when staff publish a store, inside the publishing transaction:
 * every matching search gets a hit; a person with an immediate search among them is mailed once
 * for the store (naming each of their searches it matched) and all their hits for it count as
 * told; the others wait for the 08:00 digest. The mail is optional (topic saved-search-alerts):
 * the worker skips it when the person turned the topic off.
 */
@Injectable()
export class SavedSearchAlerts {
  private readonly logger = new Logger(SavedSearchAlerts.name);

  constructor(
    private readonly hits: SavedSearchHitsRepository,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async storePublished(manager: EntityManager, storeId: string): Promise<void> {
    const store = await this.hits.store(manager, storeId);
    if (!store) return;
    const byPerson = new Map<string, AlertingSearch[]>();
    for (const search of await this.hits.alertingSearches(manager, store)) {
      const criteria = parseStoredVacantStoreCriteria(search.criteria);
      if (!criteria) {
        this.logger.warn(`saved search ${search.id} no longer has valid criteria; left out of alerts`);
        continue;
      }
      if (!vacantStoreMatchesSearch(store, criteria)) continue;
      byPerson.set(search.recipient.userId, [...(byPerson.get(search.recipient.userId) ?? []), search]);
    }
    const fresh = await this.hits.insertHits(manager, store.id, [...byPerson.values()].flat().map((search) => search.id));
    const told: string[] = [];
    for (const searches of byPerson.values()) {
      const matched = searches.filter((search) => fresh.has(search.id));
      if (!matched.some((search) => search.alert === 'immediate')) continue;
      told.push(...matched.map((search) => search.id));
      const { recipient } = searches[0] as AlertingSearch;
      await this.notifications.enqueue(manager, {
        to: recipient.email,
        recipientUserId: recipient.userId,
        template: 'saved-search-alert',
        locale: recipient.locale,
        category: 'optional',
        topic: 'saved-search-alerts',
        dedupeKey: `saved-search-alert:${recipient.userId}:${store.id}`,
        data: {
          displayName: recipient.displayName,
          searchNames: matched.map((search) => search.name),
          store: mailedStore(store, this.config.app.baseUrl),
          manageUrl: savedSearchesUrl(this.config.app.baseUrl),
        },
      });
    }
    // Told now, so their daily searches do not list the store again in tomorrow's digest.
    await this.hits.markNotified(manager, told.map((savedSearchId) => ({ savedSearchId, vacantStoreId: store.id })));
  }
}
