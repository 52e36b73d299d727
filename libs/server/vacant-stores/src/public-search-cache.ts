import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { VacantStorePage, VacantStoreSearch } from '@asaka/contracts';
import { VacantStoresRepository } from './vacant-stores.repository';

/**
 * Pages of the public search, kept in memory under the database's search version (see migration
 * 1764170000000): a request reads that one number — a primary-key SELECT — and answers from
 * memory when nothing the search shows has changed since the page was computed. A change committed
 * through any API instance moves the number, so no instance serves a stale page after it.
 *
 * The number is read before the search runs, so a page is never stored under a version newer
 * than its rows. Listings also leave the search when their registration lapses, which writes
 * nothing: pages are therefore kept at most a minute.
 */
@Injectable()
export class PublicSearchCache {
  private readonly pages = new LRUCache<string, { version: string; page: VacantStorePage }>({ max: 1000, ttl: 60_000 });

  constructor(private readonly stores: VacantStoresRepository) {}

  async page(query: VacantStoreSearch, compute: () => Promise<VacantStorePage>): Promise<VacantStorePage> {
    const version = await this.stores.searchVersion();
    // The parsed query has its keys in the schema's order, so equal searches give equal keys.
    const key = JSON.stringify(query);
    const cached = this.pages.get(key);
    if (cached?.version === version) return cached.page;
    const page = await compute();
    this.pages.set(key, { version, page });
    return page;
  }
}
