import { formatJapanDateTime } from '@asaka/domain';
import { BOOKING_MAIL_PREVIEW, bookingMailTime, defineBookingEmail } from './booking-email';

const until = (iso: string, locale: 'ja' | 'en') => formatJapanDateTime(new Date(iso), locale);

/** Confirmation to both sides, with the calendar invitation. */
export const consultationBookedEmail = defineBookingEmail({
  name: 'consultation-booked',
  calendar: 'REQUEST',
  copy: {
    ja: {
      subject: (d) =>
        d.recipient === 'booker' ? `【朝霞市】創業相談のご予約を承りました（${bookingMailTime(d, 'ja')}）` : `【朝霞市】創業相談の予約が入りました（${d.bookerName} 様・${bookingMailTime(d, 'ja')}）`,
      lines: (d) =>
        d.recipient === 'booker'
          ? [
              '創業相談のご予約を承りました。当日は次の内容でお待ちしています。添付のファイルでカレンダーに登録できます。',
              ...(d.cancellableUntil ? [`取消・日時の変更は ${until(d.cancellableUntil, 'ja')} まで、下のリンクからできます（ログイン不要）。`] : []),
            ]
          : ['次の創業相談の予約が入りました。相談者の事前アンケートを添えてお知らせします。'],
      action: (d) => (d.recipient === 'booker' ? '予約の確認・取消・変更' : '予約を確認する'),
    },
    en: {
      subject: (d) =>
        d.recipient === 'booker'
          ? `Asaka City: your startup consultation is booked (${bookingMailTime(d, 'en')})`
          : `Asaka City: new consultation booking from ${d.bookerName} (${bookingMailTime(d, 'en')})`,
      lines: (d) =>
        d.recipient === 'booker'
          ? [
              'Your startup consultation is booked. The attached file adds it to your calendar.',
              ...(d.cancellableUntil ? [`You can cancel or change it until ${until(d.cancellableUntil, 'en')} with the link below (no sign-in needed).`] : []),
            ]
          : ['A consultation has been booked with you. The person’s answers to the intake questions are below.'],
      action: (d) => (d.recipient === 'booker' ? 'View, cancel or change the booking' : 'View the booking'),
    },
  },
  preview: BOOKING_MAIL_PREVIEW,
});
