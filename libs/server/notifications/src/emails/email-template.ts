import type { ReactElement } from 'react';
import type { z } from 'zod';
import type { Locale } from '@asaka/domain';
import type { MailAttachment } from '@asaka/platform';

/**
 * An email: its data schema (checked when it is enqueued, so a bad call fails in the caller's
 * transaction, not later in the worker), its subject, an HTML body as a React component and a
 * plain-text body, each in ja and en, and preview data for the template gallery and tests.
 */
export interface EmailTemplate<S extends z.ZodType = z.ZodType> {
  name: string;
  schema: S;
  subject(data: z.infer<S>, locale: Locale): string;
  Html(props: { data: z.infer<S>; locale: Locale }): ReactElement;
  text(data: z.infer<S>, locale: Locale): string;
  /** Files computed from the same data (a calendar invitation), made when the worker renders the mail. */
  attachments?(data: z.infer<S>, locale: Locale): MailAttachment[];
  preview: z.infer<S>;
}

export function defineEmail<S extends z.ZodType>(template: EmailTemplate<S>): EmailTemplate<S> {
  return template;
}
