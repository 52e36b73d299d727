import { z } from 'zod';
import { defineLinkEmail } from '@asaka/notifications';
import { threadPrivacyNote } from './inquiry-mail-lines';

/** To each member of the owning organization: someone asked about their store. */
export const storeInquiryReceivedEmail = defineLinkEmail({
  name: 'store-inquiry-received',
  schema: z.object({
    recipientName: z.string(),
    storeTitle: z.string(),
    seekerName: z.string(),
    plannedBusiness: z.string(),
    excerpt: z.string(),
    url: z.url(),
  }),
  copy: {
    ja: {
      subject: (d) => `【朝霞市 空き店舗バンク】「${d.storeTitle}」にお問い合わせがありました`,
      lines: (d) => [
        `${d.recipientName} 様`,
        `空き店舗バンクに登録の物件「${d.storeTitle}」について、${d.seekerName} さんからお問い合わせが届きました。`,
        `開業予定の業種：${d.plannedBusiness}`,
        `「${d.excerpt}」`,
      ],
      action: 'お問い合わせを読んで返信する',
      note: threadPrivacyNote.ja,
    },
    en: {
      subject: (d) => `Asaka vacant-store bank: an inquiry about “${d.storeTitle}”`,
      lines: (d) => [
        `Dear ${d.recipientName},`,
        `${d.seekerName} sent an inquiry about your listing “${d.storeTitle}” in the vacant-store bank.`,
        `Planned business: ${d.plannedBusiness}`,
        `“${d.excerpt}”`,
      ],
      action: 'Read and reply',
      note: threadPrivacyNote.en,
    },
  },
  preview: {
    recipientName: '本町 商',
    storeTitle: '朝霞台駅前 カフェ向き路面店',
    seekerName: '朝霞 花子',
    plannedBusiness: '自家焙煎のカフェ',
    excerpt: '初めまして。来春の開業を目指して物件を探しております。内見は可能でしょうか。',
    url: 'http://localhost:3000/inquiries/00000000-0000-4000-8000-000000000000',
  },
});
