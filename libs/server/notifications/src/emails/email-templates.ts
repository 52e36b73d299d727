import { Injectable } from '@nestjs/common';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { z } from 'zod';
import type { Locale } from '@asaka/domain';
import { defineErrors } from '@asaka/platform';
import type { MailAttachment } from '@asaka/platform';
import { EmailLayout } from './email-layout';
import type { EmailTemplate } from './email-template';
import { noticeEmail } from './notice.email';

export const NotificationErrors = defineErrors({
  UNKNOWN_EMAIL_TEMPLATE: { status: 500, ja: 'メールのテンプレートが見つかりません。', en: 'Unknown email template.' },
  INVALID_EMAIL_DATA: { status: 500, ja: 'メールの内容が不正です。', en: 'The email data is not valid for its template.' },
});

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  attachments: MailAttachment[];
}

/**
 * Every email template, by name. Contexts register their own at start-up; the worker renders
 * from the same registry, so API and worker agree on what a template is.
 */
@Injectable()
export class EmailTemplates {
  private readonly templates = new Map<string, EmailTemplate>();

  constructor() {
    this.register(noticeEmail);
  }

  /** Registering the same template again is harmless (API and worker modules both do); a clash is not. */
  register(...templates: EmailTemplate<z.ZodType>[]): void {
    for (const template of templates) {
      const known = this.templates.get(template.name);
      if (known && known !== template) throw new Error(`Two email templates are named "${template.name}"`);
      this.templates.set(template.name, template);
    }
  }

  names(): string[] {
    return [...this.templates.keys()].sort();
  }

  /** Checks data against the template's schema; returns it parsed (defaults applied). */
  validate(name: string, data: unknown): Record<string, unknown> {
    const template = this.get(name);
    const parsed = template.schema.safeParse(data);
    if (!parsed.success) throw NotificationErrors.INVALID_EMAIL_DATA(z.treeifyError(parsed.error));
    return parsed.data as Record<string, unknown>;
  }

  render(name: string, data: unknown, locale: Locale): RenderedEmail {
    const template = this.get(name);
    const valid = this.validate(name, data);
    const subject = template.subject(valid, locale);
    const body = createElement(template.Html, { data: valid, locale });
    const html = `<!DOCTYPE html>${renderToStaticMarkup(createElement(EmailLayout, { locale, title: subject, children: body }))}`;
    return { subject, html, text: template.text(valid, locale), attachments: template.attachments?.(valid, locale) ?? [] };
  }

  private get(name: string): EmailTemplate {
    const template = this.templates.get(name);
    if (!template) throw NotificationErrors.UNKNOWN_EMAIL_TEMPLATE({ template: name });
    return template;
  }
}
