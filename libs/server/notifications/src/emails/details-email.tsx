import type { z } from 'zod';
import type { Locale } from '@asaka/domain';
import type { MailAttachment } from '@asaka/platform';
import { textFooter } from './email-layout';
import { defineEmail, EmailTemplate } from './email-template';

/** One line of a mail's facts table: 日時, 場所, 受付コード … */
export interface DetailRow {
  label: string;
  value: string;
}

export interface DetailsEmailCopy<D> {
  subject: (data: D) => string;
  /** Paragraphs after the greeting. */
  lines: (data: D) => string[];
  /** The link's text; none when there is nothing left to act on (a cancellation). */
  action?: string | ((data: D) => string);
}

/**
 * A mail about one appointment or registration: 「〇〇 様」, a few paragraphs, the facts as a table
 * (a `label: value` list in the text part), and one link — the shape of every booking and event
 * mail. Attachments (a calendar entry) are computed from the same data.
 */
export function defineDetailsEmail<S extends z.ZodType<{ recipientName: string }>>(template: {
  name: string;
  schema: S;
  copy: Record<Locale, DetailsEmailCopy<z.infer<S>>>;
  details: (data: z.infer<S>, locale: Locale) => DetailRow[];
  url: (data: z.infer<S>) => string;
  attachments?: (data: z.infer<S>, locale: Locale) => MailAttachment[];
  preview: z.infer<S>;
}): EmailTemplate<S> {
  const { copy, details, url } = template;
  const greeting = (data: z.infer<S>, locale: Locale) => (locale === 'ja' ? `${data.recipientName} 様` : `Dear ${data.recipientName},`);
  const actionText = (data: z.infer<S>, locale: Locale) => {
    const action = copy[locale].action;
    return typeof action === 'function' ? action(data) : action;
  };
  return defineEmail({
    name: template.name,
    schema: template.schema,
    preview: template.preview,
    subject: (data, locale) => copy[locale].subject(data),
    Html: ({ data, locale }) => {
      const action = actionText(data, locale);
      return (
        <>
          <p>{greeting(data, locale)}</p>
          {copy[locale].lines(data).map((line, index) => (
            <p key={index}>{line}</p>
          ))}
          <table role="presentation" style={{ borderCollapse: 'collapse', margin: '16px 0' }}>
            <tbody>
              {details(data, locale).map((row) => (
                <tr key={row.label}>
                  <th scope="row" style={{ textAlign: 'left', padding: '4px 16px 4px 0', verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                    {row.label}
                  </th>
                  <td style={{ padding: '4px 0', whiteSpace: 'pre-wrap' }}>{row.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {action && (
            <p>
              <a href={url(data)} style={{ color: '#0b5394', fontWeight: 'bold' }}>
                {action}
              </a>
            </p>
          )}
        </>
      );
    },
    text: (data, locale) => {
      const action = actionText(data, locale);
      const facts = details(data, locale)
        .map((row) => `${row.label}: ${row.value}`)
        .join('\n');
      return [greeting(data, locale), ...copy[locale].lines(data), facts, ...(action ? [`${action}: ${url(data)}`] : [])].join('\n\n') + textFooter(locale);
    },
    ...(template.attachments ? { attachments: template.attachments } : {}),
  });
}
