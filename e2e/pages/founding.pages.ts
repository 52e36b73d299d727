import type { Locator, Page } from '@playwright/test';
import { PortalLayout } from './portal-layout';

/** Chooses a radio or checkbox as a person does, by its label (the input is visually hidden). */
async function choose(option: Locator): Promise<void> {
  await option.locator('xpath=ancestor::label[1]').click();
}

/** 「特定創業支援等事業の受講状況」: my progress toward the certificate. */
export class PathwayPage extends PortalLayout {
  readonly heading: Locator;
  readonly rule: Locator;
  readonly progress: Locator;
  readonly verdict: Locator;
  readonly nextSteps: Locator;
  readonly sessions: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.rule = this.main.getByRole('region', { name: /^(証明書の要件|What the certificate requires)$/ });
    this.progress = this.main.getByRole('region', { name: /^(進み具合|Your progress)$/ });
    this.verdict = this.progress.locator('.pathway-verdict');
    this.nextSteps = this.main.getByRole('region', { name: /^(次にすること|What to do next|証明書の申請|Applying for the certificate)$/ });
    this.sessions = this.main.getByRole('region', { name: /^(受講の記録|Your sessions)$/ }).locator('.pathway-session');
  }

  async goto(): Promise<void> {
    await this.page.goto('/founding/pathway');
    await this.progress.waitFor();
  }

  /** The line of one area, e.g. area('販路開拓') → 「✗販路開拓：未受講」. */
  area(name: string): Locator {
    return this.progress.locator('.pathway-area', { hasText: name });
  }

  /** What a condition's line says about it: 「あと1回」, 「足りない分野：販路開拓」 … */
  conditionStates(): Locator {
    return this.progress.locator('.pathway-check__state');
  }

  /** The sessions counted so far, as the progress says it: 「受講回数：3回（…）」 → 3. */
  async sessionCount(): Promise<number> {
    const line = (await this.progress.locator('.pathway-check__line', { hasText: /^(受講回数|Sessions)/ }).textContent()) ?? '';
    const count = /(\d+)/.exec(line);
    if (!count) throw new Error(`no session count in: ${line}`);
    return Number(count[1]);
  }
}

/** 「開業の報告」: my reports. */
export class MyFoundingReportsPage extends PortalLayout {
  readonly heading: Locator;
  readonly newReportLink: Locator;
  readonly reports: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.newReportLink = this.main.getByRole('link', { name: /^(開業を報告する|Report your business founded)$/ });
    this.reports = this.main.locator('.founding-report-card');
  }

  async goto(): Promise<void> {
    await this.page.goto('/founding-reports');
    await this.main.locator('.result-count').waitFor();
  }

  report(businessName: string): Locator {
    return this.reports.filter({ has: this.page.getByRole('heading', { name: businessName, exact: true }) });
  }
}

export interface FoundingDetails {
  foundedOn: string;
  businessName: string;
  businessType: '個人事業' | '法人';
  industry: string;
  inAsaka: boolean;
  address: string;
}

