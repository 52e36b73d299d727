import type { VacantStore, VacantStorePhoto } from '@asaka/contracts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { descriptionOf, meFixture } from '../../../testing/fixtures';
import { errorResponse, fakeApi, jsonResponse, noContent, testCsrfToken, type FakeHandler } from '../../../testing/fake-api';
import { renderAppAt } from '../../../testing/render-app';
import { organizationId, storeFixture } from '../testing/store-fixtures';

// No Leaflet in jsdom: the maps' chunk stands in as one that did not arrive.
jest.mock('../map-loader', () => ({ loadMaps: () => new Promise(() => undefined) }));

const owner = meFixture({ displayName: '本町 商', organizations: [{ id: organizationId, name: 'みつばち雑貨店', role: 'owner' }] });
const storeId = '3d7c2a10-8b1e-4f5a-9c3d-1e2f3a4b5c6d';

function photo(id: string, caption: string): VacantStorePhoto {
  const url = `/api/vacant-stores/${storeId}/photos/${id}`;
  return { id, url, thumbnailUrl: `${url}/thumbnail`, caption, width: 1200, height: 900 };
}

const front = photo('a1b2c3d4-0000-4000-8000-000000000001', '外観（駅側から）');
const inside = photo('a1b2c3d4-0000-4000-8000-000000000002', '店内（厨房側）');
const counter = photo('a1b2c3d4-0000-4000-8000-000000000003', '店内（カウンター側）');

const photosPath = `/api/vacant-stores/${storeId}/photos`;
let api: ReturnType<typeof fakeApi>;

function serve(store: VacantStore, handlers: Record<string, FakeHandler> = {}) {
  api = fakeApi({
    'GET /api/me': () => jsonResponse(200, owner),
    [`GET /api/vacant-stores/${storeId}`]: () => jsonResponse(200, store),
    ...handlers,
  });
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

const draft = (photos: VacantStorePhoto[]) => storeFixture({ id: storeId, status: 'draft', publishedAt: null, expiresAt: null, actions: ['submit', 'withdraw'], photos });

const press = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};
const photosRegion = () => screen.getByRole('region', { name: '写真' });
const fileInput = () => within(photosRegion()).getByLabelText('写真のファイル') as HTMLInputElement;
const choose = async (file: File) => {
  await act(async () => {
    fireEvent.change(fileInput(), { target: { files: [file] } });
  });
};
const captions = () => Array.from(photosRegion().querySelectorAll('.photo-manager__item'), (item) => item.querySelector('figcaption')?.textContent);

beforeEach(() => window.localStorage.clear());
afterEach(() => jest.restoreAllMocks());

