import { ApiError, createApiClient, unexpectedResponseCode } from './client';

const fetchMock = jest.fn<Promise<Response>, Parameters<typeof fetch>>();
let language = 'ja';
const client = createApiClient({ getLanguage: () => language });

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function lastRequest(): { url: string; init: RequestInit; headers: Headers } {
  const [url, init = {}] = fetchMock.mock.lastCall ?? [];
  return { url: String(url), init, headers: new Headers(init.headers) };
}

beforeEach(() => {
  language = 'ja';
  fetchMock.mockReset();
  // Only this file replaces fetch: the app itself never runs against a mock.
  jest.spyOn(globalThis, 'fetch').mockImplementation(fetchMock);
});

afterEach(() => jest.restoreAllMocks());

describe('API client', () => {
  it('reads JSON from the same origin under /api, with the session cookie and the interface language', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { items: [], total: 0, page: 1, pageSize: 20 }));

    const list = await client.request<{ total: number }>('/vacant-stores');

    expect(list.total).toBe(0);
    const { url, init, headers } = lastRequest();
    expect(url).toBe('/api/vacant-stores');
    expect(init.method).toBe('GET');
    expect(init.credentials).toBe('same-origin');
    expect(headers.get('Accept')).toBe('application/json');
    expect(headers.get('Accept-Language')).toBe('ja');
    expect(init.body).toBeUndefined();
  });

  it('asks in the language shown at the time of the request', async () => {
    fetchMock.mockImplementation(async () => jsonResponse(200, {}));

    await client.request('/me');
    language = 'en';
    await client.request('/me');

    expect(fetchMock.mock.calls.map(([, init]) => new Headers(init?.headers).get('Accept-Language'))).toEqual(['ja', 'en']);
  });

  it('encodes the query string and leaves out empty criteria', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, {}));

    await client.request('/job-openings', { query: { q: '介護 パート', minWage: 1100, remote: true, area: undefined, occupation: null } });

    expect(lastRequest().url).toBe('/api/job-openings?q=%E4%BB%8B%E8%AD%B7+%E3%83%91%E3%83%BC%E3%83%88&minWage=1100&remote=true');
  });

  it('sends a body as JSON', async () => {
    fetchMock.mockResolvedValue(jsonResponse(201, { id: 'b1' }));

    const booking = await client.request<{ id: string }>('/consultation-bookings', {
      method: 'POST',
      body: { adviserId: 'a1', startsAt: '2025-06-02T10:00:00+09:00', topic: '創業計画' },
    });

    expect(booking).toEqual({ id: 'b1' });
    const { init, headers } = lastRequest();
    expect(init.method).toBe('POST');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(init.body))).toEqual({ adviserId: 'a1', startsAt: '2025-06-02T10:00:00+09:00', topic: '創業計画' });
  });

  it('lets the browser encode file uploads', async () => {
    fetchMock.mockResolvedValue(jsonResponse(201, {}));
    const form = new FormData();
    form.append('photo', new Blob(['jpeg'], { type: 'image/jpeg' }), 'store.jpg');

    await client.request('/vacant-stores/s1/photos', { method: 'POST', body: form });

    const { init, headers } = lastRequest();
    expect(init.body).toBe(form);
    expect(headers.has('Content-Type')).toBe(false);
  });

  it('resolves with undefined when the answer has no body', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));

    await expect(client.request<void>('/me', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('passes the abort signal on, so a page that is left stops its requests', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, {}));
    const controller = new AbortController();

    await client.request('/events', { signal: controller.signal });

    expect(lastRequest().init.signal).toBe(controller.signal);
  });

  it('turns an error answer into an ApiError with its code, localised message and details', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(400, {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: '入力内容を確認してください。',
        details: { email: ['メールアドレスの形式が正しくありません。'] },
      }),
    );

    const error = await client.request('/auth/register', { method: 'POST', body: {} }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: '入力内容を確認してください。',
      details: { email: ['メールアドレスの形式が正しくありません。'] },
    });
  });

  it('keeps the code of a conflict, so a page can react to it', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(409, { statusCode: 409, code: 'SLOT_ALREADY_BOOKED', message: 'この時間帯はすでに予約されています。' }),
    );

    await expect(client.request('/consultation-bookings', { method: 'POST', body: {} })).rejects.toMatchObject({
      statusCode: 409,
      code: 'SLOT_ALREADY_BOOKED',
    });
  });

  it('still raises an ApiError when the error answer is not the API’s (a proxy page, say)', async () => {
    fetchMock.mockResolvedValue(new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' }));

    await expect(client.request('/health')).rejects.toMatchObject({
      name: 'ApiError',
      statusCode: 502,
      code: unexpectedResponseCode,
      message: '502 Bad Gateway',
    });
  });

  it('refuses a path that would not stay under /api', async () => {
    await expect(client.request('vacant-stores')).rejects.toThrow(TypeError);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