/** 「開業を報告する」: the form, or the pointer to the report waiting for review. */
export class NewFoundingReportPage extends PortalLayout {
  readonly heading: Locator;
  readonly errorSummary: Locator;
  readonly submitButton: Locator;
  readonly pendingNotice: Locator;
  readonly foundedOn: Locator;
  readonly vacantStore: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.errorSummary = this.main.locator('.error-summary');
    this.submitButton = this.main.getByRole('button', { name: /^(報告を送る|Send the report)$/ });
    this.pendingNotice = this.main.locator('.notice--important');
    this.foundedOn = this.main.getByLabel(/^(開業日|Founded on)$/);
    this.vacantStore = this.main.getByRole('combobox', { name: /^(利用した空き店舗（任意）|Vacant store used \(optional\))$/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/founding-reports/new');
    await this.submitButton.or(this.pendingNotice).waitFor();
  }

  textbox(name: string): Locator {
    return this.main.getByRole('textbox', { name, exact: true });
  }

  async fill(details: FoundingDetails): Promise<void> {
    await this.foundedOn.fill(details.foundedOn);
    await this.textbox('屋号・会社名').fill(details.businessName);
    await choose(this.main.getByRole('radio', { name: details.businessType, exact: true }));
    await this.textbox('業種').fill(details.industry);
    await choose(this.main.getByRole('radio', { name: details.inAsaka ? '朝霞市内' : '朝霞市外', exact: true }));
    await this.textbox('事業所の所在地').fill(details.address);
  }
}

/** One founding report (/founding-reports/:id, the mail's link). */
export class FoundingReportPage extends PortalLayout {
  readonly heading: Locator;
  readonly notice: Locator;
  readonly status: Locator;
  readonly facts: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.notice = this.main.locator('.form-status__done');
    this.status = this.main.locator('.founding-status');
    this.facts = this.main.getByRole('region', { name: /^(報告の内容|What was reported)$/ });
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/founding-reports/${id}`);
    await this.status.waitFor();
  }
}

/** What every staff founding page has: its heading and the staff navigation. */
class StaffFoundingBase extends PortalLayout {
  readonly heading: Locator;
  readonly staffNavigation: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.staffNavigation = this.main.getByRole('navigation', { name: /^(職員メニュー|Staff menu)$/ });
  }
}

/** 「開業報告の確認」: the year's figures and the reports to confirm or send back. */
export class StaffFoundingReportsPage extends StaffFoundingBase {
  readonly counts: Locator;
  readonly confirmedFoundings: Locator;
  readonly heldConsultations: Locator;
  readonly outcome: Locator;
  readonly reports: Locator;

  constructor(page: Page) {
    super(page);
    this.counts = this.main.getByRole('region', { name: /^(年度ごとの件数|Figures by fiscal year)$/ });
    this.confirmedFoundings = this.figure(/^(市の支援を受けて起業した件数|Businesses founded)/);
    this.heldConsultations = this.figure(/^(起業家育成相談件数|Consultations for entrepreneurs held)/);
    this.outcome = this.main.locator('.form-status__done');
    this.reports = this.main.locator('.founding-report-card');
  }

  private figure(term: RegExp): Locator {
    return this.counts.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/staff/founding/reports${search}`);
    await this.confirmedFoundings.waitFor();
    await this.main.locator('.result-count').waitFor();
  }

  /** The count shown, as a number (「7件」 → 7). */
  async confirmedCount(): Promise<number> {
    return Number(((await this.confirmedFoundings.textContent()) ?? '').replace(/\D/g, ''));
  }

  report(businessName: string): Locator {
    return this.reports.filter({ has: this.page.getByRole('heading', { name: businessName }) });
  }

  /** Confirms a report through its dialog. */
  async confirm(businessName: string): Promise<void> {
    await this.report(businessName)
      .getByRole('button', { name: /を確認済みにする$|^Confirm the founding report/ })
      .click();
    const dialog = this.page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: /^(確認済みにする|Confirm)$/ }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}

/** 「特定創業支援等事業の受講状況」 for staff: everyone's progress. */
export class StaffPathwayPage extends StaffFoundingBase {
  readonly table: Locator;
  readonly qualified: Locator;
  readonly applyButton: Locator;
  readonly downloadAllButton: Locator;

  constructor(page: Page) {
    super(page);
    this.table = this.main.getByRole('table');
    this.qualified = this.main.getByRole('combobox', { name: /^(要件|Requirements)$/ });
    this.applyButton = this.main.getByRole('button', { name: /^(絞り込む|Apply filters)$/ });
    this.downloadAllButton = this.main.getByRole('button', { name: /^(全員|要件を満たした方|まだ満たしていない方)の受講記録をCSVでダウンロード$|^Download (everyone’s sessions|the sessions of those who)/ });
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/staff/founding/pathway${search}`);
    await this.main.locator('.result-count').waitFor();
  }

  row(name: string): Locator {
    return this.table.locator('tbody > tr').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  downloadButton(name: string): Locator {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.row(name).getByRole('button', { name: new RegExp(`^(${escaped}さんの受講記録をCSVでダウンロード|Download the sessions of ${escaped} as CSV)$`) });
  }
}

/** One person's progress for staff. */
export class StaffPersonPathwayPage extends StaffFoundingBase {
  readonly progress: Locator;
  readonly downloadButton: Locator;

  constructor(page: Page) {
    super(page);
    this.progress = this.main.getByRole('region', { name: /^(進み具合|Your progress)$/ });
    this.downloadButton = this.main.getByRole('button', { name: /受講記録をCSVでダウンロード$|as CSV$/ });
  }
}
