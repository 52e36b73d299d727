import { z } from 'zod';
import { defineEmail, textFooter } from '@asaka/notifications';
import type { Locale } from '@asaka/domain';

const copy: Record<Locale, { subject: string; greeting: (name: string) => string; body: string; action: string; expiry: string }> = {
  ja: {
    subject: '【朝霞市 産業振興ポータル】アカウントを作成しました：パスワードを設定してください',
    greeting: (name) => `${name} 様`,
    body: '窓口でのお申し出に基づき、朝霞市 産業振興ポータルのアカウントを作成しました。次のリンクからご自身でパスワードを設定すると、ログインできるようになります。',
    action: 'パスワードを設定する',
    expiry: 'このリンクの有効期限は7日間です。期限が切れた場合は、ログイン画面の「パスワードをお忘れの方」から設定できます。',
  },
  en: {
    subject: 'Asaka Business Support Portal: your account is ready — choose a password',
    greeting: (name) => `Dear ${name},`,
    body: 'As you asked at the city office, we opened an account for you on the Asaka Business Support Portal. Choose your own password with the link below to sign in.',
    action: 'Choose my password',
    expiry: 'The link is valid for 7 days. After that, use "Forgot your password?" on the sign-in page.',
  },
};

export const counterWelcomeEmail = defineEmail({
  name: 'counter-welcome',
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
