import { z } from 'zod';
import type { Locale } from '@asaka/domain';
import { defineEmail, textFooter } from '@asaka/notifications';
import { ManageSavedSearchesLink, manageSavedSearches, PREVIEW_STORE } from './saved-search-mail-parts';
import { mailedStoreSchema, quoted, storeFacts } from './store-lines';

const schema = z.object({
  displayName: z.string(),
  /** The person's saved searches this store matched. */
  searchNames: z.array(z.string()).min(1),
  store: mailedStoreSchema,
  /** Where the person changes or stops these mails. */
  manageUrl: z.url(),
});
type Data = z.infer<typeof schema>;

const copy: Record<Locale, { subject: (d: Data) => string; greeting: (d: Data) => string; lead: (d: Data) => string; open: string }> = {
  ja: {
    subject: (d) => `【朝霞市 産業振興ポータル】保存した条件に合う空き店舗が公開されました：${d.store.title}`,
    greeting: (d) => `${d.displayName} 様`,
    lead: (d) => `保存した検索条件${quoted(d.searchNames, 'ja')}に合う空き店舗が、空き店舗バンクに公開されました。`,
    open: '物件の詳細を見る',
  },
  en: {
    subject: (d) => `Asaka Business Support Portal: a vacant store matching your saved search — ${d.store.title}`,
    greeting: (d) => `Dear ${d.displayName},`,
    lead: (d) => `A vacant store matching your saved search ${quoted(d.searchNames, 'en')} has been published in the vacant-store bank.`,
    open: 'See the store',
  },
};

/** Sent as soon as staff publish a store that one of the person's saved searches (alert: immediate) matches. */
export const savedSearchAlertEmail = defineEmail({
  name: 'saved-search-alert',
  schema,
  subject: (data, locale) => copy[locale].subject(data),
  Html: ({ data, locale }) => (
    <>
      <p>{copy[locale].greeting(data)}</p>
      <p>{copy[locale].lead(data)}</p>
      <p style={{ margin: '16px 0 4px', fontWeight: 'bold' }}>{data.store.title}</p>
      <p style={{ margin: '0 0 16px', fontSize: 14 }}>{storeFacts(data.store, locale)}</p>
      <p>
        <a href={data.store.url} style={{ color: '#0b5394', fontWeight: 'bold' }}>
          {copy[locale].open}
        </a>
      </p>
      <ManageSavedSearchesLink url={data.manageUrl} locale={locale} />
    </>
  ),
  text: (data, locale) =>
    [
      copy[locale].greeting(data),
      copy[locale].lead(data),
      `${data.store.title}\n${storeFacts(data.store, locale)}`,
      `${copy[locale].open}: ${data.store.url}`,
      `${manageSavedSearches[locale]}: ${data.manageUrl}`,
    ].join('\n\n') + textFooter(locale),
  preview: {
    displayName: '朝霞 花子',
    searchNames: ['朝霞台 飲食 20万円まで'],
    store: PREVIEW_STORE,
    manageUrl: 'http://localhost:3000/account/saved-searches',
  },
});
