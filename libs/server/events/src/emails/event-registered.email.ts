import { defineEventEmail, EVENT_MAIL_PREVIEW, eventMailTime } from './event-email';

/** To the person, when registering gave them a seat: the confirmation with the check-in code. */
export const eventRegisteredEmail = defineEventEmail({
  name: 'event-registered',
  copy: {
    ja: {
      subject: (d) => `【朝霞市】「${d.eventTitle}」の参加申込を受け付けました（${eventMailTime(d, 'ja')}）`,
      lines: () => [
        'お申し込みありがとうございます。参加が確定しました。',
        '当日は受付で下の受付コードをお示しください。ご都合が悪くなった場合は、キャンセル待ちの方のために、お早めにポータルから取り消してください。',
      ],
      action: '申込内容の確認・取消',
    },
    en: {
      subject: (d) => `Asaka City: you are registered for “${d.eventTitle}” (${eventMailTime(d, 'en')})`,
      lines: () => [
        'Thank you for registering: your seat is confirmed.',
        'Please show the check-in code below at the reception. If you can no longer come, please cancel on the portal early, so that someone on the waiting list can take your seat.',
      ],
      action: 'View or cancel the registration',
    },
  },
  preview: EVENT_MAIL_PREVIEW,
});
