import type { MeResponse, RecommendedSeekers, RecommendedVacantStores, StoreSeekerProfile } from '@asaka/contracts';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { languageStorageKey } from '../../../i18n/i18n';
import { descriptionOf, meFixture } from '../../../testing/fixtures';
import { fakeApi, jsonResponse, signedOut, type FakeHandler } from '../../../testing/fake-api';
import { renderAppAt } from '../../../testing/render-app';
import { organizationId, storeFixture, summaryFixture } from '../testing/store-fixtures';

jest.mock('../map-loader', () => ({ loadMaps: () => new Promise(() => undefined) }));

let api: ReturnType<typeof fakeApi>;
let me: MeResponse | null;
let profile: StoreSeekerProfile;

const emptyProfile: StoreSeekerProfile = { needs: {}, plannedBusiness: null, discoverable: false, updatedAt: null };

const pick = ({ id, title, district, station, walkMinutes, floorAreaSquareMetres, floorAreaTsubo, monthlyRentYen, commonChargesYen, monthlyTotalYen, allowedUses, publishedAt }: ReturnType<typeof summaryFixture>) => ({
  id,
  title,
  district,
  station,
  walkMinutes,
  floorAreaSquareMetres,
  floorAreaTsubo,
  monthlyRentYen,
  commonChargesYen,
  monthlyTotalYen,
  allowedUses,
  publishedAt,
});

const kitaAsaka = pick(
  summaryFixture({
    id: '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    title: '北朝霞 駅前 飲食店居抜き',
    district: '浜崎一丁目',
    station: '北朝霞',
    walkMinutes: 2,
    floorAreaSquareMetres: 52.7,
    floorAreaTsubo: 15.9,
    monthlyRentYen: 260_000,
    commonChargesYen: 15_000,
    monthlyTotalYen: 275_000,
  }),
);
const asakadai = pick(summaryFixture());

/** What the API ranks for the needs in the test: 北朝霞 within 5 minutes, 300,000 yen, 飲食. */
const ranked: RecommendedVacantStores = {
  items: [
    {
      store: kitaAsaka,
      score: 100,
      reasons: [
        { kind: 'station', met: true, station: '北朝霞', walkMinutes: 2 },
        { kind: 'budget', met: true, monthlyTotalYen: 275_000, budgetYen: 280_000 },
        { kind: 'use', met: true, uses: ['飲食'] },
      ],
    },
    {
      store: asakadai,
      score: 25,
      reasons: [
        { kind: 'station', met: false, station: '朝霞台', walkMinutes: 1 },
        { kind: 'budget', met: false, monthlyTotalYen: 300_000, budgetYen: 280_000 },
        { kind: 'use', met: true, uses: ['飲食'] },
      ],
    },
  ],
  total: 2,
  page: 1,
  pageSize: 20,
  needsStated: true,
};

const notStated: RecommendedVacantStores = { items: [], total: 0, page: 1, pageSize: 20, needsStated: false };

function serve(handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': (request) => (me ? jsonResponse(200, me) : signedOut(request)),
    'GET /api/vacant-stores/seeker-profile': () => jsonResponse(200, profile),
    'GET /api/vacant-stores/recommended': () => jsonResponse(200, profile.updatedAt ? ranked : notStated),
    'PUT /api/vacant-stores/seeker-profile': ({ body }) => {
      profile = { ...(body as Omit<StoreSeekerProfile, 'updatedAt'>), updatedAt: '2025-06-02T10:00:00+09:00' };
      return jsonResponse(200, profile);
    },
    ...handlers,
  });
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

const press = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};
const reasonsOf = (title: string) => within(screen.getByRole('article', { name: title })).getAllByRole('listitem').map((item) => item.textContent);

beforeEach(() => {
  window.localStorage.clear();
  me = meFixture();
  profile = emptyProfile;
});

afterEach(() => jest.restoreAllMocks());

