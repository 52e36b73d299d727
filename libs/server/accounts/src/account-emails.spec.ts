import { EmailTemplates } from '@asaka/notifications';
import { accountEmails } from './account-emails';

describe('account mails', () => {
  const templates = new EmailTemplates();
  templates.register(...accountEmails);

  it.each(accountEmails.flatMap((email) => (['ja', 'en'] as const).map((locale) => [email.name, locale, email] as const)))(
    '%s renders in %s with its link in both HTML and text',
    (_name, locale, email) => {
      const rendered = templates.render(email.name, email.preview, locale);
      const url = (email.preview as { url: string }).url;
      expect(rendered.subject.length).toBeGreaterThan(5);
      expect(rendered.html).toContain(`href="${url.replace(/&/g, '&amp;')}"`);
      expect(rendered.html).toContain(`<html lang="${locale}">`);
      expect(rendered.text).toContain(url);
    },
  );

  it('speaks to the person by name', () => {
    expect(templates.render('verify-email', { displayName: '朝霞 花子', url: 'http://x.test/verify-email?token=t' }, 'ja').text).toMatch(/^朝霞 花子 様/);
    expect(templates.render('verify-email', { displayName: 'Hanako', url: 'http://x.test/verify-email?token=t' }, 'en').text).toMatch(/^Dear Hanako,/);
  });
});
