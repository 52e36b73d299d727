import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { AccountPage } from '../pages/account.page';
import { InvitationPage, NewOrganizationPage, OrganizationPage } from '../pages/organization.page';
import { SignInPage } from '../pages/sign-in.page';
import { SignUpPage } from '../pages/sign-up.page';
import { AuditLogPage, CounterRegistrationPage, DeliveriesPage, StaffUsersPage } from '../pages/staff.pages';
import { VerifyEmailPage } from '../pages/verify-email.page';
import { uniqueEmail } from '../support/accounts';
import { axeViolations } from '../support/axe';
import { fullWidthWithHyphens, uniqueCorporateNumber } from '../support/corporate-number';
import { demoOwner, demoStaff, totpCode } from '../support/demo';
import { linkIn, MailReader } from '../support/mail-reader';

// One story: the business invites a new member, then staff look at what happened. Staff sign in
// once (a TOTP code is accepted once per 30 seconds) and that session serves the staff tests.
test.describe.configure({ mode: 'serial' });

const mails = new MailReader();
const invitee = { email: uniqueEmail('invitee'), password: '膝折の坂を自転車でのぼる', displayName: '膝折 桜' };
const organizationName = `朝霞ベーカリー ${Date.now()}`;

let staffContext: BrowserContext | undefined;
let staffPage: Page;

test.afterAll(async () => {
  await staffContext?.close();
});

test('an owner registers an organization with a full-width 法人番号 and invites by mail; the invited person signs up from the link and joins', async ({ page, browser }) => {
  const corporateNumber = uniqueCorporateNumber();

  // The demo business owner registers a second organization.
  const signIn = new SignInPage(page);
  await signIn.goto('/account');
  await signIn.signIn(demoOwner.email, demoOwner.password);
  const account = new AccountPage(page);
  await expect(account.organizationLink('みつばち雑貨店')).toBeVisible();
  await account.registerOrganizationLink.click();

  const form = new NewOrganizationPage(page);
  await expect(form.heading).toHaveText('事業者の登録');
  await form.register({
    name: organizationName,
    corporateNumber: fullWidthWithHyphens(corporateNumber),
    address: '朝霞市仲町一丁目2番3号',
    industry: '製造小売業（パン）',
    employeeCount: '４',
  });

  const organization = new OrganizationPage(page);
  await expect(organization.heading).toHaveText(organizationName);
  await expect(organization.notice).toHaveText('事業者を登録しました。');
  await expect(organization.detail('法人番号')).toHaveText(corporateNumber);
  await expect(organization.detail('従業員数')).toHaveText('4人');
  await expect(organization.memberNames()).toHaveText([`${demoOwner.displayName}（あなた）`]);
  const organizationUrl = page.url();

  await organization.invite(invitee.email);
  await expect(organization.inviteStatus).toHaveText(`${invitee.email} 宛てに招待メールをお送りしました。招待の有効期限は7日間です。`);

  // The invited person, in their own browser, follows the link, signs up and comes back to join.
  const inviteeContext = await browser.newContext();
  try {
    const inviteePage = await inviteeContext.newPage();
    const invitation = await mails.waitFor({ to: invitee.email, subject: new RegExp(`「${organizationName}」のメンバーに招待されました`) });
    const invitationPage = new InvitationPage(inviteePage);
    await invitationPage.open(linkIn(invitation, '/invitations/accept'));
    await expect(invitationPage.heading).toHaveText('事業者への招待');
    await invitationPage.signUpToAccept.click();

    const signUp = new SignUpPage(inviteePage);
    await signUp.signUp({ displayName: invitee.displayName, email: invitee.email, password: invitee.password });
    await expect(signUp.heading).toHaveText('メールをお送りしました');

    const verification = await mails.waitFor({ to: invitee.email, subject: /メールアドレスの確認/ });
    const verify = new VerifyEmailPage(inviteePage);
    await verify.open(linkIn(verification, '/verify-email'));
    await expect(verify.heading).toHaveText('メールアドレスの確認が完了しました');
    await verify.continueToSignIn.click();

    await new SignInPage(inviteePage).signIn(invitee.email, invitee.password);
    await expect(invitationPage.joinButton).toBeVisible();
    await invitationPage.joinButton.click();

    const joined = new OrganizationPage(inviteePage);
    await expect(joined.heading).toHaveText(organizationName);
    await expect(joined.notice).toHaveText(`${organizationName}のメンバーになりました。`);
    await expect(joined.inviteButton).toHaveCount(0);
  } finally {
    await inviteeContext.close();
  }

  // The owner sees the new member.
  await page.goto(organizationUrl);
  await expect(organization.memberNames()).toHaveText([`${demoOwner.displayName}（あなた）`, invitee.displayName]);
  expect(await axeViolations(page)).toEqual([]);
});