describe('stores recommended for a seeker (/vacant-stores/recommended)', () => {
  it('asks for the needs first, saves them, then ranks the stores with each reason met (✓) or not (✗) in words', async () => {
    serve();
    await renderAppAt('/vacant-stores/recommended');

    expect(await screen.findByRole('heading', { level: 1, name: 'あなたへのおすすめ物件' })).toBeTruthy();
    expect(await screen.findByText(/希望条件がまだ登録されていません。/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '希望条件を入力する' }).getAttribute('href')).toBe('/vacant-stores/recommended#seeker-needs');

    await press(await screen.findByRole('checkbox', { name: '北朝霞' }));
    fireEvent.change(screen.getByRole('combobox', { name: '駅からの徒歩' }), { target: { value: '5' } });
    const budget = screen.getByRole('textbox', { name: '月額の予算（円）（任意）' });
    fireEvent.change(budget, { target: { value: '２８万' } });
    await press(screen.getByRole('checkbox', { name: '飲食' }));
    fireEvent.change(screen.getByRole('textbox', { name: '予定している事業（任意）' }), { target: { value: '駅前で小さなカフェを開きたい' } });
    const discoverable = screen.getByRole('checkbox', { name: /^物件の所有者に、私の希望条件を表示してよい/ });
    // What owners would see, and what they never see, is said beside the choice.
    expect(discoverable.closest('label')?.textContent).toContain('メールアドレス・住所・電話番号は表示されず、所有者からあなたへ直接連絡することはできません。');
    await press(discoverable);
    await press(screen.getByRole('button', { name: '希望条件を保存する' }));

    expect(descriptionOf(budget)).toContain('月額の予算は、0から1億までの整数（円）で入力してください。');
    expect(api.to('PUT /api/vacant-stores/seeker-profile')).toHaveLength(0);

    fireEvent.change(budget, { target: { value: '２８０，０００円' } });
    await press(screen.getByRole('button', { name: '希望条件を保存する' }));

    await screen.findByRole('article', { name: '北朝霞 駅前 飲食店居抜き' });
    expect(api.to('PUT /api/vacant-stores/seeker-profile')[0]?.body).toEqual({
      needs: { stations: ['北朝霞'], maxWalkMinutes: 5, monthlyBudgetYen: 280000, uses: ['飲食'] },
      plannedBusiness: '駅前で小さなカフェを開きたい',
      discoverable: true,
    });
    expect(screen.getByText('希望条件を保存しました。おすすめ物件を更新しました。').closest('[role="status"]')).toBeTruthy();

    expect(screen.getByText('希望条件に合う物件が2件あります（合う順）。')).toBeTruthy();
    const titles = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(titles).toEqual(['北朝霞 駅前 飲食店居抜き', '朝霞台駅前 飲食可 1階路面']);
    expect(reasonsOf('北朝霞 駅前 飲食店居抜き')).toEqual(['北朝霞駅 徒歩2分 ✓', '予算内（月額275,000円） ✓', '飲食 可 ✓']);
    expect(reasonsOf('朝霞台駅前 飲食可 1階路面')).toEqual(['朝霞台駅 徒歩1分 ✗', '予算超過（月額300,000円） ✗', '飲食 可 ✓']);
    const best = screen.getByRole('article', { name: '北朝霞 駅前 飲食店居抜き' });
    expect(within(best).getByText('100%')).toBeTruthy();
    // The marks are named for screen readers, not left to their shape or colour.
    expect(within(best).getAllByRole('img', { name: '希望に合う' })).toHaveLength(3);
    expect(within(screen.getByRole('article', { name: '朝霞台駅前 飲食可 1階路面' })).getAllByRole('img', { name: '希望に合わない' })).toHaveLength(2);
    expect(within(best).getByRole('link', { name: '北朝霞 駅前 飲食店居抜き' }).getAttribute('href')).toBe(`/vacant-stores/${kitaAsaka.id}`);
  });

  it('shows the needs saved before in the form, and says so when no store fits them', async () => {
    profile = {
      needs: { stations: ['朝霞'], minAreaSquareMetres: 100, monthlyBudgetYen: 50_000 },
      plannedBusiness: '学習塾',
      discoverable: false,
      updatedAt: '2025-06-01T10:00:00+09:00',
    };
    serve({ 'GET /api/vacant-stores/recommended': () => jsonResponse(200, { ...ranked, items: [], total: 0 }) });
    await renderAppAt('/vacant-stores/recommended');

    expect(await screen.findByText(/今は、希望条件に合う公開中の物件がありません。/)).toBeTruthy();
    expect((await screen.findByRole('checkbox', { name: '朝霞' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('combobox', { name: '広さ（下限）' }) as HTMLSelectElement).value).toBe('100');
    expect((screen.getByRole('textbox', { name: '月額の予算（円）（任意）' }) as HTMLInputElement).value).toBe('50000');
    expect((screen.getByRole('textbox', { name: '予定している事業（任意）' }) as HTMLTextAreaElement).value).toBe('学習塾');
    expect((screen.getByRole('checkbox', { name: /^物件の所有者に/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('reads the reasons in English', async () => {
    window.localStorage.setItem(languageStorageKey, 'en');
    profile = { ...emptyProfile, updatedAt: '2025-06-01T10:00:00+09:00' };
    serve();
    await renderAppAt('/vacant-stores/recommended');

    await screen.findByRole('article', { name: '北朝霞 駅前 飲食店居抜き' });
    expect(reasonsOf('北朝霞 駅前 飲食店居抜き')).toEqual(['2 min walk from Kita-Asaka Station ✓', 'Within budget (¥275,000 a month) ✓', 'Allows Food and drink ✓']);
    expect(reasonsOf('朝霞台駅前 飲食可 1階路面')[1]).toBe('Over budget (¥300,000 a month) ✗');
  });

  it('asks a visitor to sign in', async () => {
    me = null;
    serve();
    await renderAppAt('/vacant-stores/recommended');

    expect(await screen.findByText('おすすめ物件を見るには、ログインして希望条件を登録してください。')).toBeTruthy();
    expect(api.to('GET /api/vacant-stores/recommended')).toHaveLength(0);
  });
});

describe('seekers recommended for an owner’s published store', () => {
  const owner = meFixture({ displayName: '本町 商', organizations: [{ id: organizationId, name: 'みつばち雑貨店', role: 'owner' }] });
  const store = storeFixture({ status: 'published', actions: ['close', 'withdraw'] });

  it('shows who fits the store, with what they plan to open, the score and the reasons, and never a way to reach them', async () => {
    me = owner;
    const seekers: RecommendedSeekers = {
      items: [
        {
          displayName: '朝霞 花子',
          plannedBusiness: '駅前で小さなカフェを開きたい',
          score: 100,
          reasons: [
            { kind: 'station', met: true, station: '朝霞台', walkMinutes: 1 },
            { kind: 'area', met: true, areaSquareMetres: 48.3 },
          ],
          profileUpdatedAt: '2025-06-01T10:00:00+09:00',
        },
        {
          displayName: '溝沼 二郎',
          plannedBusiness: null,
          score: 50,
          reasons: [
            { kind: 'use', met: false, uses: [] },
            { kind: 'budget', met: true, monthlyTotalYen: 300_000, budgetYen: 400_000 },
          ],
          profileUpdatedAt: '2025-05-20T10:00:00+09:00',
        },
      ],
      total: 2,
      page: 1,
      pageSize: 20,
    };
    serve({
      [`GET /api/vacant-stores/${store.id}`]: () => jsonResponse(200, store),
      [`GET /api/vacant-stores/${store.id}/recommended-seekers`]: () => jsonResponse(200, seekers),
    });
    await renderAppAt(`/my/vacant-stores/${store.id}/edit`);

    const section = await screen.findByRole('region', { name: 'この物件に合う出店希望者' });
    await within(section).findByRole('article', { name: '朝霞 花子' });
    expect(within(section).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['朝霞 花子', '溝沼 二郎']);
    expect(reasonsOf('朝霞 花子')).toEqual(['朝霞台駅 徒歩1分 ✓', '48.3m² 希望の広さ ✓']);
    expect(reasonsOf('溝沼 二郎')).toEqual(['希望の用途は不可 ✗', '予算内（月額300,000円） ✓']);
    expect(within(screen.getByRole('article', { name: '朝霞 花子' })).getByText('駅前で小さなカフェを開きたい')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: '溝沼 二郎' })).getByText('記載なし')).toBeTruthy();
    expect(within(section).getByText('50%')).toBeTruthy();
    expect(within(section).queryAllByRole('link')).toHaveLength(0);
    // A published listing cannot be edited, nor its photos.
    expect(screen.queryByRole('region', { name: '写真' })).toBeNull();
  });
});
