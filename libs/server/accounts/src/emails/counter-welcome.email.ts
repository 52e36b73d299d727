import { z } from 'zod';
import { defineLinkEmail } from '@asaka/notifications';

export const counterWelcomeEmail = defineLinkEmail({
  name: 'counter-welcome',
  schema: z.object({ displayName: z.string(), url: z.url() }),
  copy: {
    ja: {
      subject: () => '【朝霞市 産業振興ポータル】アカウントを作成しました：パスワードを設定してください',
      lines: (d) => [
        `${d.displayName} 様`,
        '窓口でのお申し出に基づき、朝霞市 産業振興ポータルのアカウントを作成しました。次のリンクからご自身でパスワードを設定すると、ログインできるようになります。',
      ],
      action: 'パスワードを設定する',
      note: 'このリンクの有効期限は7日間です。期限が切れた場合は、ログイン画面の「パスワードをお忘れの方」から設定できます。',
    },
    en: {
      subject: () => 'Asaka Business Support Portal: your account is ready — choose a password',
      lines: (d) => [
        `Dear ${d.displayName},`,
        'As you asked at the city office, we opened an account for you on the Asaka Business Support Portal. Choose your own password with the link below to sign in.',
      ],
      action: 'Choose my password',
      note: 'The link is valid for 7 days. After that, use "Forgot your password?" on the sign-in page.',
    },
  },
  preview: { displayName: '朝霞 太郎', url: 'http://localhost:3000/reset-password?token=preview' },
});
