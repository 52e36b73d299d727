import { defineErrors } from '@asaka/platform';
import { SAVED_SEARCHES_PER_PERSON } from '@asaka/contracts';

export const SavedSearchErrors = defineErrors({
  SAVED_SEARCH_LIMIT: {
    status: 409,
    ja: `保存できる検索条件は${SAVED_SEARCHES_PER_PERSON}件までです。使わなくなった条件を削除してください。`,
    en: `You can keep up to ${SAVED_SEARCHES_PER_PERSON} saved searches. Delete one you no longer use.`,
  },
});
