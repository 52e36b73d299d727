import type { Locator, Page } from '@playwright/test';
import type { CaughtMail } from '../support/mail-reader';
import { PortalLayout } from './portal-layout';

/**
 * Inquiries about vacant stores: the form on a store's page, the thread (/inquiries/:id), the
 * person's list (/inquiries), the owner's list of a store's inquiries (on the listing's page), and
 * the staff's let confirmation (/staff/vacant-stores/matches).
 */

/** The path of the thread a mail links to ("/inquiries/<id>"); the origin is dropped, as linkIn does. */
export function threadPathIn(mail: CaughtMail): string {
  const pattern = /https?:\/\/[^\s"'<>]+?(\/inquiries\/[0-9a-f-]{36})/;
  const found = mail.text.match(pattern)?.[1] ?? mail.html.match(pattern)?.[1];
  if (!found) throw new Error(`no thread link in the mail "${mail.subject}":\n${mail.text}`);
  return found;
}

/** 「この物件について問い合わせる」 on a store's page, for a signed-in person. */
export class StoreInquiryForm {
  readonly section: Locator;
  readonly plannedBusiness: Locator;
  readonly message: Locator;
  readonly sendButton: Locator;
  readonly continueLink: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('main').getByRole('region', { name: /^(この物件について問い合わせる|Ask about this store)$/ });
    this.plannedBusiness = this.section.getByRole('textbox', { name: /^(開業予定の業種|Planned business)$/ });
    this.message = this.section.getByRole('textbox', { name: /^(お問い合わせの内容|Your inquiry)$/ });
    this.sendButton = this.section.getByRole('button', { name: /^(問い合わせる|Send the inquiry)$/ });
    this.continueLink = this.section.getByRole('link', { name: /^(お問い合わせの続きを見る|Continue the conversation)$/ });
  }

  async send(inquiry: { plannedBusiness: string; message: string }): Promise<void> {
    await this.plannedBusiness.fill(inquiry.plannedBusiness);
    await this.message.fill(inquiry.message);
    await this.sendButton.click();
  }
}

/** A thread: what it is about, the outcome panel, the messages and the reply box. */
export class InquiryThreadPage extends PortalLayout {
  readonly heading: Locator;
  readonly notice: Locator;
  readonly notFound: Locator;
  readonly messages: Locator;
  readonly replyBox: Locator;
  readonly sendButton: Locator;
  readonly sentStatus: Locator;
  readonly outcomePanel: Locator;
  readonly markLetLink: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.notice = this.main.locator('.notice--done');
    this.notFound = this.main.getByText(/^(このお問い合わせは見つかりませんでした。|This inquiry was not found\.)/);
    this.messages = this.main.locator('ol.thread > li');
    this.replyBox = this.main.getByRole('textbox', { name: /^(メッセージ|Message)$/ });
    this.sendButton = this.main.getByRole('button', { name: /^(送信する|Send)$/ });
    this.sentStatus = this.main.getByRole('status').filter({ hasText: /^(メッセージを送りました。|Your message was sent\.)$/ });
    this.outcomePanel = this.main.getByRole('region', { name: /^(やり取りの結果|How it ended)$/ });
    this.markLetLink = this.outcomePanel.getByRole('link', { name: /^(この方に決まった場合は|If the store is let to this person)/ });
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(path);
    await this.heading.waitFor();
  }

  message(text: string): Locator {
    return this.messages.filter({ hasText: text });
  }

  outcomeAction(name: string): Locator {
    return this.outcomePanel.getByRole('button', { name, exact: true });
  }

  /** Presses an outcome button, then the same button in the dialog that asks first. */
  async takeOutcomeAction(name: string): Promise<void> {
    await this.outcomeAction(name).click();
    await this.page.getByRole('alertdialog').getByRole('button', { name, exact: true }).click();
  }

  async reply(text: string): Promise<void> {
    await this.replyBox.fill(text);
    await this.sendButton.click();
  }
}

/** 「お問い合わせ」: the person's inquiries, sent and received. */
export class MyInquiriesPage extends PortalLayout {
  readonly heading: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
  }

  async goto(): Promise<void> {
    await this.page.goto('/inquiries');
    await this.main.locator('.result-count').or(this.main.getByText(/^(お問い合わせはまだありません。|No inquiries yet\.)$/)).waitFor();
  }

  inquiry(storeTitle: string): Locator {
    return this.main.getByRole('article', { name: storeTitle, exact: true });
  }
}

/** 「この物件へのお問い合わせ」 on the owner's page of a listing, where the let is reported. */
export class StoreInquiriesSection {
  readonly section: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('main').getByRole('region', { name: /^(この物件へのお問い合わせ|Inquiries about this store)$/ });
    this.status = this.section.getByRole('status');
  }

  row(seekerName: string): Locator {
    return this.section.locator('tbody > tr').filter({ has: this.page.getByRole('rowheader', { name: seekerName, exact: true }) });
  }

  markLetButton(seekerName: string): Locator {
    return this.section.getByRole('button', { name: new RegExp(`^(${escapeRegExp(seekerName)}さんに決まった|Let to ${escapeRegExp(seekerName)})$`) });
  }

  /** 「この方に決まった」 beside the seeker, then again in the dialog that asks first. */
  async markLetTo(seekerName: string): Promise<void> {
    await this.markLetButton(seekerName).click();
    await this.page.getByRole('alertdialog').getByRole('button', { name: /^(この方に決まった|Let to this person)$/ }).click();
  }
}

/** The staff's let confirmation and the fiscal year's 空き店舗の活用件数. */
export class StaffMatchesPage extends PortalLayout {
  readonly heading: Locator;
  readonly fiscalYear: Locator;
  readonly count: Locator;
  readonly table: Locator;
  readonly done: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.fiscalYear = this.main.getByRole('combobox', { name: /^(年度|Fiscal year)$/ });
    this.count = this.main.getByRole('region', { name: /^(空き店舗の活用件数|Vacant stores put to use)$/ }).locator('.kpi__figure');
    this.table = this.main.getByRole('table', { name: /^(成約の報告があった物件|Stores reported let)$/ });
    this.done = this.main.locator('.form-status__done');
  }

  async goto(): Promise<void> {
    await this.page.goto('/staff/vacant-stores/matches');
    await this.count.filter({ hasText: /\d/ }).waitFor();
    await this.main.locator('.result-count').waitFor();
  }

  /** The count shown for the selected fiscal year: 「2025年度：3件」 → 3. */
  async confirmedCount(): Promise<number> {
    const text = (await this.count.filter({ hasText: /\d+年度：\d+件|FY\d+: \d+/ }).textContent()) ?? '';
    const match = /(?:：|: )(\d+)/.exec(text);
    if (!match) throw new Error(`no count in "${text}"`);
    return Number(match[1]);
  }

  row(storeTitle: string): Locator {
    return this.table.locator('tbody > tr').filter({ has: this.page.getByRole('rowheader', { name: storeTitle, exact: true }) });
  }

  confirmButton(storeTitle: string): Locator {
    return this.table.getByRole('button', { name: new RegExp(`^(「${escapeRegExp(storeTitle)}」の成約を確認する|Confirm the let of “${escapeRegExp(storeTitle)}”)$`) });
  }

  async confirmMatch(storeTitle: string): Promise<void> {
    await this.confirmButton(storeTitle).click();
    await this.page.getByRole('alertdialog').getByRole('button', { name: /^(成約を確認する|Confirm the let)$/ }).click();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
