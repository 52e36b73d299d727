import { z } from 'zod';
import { STORE_INQUIRY_QUIET_DAYS } from '@asaka/domain';
import { defineLinkEmail } from '@asaka/notifications';

/**
 * To both parties of an open inquiry nobody wrote in for 30 days: how did it end? The city counts
 * only outcomes reported on the platform, so the mail links to the thread where it is set.
 */
export const storeInquiryQuietEmail = defineLinkEmail({
  name: 'store-inquiry-quiet',
  schema: z.object({
    recipientName: z.string(),
    storeTitle: z.string(),
    otherPartyName: z.string(),
    side: z.enum(['seeker', 'owner']),
    url: z.url(),
  }),
  copy: {
    ja: {
      subject: (d) => `【朝霞市 空き店舗バンク】「${d.storeTitle}」のお問い合わせ、その後いかがですか`,
      lines: (d) => [
        `${d.recipientName} 様`,
        `物件「${d.storeTitle}」についての${d.otherPartyName} さんとのやり取りが、${STORE_INQUIRY_QUIET_DAYS}日間ありません。その後の結果をお知らせください。`,
        d.side === 'owner'
          ? '入居が決まった場合は、ポータルで「この方に決まった」を選んでください。決まらなかった場合は「やり取りを終える」を選んでください。'
          : '入居が決まった場合は、物件オーナーからの報告を確認してください。見送る場合は「やり取りを終える」を選んでください。',
        '市は交渉には関わりません。結果のご報告は、空き店舗活用の成果として集計されます。',
      ],
      action: '結果を報告する',
    },
    en: {
      subject: (d) => `Asaka vacant-store bank: how did your inquiry about “${d.storeTitle}” end?`,
      lines: (d) => [
        `Dear ${d.recipientName},`,
        `Nobody has written in your conversation with ${d.otherPartyName} about “${d.storeTitle}” for ${STORE_INQUIRY_QUIET_DAYS} days. Please tell us how it ended.`,
        d.side === 'owner'
          ? 'If the store was let to them, choose “Let to this person” on the portal. If not, choose “End the conversation”.'
          : 'If you took the store, confirm the owner’s report when it arrives. If you decided against it, choose “End the conversation”.',
        'The city does not take part in the negotiation; reported outcomes count towards the use of vacant stores in Asaka.',
      ],
      action: 'Report the outcome',
    },
  },
  preview: {
    recipientName: '本町 商',
    storeTitle: '朝霞台駅前 カフェ向き路面店',
    otherPartyName: '朝霞 花子',
    side: 'owner',
    url: 'http://localhost:3000/inquiries/00000000-0000-4000-8000-000000000000',
  },
});
