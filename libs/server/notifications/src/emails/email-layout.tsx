import type { ReactNode } from 'react';
import type { Locale } from '@asaka/domain';

const footer: Record<Locale, string> = {
  ja: 'このメールは朝霞市 産業振興ポータルから送信されています。お心当たりのない場合は破棄してください。',
  en: 'This email was sent by the Asaka City Business Support Portal. If it was not meant for you, please delete it.',
};

const portalName: Record<Locale, string> = { ja: '朝霞市 産業振興ポータル', en: 'Asaka City Business Support Portal' };

/** The frame every email shares: simple tables and inline styles, which every mail client renders. */
export function EmailLayout({ locale, title, children }: { locale: Locale; title: string; children: ReactNode }) {
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
      </head>
      <body style={{ margin: 0, padding: 0, backgroundColor: '#f4f6f8', fontFamily: 'sans-serif', color: '#1a1a1a' }}>
        <table role="presentation" width="100%" cellPadding={0} cellSpacing={0}>
          <tbody>
            <tr>
              <td style={{ padding: '24px 12px' }}>
                <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ maxWidth: 600, margin: '0 auto', backgroundColor: '#ffffff' }}>
                  <tbody>
                    <tr>
                      <td style={{ padding: '16px 24px', backgroundColor: '#0b5394', color: '#ffffff', fontWeight: 'bold' }}>{portalName[locale]}</td>
                    </tr>
                    <tr>
                      <td style={{ padding: 24, fontSize: 16, lineHeight: 1.7 }}>{children}</td>
                    </tr>
                    <tr>
                      <td style={{ padding: '16px 24px', fontSize: 12, color: '#555555', borderTop: '1px solid #e0e0e0' }}>{footer[locale]}</td>
                    </tr>
                  </tbody>
                </table>
              </td>
            </tr>
          </tbody>
        </table>
      </body>
    </html>
  );
}

export function textFooter(locale: Locale): string {
  return `\n\n--\n${portalName[locale]}\n${footer[locale]}\n`;
}
