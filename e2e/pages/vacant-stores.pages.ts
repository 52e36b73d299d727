import type { Locator, Page } from '@playwright/test';
import { PortalLayout } from './portal-layout';

/** Chooses a checkbox or radio as a person does, by its label (react-aria hides the input itself). */
async function choose(option: Locator): Promise<void> {
  await option.locator('xpath=ancestor::label[1]').click();
}

/** The public search (/vacant-stores): filters, the result list and the map. */
export class VacantStoreSearchPage extends PortalLayout {
  readonly heading: Locator;
  readonly keyword: Locator;
  readonly station: Locator;
  readonly use: Locator;
  readonly maxRent: Locator;
  readonly sort: Locator;
  readonly searchButton: Locator;
  readonly resultCount: Locator;
  readonly results: Locator;
  readonly listView: Locator;
  readonly mapView: Locator;
  readonly map: Locator;
  readonly mapPins: Locator;
  readonly mapProblem: Locator;
  readonly searchHereButton: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.keyword = this.main.getByRole('searchbox', { name: /^(キーワード|Words)$/ });
    this.station = this.main.getByRole('combobox', { name: /^(最寄り駅|Nearest station)$/ });
    this.use = this.main.getByRole('combobox', { name: /^(用途|Use)$/ });
    this.maxRent = this.main.getByRole('combobox', { name: /^(月額の上限|Monthly up to)/ });
    this.sort = this.main.getByRole('combobox', { name: /^(並び順|Order)$/ });
    this.searchButton = this.main.getByRole('button', { name: /^(この条件で探す|Search)$/ });
    this.resultCount = this.main.locator('.result-count');
    this.results = this.main.locator('ul.store-list > li');
    this.listView = this.main.getByRole('radio', { name: /^(一覧|List)$/ });
    this.mapView = this.main.getByRole('radio', { name: /^(地図と一覧|Map and list)$/ });
    this.map = this.main.getByRole('region', { name: /^(検索結果の地図|Map of the results)$/ });
    this.mapPins = this.map.locator('.store-map__pin');
    this.mapProblem = this.main.locator('.store-map__status');
    this.searchHereButton = this.main.getByRole('button', { name: /^(この地点から探す|Search around this point)$/ });
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/vacant-stores${search}`);
    await this.waitForResults();
  }

  /** The live region says how many matched once the search has answered. */
  async waitForResults(): Promise<void> {
    await this.resultCount.filter({ hasText: /件|found|見つかりませんでした|No store/ }).waitFor();
  }

  async search(filters: { q?: string; station?: string }): Promise<void> {
    if (filters.q !== undefined) await this.keyword.fill(filters.q);
    if (filters.station !== undefined) await this.station.selectOption({ label: filters.station });
    await this.searchButton.click();
  }

  /** The titles of the stores listed, in order. */
  titles(): Locator {
    return this.results.getByRole('heading', { level: 3 });
  }

  result(title: string): Locator {
    return this.main.getByRole('article', { name: title, exact: true });
  }
}

/** A store's page (/vacant-stores/:id). */
export class VacantStorePage extends PortalLayout {
  readonly heading: Locator;
  readonly backToResults: Locator;
  readonly inquireLink: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.backToResults = this.main.getByRole('link', { name: /^(検索結果に戻る|Back to the results)$/ });
    this.inquireLink = this.main.getByRole('link', { name: /^(ログインして問い合わせる|Sign in to ask)$/ });
  }

  /** The value of a fact in the page's definition lists, e.g. detail('面積'). */
  detail(term: string): Locator {
    return this.main.locator('.details-list > div').filter({ has: this.page.locator('dt').getByText(term, { exact: true }) }).locator('dd');
  }
}

/** The owner's list (/my/vacant-stores). */
export class MyVacantStoresPage extends PortalLayout {
  readonly heading: Locator;
  readonly newListingLink: Locator;
  readonly stores: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.newListingLink = this.main.getByRole('link', { name: /^(空き店舗を登録する|List a vacant store)$/ });
    this.stores = this.main.locator('.my-store');
  }

  async goto(): Promise<void> {
    await this.page.goto('/my/vacant-stores');
    await this.newListingLink.waitFor();
  }

  store(title: string): Locator {
    return this.main.getByRole('article', { name: title, exact: true });
  }
}

export interface ListingDetails {
  /** The organization listing it, on a new listing. */
  organization?: string;
  title: string;
  district: string;
  streetAddress: string;
  station: string;
  walkMinutes: string;
  floorArea: string;
  floor: string;
  monthlyRent: string;
  commonCharges?: string;
  contractType: string;
  uses: string[];
  description?: string;
}

/** The listing form, new (/my/vacant-stores/new) or a correction (/my/vacant-stores/:id/edit), with the review panel. */
export class ListingFormPage extends PortalLayout {
  readonly heading: Locator;
  readonly errorSummary: Locator;
  readonly saveDraftButton: Locator;
  readonly reviewPanel: Locator;
  readonly notice: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.errorSummary = this.main.locator('.error-summary');
    this.saveDraftButton = this.main.getByRole('button', { name: /^(下書きとして保存する|Save as a draft)$/ });
    this.reviewPanel = this.main.getByRole('region', { name: /^(審査の状況|Review)$/ });
    this.notice = this.main.locator('.notice--done');
  }

  textbox(name: string): Locator {
    return this.main.getByRole('textbox', { name, exact: true });
  }

  select(name: string): Locator {
    return this.main.getByRole('combobox', { name, exact: true });
  }

  reviewAction(name: string): Locator {
    return this.reviewPanel.getByRole('button', { name, exact: true });
  }

  async fill(details: ListingDetails): Promise<void> {
    if (details.organization) await this.select('登録する事業者').selectOption({ label: details.organization });
    await this.textbox('物件名').fill(details.title);
    await this.select('町名').selectOption(details.district);
    await this.textbox('番地・建物名').fill(details.streetAddress);
    await this.select('最寄り駅').selectOption({ label: details.station });
    await this.textbox('駅からの徒歩分数').fill(details.walkMinutes);
    await this.textbox('面積（m²）').fill(details.floorArea);
    await this.textbox('階').fill(details.floor);
    await this.textbox('賃料（月額・円）').fill(details.monthlyRent);
    if (details.commonCharges) await this.textbox('共益費（月額・円）（任意）').fill(details.commonCharges);
    await choose(this.main.getByRole('radio', { name: details.contractType, exact: true }));
    for (const use of details.uses) await choose(this.main.getByRole('checkbox', { name: use, exact: true }));
    if (details.description) await this.textbox('物件の紹介（任意）').fill(details.description);
    await choose(this.main.getByRole('checkbox', { name: /反社会的勢力/ }));
    await choose(this.main.getByRole('checkbox', { name: /市税を滞納していない/ }));
  }
}

/** The staff review queue (/staff/vacant-stores/review) and a store's review. */
export class VacantStoreReviewPage extends PortalLayout {
  readonly heading: Locator;
  readonly queue: Locator;
  readonly notice: Locator;
  readonly reviewPanel: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.queue = this.main.getByRole('table', { name: /^(審査を待っている物件|Stores waiting for review)$/ });
    this.notice = this.main.locator('.notice--done');
    this.reviewPanel = this.main.getByRole('region', { name: /^(審査の状況|Review)$/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/staff/vacant-stores/review');
    await this.main.locator('.result-count').waitFor();
  }

  open(title: string): Promise<void> {
    return this.queue.getByRole('link', { name: title, exact: true }).click();
  }
}
