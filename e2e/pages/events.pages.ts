import type { Locator, Page } from '@playwright/test';
import { PortalLayout } from './portal-layout';

/** Chooses a radio or checkbox as a person does, by its label (the input is visually hidden). */
async function choose(option: Locator): Promise<void> {
  await option.locator('xpath=ancestor::label[1]').click();
}

/** 「セミナー・イベント」: the public list. */
export class EventsListPage extends PortalLayout {
  readonly heading: Locator;
  readonly kind: Locator;
  readonly month: Locator;
  readonly applyButton: Locator;
  readonly resultCount: Locator;
  readonly events: Locator;
  readonly myRegistrationsLink: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.kind = this.main.getByRole('combobox', { name: /^(種類|Kind)$/ });
    this.month = this.main.getByRole('combobox', { name: /^(開催月|Month)$/ });
    this.applyButton = this.main.getByRole('button', { name: /^(絞り込む|Apply filters)$/ });
    this.resultCount = this.main.locator('.result-count');
    this.events = this.main.locator('.event-card');
    this.myRegistrationsLink = this.main.getByRole('link', { name: /^(申し込んだイベントを見る|See the events you registered for)$/ });
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/events${search}`);
    await this.resultCount.filter({ hasText: /\S/ }).waitFor();
  }

  /** The card of the event with this title. */
  event(title: string): Locator {
    return this.events.filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  /** A named fact of a card or page, e.g. fact(card, '定員・空き'). */
  fact(container: Locator, term: string): Locator {
    return container.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  }
}

/** An event's page, with the visitor's registration. */
export class EventPage extends PortalLayout {
  readonly heading: Locator;
  readonly registration: Locator;
  readonly registerButton: Locator;
  readonly joinWaitlistButton: Locator;
  readonly cancelButton: Locator;
  readonly outcome: Locator;
  readonly checkInCode: Locator;
  readonly checkInCodeValue: Locator;
  readonly details: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.registration = this.main.getByRole('region', { name: /^(お申込み|Registration)$/ });
    this.registerButton = this.registration.getByRole('button', { name: /^(申し込む|Register)$/ });
    this.joinWaitlistButton = this.registration.getByRole('button', { name: /^(キャンセル待ちに申し込む|Join the waiting list)$/ });
    this.cancelButton = this.registration.getByRole('button', { name: /^(申込を取り消す|キャンセル待ちをやめる|Cancel my registration|Leave the waiting list)$/ });
    this.outcome = this.registration.locator('.form-status__done');
    this.checkInCode = this.registration.getByRole('group', { name: /^(受付コード|Check-in code)$/ });
    // The code as it is shown; screen readers get it spelled out beside it.
    this.checkInCodeValue = this.checkInCode.locator('.check-in-code__value > [aria-hidden="true"]');
    this.details = this.main.locator('.event-details');
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/events/${id}`);
    await this.heading.waitFor();
    await this.registration.or(this.main.locator('.event-cancelled')).waitFor();
  }

  /** Cancels through the confirmation dialog. */
  async cancelRegistration(): Promise<void> {
    await this.cancelButton.click();
    const dialog = this.page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: /^(申込を取り消す|キャンセル待ちをやめる|Cancel my registration|Leave the waiting list)$/ }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}

/** 「申し込んだイベント」. */
export class MyRegistrationsPage extends PortalLayout {
  readonly heading: Locator;
  readonly registrations: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.registrations = this.main.locator('.event-card');
  }

  async goto(): Promise<void> {
    await this.page.goto('/events/mine');
    await this.main.locator('.result-count').waitFor();
  }

  registration(title: string): Locator {
    return this.registrations.filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }
}

/** What every staff events page has: its heading and the staff navigation. */
class StaffEventsBase extends PortalLayout {
  readonly heading: Locator;
  readonly staffNavigation: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.staffNavigation = this.main.getByRole('navigation', { name: /^(職員メニュー|Staff menu)$/ });
  }
}

/** 「セミナー・イベントの管理」. */
export class StaffEventsPage extends StaffEventsBase {
  readonly newEventLink: Locator;
  readonly status: Locator;
  readonly applyButton: Locator;
  readonly table: Locator;

