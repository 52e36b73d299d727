import { EmailTemplates } from '@asaka/notifications';
import { consultationEmails } from './consultation-emails';
import { BOOKING_MAIL_PREVIEW } from './emails/booking-email';

const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

describe('consultation mails', () => {
  const templates = new EmailTemplates();
  templates.register(...consultationEmails);

  it.each(consultationEmails.flatMap((email) => (['ja', 'en'] as const).map((locale) => [email.name, locale, email] as const)))(
    '%s renders in %s with the time in Japan time, saying so',
    (_name, locale, email) => {
      const rendered = templates.render(email.name, email.preview, locale);
      const zone = locale === 'ja' ? '(日本時間 JST)' : '(Japan time, JST)';
      expect(rendered.subject).toContain(zone);
      expect(rendered.text).toContain(zone);
      expect(rendered.html).toContain(`<html lang="${locale}">`);
    },
  );

  it('attaches the calendar entry to the confirmation and the move (REQUEST) and to the cancellation (CANCEL), not to the reminder', () => {
    const methods = Object.fromEntries(
      consultationEmails.map((email) => {
        const [attachment] = templates.render(email.name, email.preview, 'ja').attachments;
        return [email.name, attachment ? /^METHOD:(\w+)$/m.exec(attachment.content.replace(/\r/g, ''))?.[1] : null];
      }),
    );
    expect(methods).toEqual({ 'consultation-booked': 'REQUEST', 'consultation-rescheduled': 'REQUEST', 'consultation-cancelled': 'CANCEL', 'consultation-reminder': null });
  });

  it('writes the entry in UTC with the booking’s UID and sequence, the recipient as attendee', () => {
    const [attachment] = templates.render('consultation-booked', { ...BOOKING_MAIL_PREVIEW, calendar: { ...BOOKING_MAIL_PREVIEW.calendar, sequence: 3 } }, 'ja').attachments;
    expect(attachment?.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    const ics = unfold(String(attachment?.content));
    expect(ics).toContain('DTSTART:20261201T010000Z');
    expect(ics).toContain('DTEND:20261201T020000Z');
    expect(ics).toContain(`UID:${BOOKING_MAIL_PREVIEW.calendar.uid}`);
    expect(ics).toContain('SEQUENCE:3');
    expect(ics).toMatch(/ATTENDEE;[^\n]*:mailto:entrepreneur@demo\.asaka\.localhost/);
    expect(ics).toContain('STATUS:CONFIRMED');
  });

  it('gives the booker the signed link and the deadline to change, and the adviser the intake answers', () => {
    const booker = templates.render('consultation-booked', BOOKING_MAIL_PREVIEW, 'ja').text;
    expect(booker).toContain('2026年11月30日(月) 10:00 (日本時間 JST) まで');
    expect(booker).toContain(BOOKING_MAIL_PREVIEW.manageUrl);
    const adviser = templates.render(
      'consultation-booked',
      { ...BOOKING_MAIL_PREVIEW, recipient: 'adviser', recipientName: '浜崎 導', cancellableUntil: null, intake: { stage: 'preparing', businessIdea: '弁当店', questions: '融資について' } },
      'ja',
    ).text;
    expect(adviser).toContain('段階: 創業準備中');
    expect(adviser).toContain('事業の概要: 弁当店');
    expect(adviser).not.toContain('まで、下のリンク');
  });
});
