import type { Locator, Page } from '@playwright/test';
import { PortalLayout } from './portal-layout';

export type MailTopic = 'saved-search-alerts' | 'daily-digest' | 'portal-news';

const topicNames: Record<MailTopic, RegExp> = {
  'saved-search-alerts': /^(保存した検索条件のお知らせ|Saved search alerts)/,
  'daily-digest': /^(毎日のまとめ|Daily digest)/,
  'portal-news': /^(ポータルからのお知らせ|News from the portal)/,
};

export class AccountPage extends PortalLayout {
  readonly heading: Locator;
  readonly contents: Locator;
  readonly profile: Locator;
  readonly details: Locator;
  readonly pageSignOutButton: Locator;
  readonly signInRequired: Locator;
  readonly signInPromptLink: Locator;
  readonly organizations: Locator;
  readonly registerOrganizationLink: Locator;
  readonly mail: Locator;
  readonly saveMailButton: Locator;
  readonly mailStatus: Locator;
  readonly secondFactor: Locator;
  readonly myData: Locator;
  readonly downloadButton: Locator;
  readonly deleteButton: Locator;
  readonly deleteDialog: Locator;
  readonly understood: Locator;
  readonly confirmDeleteButton: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.contents = this.main.getByRole('navigation', { name: /^(このページの項目|On this page)$/ });
    this.profile = this.main.getByRole('region', { name: /^(登録内容|Your details)$/ });
    this.details = this.profile.locator('dl');
    // Besides the header's, the page has its own sign-out button.
    this.pageSignOutButton = this.main.getByRole('button', { name: /^(ログアウト|Sign out)$/ });
    this.signInRequired = this.main.getByText(/^(このページを利用するには、ログインしてください。|Please sign in to use this page\.)$/);
    this.signInPromptLink = this.main.getByRole('link', { name: /^(ログイン|Sign in)$/ });
    this.organizations = this.main.getByRole('region', { name: /^(所属している事業者|Your organizations)$/ });
    this.registerOrganizationLink = this.organizations.getByRole('link', { name: /^(事業者を登録する|Register an organization)$/ });
    this.mail = this.main.getByRole('region', { name: /^(メールの受信設定|Mail settings)$/ });
    this.saveMailButton = this.mail.getByRole('button', { name: /^(受信設定を保存する|Save mail settings)$/ });
    this.mailStatus = this.mail.getByRole('status');
    this.secondFactor = this.main.getByRole('region', { name: /^(二段階認証|Two-step verification)$/ });
    this.myData = this.main.getByRole('region', { name: /^(データのダウンロードと退会|Your data and deleting your account)$/ });
    this.downloadButton = this.myData.getByRole('button', { name: /^(データをダウンロードする|Download my data)$/ });
    this.deleteButton = this.myData.getByRole('button', { name: /^(アカウントを削除する|Delete my account)$/ });
    this.deleteDialog = page.getByRole('alertdialog', { name: /^(アカウントを削除しますか|Delete your account\?)$/ });
    this.understood = this.deleteDialog.getByRole('checkbox');
    this.confirmDeleteButton = this.deleteDialog.getByRole('button', { name: /^(アカウントを削除する|Delete my account)$/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/account');
    await this.details.or(this.signInRequired).waitFor();
  }

  /** The value shown for a term, e.g. detail('お名前'). */
  detail(term: string | RegExp): Locator {
    return this.details.locator('div').filter({ has: this.page.locator('dt').getByText(term, { exact: true }) }).locator('dd');
  }

  mailTopic(topic: MailTopic): Locator {
    return this.mail.getByRole('checkbox', { name: topicNames[topic] });
  }

  /** Ticks or unticks as a person does, by clicking the label: the input is visually hidden. */
  async setChecked(checkbox: Locator, checked: boolean): Promise<void> {
    if ((await checkbox.isChecked()) !== checked) await checkbox.locator('xpath=ancestor::label[1]').click();
    if ((await checkbox.isChecked()) !== checked) throw new Error('the checkbox did not change');
  }

  organizationLink(name: string): Locator {
    return this.organizations.getByRole('link', { name, exact: true });
  }
}
