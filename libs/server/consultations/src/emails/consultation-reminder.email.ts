import { BOOKING_MAIL_PREVIEW, bookingMailTime, defineBookingEmail } from './booking-email';

/**
 * The day before, to the booker. Enqueued with the booking (sendAt), moved when it is rescheduled,
 * cancelled with it: the delivery log shows whether it went out.
 */
export const consultationReminderEmail = defineBookingEmail({
  name: 'consultation-reminder',
  calendar: null,
  copy: {
    ja: {
      subject: (d) => `【朝霞市】明日は創業相談の日です（${bookingMailTime(d, 'ja')}）`,
      lines: () => ['明日の創業相談のご案内です。ご都合が悪くなった場合は、下のリンクからご連絡ください。'],
      action: () => '予約の確認・取消・変更',
    },
    en: {
      subject: (d) => `Asaka City: your consultation is tomorrow (${bookingMailTime(d, 'en')})`,
      lines: () => ['A reminder of your startup consultation tomorrow. If you can no longer come, please use the link below.'],
      action: () => 'View, cancel or change the booking',
    },
  },
  preview: BOOKING_MAIL_PREVIEW,
});
