import type { Locator, Page } from '@playwright/test';
import { PortalLayout } from './portal-layout';

/** Chooses a radio or checkbox as a person does, by its label (react-aria hides the input itself). */
async function choose(option: Locator): Promise<void> {
  await option.locator('xpath=ancestor::label[1]').click();
}

/** A free slot as its button names it: 「12月9日(火) 10:00〜11:00 (日本時間 JST) 浜崎 導 朝霞市商工会」. */
export interface SlotName {
  name: string;
  month: number;
  day: number;
  start: string;
  end: string;
}

export function slotNameOf(name: string): SlotName {
  const match = /^(\d{1,2})月(\d{1,2})日\(.\) (\d{2}:\d{2})〜(\d{2}:\d{2}) \(日本時間 JST\)/.exec(name);
  if (!match) throw new Error(`not a slot's name: ${name}`);
  return { name, month: Number(match[1]), day: Number(match[2]), start: match[3] ?? '', end: match[4] ?? '' };
}

/** The week of free slots, as on /consultations and in a booking's reschedule step. */
export class SlotPicker {
  readonly region: Locator;
  readonly previousWeek: Locator;
  readonly nextWeek: Locator;
  readonly weekStatus: Locator;
  readonly slots: Locator;
  readonly days: Locator;
  readonly problem: Locator;

  constructor(readonly page: Page, main: Locator) {
    this.region = main.locator('section.slot-picker');
    this.previousWeek = this.region.getByRole('button', { name: /^(前の週|Previous week)$/ });
    this.nextWeek = this.region.getByRole('button', { name: /^(次の週|Next week)$/ });
    this.weekStatus = this.region.locator('.result-count');
    this.slots = this.region.locator('button.slot');
    this.days = this.region.locator('.slot-day');
    this.problem = this.region.locator('.slot-problem');
  }

  /** The status line says the week has answered (how many slots, or none). */
  async waitForWeek(): Promise<void> {
    await this.weekStatus.filter({ hasText: /件あります|ありません|free time|No free time/ }).waitFor();
  }

  async goForward(weeks: number): Promise<void> {
    for (let week = 0; week < weeks; week += 1) {
      await this.waitForWeek();
      const before = await this.weekStatus.textContent();
      await this.nextWeek.click();
      await this.weekStatus.filter({ hasNotText: before ?? '' }).filter({ hasText: /件あります|ありません|free time|No free time/ }).waitFor();
    }
  }

  /** The first week, from this one on, that has a free slot (at most `weeks` ahead). */
  async goToWeekWithSlots(weeks = 4): Promise<void> {
    for (let week = 0; week <= weeks; week += 1) {
      await this.waitForWeek();
      if ((await this.slots.count()) > 0) return;
      await this.goForward(1);
    }
    throw new Error(`no free slot within ${weeks} weeks`);
  }

  async slotNames(): Promise<SlotName[]> {
    const names = await this.slots.evaluateAll((buttons) => buttons.map((button) => (button.textContent ?? '').replace(/\s+/g, ' ').trim()));
    return names.map(slotNameOf);
  }
}

