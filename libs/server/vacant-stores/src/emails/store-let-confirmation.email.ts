import { z } from 'zod';
import { defineLinkEmail } from '@asaka/notifications';

/**
 * To the seeker the owner marked the store let to: please confirm (or say it is not so). Sent at
 * once, and once more as a reminder when they have not answered two weeks later.
 */
export const storeLetConfirmationEmail = defineLinkEmail({
  name: 'store-let-confirmation',
  schema: z.object({
    recipientName: z.string(),
    storeTitle: z.string(),
    organizationName: z.string(),
    reminder: z.boolean(),
    url: z.url(),
  }),
  copy: {
    ja: {
      subject: (d) => `【朝霞市 空き店舗バンク】${d.reminder ? '（再送）' : ''}「${d.storeTitle}」の入居のご確認をお願いします`,
      lines: (d) => [
        `${d.recipientName} 様`,
        `${d.organizationName} から、物件「${d.storeTitle}」にあなたの入居が決まったと報告がありました。`,
        '内容に間違いがなければ、ポータルで「入居を確認する」を選んでください。事実と異なる場合は「決まっていない」を選んでください。',
      ],
      action: '入居を確認する',
    },
    en: {
      subject: (d) => `Asaka vacant-store bank: ${d.reminder ? '(reminder) ' : ''}please confirm you took “${d.storeTitle}”`,
      lines: (d) => [
        `Dear ${d.recipientName},`,
        `${d.organizationName} reported that “${d.storeTitle}” has been let to you.`,
        'If that is right, choose “Confirm” on the portal. If it is not, choose “Not so”.',
      ],
      action: 'Confirm',
    },
  },
  preview: {
    recipientName: '朝霞 花子',
    storeTitle: '朝霞台駅前 カフェ向き路面店',
    organizationName: '朝霞台不動産',
    reminder: false,
    url: 'http://localhost:3000/inquiries/00000000-0000-4000-8000-000000000000',
  },
});
