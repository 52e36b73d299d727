import { expect, test, type Page } from '@playwright/test';
import { ListingExtrasPage, RecommendationsPage, SavedSearchesPage, SaveSearchControl } from '../pages/vacant-store-extras.pages';
import { MyVacantStoresPage, VacantStoreSearchPage } from '../pages/vacant-stores.pages';
import { createVerifiedAccount, signInThroughApi } from '../support/accounts';
import { axeViolations } from '../support/axe';
import { demoOwner } from '../support/demo';
import { MailReader } from '../support/mail-reader';

const mails = new MailReader();

// A real JPEG, 48 × 32 pixels (a shop front drawn in three rectangles): small enough to live here.
const shopFrontJpeg = Buffer.from(
  '/9j/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQEBw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCAAgADADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAABwAG/8QAHhAAAQEJAAAAAAAAAAAAAAAAAAMGBxZFVYOjwtL/xAAWAQEBAQAAAAAAAAAAAAAAAAACBQP/xAAgEQACAQMEAwAAAAAAAAAAAAAAAQIDEUESE0TwRVFS/9oADAMBAAIRAxEAPwBCIghjppKlgT5N1G5g5JC8QQx00lSwJ8lHTSVLAnyLQw7iF4ghjppKlgT5F4LjYSkmQAj8AI4AqYNm72YWtieFL7upO9mFrYnhS+7qRPKd+SjwO+zGD8AI/FuZOp5P/9k=',
  'base64',
);

/** No map tile is ever fetched: the tests run without a network. */
async function withoutTiles(page: Page): Promise<void> {
  await page.route('https://cyberjapandata.gsi.go.jp/**', (route) => route.abort());
}

test.beforeEach(async ({ page }) => withoutTiles(page));

// The demo owner's draft that says its photos are still to come (libs/server/vacant-stores/src/demo,
// which stores titles NFKC-normalised: its full-width brackets become ASCII ones).
const draftTitle = '溝沼 倉庫付き店舗（作成中）'.normalize('NFKC');

