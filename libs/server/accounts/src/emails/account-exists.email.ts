import { z } from 'zod';
import { defineLinkEmail } from '@asaka/notifications';

// Sent instead of a second account when someone signs up with a registered address: the sign-up
// page answers the same either way, so it cannot be used to find out who has an account.
export const accountExistsEmail = defineLinkEmail({
  name: 'account-exists',
  schema: z.object({ url: z.url() }),
  copy: {
    ja: {
      subject: () => '【朝霞市 産業振興ポータル】このメールアドレスは登録済みです',
      lines: () => [
        'このメールアドレスで新規登録のお申し込みがありましたが、すでにアカウントがあります。パスワードをお忘れの場合は、次のリンクから再設定できます。お心当たりのない場合は、このメールを破棄してください。',
      ],
      action: 'パスワードを再設定する',
    },
    en: {
      subject: () => 'Asaka Business Support Portal: this address already has an account',
      lines: () => [
        'Someone tried to sign up with this email address, which already has an account. If you forgot your password, you can reset it with the link below. If it was not you, ignore this mail.',
      ],
      action: 'Reset my password',
    },
  },
  preview: { url: 'http://localhost:3000/forgot-password' },
});
