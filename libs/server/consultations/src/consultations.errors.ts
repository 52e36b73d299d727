import { defineErrors } from '@asaka/platform';

export const ConsultationErrors = defineErrors({
  SLOT_ALREADY_BOOKED: {
    status: 409,
    ja: 'この時間はすでに予約が入りました。別の時間を選んでください。',
    en: 'This time has just been booked. Please choose another time.',
  },
  BOOKER_ALREADY_BOOKED: {
    status: 409,
    ja: 'この時間には、すでにご自身の別の相談予約があります。',
    en: 'You already have another consultation at this time.',
  },
  SLOT_NOT_OFFERED: {
    status: 422,
    ja: 'この相談員はその時間に相談を受け付けていません。空き枠から選んでください。',
    en: 'The adviser does not take consultations at that time. Choose one of the free slots.',
  },
  BOOKING_NOTICE_TOO_SHORT: {
    status: 422,
    ja: 'この時間は予約の受付期限を過ぎています。もっと先の時間を選んでください。',
    en: 'It is too late to book this time. Please choose a later one.',
  },
  OPEN_BOOKINGS_LIMIT: {
    status: 409,
    ja: '同時に持てる相談予約の上限に達しています。今の予約が終わるか取り消してから、新しく予約してください。',
    en: 'You already hold as many upcoming consultations as one person may. Book again after one of them has taken place or been cancelled.',
  },
  TOPIC_NOT_OFFERED: {
    status: 422,
    ja: 'この相談員はその相談内容を扱っていません。',
    en: 'This adviser does not take consultations on that topic.',
  },
  PLACE_NOT_OFFERED: {
    status: 422,
    ja: 'この相談員はその場所（方法）で相談を受け付けていません。',
    en: 'This adviser does not hold consultations at that place.',
  },
  CANCELLATION_CUTOFF_PASSED: {
    status: 409,
    ja: 'ご自身で取消・変更できる期限を過ぎました。相談員または産業振興課へご連絡ください。',
    en: 'The time to cancel or change this booking yourself has passed. Please contact the adviser or the city.',
  },
  BOOKING_NOT_CHANGEABLE: {
    status: 409,
    ja: 'この予約は取り消し済みか、すでに始まっているため変更できません。',
    en: 'This booking was cancelled or has already started, so it cannot be changed.',
  },
  BOOKING_LINK_INVALID: {
    status: 400,
    ja: 'このリンクは正しくありません。メールのリンクをそのまま開いてください。',
    en: 'This link is not valid. Please open the link exactly as it is in the mail.',
  },
  BOOKING_LINK_EXPIRED: {
    status: 410,
    ja: 'このリンクの有効期限（相談の開始時刻）を過ぎました。',
    en: 'This link expired when the consultation began.',
  },
  ADVISER_PROFILE_EXISTS: {
    status: 409,
    ja: 'この方の相談員プロフィールはすでにあります。',
    en: 'This person already has an adviser profile.',
  },
  NOT_AN_ADVISER: {
    status: 422,
    ja: '相談員の役割を持つアカウントを指定してください。',
    en: 'The account must hold the adviser role.',
  },
  MEETING_URL_REQUIRED: {
    status: 422,
    ja: 'オンライン相談にはミーティングURLが必要です。',
    en: 'Online consultations need a meeting link.',
  },
});
