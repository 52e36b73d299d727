import { z } from 'zod';
import { defineEmail, textFooter } from '@asaka/notifications';
import type { Locale } from '@asaka/domain';

// Sent instead of a second account when someone signs up with a registered address: the sign-up
// page answers the same either way, so it cannot be used to find out who has an account.
const copy: Record<Locale, { subject: string; body: string; action: string }> = {
  ja: {
    subject: '【朝霞市 産業振興ポータル】このメールアドレスは登録済みです',
    body: 'このメールアドレスで新規登録のお申し込みがありましたが、すでにアカウントがあります。パスワードをお忘れの場合は、次のリンクから再設定できます。お心当たりのない場合は、このメールを破棄してください。',
    action: 'パスワードを再設定する',
  },
  en: {
    subject: 'Asaka Business Support Portal: this address already has an account',
    body: 'Someone tried to sign up with this email address, which already has an account. If you forgot your password, you can reset it with the link below. If it was not you, ignore this mail.',
    action: 'Reset my password',
  },
};

export const accountExistsEmail = defineEmail({
  name: 'account-exists',
  schema: z.object({ url: z.url() }),
  subject: (_data, locale) => copy[locale].subject,
  Html: ({ data, locale }) => (
    <>
      <p>{copy[locale].body}</p>
      <p>
        <a href={data.url} style={{ color: '#0b5394', fontWeight: 'bold' }}>
          {copy[locale].action}
        </a>
      </p>
    </>
  ),
  text: (data, locale) => `${copy[locale].body}\n\n${copy[locale].action}: ${data.url}${textFooter(locale)}`,
  preview: { url: 'http://localhost:3000/forgot-password' },
});
