import { z } from 'zod';
import { defineLinkEmail } from '@asaka/notifications';

export const organizationInvitationEmail = defineLinkEmail({
  name: 'organization-invitation',
  schema: z.object({ inviterName: z.string(), organizationName: z.string(), url: z.url() }),
  copy: {
    ja: {
      subject: (d) => `【朝霞市 産業振興ポータル】「${d.organizationName}」のメンバーに招待されました`,
      lines: (d) => [
        `${d.inviterName} さんから、事業者「${d.organizationName}」のメンバーとしてポータルに招待されました。次のリンクを開き、ログイン（アカウントがない場合は新規登録）して参加してください。`,
      ],
      action: '招待を受ける',
      note: 'このリンクの有効期限は7日間です。お心当たりのない場合は、このメールを破棄してください。',
    },
    en: {
      subject: (d) => `Asaka Business Support Portal: you are invited to join ${d.organizationName}`,
      lines: (d) => [`${d.inviterName} invited you to join ${d.organizationName} on the portal. Open the link below and sign in (or sign up) to accept.`],
      action: 'Accept the invitation',
      note: 'The link is valid for 7 days. If you were not expecting it, ignore this mail.',
    },
  },
  preview: { inviterName: '本町 商', organizationName: 'みつばち雑貨店', url: 'http://localhost:3000/invitations/accept?token=preview' },
});
