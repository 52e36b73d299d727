import { z } from 'zod';
import { defineLinkEmail } from '@asaka/notifications';

export const passwordResetEmail = defineLinkEmail({
  name: 'password-reset',
  schema: z.object({ displayName: z.string(), url: z.url() }),
  copy: {
    ja: {
      subject: () => '【朝霞市 産業振興ポータル】パスワードの再設定',
      lines: (d) => [`${d.displayName} 様`, 'パスワード再設定のご依頼を受け付けました。次のリンクから新しいパスワードを設定してください。'],
      action: 'パスワードを再設定する',
      note: 'このリンクの有効期限は1時間で、1回だけ使えます。お心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。',
    },
    en: {
      subject: () => 'Asaka Business Support Portal: reset your password',
      lines: (d) => [`Dear ${d.displayName},`, 'We received a request to reset your password. Use the link below to choose a new one.'],
      action: 'Reset my password',
      note: 'The link is valid for one hour and can be used once. If you did not ask for this, ignore this mail: your password stays as it is.',
    },
  },
  preview: { displayName: '朝霞 太郎', url: 'http://localhost:3000/reset-password?token=preview' },
});
