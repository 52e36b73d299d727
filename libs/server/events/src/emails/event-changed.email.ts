import { defineEventEmail, EVENT_MAIL_PREVIEW, eventMailTime } from './event-email';

/** To everyone registered or waiting, when staff move the event's time or place. */
export const eventChangedEmail = defineEventEmail({
  name: 'event-changed',
  copy: {
    ja: {
      subject: (d) => `【朝霞市】「${d.eventTitle}」の日時・場所が変更になりました（${eventMailTime(d, 'ja')}）`,
      lines: () => ['お申し込みいただいているイベントの日時または場所が変更になりました。新しい内容をご確認ください。ご都合が合わない場合は、ポータルから取り消してください。'],
      action: '申込内容の確認・取消',
    },
    en: {
      subject: (d) => `Asaka City: “${d.eventTitle}” has moved (${eventMailTime(d, 'en')})`,
      lines: () => ['The time or place of an event you registered for has changed. Please check the details below; if they no longer suit you, cancel on the portal.'],
      action: 'View or cancel the registration',
    },
  },
  preview: {
    ...EVENT_MAIL_PREVIEW,
    previous: { startsAt: '2026-11-28T14:00:00+09:00', endsAt: '2026-11-28T16:00:00+09:00', place: EVENT_MAIL_PREVIEW.place },
  },
});
