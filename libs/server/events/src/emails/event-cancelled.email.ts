import { defineEventEmail, EVENT_MAIL_PREVIEW, eventMailTime } from './event-email';

/** To everyone registered or waiting, when staff call the event off. */
export const eventCancelledEmail = defineEventEmail({
  name: 'event-cancelled',
  copy: {
    ja: {
      subject: (d) => `【朝霞市】「${d.eventTitle}」（${eventMailTime(d, 'ja')}）は中止になりました`,
      lines: () => ['お申し込みいただいていた次のイベントは、中止となりました。ご迷惑をおかけし申し訳ありません。お申し込みは取り消されています。'],
      action: 'イベントのページを開く',
    },
    en: {
      subject: (d) => `Asaka City: “${d.eventTitle}” (${eventMailTime(d, 'en')}) is cancelled`,
      lines: () => ['We are sorry: the event below, which you registered for, has been cancelled. Your registration is withdrawn.'],
      action: 'Open the event page',
    },
  },
  preview: { ...EVENT_MAIL_PREVIEW, checkInCode: null, reason: '講師の急病のため' },
});