  constructor(page: Page) {
    super(page);
    this.newEventLink = this.main.getByRole('link', { name: /^(新しいイベントを作成する|Create an event)$/ });
    this.status = this.main.getByRole('combobox', { name: /^(状態|Status)$/ });
    this.applyButton = this.main.getByRole('button', { name: /^(絞り込む|Apply filters)$/ });
    this.table = this.main.getByRole('table');
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/staff/events${search}`);
    await this.main.locator('.result-count').waitFor();
  }

  row(title: string): Locator {
    return this.table.locator('tbody > tr').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }) });
  }
}

export interface EventDetails {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  endDate?: string;
  venueName: string;
  venueAddress: string;
  capacity: string;
  areas: string[];
}

/** The new-event and edit forms. */
export class EventFormPage extends StaffEventsBase {
  readonly errorSummary: Locator;
  readonly saveDraftButton: Locator;

  constructor(page: Page) {
    super(page);
    this.errorSummary = this.main.locator('.error-summary');
    this.saveDraftButton = this.main.getByRole('button', { name: /^(下書きとして保存する|Save as a draft)$/ });
  }

  async gotoNew(): Promise<void> {
    await this.page.goto('/staff/events/new');
    await this.saveDraftButton.waitFor();
  }

  textbox(name: string): Locator {
    return this.main.getByRole('textbox', { name, exact: true });
  }

  async fill(details: EventDetails): Promise<void> {
    await choose(this.main.getByRole('radio', { name: 'セミナー', exact: true }));
    await this.textbox('イベント名').fill(details.title);
    await this.main.getByLabel('開催日', { exact: true }).fill(details.date);
    await this.textbox('開始時刻').fill(details.startTime);
    await this.textbox('終了時刻').fill(details.endTime);
    if (details.endDate) await this.main.getByLabel('終了日（複数日にわたるときだけ）', { exact: true }).fill(details.endDate);
    await choose(this.main.getByRole('radio', { name: '会場で開催' }));
    await this.textbox('会場名').fill(details.venueName);
    await this.textbox('会場の住所').fill(details.venueAddress);
    await this.textbox('定員（人）').fill(details.capacity);
    for (const area of details.areas) await choose(this.main.getByRole('checkbox', { name: area, exact: true }));
  }
}

/** One event as staff run it. */
export class StaffEventPage extends StaffEventsBase {
  readonly notice: Locator;
  readonly actions: Locator;
  readonly attendanceLink: Locator;

  constructor(page: Page) {
    super(page);
    this.notice = this.main.locator('.notice--done');
    this.actions = this.main.getByRole('region', { name: /^(公開と中止|Publishing and cancelling)$/ });
    this.attendanceLink = this.main.locator('.inline-links').getByRole('link', { name: /^(受付・出席簿|Check-in and attendance)$/ });
  }

  /** Publishes through the confirmation dialog. */
  async publish(): Promise<void> {
    await this.actions.getByRole('button', { name: '公開する' }).click();
    const dialog = this.page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: '公開する' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}

/** 「受付・出席簿」: check-in by code, the list, the CSV. */
export class AttendancePage extends StaffEventsBase {
  readonly codeInput: Locator;
  readonly checkInButton: Locator;
  readonly announcement: Locator;
  readonly problem: Locator;
  readonly table: Locator;
  readonly downloadButton: Locator;

  constructor(page: Page) {
    super(page);
    this.codeInput = this.main.getByRole('textbox', { name: /^(受付コード|Check-in code)$/ });
    this.checkInButton = this.main.locator('.check-in-form').getByRole('button', { name: /^(受付する|Check in)$/ });
    this.announcement = this.main.locator('.check-in__announcement');
    this.problem = this.main.locator('.check-in-form__problem');
    this.table = this.main.getByRole('table');
    this.downloadButton = this.main.getByRole('button', { name: /^(出席簿をCSVでダウンロード|Download the attendance list \(CSV\))$/ });
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/staff/events/${id}/attendance`);
    await this.codeInput.waitFor();
  }

  row(name: string): Locator {
    return this.table.locator('tbody > tr').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** Types a code and presses Enter, as at the reception desk. */
  async checkIn(code: string): Promise<void> {
    await this.codeInput.fill(code);
    await this.codeInput.press('Enter');
  }
}
