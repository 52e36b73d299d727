import { z } from 'zod';
import { defineLinkEmail } from '@asaka/notifications';

export const verifyEmailEmail = defineLinkEmail({
  name: 'verify-email',
  schema: z.object({ displayName: z.string(), url: z.url() }),
  copy: {
    ja: {
      subject: () => '【朝霞市 産業振興ポータル】メールアドレスの確認',
      lines: (d) => [`${d.displayName} 様`, 'ご登録ありがとうございます。次のリンクを開いて、メールアドレスの確認を完了してください。'],
      action: 'メールアドレスを確認する',
      note: 'このリンクの有効期限は48時間です。お心当たりのない場合は、このメールを破棄してください。',
    },
    en: {
      subject: () => 'Asaka Business Support Portal: confirm your email address',
      lines: (d) => [`Dear ${d.displayName},`, 'Thank you for signing up. Open the link below to confirm your email address.'],
      action: 'Confirm my email address',
      note: 'The link is valid for 48 hours. If you did not sign up, please ignore this mail.',
    },
  },
  preview: { displayName: '朝霞 太郎', url: 'http://localhost:3000/verify-email?token=preview' },
});