describe('the photos of a listing the owner is still editing', () => {
  it('shows the photos in order with the count, and says in words why a file that is not an image or is over 10 MB cannot be added, before sending it', async () => {
    serve(draft([front, inside]));
    await renderAppAt(`/my/vacant-stores/${storeId}/edit`);

    await screen.findByRole('region', { name: '写真' });
    expect(within(photosRegion()).getByText('2 / 10枚')).toBeTruthy();
    expect(captions()).toEqual(['1枚目（検索結果に表示）外観（駅側から）', '2枚目店内（厨房側）']);
    expect(fileInput().getAttribute('accept')).toBe('image/jpeg,image/png,image/webp,image/avif');

    await choose(new File(['%PDF-1.7'], 'plan.pdf', { type: 'application/pdf' }));
    const typeMessage = '「plan.pdf」は登録できない形式のファイルです。JPEG・PNG・WebP・AVIF の画像を選んでください。';
    expect(descriptionOf(fileInput())).toContain(typeMessage);
    expect(fileInput().getAttribute('aria-invalid')).toBe('true');
    expect(within(screen.getAllByRole('alert').find((region) => region.querySelector('.error-summary')) as HTMLElement).getByText(typeMessage)).toBeTruthy();

    await choose(new File([new Uint8Array(11 * 1024 * 1024)], 'big.jpg', { type: 'image/jpeg' }));
    expect(descriptionOf(fileInput())).toContain('「big.jpg」は11.0MBあり、大きすぎます。写真は1枚10MBまでです。縮小してから選んでください。');

    fireEvent.change(screen.getByRole('textbox', { name: '写真の説明' }), { target: { value: '外観' } });
    await press(screen.getByRole('button', { name: '写真を追加する' }));
    expect(descriptionOf(fileInput())).toContain('10MBまでです');
    expect(api.to(`POST ${photosPath}`)).toHaveLength(0);
  });

  it('asks for the file and what it shows before sending anything', async () => {
    serve(draft([]));
    await renderAppAt(`/my/vacant-stores/${storeId}/edit`);

    await screen.findByRole('region', { name: '写真' });
    expect(within(photosRegion()).getByText('まだ写真がありません。')).toBeTruthy();
    await press(screen.getByRole('button', { name: '写真を追加する' }));

    expect(descriptionOf(fileInput())).toContain('追加する写真のファイルを選んでください。');
    expect(descriptionOf(screen.getByRole('textbox', { name: '写真の説明' }))).toContain('写真の説明を入力してください。');
    expect(document.activeElement).toBe(fileInput());
    expect(api.to(`POST ${photosPath}`)).toHaveLength(0);
  });

  it('shows the server’s own message when it refuses a file by its content, then sends a photo with its description and announces it', async () => {
    let answer: FakeHandler = () => errorResponse(415, 'UNSUPPORTED_FILE_TYPE', 'この形式のファイルは登録できません。JPEG・PNG・WebP・AVIF の画像を選んでください。');
    serve(draft([front, inside]), { [`POST ${photosPath}`]: (request) => answer(request) });
    await renderAppAt(`/my/vacant-stores/${storeId}/edit`);
    await screen.findByRole('region', { name: '写真' });

    // Named like a photo, so the browser calls it image/jpeg: only the server can tell.
    await choose(new File(['just some text'], 'photo.jpg', { type: 'image/jpeg' }));
    fireEvent.change(screen.getByRole('textbox', { name: '写真の説明' }), { target: { value: '店内（カウンター側）' } });
    await press(screen.getByRole('button', { name: '写真を追加する' }));

    await waitFor(() => expect(descriptionOf(fileInput())).toContain('この形式のファイルは登録できません。JPEG・PNG・WebP・AVIF の画像を選んでください。'));
    expect(captions()).toHaveLength(2);

    answer = () => jsonResponse(201, counter);
    const realPhoto = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'counter.jpg', { type: 'image/jpeg' });
    await choose(realPhoto);
    await press(screen.getByRole('button', { name: '写真を追加する' }));

    await waitFor(() => expect(within(photosRegion()).getByRole('status').textContent).toBe('写真「店内（カウンター側）」を追加しました（3 / 10枚）。'));
    expect(captions()).toEqual(['1枚目（検索結果に表示）外観（駅側から）', '2枚目店内（厨房側）', '3枚目店内（カウンター側）']);
    expect(within(photosRegion()).getByText('3 / 10枚')).toBeTruthy();
    const sent = api.to(`POST ${photosPath}`).at(-1);
    expect(sent?.headers.get('X-CSRF-Token')).toBe(testCsrfToken);
    expect(sent?.body).toBeInstanceOf(FormData);
    const form = sent?.body as FormData;
    expect(form.get('caption')).toBe('店内（カウンター側）');
    expect((form.get('file') as File).name).toBe('counter.jpg');
    // Ready for the next one: the file and its description are cleared.
    expect(fileInput().files?.length ?? 0).toBe(0);
    expect((screen.getByRole('textbox', { name: '写真の説明' }) as HTMLInputElement).value).toBe('');
  });

  it('moves a photo later and earlier with buttons that keep the focus on it, and deletes one after asking', async () => {
    serve(draft([front, inside]), {
      [`PUT ${photosPath}/order`]: ({ body }) => {
        const ids = (body as { photoIds: string[] }).photoIds;
        return jsonResponse(200, { photos: ids.map((id) => [front, inside].find((candidate) => candidate.id === id)) });
      },
      [`DELETE ${photosPath}/${front.id}`]: () => noContent(),
    });
    await renderAppAt(`/my/vacant-stores/${storeId}/edit`);
    await screen.findByRole('region', { name: '写真' });

    expect((screen.getByRole('button', { name: '前へ：外観（駅側から）' }) as HTMLButtonElement).disabled).toBe(true);
    await press(screen.getByRole('button', { name: '後ろへ：外観（駅側から）' }));

    await waitFor(() => expect(within(photosRegion()).getByRole('status').textContent).toBe('「外観（駅側から）」を2枚目にしました。'));
    expect(api.to(`PUT ${photosPath}/order`)[0]?.body).toEqual({ photoIds: [inside.id, front.id] });
    expect(captions()).toEqual(['1枚目（検索結果に表示）店内（厨房側）', '2枚目外観（駅側から）']);
    // It is last now, so "later" is disabled: focus is on "earlier" for the same photo.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '前へ：外観（駅側から）' }));

    await press(screen.getByRole('button', { name: '削除：外観（駅側から）' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'この写真を削除しますか' });
    expect(within(dialog).getByText('「外観（駅側から）」を削除します。削除した写真は元に戻せません。')).toBeTruthy();
    await press(within(dialog).getByRole('button', { name: '削除する' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.to(`DELETE ${photosPath}/${front.id}`)).toHaveLength(1);
    expect(within(photosRegion()).getByRole('status').textContent).toBe('写真「外観（駅側から）」を削除しました（1 / 10枚）。');
    expect(captions()).toEqual(['1枚目（検索結果に表示）店内（厨房側）']);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: '写真' })));
  });

  it('says a reorder failed with the server’s reason and puts the photos back', async () => {
    serve(draft([front, inside]), {
      [`PUT ${photosPath}/order`]: () => errorResponse(409, 'NOT_EDITABLE', '審査中・公開中の物件は修正できません。'),
    });
    await renderAppAt(`/my/vacant-stores/${storeId}/edit`);
    await screen.findByRole('region', { name: '写真' });

    await press(screen.getByRole('button', { name: '後ろへ：外観（駅側から）' }));

    await waitFor(() => expect(within(photosRegion()).getByText('写真を並べ替えられませんでした。審査中・公開中の物件は修正できません。')).toBeTruthy());
    expect(captions()).toEqual(['1枚目（検索結果に表示）外観（駅側から）', '2枚目店内（厨房側）']);
  });

  it('offers no more uploads at 10 photos, and no photo manager once the listing is under review', async () => {
    const ten = Array.from({ length: 10 }, (_, index) => photo(`a1b2c3d4-0000-4000-8000-0000000000${String(index + 10)}`, `写真${index + 1}`));
    serve(draft(ten));
    const { unmount } = await renderAppAt(`/my/vacant-stores/${storeId}/edit`);
    await screen.findByRole('region', { name: '写真' });
    expect(within(photosRegion()).getByText('10 / 10枚')).toBeTruthy();
    expect(within(photosRegion()).getByText('写真は10枚まで登録できます。追加するには、先にほかの写真を削除してください。')).toBeTruthy();
    expect(within(photosRegion()).queryByLabelText('写真のファイル')).toBeNull();
    unmount();

    serve(storeFixture({ id: storeId, status: 'submitted', actions: ['withdraw'], photos: [front] }));
    await renderAppAt(`/my/vacant-stores/${storeId}/edit`);
    await screen.findByRole('heading', { level: 1, name: '朝霞台駅前 飲食可 1階路面' });
    expect(screen.queryByLabelText('写真のファイル')).toBeNull();
    expect(screen.queryByRole('button', { name: /^削除：/ })).toBeNull();
  });
});
