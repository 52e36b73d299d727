import { EmailTemplates } from '@asaka/notifications';
import { savedSearchAlertEmail } from './saved-search-alert.email';
import { savedSearchDigestEmail } from './saved-search-digest.email';

describe('saved-search mails', () => {
  const templates = new EmailTemplates();
  templates.register(savedSearchAlertEmail, savedSearchDigestEmail);

  it.each(['ja', 'en'] as const)('the alert in %s links to the store and to the saved-search settings, in HTML and text', (locale) => {
    const { preview } = savedSearchAlertEmail;
    const mail = templates.render('saved-search-alert', preview, locale);
    for (const url of [preview.store.url, preview.manageUrl]) {
      expect(mail.html).toContain(`href="${url}"`);
      expect(mail.text).toContain(url);
    }
    expect(mail.subject).toContain(preview.store.title);
    expect(mail.text).toContain('朝霞台 飲食 20万円まで');
    expect(mail.text).toContain('192,000');
  });

  it('writes the store’s facts the way people read them in Japanese (㎡ with 坪, monthly total)', () => {
    const mail = templates.render('saved-search-alert', savedSearchAlertEmail.preview, 'ja');
    expect(mail.text).toContain('東弁財一丁目・朝霞台駅 徒歩2分・33.06㎡（10坪）・月額192,000円（賃料＋共益費）・飲食／物販');
    expect(mail.text).toMatch(/^朝霞 花子 様/);
  });

  it.each(['ja', 'en'] as const)('the digest in %s lists every store with the searches it matched', (locale) => {
    const { preview } = savedSearchDigestEmail;
    const mail = templates.render('saved-search-digest', preview, locale);
    for (const store of preview.stores) {
      expect(mail.html).toContain(`href="${store.url}"`);
      expect(mail.text).toContain(store.url);
      expect(mail.text).toContain(store.title);
    }
    expect(mail.html).toContain(`href="${preview.manageUrl}"`);
    expect(mail.subject).toContain(locale === 'ja' ? '2件（6月2日）' : '2 new vacant stores');
  });

  it('counts the stores left out of a long digest and links to the search instead', () => {
    const { preview } = savedSearchDigestEmail;
    const mail = templates.render('saved-search-digest', { ...preview, moreCount: 7 }, 'ja');
    expect(mail.subject).toContain('9件');
    expect(mail.text).toContain(`ほかに7件あります。空き店舗バンクでご覧ください。 ${preview.searchUrl}`);
  });

  it('escapes what owners and seekers wrote', () => {
    const { preview } = savedSearchAlertEmail;
    const mail = templates.render('saved-search-alert', { ...preview, searchNames: ['<b>x</b>'], store: { ...preview.store, title: '<script>alert(1)</script>' } }, 'ja');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>x</b>');
  });
});
