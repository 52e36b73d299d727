import { z } from 'zod';
import { defineEmail } from './email-template';
import { textFooter } from './email-layout';

/**
 * A message from city staff or the platform in plain paragraphs with an optional link: the
 * general-purpose mail, e.g. a notice to registered businesses.
 */
export const noticeEmail = defineEmail({
  name: 'notice',
  schema: z.object({
    subject: z.string().min(1).max(200),
    heading: z.string().min(1).max(200),
    paragraphs: z.array(z.string().min(1).max(5000)).min(1).max(50),
    action: z.object({ label: z.string().min(1).max(100), url: z.url() }).optional(),
  }),
  subject: (data) => data.subject,
  Html: ({ data }) => (
    <>
      <h1 style={{ fontSize: 20, margin: '0 0 16px' }}>{data.heading}</h1>
      {data.paragraphs.map((paragraph, index) => (
        <p key={index} style={{ margin: '0 0 12px' }}>
          {paragraph}
        </p>
      ))}
      {data.action && (
        <p style={{ margin: '24px 0 0' }}>
          <a href={data.action.url} style={{ color: '#0b5394', fontWeight: 'bold' }}>
            {data.action.label}
          </a>
        </p>
      )}
    </>
  ),
  text: (data, locale) =>
    [data.heading, '', ...data.paragraphs.flatMap((p) => [p, '']), data.action ? `${data.action.label}: ${data.action.url}` : '']
      .join('\n')
      .trimEnd() + textFooter(locale),
  preview: {
    subject: '【朝霞市】年末年始の窓口休業のお知らせ',
    heading: '年末年始の窓口休業のお知らせ',
    paragraphs: ['12月29日から1月3日まで、産業振興課の窓口は休業いたします。', 'ポータルの各種お申し込みは期間中もご利用いただけます。'],
    action: { label: 'ポータルを開く', url: 'http://localhost:3000/' },
  },
});
