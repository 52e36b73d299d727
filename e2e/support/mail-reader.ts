/**
 * Reads the mails the platform sent, from the MailDev catcher that scripts/e2e.mjs starts
 * (E2E_MAIL_URL is its web base URL; GET /api/email lists what it caught).
 */
export interface CaughtMail {
  id: string;
  subject: string;
  text: string;
  html: string;
  to: { address: string; name?: string }[];
  /** Files attached to the mail (e.g. a calendar invitation), as MailDev lists them. */
  attachments?: CaughtAttachment[];
}

export interface CaughtAttachment {
  filename?: string;
  /** The name MailDev stores it under: the one to fetch it by. */
  generatedFileName: string;
  contentType: string;
}

export interface MailQuery {
  to: string;
  subject?: RegExp;
}

function mailBaseUrl(): string {
  const url = process.env['E2E_MAIL_URL'];
  if (!url) throw new Error('E2E_MAIL_URL is not set: run the e2e suite with `node scripts/e2e.mjs`, which starts the mail catcher.');
  return url.replace(/\/$/, '');
}

export class MailReader {
  constructor(private readonly baseUrl: string = mailBaseUrl()) {}

  async all(): Promise<CaughtMail[]> {
    const response = await fetch(`${this.baseUrl}/api/email`);
    if (!response.ok) throw new Error(`the mail catcher answered ${response.status}`);
    return (await response.json()) as CaughtMail[];
  }

  /**
   * The newest mail to `to` (whose subject matches, if given), polling until it arrives: the API
   * only queues mail, and the worker sends it a moment later.
   */
  async waitFor(query: MailQuery, { timeoutMs = 15_000, intervalMs = 250 } = {}): Promise<CaughtMail> {
    const deadline = Date.now() + timeoutMs;
    const address = query.to.toLowerCase();
    for (;;) {
      const match = (await this.all())
        .filter((mail) => mail.to.some((recipient) => recipient.address.toLowerCase() === address))
        .filter((mail) => !query.subject || query.subject.test(mail.subject))
        .at(-1);
      if (match) return match;
      if (Date.now() > deadline) {
        throw new Error(`no mail to ${query.to}${query.subject ? ` with a subject matching ${query.subject}` : ''} within ${timeoutMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }

  /** An attachment's content as text, e.g. an .ics invitation. */
  async attachmentText(mail: CaughtMail, attachment: CaughtAttachment): Promise<string> {
    const response = await fetch(`${this.baseUrl}/api/email/${encodeURIComponent(mail.id)}/attachment/${encodeURIComponent(attachment.generatedFileName)}`);
    if (!response.ok) throw new Error(`the mail catcher answered ${response.status} for ${attachment.generatedFileName}`);
    return response.text();
  }

  /** Empties the catcher. Tests run in parallel, so prefer unique addresses to clearing. */
  async clear(): Promise<void> {
    const response = await fetch(`${this.baseUrl}/api/email/all`, { method: 'DELETE' });
    if (!response.ok) throw new Error(`the mail catcher answered ${response.status}`);
  }
}

/**
 * The path and query of the link in `mail` to `path` (e.g. "/verify-email"). The origin is dropped:
 * the mail is addressed with the server's configured base URL, which need not be the host the
 * browser uses (localhost vs 127.0.0.1), and cookies are per host.
 */
export function linkIn(mail: CaughtMail, path: string): string {
  const pattern = new RegExp(`https?://[^\\s"'<>]+${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\?token=[^\\s"'<>]+`);
  const found = mail.text.match(pattern)?.[0] ?? mail.html.match(pattern)?.[0];
  if (!found) throw new Error(`no ${path} link in the mail "${mail.subject}":\n${mail.text}`);
  const url = new URL(found.replaceAll('&amp;', '&'));
  return `${url.pathname}${url.search}`;
}
