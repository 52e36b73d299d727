import { defineEventEmail, EVENT_MAIL_PREVIEW, eventMailTime } from './event-email';

/**
 * The day before, to people holding a seat. Enqueued when they get it, moved when the event's
 * time changes, cancelled with the registration or the event: the delivery log shows whether it went out.
 */
export const eventReminderEmail = defineEventEmail({
  name: 'event-reminder',
  copy: {
    ja: {
      subject: (d) => `【朝霞市】明日は「${d.eventTitle}」の開催日です（${eventMailTime(d, 'ja')}）`,
      lines: () => ['明日のイベントのご案内です。受付で下の受付コードをお示しください。ご都合が悪くなった場合は、ポータルから取り消してください。'],
      action: '申込内容の確認・取消',
    },
    en: {
      subject: (d) => `Asaka City: “${d.eventTitle}” is tomorrow (${eventMailTime(d, 'en')})`,
      lines: () => ['A reminder of tomorrow’s event. Please show the check-in code below at the reception. If you can no longer come, please cancel on the portal.'],
      action: 'View or cancel the registration',
    },
  },
  preview: EVENT_MAIL_PREVIEW,
});
