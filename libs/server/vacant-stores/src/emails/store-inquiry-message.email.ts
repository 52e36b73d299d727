import { z } from 'zod';
import { defineLinkEmail } from '@asaka/notifications';
import { threadPrivacyNote } from './inquiry-mail-lines';

/** To the other party of a thread: a new message arrived. */
export const storeInquiryMessageEmail = defineLinkEmail({
  name: 'store-inquiry-message',
  schema: z.object({
    recipientName: z.string(),
    storeTitle: z.string(),
    senderName: z.string(),
    excerpt: z.string(),
    url: z.url(),
  }),
  copy: {
    ja: {
      subject: (d) => `【朝霞市 空き店舗バンク】「${d.storeTitle}」について新しいメッセージが届きました`,
      lines: (d) => [`${d.recipientName} 様`, `物件「${d.storeTitle}」のお問い合わせに、${d.senderName} さんから新しいメッセージが届きました。`, `「${d.excerpt}」`],
      action: 'メッセージを読んで返信する',
      note: threadPrivacyNote.ja,
    },
    en: {
      subject: (d) => `Asaka vacant-store bank: a new message about “${d.storeTitle}”`,
      lines: (d) => [`Dear ${d.recipientName},`, `${d.senderName} wrote a new message in the inquiry about “${d.storeTitle}”.`, `“${d.excerpt}”`],
      action: 'Read and reply',
      note: threadPrivacyNote.en,
    },
  },
  preview: {
    recipientName: '朝霞 花子',
    storeTitle: '朝霞台駅前 カフェ向き路面店',
    senderName: '本町 商',
    excerpt: 'お問い合わせありがとうございます。今週の土曜日でしたら内見いただけます。',
    url: 'http://localhost:3000/inquiries/00000000-0000-4000-8000-000000000000',
  },
});
