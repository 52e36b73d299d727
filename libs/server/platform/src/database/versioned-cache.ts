import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';

/** The current version of what a cache holds (it only grows); answers computed under an older one are stale. */
export type VersionReader = () => Promise<bigint>;

/**
 * Reads one row of `cache_version` (migration 1764200000000): a number PostgreSQL moves in the same
 * transaction as any write to the tables behind a cache (deferred triggers calling
 * `bump_cache_version('<name>')`, once per transaction). One primary-key SELECT; a reader that sees
 * the new number also sees the new rows, whichever API instance (or SQL session) wrote them.
 */
export function cacheVersionReader(dataSource: DataSource, name: string): VersionReader {
  return async () => {
    const [row] = (await dataSource.query(`SELECT version::text AS version FROM cache_version WHERE name = $1`, [name])) as { version: string }[];
    return BigInt(row?.version ?? 0);
  };
}

export interface VersionedCacheOptions<V> {
  /** At most this many answers (least recently used go first). */
  max: number;
  /**
   * Answers are also dropped after this long, for what changes without a write (a registration
   * lapsing, the clock passing a minimum notice that the reader does not filter itself).
   */
  ttlMs: number;
  /** With `maxSize`: how much room an answer takes (e.g. its number of rows), to bound memory rather than count. */
  size?: (value: V) => number;
  maxSize?: number;
}

/**
 * Answers computed from the database, kept in memory under the version they were computed at.
 * Every `get` reads the version first — so an answer is never labelled newer than the rows it was
 * computed from — and recomputes when it has moved. Requests for the same key that miss at the same
 * version share one computation instead of each running the same queries.
 */
export class VersionedCache<V> {
  private readonly answers: LRUCache<string, { version: bigint; value: V }>;
  private readonly computing = new Map<string, { version: bigint; value: Promise<V> }>();

  constructor(
    private readonly readVersion: VersionReader,
    options: VersionedCacheOptions<V>,
  ) {
    const { size, maxSize } = options;
    this.answers = new LRUCache<string, { version: bigint; value: V }>({
      max: options.max,
      ttl: options.ttlMs,
      ...(size && maxSize ? { maxSize, sizeCalculation: (entry) => Math.max(1, size(entry.value)) } : {}),
    });
  }

  async get(key: string, compute: () => Promise<V>): Promise<V> {
    const version = await this.readVersion();
    const cached = this.answers.get(key);
    if (cached?.version === version) return cached.value;
    const pending = this.computing.get(key);
    if (pending?.version === version) return pending.value;
    const value = compute();
    const entry = { version, value };
    this.computing.set(key, entry);
    try {
      const computed = await value;
      // A newer version may have been seen meanwhile; never replace its answer with an older one.
      const stored = this.answers.peek(key);
      if (!stored || stored.version <= version) this.answers.set(key, { version, value: computed });
      return computed;
    } finally {
      if (this.computing.get(key) === entry) this.computing.delete(key);
    }
  }

  /** Forgets every answer (tests, or a process that knows better than the version). */
  clear(): void {
    this.answers.clear();
  }
}
