import { z } from 'zod';
import { defineEmail, textFooter } from '@asaka/notifications';
import type { Locale } from '@asaka/domain';

const copy: Record<Locale, { subject: (org: string) => string; body: (inviter: string, org: string) => string; action: string; expiry: string }> = {
  ja: {
    subject: (org) => `【朝霞市 産業振興ポータル】「${org}」のメンバーに招待されました`,
    body: (inviter, org) => `${inviter} さんから、事業者「${org}」のメンバーとしてポータルに招待されました。次のリンクを開き、ログイン（アカウントがない場合は新規登録）して参加してください。`,
    action: '招待を受ける',
    expiry: 'このリンクの有効期限は7日間です。お心当たりのない場合は、このメールを破棄してください。',
  },
  en: {
    subject: (org) => `Asaka Business Support Portal: you are invited to join ${org}`,
    body: (inviter, org) => `${inviter} invited you to join ${org} on the portal. Open the link below and sign in (or sign up) to accept.`,
    action: 'Accept the invitation',
    expiry: 'The link is valid for 7 days. If you were not expecting it, ignore this mail.',
  },
};

export const organizationInvitationEmail = defineEmail({
  name: 'organization-invitation',
  schema: z.object({ inviterName: z.string(), organizationName: z.string(), url: z.url() }),
  subject: (data, locale) => copy[locale].subject(data.organizationName),
  Html: ({ data, locale }) => (
    <>
      <p>{copy[locale].body(data.inviterName, data.organizationName)}</p>
      <p>
        <a href={data.url} style={{ color: '#0b5394', fontWeight: 'bold' }}>
          {copy[locale].action}
        </a>
      </p>
      <p style={{ fontSize: 14, color: '#555555' }}>{copy[locale].expiry}</p>
    </>
  ),
  text: (data, locale) =>
    `${copy[locale].body(data.inviterName, data.organizationName)}\n\n${copy[locale].action}: ${data.url}\n\n${copy[locale].expiry}${textFooter(locale)}`,
  preview: { inviterName: '本町 商', organizationName: 'みつばち雑貨店', url: 'http://localhost:3000/invitations/accept?token=preview' },
});
