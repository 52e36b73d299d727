import { z } from 'zod';
import { defineEmail, textFooter } from '@asaka/notifications';
import type { Locale } from '@asaka/domain';

const copy: Record<Locale, { subject: string; greeting: (name: string) => string; body: string; action: string; expiry: string }> = {
  ja: {
    subject: '【朝霞市 産業振興ポータル】パスワードの再設定',
    greeting: (name) => `${name} 様`,
    body: 'パスワード再設定のご依頼を受け付けました。次のリンクから新しいパスワードを設定してください。',
    action: 'パスワードを再設定する',
    expiry: 'このリンクの有効期限は1時間で、1回だけ使えます。お心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。',
  },
  en: {
    subject: 'Asaka Business Support Portal: reset your password',
    greeting: (name) => `Dear ${name},`,
    body: 'We received a request to reset your password. Use the link below to choose a new one.',
    action: 'Reset my password',
    expiry: 'The link is valid for one hour and can be used once. If you did not ask for this, ignore this mail: your password stays as it is.',
  },
};

export const passwordResetEmail = defineEmail({
  name: 'password-reset',
  schema: z.object({ displayName: z.string(), url: z.url() }),
  subject: (_data, locale) => copy[locale].subject,
  Html: ({ data, locale }) => (
    <>
      <p>{copy[locale].greeting(data.displayName)}</p>
      <p>{copy[locale].body}</p>
      <p>
        <a href={data.url} style={{ color: '#0b5394', fontWeight: 'bold' }}>
          {copy[locale].action}
        </a>
      </p>
      <p style={{ fontSize: 14, color: '#555555' }}>{copy[locale].expiry}</p>
    </>
  ),
  text: (data, locale) =>
    `${copy[locale].greeting(data.displayName)}\n\n${copy[locale].body}\n\n${copy[locale].action}: ${data.url}\n\n${copy[locale].expiry}${textFooter(locale)}`,
  preview: { displayName: '朝霞 太郎', url: 'http://localhost:3000/reset-password?token=preview' },
});
