import { z } from 'zod';
import type { Locale } from '@asaka/domain';
import { defineEmail, textFooter } from '@asaka/notifications';
import { ManageSavedSearchesLink, manageSavedSearches, PREVIEW_STORE } from './saved-search-mail-parts';
import { mailedStoreSchema, quoted, storeFacts } from './store-lines';

/** At most this many stores are listed in one digest; the rest are counted and linked. */
export const DIGEST_STORE_LIMIT = 20;

const schema = z.object({
  displayName: z.string(),
  /** The Japan date of the digest, YYYY-MM-DD. */
  date: z.iso.date(),
  stores: z.array(mailedStoreSchema.extend({ searchNames: z.array(z.string()).min(1) })).min(1).max(DIGEST_STORE_LIMIT),
  /** Stores matched beyond the ones listed. */
  moreCount: z.int().min(0),
  searchUrl: z.url(),
  manageUrl: z.url(),
});
type Data = z.infer<typeof schema>;

const total = (d: Data) => d.stores.length + d.moreCount;
const japaneseDate = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

const copy: Record<
  Locale,
  { subject: (d: Data) => string; greeting: (d: Data) => string; lead: (d: Data) => string; matched: (names: string[]) => string; more: (d: Data) => string; open: string }
> = {
  ja: {
    subject: (d) => `【朝霞市 産業振興ポータル】保存した条件に合う新着の空き店舗 ${total(d)}件（${japaneseDate(d.date)}）`,
    greeting: (d) => `${d.displayName} 様`,
    lead: (d) => `前回のお知らせ以降、保存した検索条件に合う空き店舗が${total(d)}件公開されました。`,
    matched: (names) => `該当した条件：${quoted(names, 'ja')}`,
    more: (d) => `ほかに${d.moreCount}件あります。空き店舗バンクでご覧ください。`,
    open: '詳細を見る',
  },
  en: {
    subject: (d) => `Asaka Business Support Portal: ${total(d)} new vacant store${total(d) === 1 ? '' : 's'} for your saved searches (${d.date})`,
    greeting: (d) => `Dear ${d.displayName},`,
    lead: (d) => `Since our last mail, ${total(d)} vacant store${total(d) === 1 ? '' : 's'} matching your saved searches ${total(d) === 1 ? 'has' : 'have'} been published.`,
    matched: (names) => `Matched: ${quoted(names, 'en')}`,
    more: (d) => `${d.moreCount} more ${d.moreCount === 1 ? 'is' : 'are'} listed in the vacant-store bank.`,
    open: 'See the store',
  },
};

/** One mail a day (08:00 Japan time) with every store the person's daily saved searches matched since the last one. */
export const savedSearchDigestEmail = defineEmail({
  name: 'saved-search-digest',
  schema,
  subject: (data, locale) => copy[locale].subject(data),
  Html: ({ data, locale }) => (
    <>
      <p>{copy[locale].greeting(data)}</p>
      <p>{copy[locale].lead(data)}</p>
      {data.stores.map((store) => (
        <div key={store.url} style={{ margin: '0 0 20px', paddingLeft: 12, borderLeft: '3px solid #0b5394' }}>
          <p style={{ margin: '0 0 4px', fontWeight: 'bold' }}>
            <a href={store.url} style={{ color: '#0b5394' }}>
              {store.title}
            </a>
          </p>
          <p style={{ margin: '0 0 4px', fontSize: 14 }}>{storeFacts(store, locale)}</p>
          <p style={{ margin: 0, fontSize: 13, color: '#555555' }}>{copy[locale].matched(store.searchNames)}</p>
        </div>
      ))}
      {data.moreCount > 0 && (
        <p>
          <a href={data.searchUrl} style={{ color: '#0b5394' }}>
            {copy[locale].more(data)}
          </a>
        </p>
      )}
      <ManageSavedSearchesLink url={data.manageUrl} locale={locale} />
    </>
  ),
  text: (data, locale) =>
    [
      copy[locale].greeting(data),
      copy[locale].lead(data),
      ...data.stores.map((store) => [store.title, storeFacts(store, locale), copy[locale].matched(store.searchNames), `${copy[locale].open}: ${store.url}`].join('\n')),
      ...(data.moreCount > 0 ? [`${copy[locale].more(data)} ${data.searchUrl}`] : []),
      `${manageSavedSearches[locale]}: ${data.manageUrl}`,
    ].join('\n\n') + textFooter(locale),
  preview: {
    displayName: '朝霞 花子',
    date: '2026-06-02',
    stores: [
      {
        ...PREVIEW_STORE,
        searchNames: ['朝霞台 飲食 20万円まで'],
      },
      {
        title: '北朝霞 駅前の元そば店',
        district: '西原一丁目',
        station: '北朝霞',
        walkMinutes: 4,
        floorAreaSquareMetres: 41.5,
        monthlyTotalYen: 165_000,
        allowedUses: ['飲食'],
        url: 'http://localhost:3000/vacant-stores/00000000-0000-4000-8000-000000000002',
        searchNames: ['朝霞台 飲食 20万円まで', '居抜き'],
      },
    ],
    moreCount: 0,
    searchUrl: 'http://localhost:3000/vacant-stores',
    manageUrl: 'http://localhost:3000/account/saved-searches',
  },
});
