import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { waitFor } from './wait-for';

/** A message the catcher accepted, as the recipient's mail client would show it. */
export interface CaughtMail {
  /** Envelope recipients (RCPT TO). */
  to: string[];
  /** Addresses in the To: header. */
  toHeader: string[];
  from: string;
  subject: string;
  messageId: string;
  /** The X-Asaka-Notification header: the outbox row the mail was sent for. */
  notificationId: string | undefined;
  /** Every header, lower-cased name → unfolded raw value (the last one when repeated). */
  headers: Record<string, string>;
  text: string;
  html: string;
  /** Attached files (e.g. a calendar invitation), their content decoded as UTF-8 text. */
  attachments: { filename: string; contentType: string; content: string }[];
  receivedAt: number;
}

/** A message the catcher refused on purpose (see failNext / failAlways). */
export interface RefusedMail {
  notificationId: string | undefined;
  messageId: string | undefined;
  code: number;
  receivedAt: number;
}

const DEFAULT_REPLIES: Record<number, string> = {
  421: 'Service not available, closing transmission channel (mail catcher)',
  450: 'Mailbox unavailable, try again later (mail catcher)',
  451: 'Requested action aborted: local error in processing, try again later (mail catcher)',
  452: 'Insufficient system storage, try again later (mail catcher)',
  550: 'Requested action not taken: mailbox unavailable (mail catcher)',
  552: 'Requested mail action aborted: exceeded storage allocation (mail catcher)',
  554: 'Transaction failed (mail catcher)',
};

/** Raw header block → lower-cased name → unfolded value; enough to route a message before parsing it. */
export function rawHeaders(raw: Buffer): Record<string, string> {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const block = end === -1 ? text : text.slice(0, end);
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.flatMap((group) => group.value.map((address) => address.address ?? '')).filter(Boolean);
}

/**
 * An SMTP server in the test process that records every message it accepts, for asserting what
 * users would receive. It speaks plain SMTP without authentication or TLS, keeps pooled
 * connections open and accepts pipelined commands like a real relay, and can be told to refuse
 * messages with a chosen reply code to exercise retries and permanent failures.
 */
export class MailCatcher {
  readonly messages: CaughtMail[] = [];
  readonly refused: RefusedMail[] = [];
  /** How many SMTP connections were opened: a pooled sender keeps this at its pool size. */
  connectionsOpened = 0;

  private failCount = 0;
  private failCode = 451;
  private failForever: number | undefined;
  private failMessage: string | undefined;

  private readonly server: SMTPServer;
  private listeningPort = 0;

  private constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      hideSTARTTLS: true,
      disableReverseLookup: true,
      logger: false,
      banner: 'asaka test mail catcher',
      closeTimeout: 1000,
      socketTimeout: 60_000,
      onConnect: (_session, callback) => {
        this.connectionsOpened += 1;
        callback();
      },
      onData: (stream, session, callback) => this.onData(stream, session, callback),
    });
    this.server.on('error', () => undefined);
  }

  /** Starts a catcher on a free port of 127.0.0.1. */
  static async start(): Promise<MailCatcher> {
    const catcher = new MailCatcher();
    const { server } = catcher;
    catcher.listeningPort = await new Promise<number>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
    });
    return catcher;
  }

  get port(): number {
    return this.listeningPort;
  }

  /** The SMTP_URL that points a sender at this catcher. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Refuses the next `count` messages with `code` (e.g. 451: temporary, 550: permanent), then accepts again. */
  failNext(count: number, code: number, message?: string): void {
    this.failCount = count;
    this.failCode = code;
    this.failMessage = message;
  }

  /** Refuses every message with `code` until acceptAll() is called. */
  failAlways(code: number, message?: string): void {
    this.failForever = code;
    this.failMessage = message;
  }

  /** Back to accepting everything. */
  acceptAll(): void {
    this.failCount = 0;
    this.failForever = undefined;
    this.failMessage = undefined;
  }

  /** Forgets every recorded message and refusal and accepts everything again. */
  clear(): void {
    this.messages.length = 0;
    this.refused.length = 0;
    this.acceptAll();
  }

  /** Waits until at least `count` messages have been accepted; returns them. */
  async waitForCount(count: number, timeoutMs = 10_000): Promise<CaughtMail[]> {
    await waitFor(() => this.messages.length >= count, {
      timeoutMs,
      intervalMs: 20,
      description: `${count} mails in the catcher`,
      explain: () => ({ accepted: this.messages.length, distinct: this.distinctNotificationIds().size, refused: this.refused.length }),
    });
    return this.messages;
  }

  /** The accepted messages sent for one outbox row. */
  mailsFor(notificationId: string): CaughtMail[] {
    return this.messages.filter((mail) => mail.notificationId === notificationId);
  }

  distinctNotificationIds(): Set<string> {
    return new Set(this.messages.map((mail) => mail.notificationId ?? `message-id:${mail.messageId}`));
  }

  /** Notification id → how many times it was received, for those received more than once. */
  duplicates(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mail of this.messages) {
      const key = mail.notificationId ?? `message-id:${mail.messageId}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return new Map([...counts].filter(([, n]) => n > 1));
  }

  /** Extra copies received beyond the first of each notification. */
  duplicateCount(): number {
    return [...this.duplicates().values()].reduce((sum, n) => sum + n - 1, 0);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private refusal(): number | undefined {
    if (this.failForever !== undefined) return this.failForever;
    if (this.failCount > 0) {
      this.failCount -= 1;
      return this.failCode;
    }
    return undefined;
  }

  private onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void): void {
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      callback(error ?? null);
    };
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('error', (error: Error) => finish(error));
    // A sender that dies mid-message never ends the stream: nothing is recorded for it.
    stream.once('end', () => {
      const raw = Buffer.concat(chunks);
      const headers = rawHeaders(raw);
      const code = this.refusal();
      const receivedAt = Date.now();
      if (code !== undefined) {
        this.refused.push({ notificationId: headers['x-asaka-notification'], messageId: headers['message-id'], code, receivedAt });
        const reply = this.failMessage ?? DEFAULT_REPLIES[code] ?? 'Refused by the mail catcher';
        finish(Object.assign(new Error(reply), { responseCode: code }));
        return;
      }
      simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, skipHtmlToText: true }).then(
        (parsed) => {
          this.messages.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            toHeader: addresses(parsed.to),
            from: addresses(parsed.from)[0] ?? '',
            subject: parsed.subject ?? '',
            messageId: parsed.messageId ?? headers['message-id'] ?? '',
            notificationId: headers['x-asaka-notification'],
            headers,
            text: parsed.text ?? '',
            html: parsed.html || '',
            attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, content: a.content.toString('utf8') })),
            receivedAt,
          });
          finish();
        },
        (error: Error) => finish(Object.assign(new Error(`unparseable message: ${error.message}`), { responseCode: 554 })),
      );
    });
  }
}
