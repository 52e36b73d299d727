import { defineEventEmail, EVENT_MAIL_PREVIEW } from './event-email';

/** To the person, when the seats were taken: they are on the waiting list, at this position. */
export const eventWaitlistedEmail = defineEventEmail({
  name: 'event-waitlisted',
  copy: {
    ja: {
      subject: (d) => `【朝霞市】「${d.eventTitle}」のキャンセル待ち（${d.waitlistPosition ?? ''}番目）で受け付けました`,
      lines: () => [
        '定員に達していたため、キャンセル待ちでお受けしました。',
        '取消が出ると、お申し込み順に自動で繰り上がり、参加確定のメールをお送りします。繰り上がらなかった場合はご参加いただけません。',
      ],
      action: '申込内容の確認・取消',
    },
    en: {
      subject: (d) => `Asaka City: you are on the waiting list for “${d.eventTitle}” (number ${d.waitlistPosition ?? ''})`,
      lines: () => [
        'The event was full, so you are on its waiting list.',
        'When someone cancels, people move up automatically in the order they registered, and you will get a mail confirming your seat. Without that mail you cannot attend.',
      ],
      action: 'View or cancel the registration',
    },
  },
  preview: { ...EVENT_MAIL_PREVIEW, checkInCode: null, waitlistPosition: 3 },
});