/** 起業相談の予約 (/consultations): the filters, the week of slots, the advisers. */
export class ConsultationsPage extends PortalLayout {
  readonly heading: Locator;
  readonly adviserFilter: Locator;
  readonly applyFilters: Locator;
  readonly picker: SlotPicker;
  readonly signInToBook: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.adviserFilter = this.main.getByRole('combobox', { name: /^(相談員|Adviser)$/ });
    this.applyFilters = this.main.getByRole('button', { name: /^(この条件で表示|Show)$/ });
    this.picker = new SlotPicker(page, this.main);
    this.signInToBook = this.main.getByRole('link', { name: /^(ログインして予約する|Sign in to book)$/ });
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/consultations${search}`);
    await this.picker.waitForWeek();
  }

  /** Shows only this adviser's slots; `label` as the option reads, e.g. 「浜崎 導（朝霞市商工会）」. */
  async filterByAdviser(label: string): Promise<void> {
    await this.adviserFilter.selectOption({ label });
    await this.applyFilters.click();
    await this.page.waitForURL(/[?&]adviser=/);
    await this.picker.waitForWeek();
  }
}

export interface IntakeAnswers {
  topic: string;
  place: string;
  stage: string;
  businessIdea: string;
  questions?: string;
}

/** The booking form of a picked slot (/consultations?slot=…). */
export class BookingFormPage extends PortalLayout {
  readonly heading: Locator;
  readonly when: Locator;
  readonly topic: Locator;
  readonly places: Locator;
  readonly stages: Locator;
  readonly businessIdea: Locator;
  readonly questions: Locator;
  readonly submitButton: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.when = this.main.locator('.booking-summary dd').first();
    this.topic = this.main.getByRole('combobox', { name: /^(相談内容|Topic)$/ });
    this.places = this.main.getByRole('radiogroup', { name: /^(場所|Place)$/ });
    this.stages = this.main.getByRole('radiogroup', { name: /^(今の段階|Where you stand)/ });
    this.businessIdea = this.main.getByRole('textbox', { name: /^(事業の概要|The business)/ });
    this.questions = this.main.getByRole('textbox', { name: /^(相談したいこと（任意）|Questions \(optional\))/ });
    this.submitButton = this.main.getByRole('button', { name: /^(この内容で予約する|Book this consultation)$/ });
    this.errorSummary = this.main.locator('.error-summary');
  }

  async book(answers: IntakeAnswers): Promise<void> {
    await this.topic.selectOption({ label: answers.topic });
    await choose(this.places.getByRole('radio', { name: new RegExp(`^${answers.place}`) }));
    await choose(this.stages.getByRole('radio', { name: answers.stage }));
    await this.businessIdea.fill(answers.businessIdea);
    if (answers.questions) await this.questions.fill(answers.questions);
    await this.submitButton.click();
  }
}

/** One booking (/consultations/bookings/:id), signed in or from the mail's link. */
export class BookingPage extends PortalLayout {
  readonly heading: Locator;
  readonly notice: Locator;
  readonly when: Locator;
  readonly status: Locator;
  readonly calendarLink: Locator;
  readonly rescheduleButton: Locator;
  readonly cancelButton: Locator;
  readonly picker: SlotPicker;
  readonly confirmDialog: Locator;
  readonly problem: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.notice = this.main.locator('.booking-notice');
    this.when = this.main.locator('.booking-facts__when');
    this.status = this.main.locator('.booking-facts .badge');
    this.calendarLink = this.main.getByRole('link', { name: /^(カレンダーに追加する（\.ics ファイル）|Add to your calendar \(\.ics file\))$/ });
    this.rescheduleButton = this.main.getByRole('button', { name: /^(日時を変更する|Change the time)$/ });
    this.cancelButton = this.main.getByRole('button', { name: /^(予約を取り消す|Cancel the booking)$/ });
    this.picker = new SlotPicker(page, this.main);
    this.confirmDialog = page.getByRole('alertdialog');
    this.problem = this.main.getByRole('alert');
  }

  async open(pathAndQuery: string): Promise<void> {
    await this.page.goto(pathAndQuery);
    await this.heading.waitFor();
  }

  /** Confirms the dialog's question with its main button (e.g. 「この日時に変更する」). */
  async confirm(): Promise<void> {
    await this.confirmDialog.getByRole('button', { name: /^(この日時に変更する|Change to this time)$/ }).click();
  }
}

/** 予約した相談 (/consultations/bookings). */
export class MyBookingsPage extends PortalLayout {
  readonly heading: Locator;
  readonly upcoming: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.upcoming = this.main.getByRole('region', { name: /^(これからの相談|Coming consultations)$/ }).locator('.booking-card');
  }

  async goto(): Promise<void> {
    await this.page.goto('/consultations/bookings');
    await this.main.getByRole('heading', { level: 2, name: /^(これからの相談|Coming consultations)$/ }).waitFor();
  }
}

/** 相談員のページ (/advisers/me): sessions, the availability editor, the profile. */
export class AdviserPage extends PortalLayout {
  readonly heading: Locator;
  readonly weeklyTitle: Locator;
  readonly saveAvailability: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.weeklyTitle = this.main.getByRole('heading', { level: 3, name: /^(毎週の受付時間|Weekly hours)$/ });
    this.saveAvailability = this.main.getByRole('button', { name: /^(受付時間を保存する|Save the hours)$/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/advisers/me');
    await this.weeklyTitle.waitFor();
  }

  addWindow(weekday: string): Locator {
    return this.main.getByRole('button', { name: `${weekday}に時間帯を追加` });
  }

  windowStart(weekday: string, n: number): Locator {
    return this.main.getByRole('combobox', { name: `${weekday}の${n}つ目の時間帯の 開始` });
  }

  /** A session that has begun, under 「終わった相談」, by the booker's name. */
  pastSession(bookerName: string): PastSessionCard {
    return new PastSessionCard(this.page, this.main.locator('.booking-card').filter({ hasText: bookerName }), bookerName);
  }
}

/** One session of the adviser's 「終わった相談」: mark it held or no-show, then write its record. */
export class PastSessionCard {
  readonly markHeld: Locator;
  readonly writeRecord: Locator;
  readonly done: Locator;
  readonly recordLine: Locator;
  readonly recordForm: Locator;
  readonly notes: Locator;
  readonly nextSteps: Locator;
  readonly saveRecord: Locator;

  constructor(readonly page: Page, readonly card: Locator, bookerName: string) {
    this.markHeld = card.getByRole('button', { name: new RegExp(`^${bookerName}さん（.*）の相談を実施にする$`) });
    this.writeRecord = card.getByRole('button', { name: new RegExp(`^${bookerName}さん（.*）の相談記録を(書く|直す)$`) });
    this.done = card.locator('.form-status__done');
    this.recordLine = card.locator('.booking-card__record');
    this.recordForm = card.getByRole('form', { name: `${bookerName}さんの相談記録` });
    this.notes = this.recordForm.getByRole('textbox', { name: /^相談の内容/ });
    this.nextSteps = this.recordForm.getByRole('textbox', { name: /^次に取り組むこと/ });
    this.saveRecord = this.recordForm.getByRole('button', { name: '相談記録を保存する' });
  }

  /** Ticks the areas covered (「財務」, 「販路開拓」 …) as a person does, by their labels. */
  async chooseAreas(areas: readonly string[]): Promise<void> {
    for (const area of areas) await choose(this.recordForm.getByRole('checkbox', { name: area, exact: true }));
  }
}

/** 起業相談の管理 (/staff/consultations): the booking rules and the advisers. */
export class StaffConsultationsPage extends PortalLayout {
  readonly heading: Locator;
  readonly minimumNotice: Locator;
  readonly advisersTable: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.minimumNotice = this.main.getByRole('textbox', { name: /^(予約の締め切り|Booking closes)/ });
    this.advisersTable = this.main.getByRole('table', { name: /^(相談員の一覧|Advisers)$/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/staff/consultations');
    await this.advisersTable.waitFor();
  }
}
