import type { Locale } from '@asaka/domain';
import type { MailedStore } from './store-lines';

/** What both saved-search mails end with: where the person changes or stops them. */
export const manageSavedSearches: Record<Locale, string> = {
  ja: '検索条件の変更・通知の停止',
  en: 'Change your saved searches or stop these mails',
};

export function ManageSavedSearchesLink({ url, locale }: { url: string; locale: Locale }) {
  return (
    <p style={{ fontSize: 14, color: '#555555' }}>
      <a href={url} style={{ color: '#555555' }}>
        {manageSavedSearches[locale]}
      </a>
    </p>
  );
}

/** The store the previews of both mails show first. */
export const PREVIEW_STORE: MailedStore = {
  title: '朝霞台駅前 カフェ向き路面店 1F',
  district: '東弁財一丁目',
  station: '朝霞台',
  walkMinutes: 2,
  floorAreaSquareMetres: 33.06,
  monthlyTotalYen: 192_000,
  allowedUses: ['飲食', '物販'],
  url: 'http://localhost:3000/vacant-stores/00000000-0000-4000-8000-000000000001',
};
