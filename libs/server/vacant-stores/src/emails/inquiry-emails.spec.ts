import { EmailTemplates } from '@asaka/notifications';
import { excerpt } from './inquiry-mail-lines';
import { storeInquiryMessageEmail } from './store-inquiry-message.email';
import { storeInquiryQuietEmail } from './store-inquiry-quiet.email';
import { storeInquiryReceivedEmail } from './store-inquiry-received.email';
import { storeLetConfirmationEmail } from './store-let-confirmation.email';
import { vacantStoreRenewalEmail } from './vacant-store-renewal.email';

const inquiryEmails = [storeInquiryReceivedEmail, storeInquiryMessageEmail, storeInquiryQuietEmail, storeLetConfirmationEmail, vacantStoreRenewalEmail];

describe('inquiry, outcome and renewal mails', () => {
  const templates = new EmailTemplates();
  templates.register(...inquiryEmails);

  it.each(inquiryEmails.flatMap((email) => (['ja', 'en'] as const).map((locale) => [email.name, locale, email] as const)))(
    '%s renders in %s with its link in HTML and text, and no email address',
    (_name, locale, email) => {
      const rendered = templates.render(email.name, email.preview, locale);
      const url = (email.preview as { url: string }).url;
      expect(rendered.html).toContain(`<html lang="${locale}">`);
      expect(rendered.html).toContain(`href="${url}"`);
      expect(rendered.text).toContain(url);
      expect(`${rendered.subject}${rendered.text}`).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    },
  );

  it('tells the owner who asked, about what, and that replying to the mail reaches no one', () => {
    const { subject, text } = templates.render('store-inquiry-received', storeInquiryReceivedEmail.preview, 'ja');
    expect(subject).toBe('【朝霞市 空き店舗バンク】「朝霞台駅前 カフェ向き路面店」にお問い合わせがありました');
    expect(text).toContain('朝霞 花子 さんからお問い合わせが届きました');
    expect(text).toContain('このメールに返信しても相手には届きません');
  });

  it('asks each side what it can do about a quiet thread', () => {
    const owner = templates.render('store-inquiry-quiet', { ...storeInquiryQuietEmail.preview, side: 'owner' }, 'ja').text;
    const seeker = templates.render('store-inquiry-quiet', { ...storeInquiryQuietEmail.preview, side: 'seeker' }, 'ja').text;
    expect(owner).toContain('30日間ありません');
    expect(owner).toContain('「この方に決まった」');
    expect(seeker).toContain('物件オーナーからの報告を確認してください');
  });

  it('writes the lapse date the Japanese way and marks a reminder as such', () => {
    expect(templates.render('vacant-store-renewal', vacantStoreRenewalEmail.preview, 'ja').text).toContain('2029年6月1日 に切れ');
    expect(templates.render('store-let-confirmation', { ...storeLetConfirmationEmail.preview, reminder: true }, 'ja').subject).toContain('（再送）');
  });

  it('quotes at most 200 characters of a message, counting characters rather than UTF-16 units', () => {
    expect(excerpt('短い')).toBe('短い');
    const long = '𠮷'.repeat(250);
    expect([...excerpt(long)]).toHaveLength(201);
    expect(excerpt(long).endsWith('…')).toBe(true);
  });
});
