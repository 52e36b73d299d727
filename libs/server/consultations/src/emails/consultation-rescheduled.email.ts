import { BOOKING_MAIL_PREVIEW, bookingMailPreviousTime, bookingMailTime, defineBookingEmail } from './booking-email';

/** The new time to both sides; the attachment updates the same calendar entry (same UID, next SEQUENCE). */
export const consultationRescheduledEmail = defineBookingEmail({
  name: 'consultation-rescheduled',
  calendar: 'REQUEST',
  copy: {
    ja: {
      subject: (d) => `【朝霞市】創業相談の日時が変更されました（${bookingMailTime(d, 'ja')}）`,
      lines: (d) => [`創業相談の日時が、${bookingMailPreviousTime(d, 'ja')} から次のとおり変更されました。添付のファイルでカレンダーの予定も更新できます。`],
      action: () => '予約を確認する',
    },
    en: {
      subject: (d) => `Asaka City: your consultation has moved (${bookingMailTime(d, 'en')})`,
      lines: (d) => [`The consultation booked for ${bookingMailPreviousTime(d, 'en')} has moved to the time below. The attached file updates your calendar entry.`],
      action: () => 'View the booking',
    },
  },
  preview: { ...BOOKING_MAIL_PREVIEW, previous: { startsAt: '2026-11-30T14:00:00+09:00', endsAt: '2026-11-30T15:00:00+09:00' }, calendar: { ...BOOKING_MAIL_PREVIEW.calendar, sequence: 1 } },
});
