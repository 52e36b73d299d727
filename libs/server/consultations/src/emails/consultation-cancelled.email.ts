import { BOOKING_MAIL_PREVIEW, bookingMailTime, defineBookingEmail } from './booking-email';

const BY_JA = { booker: '相談者', adviser: '相談員', staff: '産業振興課' } as const;
const BY_EN = { booker: 'the person who booked it', adviser: 'the adviser', staff: 'the city' } as const;

/** The cancellation to both sides; the attachment removes the calendar entry (METHOD:CANCEL). */
export const consultationCancelledEmail = defineBookingEmail({
  name: 'consultation-cancelled',
  calendar: 'CANCEL',
  copy: {
    ja: {
      subject: (d) => `【朝霞市】創業相談の予約が取り消されました（${bookingMailTime(d, 'ja')}）`,
      lines: (d) => [
        `次の創業相談の予約は${d.cancelledBy ? `${BY_JA[d.cancelledBy]}により` : ''}取り消されました。添付のファイルでカレンダーの予定も削除できます。`,
        ...(d.recipient === 'booker' ? ['あらためてご相談を希望される場合は、ポータルから空いている時間をお選びください。'] : []),
      ],
    },
    en: {
      subject: (d) => `Asaka City: consultation cancelled (${bookingMailTime(d, 'en')})`,
      lines: (d) => [
        `The consultation below was cancelled${d.cancelledBy ? ` by ${BY_EN[d.cancelledBy]}` : ''}. The attached file removes it from your calendar.`,
        ...(d.recipient === 'booker' ? ['To book another consultation, choose a free time on the portal.'] : []),
      ],
    },
  },
  preview: { ...BOOKING_MAIL_PREVIEW, cancelledBy: 'booker', reason: '体調不良のため', calendar: { ...BOOKING_MAIL_PREVIEW.calendar, sequence: 1 } },
});
