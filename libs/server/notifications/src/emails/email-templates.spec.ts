import { AppError } from '@asaka/platform';
import { defineEmail } from './email-template';
import { EmailTemplates } from './email-templates';
import { noticeEmail } from './notice.email';

describe('EmailTemplates', () => {
  const templates = new EmailTemplates();

  it('renders the notice in HTML and text, with the portal frame in the chosen language', () => {
    const ja = templates.render('notice', noticeEmail.preview, 'ja');
    expect(ja.subject).toBe('【朝霞市】年末年始の窓口休業のお知らせ');
    expect(ja.html).toMatch(/^<!DOCTYPE html><html lang="ja">/);
    expect(ja.html).toContain('産業振興課の窓口は休業いたします');
    expect(ja.text).toContain('ポータルを開く: http://localhost:3000/');
    expect(ja.text).toContain('朝霞市 産業振興ポータル');

    const en = templates.render('notice', noticeEmail.preview, 'en');
    expect(en.html).toContain('<html lang="en">');
    expect(en.text).toContain('Asaka City Business Support Portal');
  });

  it('escapes data so a value cannot inject markup', () => {
    const html = templates.render('notice', { ...noticeEmail.preview, paragraphs: ['<script>alert(1)</script>'] }, 'ja').html;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses unknown templates and data that does not fit', () => {
    expect(() => templates.validate('no-such-template', {})).toThrow(AppError);
    expect(() => templates.validate('notice', { heading: 'x' })).toThrow(/not valid/);
  });

  it('renders the files a template attaches from its data, and none for a template without', () => {
    const invitation = defineEmail({
      ...noticeEmail,
      name: 'notice-with-invitation',
      attachments: (data, locale) => [{ filename: 'invite.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: `SUMMARY:${data.heading} (${locale})` }],
    });
    const local = new EmailTemplates();
    local.register(invitation);
    expect(local.render('notice-with-invitation', noticeEmail.preview, 'en').attachments).toEqual([
      { filename: 'invite.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: 'SUMMARY:年末年始の窓口休業のお知らせ (en)' },
    ]);
    expect(local.render('notice', noticeEmail.preview, 'ja').attachments).toEqual([]);
  });

  it('accepts the same template twice but refuses two templates with one name', () => {
    expect(() => templates.register(noticeEmail)).not.toThrow();
    expect(() => templates.register({ ...noticeEmail })).toThrow(/Two email templates/);
  });
});
