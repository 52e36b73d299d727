import type { Locator, Page } from '@playwright/test';
import { PortalLayout, type Language } from './portal-layout';

export type SelfChosenRole = 'jobseeker' | 'entrepreneur';

const roleNames: Record<SelfChosenRole, RegExp> = {
  jobseeker: /^(求職者|Jobseeker)/,
  entrepreneur: /^(起業家・創業希望者|Entrepreneur or aspiring founder)/,
};
const endonyms: Record<Language, string> = { ja: '日本語', en: 'English' };

export class SignUpPage extends PortalLayout {
  readonly heading: Locator;
  readonly displayName: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly showPassword: Locator;
  readonly roles: Locator;
  readonly mailLanguage: Locator;
  readonly submitButton: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.displayName = this.main.getByRole('textbox', { name: /^(お名前|Name)$/ });
    this.email = this.main.getByRole('textbox', { name: /^(メールアドレス|Email address)$/ });
    this.password = this.main.getByLabel(/^(パスワード|Password)$/);
    this.showPassword = this.main.getByRole('button', { name: /^(パスワードを表示|Show password)$/ });
    this.roles = this.main.getByRole('group', { name: /^(ご利用の目的|What you will use the portal for)/ });
    this.mailLanguage = this.main.getByRole('radiogroup', { name: /^(メールの言語|Language of our mails)$/ });
    this.submitButton = this.main.getByRole('button', { name: /^(登録する|Sign up)$/ });
    this.errorSummary = this.main.getByRole('alert');
  }

  async goto(): Promise<void> {
    await this.page.goto('/signup');
    await this.submitButton.waitFor();
  }

  role(role: SelfChosenRole): Locator {
    return this.roles.getByRole('checkbox', { name: roleNames[role] });
  }

  mailLanguageOption(language: Language): Locator {
    return this.mailLanguage.getByRole('radio', { name: endonyms[language] });
  }

  /**
   * Checks a checkbox or radio as a person does, by clicking its label: the input itself is
   * visually hidden under the drawn indicator.
   */
  async choose(option: Locator): Promise<void> {
    await option.locator('xpath=ancestor::label[1]').click();
    if (!(await option.isChecked())) throw new Error('the option did not become checked');
  }

  async signUp(details: { displayName: string; email: string; password: string; roles?: SelfChosenRole[]; mailLanguage?: Language }): Promise<void> {
    await this.displayName.fill(details.displayName);
    await this.email.fill(details.email);
    await this.password.fill(details.password);
    for (const role of details.roles ?? []) await this.choose(this.role(role));
    if (details.mailLanguage) await this.choose(this.mailLanguageOption(details.mailLanguage));
    await this.submitButton.click();
  }
}
