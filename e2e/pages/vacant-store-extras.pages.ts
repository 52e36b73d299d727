import type { Locator, Page } from '@playwright/test';
import { PortalLayout } from './portal-layout';

/** A file as a person would pick it: its name, the type the browser gives it from the name, and its bytes. */
export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Ticks a react-aria checkbox or radio as a person does, by its label (the input itself is hidden). */
async function tick(option: Locator): Promise<void> {
  await option.locator('xpath=ancestor::label[1]').click();
}

/** The photo manager on the owner's page of a draft or rejected listing (/my/vacant-stores/:id/edit). */
export class ListingPhotos {
  readonly region: Locator;
  readonly count: Locator;
  readonly items: Locator;
  readonly captions: Locator;
  readonly file: Locator;
  readonly fileError: Locator;
  readonly caption: Locator;
  readonly addButton: Locator;
  /** Says what was added, moved or deleted (a polite live region). */
  readonly status: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    this.region = page.getByRole('main').getByRole('region', { name: /^(写真|Photos)$/ });
    this.count = this.region.locator('.photo-manager__count strong');
    this.items = this.region.locator('.photo-manager__item');
    this.captions = this.region.locator('.photo-manager__caption');
    this.file = this.region.getByLabel(/^(写真のファイル|Photo file)$/);
    this.fileError = this.region.locator('#photo-file-error');
    this.caption = this.region.getByRole('textbox', { name: /^(写真の説明|What the photo shows)$/ });
    this.addButton = this.region.getByRole('button', { name: /^(写真を追加する|Add the photo)$/ });
    this.status = this.region.locator('.form-status[role="status"]');
    this.errorSummary = this.region.locator('.error-summary');
  }

  async choose(file: PickedFile): Promise<void> {
    await this.file.setInputFiles(file);
  }

  async add(file: PickedFile, caption: string): Promise<void> {
    await this.choose(file);
    await this.caption.fill(caption);
    await this.addButton.click();
  }

  /** The thumbnail of the photo with this caption, once the browser has decoded it. */
  thumbnail(caption: string): Locator {
    return this.items.filter({ hasText: caption }).locator('img');
  }
}

/** The owner's page of one listing, as far as the photos and the recommended seekers go. */
export class ListingExtrasPage extends PortalLayout {
  readonly heading: Locator;
  readonly photos: ListingPhotos;
  readonly recommendedSeekers: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.photos = new ListingPhotos(page);
    this.recommendedSeekers = this.main.getByRole('region', { name: /^(この物件に合う出店希望者|People looking for a store like this)$/ });
  }
}

/** 「この条件を保存」 on the search page, and its dialog. */
export class SaveSearchControl {
  readonly saveButton: Locator;
  readonly signInLink: Locator;
  readonly dialog: Locator;
  readonly name: Locator;
  readonly confirmButton: Locator;
  readonly saved: Locator;
  readonly savedSearchesLink: Locator;

  constructor(page: Page) {
    const main = page.getByRole('main');
    this.saveButton = main.getByRole('button', { name: /^(この条件を保存|Save this search)$/ });
    this.signInLink = main.getByRole('link', { name: /^(ログインして条件を保存する|Sign in to save the search)$/ });
    this.dialog = page.getByRole('dialog', { name: /^(検索条件を保存する|Save the search)$/ });
    this.name = this.dialog.getByRole('textbox', { name: /^(条件の名前|Name of the search)$/ });
    this.confirmButton = this.dialog.getByRole('button', { name: /^(保存する|Save)$/ });
    this.saved = main.locator('.save-search [role="status"]');
    this.savedSearchesLink = this.saved.getByRole('link', { name: /^(保存した検索条件を見る|See your saved searches)$/ });
  }

  alert(label: string): Locator {
    return this.dialog.getByRole('radio', { name: new RegExp(`^${label}`) });
  }

  async chooseAlert(label: string): Promise<void> {
    await tick(this.alert(label));
  }
}

/** /account/saved-searches: the searches a person saved, where the alert mails link. */
export class SavedSearchesPage extends PortalLayout {
  readonly heading: Locator;
  readonly status: Locator;
  readonly mailSettingsLink: Locator;
  readonly searches: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.status = this.main.locator('.form-status[role="status"]').first();
    this.mailSettingsLink = this.main.getByRole('link', { name: /^(メールの受信設定を確認する|Check your mail settings)$/ });
    this.searches = this.main.locator('.saved-search');
  }

  async goto(): Promise<void> {
    await this.page.goto('/account/saved-searches');
    await this.heading.waitFor();
  }

  search(name: string): Locator {
    return this.main.getByRole('article', { name, exact: true });
  }

  /** 「条件: …」「お知らせ: …」 of one search. */
  fact(name: string, term: string): Locator {
    return this.search(name).locator('.details-list > div').filter({ has: this.page.locator('dt').getByText(term, { exact: true }) }).locator('dd');
  }

  runLink(name: string): Locator {
    return this.search(name).getByRole('link', { name: new RegExp(`^(この条件で探す|Run this search)[：:] ?${name}$`) });
  }

  deleteButton(name: string): Locator {
    return this.search(name).getByRole('button', { name: new RegExp(`^(削除|Delete)[：:] ?${name}$`) });
  }

  deleteDialog(): Locator {
    return this.page.getByRole('alertdialog');
  }
}

export interface SeekerNeeds {
  stations?: string[];
  walk?: string;
  budget?: string;
  uses?: string[];
  plannedBusiness?: string;
  discoverable?: boolean;
}

/** /vacant-stores/recommended: the seeker's needs and the stores ranked for them. */
export class RecommendationsPage extends PortalLayout {
  readonly heading: Locator;
  readonly results: Locator;
  readonly recommendations: Locator;
  readonly needs: Locator;
  readonly saveButton: Locator;
  readonly saved: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.results = this.main.getByRole('region', { name: /^(おすすめの物件|Recommended stores)$/ });
    this.recommendations = this.results.locator('.recommendation');
    this.needs = this.main.getByRole('region', { name: /^(希望条件|Your needs)$/ });
    this.saveButton = this.needs.getByRole('button', { name: /^(希望条件を保存する|Save your needs)$/ });
    this.saved = this.needs.locator('.form-status[role="status"]');
  }

  async goto(): Promise<void> {
    await this.page.goto('/vacant-stores/recommended');
    await this.saveButton.waitFor();
  }

  recommendation(title: string): Locator {
    return this.results.getByRole('article', { name: title, exact: true });
  }

  /** The reasons of one recommendation as they read: 「北朝霞駅 徒歩2分 ✓」… */
  reasons(title: string): Locator {
    return this.recommendation(title).locator('.match-reason');
  }

  async fill(needs: SeekerNeeds): Promise<void> {
    for (const station of needs.stations ?? []) await tick(this.needs.getByRole('checkbox', { name: station, exact: true }));
    if (needs.walk) await this.needs.getByRole('combobox', { name: /^(駅からの徒歩|Walk from the station)$/ }).selectOption({ label: needs.walk });
    if (needs.budget) await this.needs.getByRole('textbox', { name: /^(月額の予算|Monthly budget)/ }).fill(needs.budget);
    for (const use of needs.uses ?? []) await tick(this.needs.getByRole('checkbox', { name: use, exact: true }));
    if (needs.plannedBusiness) await this.needs.getByRole('textbox', { name: /^(予定している事業|What you plan to open)/ }).fill(needs.plannedBusiness);
    if (needs.discoverable) await tick(this.needs.getByRole('checkbox', { name: /^(物件の所有者に、私の希望条件を表示してよい|Owners of stores may see my needs)/ }));
  }
}
