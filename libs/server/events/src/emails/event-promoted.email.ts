import { defineEventEmail, EVENT_MAIL_PREVIEW, eventMailTime } from './event-email';

/** To the first person waiting, when a seat came free (a cancellation, or more seats): they now hold one. */
export const eventPromotedEmail = defineEventEmail({
  name: 'event-promoted',
  copy: {
    ja: {
      subject: (d) => `【朝霞市】キャンセル待ちから繰り上がり、「${d.eventTitle}」への参加が確定しました（${eventMailTime(d, 'ja')}）`,
      lines: () => [
        '空きが出たため、キャンセル待ちから繰り上がり、参加が確定しました。',
        '当日は受付で下の受付コードをお示しください。ご都合が悪い場合は、次の方のためにお早めにポータルから取り消してください。',
      ],
      action: '申込内容の確認・取消',
    },
    en: {
      subject: (d) => `Asaka City: a seat came free, you are now registered for “${d.eventTitle}” (${eventMailTime(d, 'en')})`,
      lines: () => [
        'A seat came free and you moved up from the waiting list: your seat is confirmed.',
        'Please show the check-in code below at the reception. If you cannot come, please cancel on the portal early, so that the next person can take the seat.',
      ],
      action: 'View or cancel the registration',
    },
  },
  preview: EVENT_MAIL_PREVIEW,
});
