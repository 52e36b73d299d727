import { EmailTemplates } from '@asaka/notifications';
import { foundingReportDecidedEmail, foundingReportEmails } from './founding-report-decided.email';

describe('the founding report decision mail', () => {
  const templates = new EmailTemplates();
  templates.register(...foundingReportEmails);

  it.each(['ja', 'en'] as const)('tells the person in %s why a report was turned down, with the link to correct it', (locale) => {
    const rendered = templates.render(foundingReportDecidedEmail.name, foundingReportDecidedEmail.preview, locale);
    expect(rendered.subject).toContain(locale === 'ja' ? '確認できませんでした' : 'not accepted');
    expect(rendered.text).toContain(foundingReportDecidedEmail.preview.reason as string);
    expect(rendered.text).toContain(foundingReportDecidedEmail.preview.url);
    expect(rendered.html).toContain(`<html lang="${locale}">`);
  });

  it('congratulates on a confirmed founding with its date, and names no reason', () => {
    const data = { ...foundingReportDecidedEmail.preview, decision: 'confirmed' as const, reason: null };
    expect(templates.render(foundingReportDecidedEmail.name, data, 'ja').text).toContain('開業日 2026年6月1日');
    const en = templates.render(foundingReportDecidedEmail.name, data, 'en');
    expect(en.subject).toContain('confirmed');
    expect(en.text).toContain('founded on 1 June 2026');
    expect(en.text).not.toContain('Reason:');
  });
});
