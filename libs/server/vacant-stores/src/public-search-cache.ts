import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { VacantStorePage, VacantStoreSearch } from '@asaka/contracts';
import { cacheVersionReader, VersionedCache } from '@asaka/platform';

/**
 * Pages of the public search, kept in memory under the database's `vacant_store_search` version
 * (moved with any change to a listing, its photos or its organization's name; migrations
 * 1764170000000 and 1764200000000): a request reads that one number — a primary-key SELECT — and
 * answers from memory when nothing the search shows has changed since the page was computed. A
 * change committed through any API instance moves the number, so no instance serves a stale page
 * after it.
 *
 * Listings also leave the search when their registration lapses, which writes nothing: pages are
 * therefore kept at most a minute.
 */
@Injectable()
export class PublicSearchCache {
  private readonly pages: VersionedCache<VacantStorePage>;

  constructor(dataSource: DataSource) {
    this.pages = new VersionedCache(cacheVersionReader(dataSource, 'vacant_store_search'), { max: 1000, ttlMs: 60_000 });
  }

  page(query: VacantStoreSearch, compute: () => Promise<VacantStorePage>): Promise<VacantStorePage> {
    // The parsed query has its keys in the schema's order, so equal searches give equal keys.
    return this.pages.get(JSON.stringify(query), compute);
  }
}
