import type { z } from 'zod';
import type { Locale } from '@asaka/domain';
import { textFooter } from './email-layout';
import { defineEmail, EmailTemplate } from './email-template';

interface LinkEmailCopy<D> {
  subject: (data: D) => string;
  /** Paragraphs before the link (a greeting is simply the first). */
  lines: (data: D) => string[];
  /** The link's text. */
  action: string;
  /** A smaller line after the link: how long it works, what to do if unexpected. */
  note?: string;
}

/**
 * The most common mail: a few paragraphs and one link to act on (confirm, reset, join, set a
 * password). Its data must carry the link as `url`.
 */
export function defineLinkEmail<S extends z.ZodType<{ url: string }>>(template: {
  name: string;
  schema: S;
  copy: Record<Locale, LinkEmailCopy<z.infer<S>>>;
  preview: z.infer<S>;
}): EmailTemplate<S> {
  const { copy } = template;
  return defineEmail({
    name: template.name,
    schema: template.schema,
    preview: template.preview,
    subject: (data, locale) => copy[locale].subject(data),
    Html: ({ data, locale }) => (
      <>
        {copy[locale].lines(data).map((line, index) => (
          <p key={index}>{line}</p>
        ))}
        <p>
          <a href={data.url} style={{ color: '#0b5394', fontWeight: 'bold' }}>
            {copy[locale].action}
          </a>
        </p>
        {copy[locale].note && <p style={{ fontSize: 14, color: '#555555' }}>{copy[locale].note}</p>}
      </>
    ),
    text: (data, locale) =>
      [...copy[locale].lines(data), `${copy[locale].action}: ${data.url}`, ...(copy[locale].note ? [copy[locale].note] : [])].join('\n\n') + textFooter(locale),
  });
}
