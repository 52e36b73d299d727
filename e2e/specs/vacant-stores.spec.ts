import { expect, test, type Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page';
import { ListingFormPage, MyVacantStoresPage, VacantStorePage, VacantStoreReviewPage, VacantStoreSearchPage } from '../pages/vacant-stores.pages';
import { axeViolations } from '../support/axe';
import { demoOwner, demoStaff, totpCode } from '../support/demo';

// The demo data (libs/server/vacant-stores/src/demo) has about 30 stores around the three
// stations; of the published ones, only 「朝霞台駅前 飲食可 1階路面」 says 飲食 near 朝霞台.
const asakadaiRestaurant = '朝霞台駅前 飲食可 1階路面';

/** No map tile is ever fetched: the tests run without a network, as the list must. */
async function withoutTiles(page: Page): Promise<void> {
  await page.route('https://cyberjapandata.gsi.go.jp/**', (route) => route.abort());
}

test.describe('finding a store', () => {
  test.beforeEach(async ({ page }) => withoutTiles(page));

  test('a visitor finds a store by a two-character word and a station, the address holds the search, and back and forward step through it', async ({ page, context }) => {
    const search = new VacantStoreSearchPage(page);
    await search.goto();
    await expect(search.heading).toHaveText('空き店舗をさがす');
    expect(await axeViolations(page)).toEqual([]);

    await search.search({ q: '飲食' });
    await expect(page).toHaveURL(/\/vacant-stores\?q=%E9%A3%B2%E9%A3%9F$/);
    await search.waitForResults();
    const withWord = await search.results.count();
    expect(withWord).toBeGreaterThan(1);

    await search.search({ station: '朝霞台' });
    await expect(page).toHaveURL(/\?q=%E9%A3%B2%E9%A3%9F&station=%E6%9C%9D%E9%9C%9E%E5%8F%B0$/);
    await expect(search.titles()).toHaveText([asakadaiRestaurant]);
    await expect(search.resultCount).toHaveText('1件の物件が見つかりました（1〜1件目を表示）。');
    const result = search.result(asakadaiRestaurant);
    await expect(result).toContainText('朝霞台駅 徒歩1分');
    await expect(result).toContainText('48.3m²（14.6坪）');
    await expect(result).toContainText('300,000円');

    // The address alone reproduces the search, in another tab.
    const shared = await context.newPage();
    const sharedSearch = new VacantStoreSearchPage(shared);
    await sharedSearch.goto(new URL(page.url()).search);
    await expect(sharedSearch.titles()).toHaveText([asakadaiRestaurant]);
    await expect(sharedSearch.keyword).toHaveValue('飲食');
    await expect(sharedSearch.station).toHaveValue('朝霞台');
    await shared.close();

    await page.goBack();
    await expect(page).toHaveURL(/\?q=%E9%A3%B2%E9%A3%9F$/);
    await expect(search.station).toHaveValue('');
    await expect(search.results).toHaveCount(withWord);
    await page.goForward();
    await expect(search.titles()).toHaveText([asakadaiRestaurant]);

    await result.getByRole('link', { name: asakadaiRestaurant }).click();
    const store = new VacantStorePage(page);
    await expect(store.heading).toHaveText(asakadaiRestaurant);
    await expect(store.detail('面積')).toHaveText('48.3m²（14.6坪）');
    await expect(store.detail('月額（賃料＋共益費）')).toHaveText('300,000円');
    await expect(store.detail('最寄り駅')).toHaveText('朝霞台駅 徒歩1分');
    await expect(store.detail('用途')).toHaveText('飲食');
    await expect(store.detail('登録者')).toHaveText('みつばち雑貨店');
    await expect(store.inquireLink).toHaveAttribute('href', /^\/login\?next=%2Fvacant-stores%2F/);
    expect(await axeViolations(page)).toEqual([]);

    await store.backToResults.click();
    await expect(page).toHaveURL(/\?q=%E9%A3%B2%E9%A3%9F&station=%E6%9C%9D%E9%9C%9E%E5%8F%B0$/);
  });

  test('the map shows the results without any tile, the list stays, and a point on the map searches around it', async ({ page }) => {
    const search = new VacantStoreSearchPage(page);
    await search.goto('?station=%E6%9C%9D%E9%9C%9E%E5%8F%B0');
    const listed = await search.results.count();
    expect(listed).toBeGreaterThan(0);

    await search.mapView.click();
    await expect(page).toHaveURL(/view=map/);
    await expect(search.map).toBeVisible();
    await expect(search.mapProblem).toHaveText('地図の画像を読み込めませんでした。印と一覧はそのままご利用いただけます。');
    await expect(search.results).toHaveCount(listed);
    await expect(search.mapPins.first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // A pin is a button: Enter opens its popup and puts focus on the store's link.
    await search.mapPins.first().focus();
    await page.keyboard.press('Enter');
    await expect(search.map.locator('.store-map__popup a')).toBeFocused();

    await search.searchHereButton.click();
    await expect(page).toHaveURL(/near=[\d.]+%2C[\d.]+%2C1&sort=distance&view=map/);
    await search.waitForResults();
    await expect(search.sort).toHaveValue('distance');
    await expect(search.results.first()).toContainText(/約[\d.]+km/);
  });

  test('in English, the search and a store’s page are in English and have no WCAG 2.2 AA violation', async ({ page }) => {
    const search = new VacantStoreSearchPage(page);
    await search.goto('?station=%E5%8C%97%E6%9C%9D%E9%9C%9E');
    await search.switchLanguage('en');
    await expect(search.heading).toHaveText('Find a vacant store');
    await expect(search.resultCount).toHaveText(/^Stores found: \d+/);
    await expect(search.results.first()).toContainText('from Kita-Asaka Station');
    expect(await axeViolations(page)).toEqual([]);

    await search.titles().first().getByRole('link').click();
    const store = new VacantStorePage(page);
    await expect(store.detail('Nearest station')).toContainText('Kita-Asaka Station');
    await expect(store.inquireLink).toHaveText('Sign in to ask');
    expect(await axeViolations(page)).toEqual([]);
  });

  test.describe('on a 375px-wide phone', () => {
    test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

    test('the search is usable: filters, then the results one under another, without sideways scrolling', async ({ page }) => {
      const search = new VacantStoreSearchPage(page);
      await search.goto();
      await search.search({ q: '駅前', station: '北朝霞' });
      await expect(page).toHaveURL(/\?q=%E9%A7%85%E5%89%8D&station=%E5%8C%97%E6%9C%9D%E9%9C%9E$/);
      await expect(search.results.first()).toBeVisible();
      const [first, second] = [await search.results.nth(0).boundingBox(), await search.results.nth(1).boundingBox()];
      expect(first && first.width).toBeGreaterThan(300);
      if (first && second) expect(second.y).toBeGreaterThan(first.y + first.height - 1);
      expect(await search.hasHorizontalScroll()).toBe(false);
      expect(await axeViolations(page)).toEqual([]);

      await search.mapView.click();
      await expect(search.map).toBeVisible();
      expect(await search.hasHorizontalScroll()).toBe(false);
    });
  });

  test.describe('at 320 CSS pixels (WCAG reflow)', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('a store’s page needs no horizontal scrolling', async ({ page }) => {
      const search = new VacantStoreSearchPage(page);
      await search.goto('?q=%E9%A3%B2%E9%A3%9F');
      await search.titles().first().getByRole('link').click();
      await new VacantStorePage(page).heading.waitFor();
      expect(await search.hasHorizontalScroll()).toBe(false);
    });
  });
});

// One story, in order: the owner lists a store and sends it for review, staff publish it, and a
// visitor finds it by a two-character word. Staff sign in once (a code is accepted once per step).
test.describe('from listing to published', () => {
  test.describe.configure({ mode: 'serial' });

  const runId = Date.now().toString(36);
  const title = `駄菓子屋向き 小さな路面店 ${runId}`;

  test('the owner sees their stores with statuses and reasons, and lists a new one: the form says what is missing, then saves a draft and sends it for review', async ({ page }) => {
    await withoutTiles(page);
    const signIn = new SignInPage(page);
    await signIn.goto('/my/vacant-stores');
    await signIn.signIn(demoOwner.email, demoOwner.password);

    const mine = new MyVacantStoresPage(page);
    await expect(mine.heading).toHaveText('登録した空き店舗');
    const rejected = mine.store('栄町 元スナック');
    await expect(rejected).toContainText('差し戻し');
    await expect(rejected).toContainText('用途の制限（営業時間・騒音）と共益費の内訳を記載してください。');
    await expect(mine.store('仲町 古民家風の店舗')).toContainText('審査中');
    expect(await axeViolations(page)).toEqual([]);

    await mine.newListingLink.click();
    const form = new ListingFormPage(page);
    await expect(form.heading).toHaveText('空き店舗の登録');
    expect(await axeViolations(page)).toEqual([]);

    await form.saveDraftButton.click();
    await expect(form.errorSummary.getByRole('link', { name: '物件名を入力してください。' })).toBeVisible();
    await expect(form.errorSummary.getByRole('link', { name: '用途を1つ以上選んでください。' })).toBeVisible();
    await expect(form.errorSummary.getByRole('link', { name: '市税の滞納がないことを申告してください。' })).toBeVisible();
    await expect(form.textbox('物件名')).toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations(page)).toEqual([]);

    await form.fill({
      organization: 'みつばち雑貨店',
      title,
      district: '本町一丁目',
      streetAddress: '2-7 本町ビル1F',
      station: '朝霞',
      walkMinutes: '４',
      floorArea: '19.8',
      floor: '1F',
      monthlyRent: '７８，０００',
      commonCharges: '3000',
      contractType: '普通借家契約',
      uses: ['物販', 'サービス'],
      description: '駄菓子屋や小さな雑貨店に向いた路面店です。',
    });
    await form.saveDraftButton.click();

    await expect(form.heading).toHaveText(title);
    await expect(form.notice).toHaveText('下書きを保存しました。内容を確認して「審査に出す」を押してください。');
    await expect(form.reviewPanel).toContainText('下書き');
    await expect(form.reviewPanel.getByRole('button')).toHaveText(['審査に出す', '取り下げる']);
    expect(await axeViolations(page)).toEqual([]);

    await form.reviewAction('審査に出す').click();
    await expect(form.reviewPanel).toContainText('審査に出しました。市の確認をお待ちください。');
    await expect(form.reviewPanel).toContainText('審査中');
    await expect(form.reviewPanel.getByRole('button')).toHaveText(['取り下げる']);
  });

  test('staff find it in the review queue and publish it; a visitor then finds it by a two-character word', async ({ page, browser }) => {
    await withoutTiles(page);
    const signIn = new SignInPage(page);
    await signIn.goto('/staff/vacant-stores/review');
    await signIn.signInWithCode(demoStaff.email, demoStaff.password, () => totpCode());

    const review = new VacantStoreReviewPage(page);
    await expect(review.heading).toHaveText('空き店舗の審査');
    await expect(review.queue).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await review.open(title);
    await expect(review.reviewPanel.getByRole('button')).toHaveText(['公開する', '差し戻す']);
    expect(await axeViolations(page)).toEqual([]);
    await review.reviewPanel.getByRole('button', { name: '公開する' }).click();
    const dialog = page.getByRole('alertdialog', { name: `「${title}」を公開しますか` });
    await dialog.getByRole('button', { name: '公開する' }).click();

    await expect(page).toHaveURL(/\/staff\/vacant-stores\/review$/);
    await expect(review.notice).toHaveText(`「${title}」を公開しました。`);

    const visitorContext = await browser.newContext();
    try {
      const visitor = await visitorContext.newPage();
      await withoutTiles(visitor);
      const search = new VacantStoreSearchPage(visitor);
      await search.goto();
      await search.search({ q: '駄菓' });
      await expect(search.titles()).toHaveText([title]);
      await expect(search.result(title)).toContainText('19.8m²（6.0坪）');
      await expect(search.result(title)).toContainText('81,000円');
    } finally {
      await visitorContext.close();
    }
  });
});
