import { defineErrors } from '@asaka/platform';

export const StoreInquiryErrors = defineErrors({
  INQUIRY_EXISTS: {
    status: 409,
    ja: 'この物件へのお問い合わせはすでに送っています。続きはお問い合わせのメッセージからどうぞ。',
    en: 'You already have an open inquiry about this store. Continue in its messages.',
  },
  OWN_STORE_INQUIRY: {
    status: 409,
    ja: 'ご自身の事業者が登録した物件には問い合わせできません。',
    en: 'You cannot send an inquiry about a store your own organization listed.',
  },
  INQUIRY_CLOSED: {
    status: 409,
    ja: 'このお問い合わせは終了しているため、メッセージを送れません。',
    en: 'This inquiry has ended; no more messages can be sent.',
  },
  INVALID_TRANSITION: {
    status: 409,
    ja: 'このお問い合わせの現在の状態では、その操作はできません。',
    en: 'This inquiry cannot make that move in its current status.',
  },
});
