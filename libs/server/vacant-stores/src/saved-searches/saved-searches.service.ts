import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SAVED_SEARCHES_PER_PERSON, vacantStoreSearchCriteriaView } from '@asaka/contracts';
import type { CreateSavedSearchInput, SavedSearch, SavedSearchList, SavedSearchListQuery, UpdateSavedSearch } from '@asaka/contracts';
import { toJapanIso } from '@asaka/domain';
import { CommonErrors } from '@asaka/platform';
import type { Principal } from '@asaka/platform';
import { SavedSearchErrors } from './saved-searches.errors';
import { SavedSearchRecord, SavedSearchesRepository } from './saved-searches.repository';

function view(record: SavedSearchRecord): SavedSearch {
  return {
    id: record.id,
    kind: record.kind,
    name: record.name,
    criteria: record.criteria,
    alert: record.alert,
    createdAt: toJapanIso(record.createdAt),
    updatedAt: toJapanIso(record.updatedAt),
  };
}

/**
 * A person's saved searches. They are private: every read and change is scoped to the owner, and
 * anyone else's id answers 404 like an id that never existed.
 */
@Injectable()
export class SavedSearchesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly searches: SavedSearchesRepository,
  ) {}

  async create(principal: Principal, input: CreateSavedSearchInput): Promise<SavedSearch> {
    const record = await this.dataSource.transaction(async (manager) => {
      await this.searches.lockOwner(manager, principal.userId);
      if ((await this.searches.countOwned(manager, principal.userId)) >= SAVED_SEARCHES_PER_PERSON) {
        throw SavedSearchErrors.SAVED_SEARCH_LIMIT({ limit: SAVED_SEARCHES_PER_PERSON });
      }
      return this.searches.insert(manager, {
        userId: principal.userId,
        kind: input.kind,
        name: input.name,
        criteria: vacantStoreSearchCriteriaView(input.criteria),
        alert: input.alert,
      });
    });
    return view(record);
  }

  /** All of mine (at most the limit, so one page), newest first. */
  async list(principal: Principal, query: SavedSearchListQuery): Promise<SavedSearchList> {
    const records = await this.searches.listOwned(principal.userId, query.kind);
    return { items: records.map(view), total: records.length, page: 1, pageSize: SAVED_SEARCHES_PER_PERSON };
  }

  async update(principal: Principal, id: string, patch: UpdateSavedSearch): Promise<SavedSearch> {
    const record = await this.dataSource.transaction(async (manager) => {
      const current = await this.searches.findOwned(manager, id, principal.userId);
      if (!current) throw CommonErrors.NOT_FOUND();
      const alert = patch.alert ?? current.alert;
      if (alert === 'off' && current.alert !== 'off') await this.searches.dropPendingHits(manager, id);
      return this.searches.update(manager, id, {
        name: patch.name ?? current.name,
        criteria: patch.criteria ? vacantStoreSearchCriteriaView(patch.criteria) : current.criteria,
        alert,
      });
    });
    return view(record);
  }

  async remove(principal: Principal, id: string): Promise<void> {
    if (!(await this.searches.deleteOwned(id, principal.userId))) throw CommonErrors.NOT_FOUND();
  }
}
