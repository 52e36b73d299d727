import type { Locator, Page } from '@playwright/test';
import { PortalLayout } from './portal-layout';

/** What every staff page has: its heading and the staff navigation between the pages. */
class StaffPage extends PortalLayout {
  readonly heading: Locator;
  readonly staffNavigation: Locator;
  readonly resultCount: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.staffNavigation = this.main.getByRole('navigation', { name: /^(職員メニュー|Staff menu)$/ });
    this.resultCount = this.main.locator('.result-count');
  }

  /** The data rows of a table (its header row left out). */
  rows(table: Locator): Locator {
    return table.locator('tbody > tr');
  }
}

export class StaffUsersPage extends StaffPage {
  readonly search: Locator;
  readonly searchButton: Locator;
  readonly table: Locator;

  constructor(page: Page) {
    super(page);
    this.search = this.main.getByRole('searchbox', { name: /^(お名前またはメールアドレス|Name or email address)$/ });
    this.searchButton = this.main.getByRole('button', { name: /^(検索|Search)$/ });
    this.table = this.main.getByRole('table', { name: /^(利用者の一覧|Users)$/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/staff/users');
    await this.resultCount.waitFor();
  }

  async find(words: string): Promise<void> {
    await this.search.fill(words);
    await this.searchButton.click();
  }
}

export class AuditLogPage extends StaffPage {
  readonly onlyMineLink: Locator;
  readonly table: Locator;

  constructor(page: Page) {
    super(page);
    this.onlyMineLink = this.main.getByRole('link', { name: /^(自分の操作だけを表示する|Show only what I did)$/ });
    this.table = this.main.getByRole('table', { name: /^(操作記録|Audit log)$/ });
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/staff/audit-log${search}`);
    await this.resultCount.waitFor();
  }
}

export class DeliveriesPage extends StaffPage {
  readonly recipient: Locator;
  readonly applyButton: Locator;
  readonly table: Locator;

  constructor(page: Page) {
    super(page);
    this.recipient = this.main.getByRole('searchbox', { name: /^(宛先|To)$/ });
    this.applyButton = this.main.getByRole('button', { name: /^(絞り込む|Apply filters)$/ });
    this.table = this.main.getByRole('table', { name: /^(メール送信記録|Mail delivery log)$/ });
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/staff/deliveries${search}`);
    await this.resultCount.waitFor();
  }

  async filterByRecipient(address: string): Promise<void> {
    await this.recipient.fill(address);
    await this.applyButton.click();
  }

  /** The row of the mail of this kind, e.g. row('メールアドレスの確認'). */
  row(kind: string | RegExp): Locator {
    return this.rows(this.table).filter({ has: this.page.getByRole('cell', { name: kind, exact: true }) });
  }
}

export class CounterRegistrationPage extends StaffPage {
  readonly email: Locator;
  readonly displayName: Locator;
  readonly consentMethod: Locator;
  readonly note: Locator;
  readonly submitButton: Locator;
  readonly done: Locator;

  constructor(page: Page) {
    super(page);
    this.email = this.main.getByRole('textbox', { name: /^(メールアドレス|Email address)$/ });
    this.displayName = this.main.getByRole('textbox', { name: /^(お名前|Name)$/ });
    this.consentMethod = this.main.getByRole('radiogroup', { name: /^(同意の確認方法|How the person agreed)$/ });
    this.note = this.main.getByRole('textbox', { name: /^(備考（任意）|Note \(optional\))$/ });
    this.submitButton = this.main.getByRole('button', { name: /^(登録してメールを送る|Register and send the mail)$/ });
    this.done = this.main.getByRole('heading', { level: 2, name: /^(登録しました|Registered)$/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/staff/counter-registration');
    await this.submitButton.waitFor();
  }

  /** Chooses a radio or checkbox as a person does, by its label (the input is visually hidden). */
  async choose(option: Locator): Promise<void> {
    await option.locator('xpath=ancestor::label[1]').click();
  }
}
