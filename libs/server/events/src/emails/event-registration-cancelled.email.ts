import { defineEventEmail, EVENT_MAIL_PREVIEW } from './event-email';

/** To the person, when their registration (or place on the waiting list) was cancelled by them or by staff. */
export const eventRegistrationCancelledEmail = defineEventEmail({
  name: 'event-registration-cancelled',
  copy: {
    ja: {
      subject: (d) => `【朝霞市】「${d.eventTitle}」の申込を取り消しました`,
      lines: () => ['次のイベントへのお申し込みを取り消しました。またのご参加をお待ちしています。'],
      action: 'イベントのページを開く',
    },
    en: {
      subject: (d) => `Asaka City: your registration for “${d.eventTitle}” is cancelled`,
      lines: () => ['Your registration for the event below is cancelled. We hope to see you at another one.'],
      action: 'Open the event page',
    },
  },
  preview: { ...EVENT_MAIL_PREVIEW, checkInCode: null },
});