test('staff sign in with their code, find the new member, see their own read in the audit log and the verification mail in the delivery log', async ({ browser }) => {
  staffContext = await browser.newContext();
  staffPage = await staffContext.newPage();

  // Staff pages ask a visitor to sign in, and bring them back.
  const users = new StaffUsersPage(staffPage);
  await staffPage.goto('/staff/users');
  await users.main.getByRole('link', { name: 'ログイン' }).click();
  await new SignInPage(staffPage).signInWithCode(demoStaff.email, demoStaff.password, () => totpCode());
  await expect(staffPage).toHaveURL(/\/staff\/users$/);
  await expect(users.header.getByRole('link', { name: '職員メニュー' })).toBeVisible();

  await users.find(invitee.email);
  await expect(staffPage).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(invitee.email)}$`));
  await expect(users.rows(users.table)).toHaveCount(1);
  await expect(users.rows(users.table).getByRole('rowheader')).toHaveText(invitee.displayName);

  const audit = new AuditLogPage(staffPage);
  await users.staffNavigation.getByRole('link', { name: '操作記録（監査ログ）' }).click();
  await audit.onlyMineLink.click();
  const newest = audit.rows(audit.table).first();
  await expect(newest.getByRole('cell').nth(1)).toContainText(demoStaff.displayName);
  await expect(newest.getByRole('cell').nth(2)).toContainText('個人情報の閲覧');
  await expect(newest.getByRole('cell').nth(3)).toHaveText('利用者一覧');
  await expect(newest.getByRole('cell').nth(5)).toContainText(`"q": "${invitee.email}"`);
  await expect(audit.table.getByRole('columnheader').first()).toHaveText('日時（日本時間）');

  const deliveries = new DeliveriesPage(staffPage);
  await audit.staffNavigation.getByRole('link', { name: 'メール送信記録' }).click();
  await deliveries.filterByRecipient(invitee.email);
  const verification = deliveries.row('メールアドレスの確認');
  await expect(verification.getByRole('cell').nth(3)).toHaveText('送信済み');
  await expect(deliveries.row('事業者への招待').getByRole('cell').nth(3)).toHaveText('送信済み');
  await verification.getByRole('button', { name: `${invitee.email} 宛てのメールの詳細を表示` }).click();
  const attempts = deliveries.main.getByRole('table', { name: `${invitee.email} 宛てのメールの送信の試行` });
  await expect(attempts.locator('tbody > tr').first().getByRole('cell').first()).toHaveText('送信成功');
  expect(await axeViolations(staffPage)).toEqual([]);
});

test('staff register someone at the counter, and the mail to choose a password arrives', async () => {
  expect(staffContext, 'runs after the previous test, which signs staff in').toBeDefined();
  const email = uniqueEmail('counter');
  const counter = new CounterRegistrationPage(staffPage);
  await counter.goto();
  expect(await axeViolations(staffPage)).toEqual([]);

  await counter.email.fill(email);
  await counter.displayName.fill('浜崎 窓口');
  await counter.choose(counter.consentMethod.getByRole('radio', { name: '署名済みの同意書を受け取った' }));
  await counter.note.fill('同意書 No.E2E');
  await counter.submitButton.click();

  await expect(counter.done).toBeFocused();
  await expect(counter.main).toContainText(`浜崎 窓口さんのアカウントを作成し、${email} 宛てにパスワード設定用のメールをお送りしました。`);
  const mail = await mails.waitFor({ to: email, subject: /アカウントを作成しました/ });
  expect(mail.text).toContain('浜崎 窓口 様');
  expect(linkIn(mail, '/reset-password')).toMatch(/^\/reset-password\?token=/);
});

test('the staff pages have no WCAG 2.2 AA violation, and their tables scroll inside the page at 320px', async () => {
  expect(staffContext, 'runs after the previous test, which signs staff in').toBeDefined();
  const users = new StaffUsersPage(staffPage);
  await users.goto();
  await expect(users.table).toBeVisible();
  expect(await axeViolations(staffPage)).toEqual([]);

  const audit = new AuditLogPage(staffPage);
  await audit.goto();
  await expect(audit.table).toBeVisible();
  expect(await axeViolations(staffPage)).toEqual([]);

  await staffPage.setViewportSize({ width: 320, height: 640 });
  await audit.goto();
  await expect(audit.table).toBeVisible();
  expect(await audit.hasHorizontalScroll()).toBe(false);
  const deliveries = new DeliveriesPage(staffPage);
  await deliveries.goto();
  await expect(deliveries.table).toBeVisible();
  expect(await deliveries.hasHorizontalScroll()).toBe(false);
  expect(await axeViolations(staffPage)).toEqual([]);
});
