import { EmailTemplates } from '@asaka/notifications';
import { eventEmails } from '../event-emails';
import { EVENT_MAIL_PREVIEW } from './event-email';
import { eventChangedEmail } from './event-changed.email';
import { eventRegisteredEmail } from './event-registered.email';
import { eventWaitlistedEmail } from './event-waitlisted.email';

describe('event mails', () => {
  const templates = new EmailTemplates();
  templates.register(...eventEmails);

  it.each(eventEmails.flatMap((template) => (['ja', 'en'] as const).map((locale) => [template.name, locale] as const)))(
    '%s in %s writes the time in Japan time with the zone and links to the event, in HTML and text',
    (name, locale) => {
      const template = eventEmails.find((t) => t.name === name);
      const mail = templates.render(name, template?.preview, locale);
      const when = locale === 'ja' ? '2026年12月5日(土) 14:00〜16:00 (日本時間 JST)' : 'Sat 5 December 2026, 14:00–16:00 (Japan time, JST)';
      expect(mail.text).toContain(when);
      expect(mail.html).toContain(when);
      expect(mail.html).toContain(`href="${EVENT_MAIL_PREVIEW.url}"`);
      expect(mail.text).toContain(EVENT_MAIL_PREVIEW.url);
    },
  );

  it('gives a seat holder the check-in code in two halves, and a waiting person their position instead', () => {
    const registered = templates.render(eventRegisteredEmail.name, eventRegisteredEmail.preview, 'ja');
    expect(registered.text).toContain('受付コード: K7MQ-3XNA');
    expect(registered.text).toMatch(/^膝折 創 様/);
    const waiting = templates.render(eventWaitlistedEmail.name, eventWaitlistedEmail.preview, 'ja');
    expect(waiting.subject).toContain('キャンセル待ち（3番目）');
    expect(waiting.text).toContain('キャンセル待ち: 3番目');
    expect(waiting.text).not.toContain('受付コード');
  });

  it('hides an online event’s link from people still waiting', () => {
    const online = { ...eventWaitlistedEmail.preview, place: { kind: 'online' as const, url: null } };
    const mail = templates.render(eventWaitlistedEmail.name, online, 'ja');
    expect(mail.text).toContain('オンライン（参加が確定した方にURLをお知らせします）');
    expect(mail.text).not.toContain('https://');
  });

  it('tells what moved when the event changed', () => {
    const mail = templates.render(eventChangedEmail.name, eventChangedEmail.preview, 'ja');
    expect(mail.text).toContain('変更前の日時: 2026年11月28日(土) 14:00〜16:00 (日本時間 JST)');
  });
});