test('the owner adds a photo to a draft, and an oversized or a disguised file is refused with a clear error', async ({ page }) => {
  await signInThroughApi(page.request, demoOwner);
  const mine = new MyVacantStoresPage(page);
  await mine.goto();
  await mine.store(draftTitle).getByRole('link', { name: draftTitle, exact: true }).click();

  const listing = new ListingExtrasPage(page);
  await expect(listing.heading).toHaveText(draftTitle);
  const { photos } = listing;
  await expect(photos.count).toHaveText(/^\d+ \/ 10枚$/);
  // Counted rather than assumed, so that a retried run on the same data still reads right.
  const before = await photos.items.count();

  const caption = `倉庫の入口（北側から）${Date.now().toString(36)}`;
  await photos.add({ name: 'shop-front.jpg', mimeType: 'image/jpeg', buffer: shopFrontJpeg }, caption);
  await expect(photos.status).toHaveText(`写真「${caption}」を追加しました（${before + 1} / 10枚）。`);
  await expect(photos.items).toHaveCount(before + 1);
  await expect(photos.captions.last()).toHaveText(caption);
  await expect(photos.count).toHaveText(`${before + 1} / 10枚`);
  // The thumbnail the API made from it is served and decodes as an image.
  await expect.poll(() => photos.thumbnail(caption).evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]);

  // Over 10 MB: said before anything is sent.
  await photos.choose({ name: 'large-photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(11 * 1024 * 1024, 0xff) });
  await expect(photos.fileError).toHaveText('「large-photo.jpg」は11.0MBあり、大きすぎます。写真は1枚10MBまでです。縮小してから選んでください。');
  await expect(photos.file).toHaveAttribute('aria-invalid', 'true');
  await expect(photos.errorSummary).toContainText('10MBまでです');

  // Text named photo.jpg: the browser calls it a JPEG, the server reads its content and refuses it.
  await photos.add({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('これは写真ではありません。ただの文章です。\n'.repeat(20)) }, '店内');
  await expect(photos.fileError).toHaveText('この形式のファイルは登録できません。JPEG・PNG・WebP・AVIF の画像を選んでください。');
  await expect(photos.errorSummary).toContainText('この形式のファイルは登録できません。');
  await expect(photos.items).toHaveCount(before + 1);
  expect(await axeViolations(page)).toEqual([]);
});

test('a signed-in person saves a search, finds it in their saved searches, runs it again and deletes it', async ({ page }) => {
  const account = await createVerifiedAccount(page.request, mails, { displayName: '浜崎 三郎' });
  await signInThroughApi(page.request, account);

  const search = new VacantStoreSearchPage(page);
  await search.goto('?q=%E9%A3%B2%E9%A3%9F&station=%E5%8C%97%E6%9C%9D%E9%9C%9E');
  const save = new SaveSearchControl(page);
  await save.saveButton.click();
  await expect(save.dialog).toBeVisible();
  await expect(save.name).toHaveValue('「飲食」・北朝霞駅');
  expect(await axeViolations(page)).toEqual([]);

  const name = `北朝霞の飲食店 ${Date.now().toString(36)}`;
  await save.name.fill(name);
  await save.chooseAlert('1日1回まとめて知らせる');
  await save.confirmButton.click();
  await expect(save.dialog).toBeHidden();
  await expect(save.saved).toContainText(`「${name}」を保存しました。`);
  await expect(save.saveButton).toBeFocused();

  await save.savedSearchesLink.click();
  const saved = new SavedSearchesPage(page);
  await expect(saved.heading).toHaveText('保存した検索条件');
  await expect(saved.fact(name, '条件')).toHaveText('「飲食」・北朝霞駅');
  await expect(saved.fact(name, 'お知らせ')).toHaveText('1日1回まとめて知らせる');
  await expect(saved.mailSettingsLink).toHaveAttribute('href', '/account#mail');
  expect(await axeViolations(page)).toEqual([]);

  await saved.runLink(name).click();
  await expect(page).toHaveURL(/\/vacant-stores\?q=%E9%A3%B2%E9%A3%9F&station=%E5%8C%97%E6%9C%9D%E9%9C%9E$/);
  await search.waitForResults();
  await expect(search.station).toHaveValue('北朝霞');

  await saved.goto();
  await saved.deleteButton(name).click();
  await saved.deleteDialog().getByRole('button', { name: '削除する' }).click();
  await expect(saved.status).toHaveText(`「${name}」を削除しました。`);
  await expect(saved.search(name)).toHaveCount(0);
  await expect(saved.heading).toBeFocused();
});

test('a seeker states their needs and the stores are ranked with the reasons, each met or not in words; the owner of the best one then sees the seeker, without their address', async ({
  page,
  browser,
}) => {
  const displayName = `根岸 花 ${Date.now().toString(36)}`;
  const account = await createVerifiedAccount(page.request, mails, { displayName });
  await signInThroughApi(page.request, account);

  const recommended = new RecommendationsPage(page);
  await recommended.goto();
  await expect(recommended.heading).toHaveText('あなたへのおすすめ物件');
  await expect(recommended.results).toContainText('希望条件がまだ登録されていません。');

  await recommended.fill({ stations: ['北朝霞'], walk: '徒歩5分以内', budget: '280,000', uses: ['飲食'], plannedBusiness: '駅前で小さなラーメン店を開きたい', discoverable: true });
  await recommended.saveButton.click();
  await expect(recommended.saved).toHaveText('希望条件を保存しました。おすすめ物件を更新しました。');

  // 北朝霞駅 徒歩2分, 275,000 yen a month, 飲食 allowed: every need met, so it comes first.
  const best = '北朝霞 駅前 飲食店居抜き';
  await expect(recommended.recommendations.first().getByRole('heading', { level: 3 })).toHaveText(best);
  await expect(recommended.reasons(best)).toHaveText(['北朝霞駅 徒歩2分 ✓', '予算内（月額275,000円） ✓', '飲食 可 ✓']);
  await expect(recommended.recommendation(best)).toContainText('一致度 100%');
  // Further down, stores that miss a need say which one, in words and with ✗.
  await expect(recommended.results.locator('.match-reason--unmet').first()).toHaveText(/✗$/);
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await expect(recommended.needs.getByRole('checkbox', { name: '北朝霞', exact: true })).toBeChecked();
  await expect(recommended.needs.getByRole('textbox', { name: /^月額の予算/ })).toHaveValue('280000');

  // The seeker allowed owners to see them: the demo owner of that store finds them on its page.
  const ownerContext = await browser.newContext();
  try {
    const ownerPage = await ownerContext.newPage();
    await withoutTiles(ownerPage);
    await signInThroughApi(ownerPage.request, demoOwner);
    const mine = new MyVacantStoresPage(ownerPage);
    await mine.goto();
    await mine.store(best).getByRole('link', { name: best, exact: true }).click();
    const listing = new ListingExtrasPage(ownerPage);
    await expect(listing.heading).toHaveText(best);
    const seeker = listing.recommendedSeekers.getByRole('article', { name: displayName, exact: true });
    await expect(seeker).toContainText('駅前で小さなラーメン店を開きたい');
    await expect(seeker).toContainText('一致度 100%');
    await expect(seeker.locator('.match-reason')).toHaveText(['北朝霞駅 徒歩2分 ✓', '予算内（月額275,000円） ✓', '飲食 可 ✓']);
    await expect(listing.recommendedSeekers).not.toContainText(account.email);
    expect(await axeViolations(ownerPage)).toEqual([]);
  } finally {
    await ownerContext.close();
  }
});
