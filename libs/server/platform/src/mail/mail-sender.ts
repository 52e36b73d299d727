import { hostname } from 'node:os';
import nodemailer, { Transporter } from 'nodemailer';

/** A file sent with a mail, e.g. a calendar invitation (`text/calendar; method=REQUEST`). */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  headers?: Record<string, string>;
  attachments?: readonly MailAttachment[];
}

export interface SentMail {
  messageId: string;
  response: string;
}

/** A refusal the server will repeat (5xx): retrying cannot help. */
export class PermanentMailError extends Error {
  override name = 'PermanentMailError';
}

/** The sender is an interface so the worker can use SMTP and a benchmark or preview a log sender. */
export abstract class MailSender {
  abstract send(mail: OutgoingMail): Promise<SentMail>;
  abstract close(): Promise<void>;
}

function describe(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { responseCode?: number; response?: string; code?: string; message?: string };
    return [e.code, e.responseCode, e.response ?? e.message].filter((x) => x !== undefined).join(' ');
  }
  return String(error);
}

/** Pooled, pipelined SMTP: a few long-lived connections carry every message. */
export class SmtpMailSender extends MailSender {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    poolSize: number,
  ) {
    super();
    const url = new URL(smtpUrl);
    this.transport = nodemailer.createTransport({
      pool: true,
      maxConnections: poolSize,
      maxMessages: Infinity,
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 587)),
      secure: url.protocol === 'smtps:',
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      name: hostname(),
    });
  }

  async send(mail: OutgoingMail): Promise<SentMail> {
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: mail.messageId,
        headers: mail.headers,
        attachments: mail.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      });
      return { messageId: info.messageId, response: String(info.response ?? '') };
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      if (typeof code === 'number' && code >= 500 && code < 600) throw new PermanentMailError(describe(error));
      throw new Error(describe(error));
    }
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
