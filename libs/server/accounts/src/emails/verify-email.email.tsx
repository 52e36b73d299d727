import { z } from 'zod';
import { defineEmail, textFooter } from '@asaka/notifications';
import type { Locale } from '@asaka/domain';

const copy: Record<Locale, { subject: string; greeting: (name: string) => string; body: string; action: string; expiry: string }> = {
  ja: {
    subject: '【朝霞市 産業振興ポータル】メールアドレスの確認',
    greeting: (name) => `${name} 様`,
    body: 'ご登録ありがとうございます。次のリンクを開いて、メールアドレスの確認を完了してください。',
    action: 'メールアドレスを確認する',
    expiry: 'このリンクの有効期限は48時間です。お心当たりのない場合は、このメールを破棄してください。',
  },
  en: {
    subject: 'Asaka Business Support Portal: confirm your email address',
    greeting: (name) => `Dear ${name},`,
    body: 'Thank you for signing up. Open the link below to confirm your email address.',
    action: 'Confirm my email address',
    expiry: 'The link is valid for 48 hours. If you did not sign up, please ignore this mail.',
  },
};

export const verifyEmailEmail = defineEmail({
  name: 'verify-email',
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
  preview: { displayName: '朝霞 太郎', url: 'http://localhost:3000/verify-email?token=preview' },
});
