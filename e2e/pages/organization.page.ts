import type { Locator, Page } from '@playwright/test';
import { PortalLayout } from './portal-layout';

export interface OrganizationDetails {
  name: string;
  corporateNumber?: string;
  address: string;
  industry: string;
  employeeCount: string;
}

/** Registering an organization (/account/organizations/new). */
export class NewOrganizationPage extends PortalLayout {
  readonly heading: Locator;
  readonly name: Locator;
  readonly corporateNumber: Locator;
  readonly address: Locator;
  readonly industry: Locator;
  readonly employeeCount: Locator;
  readonly submitButton: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.name = this.main.getByRole('textbox', { name: /^(事業者名|Organization name)$/ });
    this.corporateNumber = this.main.getByRole('textbox', { name: /^(法人番号（任意）|Corporate number \(optional\))$/ });
    this.address = this.main.getByRole('textbox', { name: /^(所在地|Address)$/ });
    this.industry = this.main.getByRole('textbox', { name: /^(業種|Industry)$/ });
    this.employeeCount = this.main.getByRole('textbox', { name: /^(従業員数|Number of employees)$/ });
    this.submitButton = this.main.getByRole('button', { name: /^(登録する|Register)$/ });
    this.errorSummary = this.main.getByRole('alert');
  }

  async register(details: OrganizationDetails): Promise<void> {
    await this.name.fill(details.name);
    await this.corporateNumber.fill(details.corporateNumber ?? '');
    await this.address.fill(details.address);
    await this.industry.fill(details.industry);
    await this.employeeCount.fill(details.employeeCount);
    await this.submitButton.click();
  }
}

/** An organization's page (/account/organizations/:id): details, members, invitations. */
export class OrganizationPage extends PortalLayout {
  readonly heading: Locator;
  readonly notice: Locator;
  readonly details: Locator;
  readonly members: Locator;
  readonly inviteEmail: Locator;
  readonly inviteButton: Locator;
  readonly inviteStatus: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.notice = this.main.locator('.notice');
    this.details = this.main.getByRole('region', { name: /^(事業者の情報|Details)$/ }).locator('dl');
    this.members = this.main.getByRole('table', { name: /(のメンバー|^Members of)/ });
    const invite = this.main.getByRole('region', { name: /^(メンバーを招待する|Invite a member)$/ });
    this.inviteEmail = invite.getByRole('textbox', { name: /^(招待する方のメールアドレス|Their email address)$/ });
    this.inviteButton = invite.getByRole('button', { name: /^(招待メールを送る|Send the invitation)$/ });
    this.inviteStatus = invite.getByRole('status');
  }

  detail(term: string | RegExp): Locator {
    return this.details.locator('div').filter({ has: this.page.locator('dt').getByText(term, { exact: true }) }).locator('dd');
  }

  /** The names in the member list, as its row headers read (the signed-in person marked "（あなた）"). */
  memberNames(): Locator {
    return this.members.getByRole('rowheader');
  }

  async invite(email: string): Promise<void> {
    await this.inviteEmail.fill(email);
    await this.inviteButton.click();
  }
}

/** Where the invitation mail's link leads (/invitations/accept?token=…). */
export class InvitationPage extends PortalLayout {
  readonly heading: Locator;
  readonly signInToAccept: Locator;
  readonly signUpToAccept: Locator;
  readonly joinButton: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.signInToAccept = this.main.getByRole('link', { name: /^(ログインして招待を受ける|Sign in to accept)$/ });
    this.signUpToAccept = this.main.getByRole('link', { name: /^(新規登録|Sign up)$/ });
    this.joinButton = this.main.getByRole('button', { name: /^(参加する|Join)$/ });
  }

  async open(link: string): Promise<void> {
    await this.page.goto(link);
    await this.signUpToAccept.or(this.joinButton).waitFor();
  }
}
