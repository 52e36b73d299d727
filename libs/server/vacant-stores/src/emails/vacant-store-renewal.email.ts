import { z } from 'zod';
import { defineLinkEmail } from '@asaka/notifications';

/** 2029-06-01 → 2029年6月1日 */
function japaneseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** To the owning organization's members, 60 and 30 days before a registration lapses. */
export const vacantStoreRenewalEmail = defineLinkEmail({
  name: 'vacant-store-renewal',
  schema: z.object({
    recipientName: z.string(),
    storeTitle: z.string(),
    /** The lapse date in Japan time, YYYY-MM-DD. */
    expiresOn: z.iso.date(),
    daysBefore: z.int().positive(),
    url: z.url(),
  }),
  copy: {
    ja: {
      subject: (d) => `【朝霞市 空き店舗バンク】「${d.storeTitle}」の登録期限まであと${d.daysBefore}日です`,
      lines: (d) => [
        `${d.recipientName} 様`,
        `空き店舗バンクに登録の物件「${d.storeTitle}」は、登録の有効期限（3年）が ${japaneseDate(d.expiresOn)} に切れ、検索に表示されなくなります。`,
        '引き続き掲載を希望される場合は、物件のページで内容を確認のうえ、お手続きください。ご不明な点は産業振興課までお問い合わせください。',
      ],
      action: '物件のページを開く',
    },
    en: {
      subject: (d) => `Asaka vacant-store bank: the registration of “${d.storeTitle}” lapses in ${d.daysBefore} days`,
      lines: (d) => [
        `Dear ${d.recipientName},`,
        `The 3-year registration of your listing “${d.storeTitle}” lapses on ${d.expiresOn} (Japan time); after that it no longer appears in searches.`,
        'To keep it listed, check it on its page and renew. The city’s industry promotion section can help with any question.',
      ],
      action: 'Open the listing',
    },
  },
  preview: {
    recipientName: '本町 商',
    storeTitle: '朝霞台駅前 カフェ向き路面店',
    expiresOn: '2029-06-01',
    daysBefore: 60,
    url: 'http://localhost:3000/vacant-stores/00000000-0000-4000-8000-000000000000',
  },
});
