import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { errorResponse, fakeApi, noContent, type FakeHandler } from '../../testing/fake-api';
import { renderAppAt } from '../../testing/render-app';

const token = 'eyJ1c2VySWQiOiJ1MSIsInRvcGljIjoicG9ydGFsLW5ld3MifQ.c2lnbmF0dXJl';
let api: ReturnType<typeof fakeApi>;

function serve(handlers: Record<string, FakeHandler>) {
  api = fakeApi(handlers);
  jest.spyOn(globalThis, 'fetch').mockImplementation(api.fetch);
}

beforeEach(() => window.localStorage.clear());
afterEach(() => jest.restoreAllMocks());

describe('unsubscribe page (the List-Unsubscribe link opened in a browser)', () => {
  it('changes nothing on arrival, and unsubscribes with the button, without signing in', async () => {
    serve({ 'POST /api/notifications/unsubscribe': () => noContent() });
    await renderAppAt(`/unsubscribe?token=${token}`);

    await screen.findByRole('heading', { level: 1, name: 'お知らせメールの配信停止' });
    expect(api.to('POST /api/notifications/unsubscribe')).toHaveLength(0);
    expect(screen.getByText(/手続きに必要な大切なメールは、配信停止後もお送りします。/)).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '配信を停止する' }));
    });

    const heading = await screen.findByRole('heading', { level: 1, name: '配信を停止しました' });
    expect(document.activeElement).toBe(heading);
    const [request] = api.to('POST /api/notifications/unsubscribe');
    expect(request?.query.get('token')).toBe(token);
    expect(request?.body).toBeUndefined();
    expect(screen.getByRole('link', { name: 'メールの受信設定を開く' }).getAttribute('href')).toBe('/account#mail');
  });

  it('explains a link the API does not accept', async () => {
    serve({ 'POST /api/notifications/unsubscribe': () => errorResponse(400, 'INVALID_UNSUBSCRIBE_LINK', '配信停止のリンクが正しくありません。') });
    await renderAppAt(`/unsubscribe?token=${token}`);

    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: '配信を停止する' }));
    });

    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('配信停止のリンクが正しくありません。'));
  });

  it('does not call the API for a link without a token', async () => {
    serve({});
    await renderAppAt('/unsubscribe');

    expect((await screen.findByRole('alert')).textContent).toBe('リンクが正しくありません。メールに記載された配信停止のリンクを、もう一度開いてください。');
    expect(api.to('POST /api/notifications/unsubscribe')).toHaveLength(0);
  });
});
