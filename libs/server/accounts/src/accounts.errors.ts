import { defineErrors } from '@asaka/platform';

export const AccountErrors = defineErrors({
  INVALID_CREDENTIALS: {
    status: 401,
    ja: 'メールアドレスまたはパスワードが正しくありません。',
    en: 'The email address or password is not correct.',
  },
  EMAIL_NOT_VERIFIED: {
    status: 403,
    ja: 'メールアドレスの確認が済んでいません。お送りしたメールのリンクを開いてください。',
    en: 'Your email address is not confirmed yet. Open the link in the mail we sent you.',
  },
  SECOND_FACTOR_REQUIRED: {
    status: 401,
    ja: '認証アプリに表示される6桁のコードを入力してください。',
    en: 'Enter the 6-digit code from your authenticator app.',
  },
  SECOND_FACTOR_INVALID: {
    status: 401,
    ja: '確認コードが正しくないか、すでに使われています。新しいコードを入力してください。',
    en: 'The code is not correct or was already used. Enter a new code.',
  },
  SECOND_FACTOR_ALREADY_ENABLED: {
    status: 409,
    ja: '二段階認証はすでに設定されています。',
    en: 'Two-step verification is already set up.',
  },
  PASSWORD_TOO_COMMON: {
    status: 400,
    ja: 'このパスワードはよく使われているため使えません。別のパスワードにしてください。',
    en: 'This password is too common. Please choose another one.',
  },
  INVALID_TOKEN: {
    status: 400,
    ja: 'このリンクは無効か、有効期限が切れています。',
    en: 'This link is not valid or has expired.',
  },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    ja: '試行回数が多すぎます。しばらく待ってからもう一度お試しください。',
    en: 'Too many attempts. Please wait a while and try again.',
  },
});
