import { ApiError, createApiClient, unexpectedResponseCode, type ApiClient } from './client';

const fetchMock = jest.fn<Promise<Response>, Parameters<typeof fetch>>();
let language = 'ja';
let client: ApiClient;

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

function lastRequest(): { url: string; init: RequestInit; headers: Headers } {
  const [url, init = {}] = fetchMock.mock.lastCall ?? [];
  return { url: String(url), init, headers: new Headers(init.headers) };
}

const csrfFailed = () => jsonResponse(403, { statusCode: 403, code: 'CSRF_FAILED', message: 'ページの有効期限が切れました。' });

/** Answers GET /api/auth/csrf with the next of `tokens`, and everything else with `answer`. */
function serve(answer: (url: string, init: RequestInit) => Response, tokens: string[] = ['token-1', 'token-2', 'token-3']) {
  let issued = 0;
  fetchMock.mockImplementation(async (input, init = {}) => {
    const url = String(input);
    if (url === '/api/auth/csrf') return jsonResponse(200, { token: tokens[issued++] });
    return answer(url, init);
  });
}

const requestsTo = (path: string) =>
  fetchMock.mock.calls.filter(([url]) => String(url) === path).map(([, init]) => ({ method: init?.method, headers: new Headers(init?.headers) }));

beforeEach(() => {
  language = 'ja';
  fetchMock.mockReset();
  // Only the client's and the forms' tests replace fetch: the app itself never runs against a mock.
  jest.spyOn(globalThis, 'fetch').mockImplementation(fetchMock);
  client = createApiClient({ getLanguage: () => language });
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
    serve(() => jsonResponse(201, { id: 'b1' }));

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
    serve(() => jsonResponse(201, {}));
    const form = new FormData();
    form.append('photo', new Blob(['jpeg'], { type: 'image/jpeg' }), 'store.jpg');

    await client.request('/vacant-stores/s1/photos', { method: 'POST', body: form });

    const { init, headers } = lastRequest();
    expect(init.body).toBe(form);
    expect(headers.has('Content-Type')).toBe(false);
  });

  it('resolves with undefined when the answer has no body', async () => {
    serve(() => new Response(null, { status: 204 }));

    await expect(client.request<void>('/me', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('passes the abort signal on, so a page that is left stops its requests', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, {}));
    const controller = new AbortController();

    await client.request('/events', { signal: controller.signal });

    expect(lastRequest().init.signal).toBe(controller.signal);
  });

  it('turns an error answer into an ApiError with its code, localised message and details', async () => {
    serve(() =>
      jsonResponse(400, {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: '入力内容を確認してください。',
        details: [{ path: 'email', code: 'invalid_format', message: 'Invalid email address' }],
      }),
    );

    const error = await client.request('/auth/register', { method: 'POST', body: {} }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: '入力内容を確認してください。',
      details: [{ path: 'email', code: 'invalid_format', message: 'Invalid email address' }],
    });
  });

  it('keeps the code of a conflict, so a page can react to it', async () => {
    serve(() => jsonResponse(409, { statusCode: 409, code: 'SLOT_ALREADY_BOOKED', message: 'この時間帯はすでに予約されています。' }));

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

  it('reads how long to wait from Retry-After', async () => {
    serve(() =>
      jsonResponse(429, { statusCode: 429, code: 'TOO_MANY_ATTEMPTS', message: '試行回数が多すぎます。' }, { 'Retry-After': '600' }),
    );

    await expect(client.request('/auth/login', { method: 'POST', body: {} })).rejects.toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      retryAfterSeconds: 600,
    });
  });

  it('refuses a path that would not stay under /api', async () => {
    await expect(client.request('vacant-stores')).rejects.toThrow(TypeError);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('API client: CSRF protection', () => {
  it('fetches the CSRF token once, lazily, and sends it on every unsafe request', async () => {
    serve(() => new Response(null, { status: 204 }));

    await client.request('/me');
    expect(requestsTo('/api/auth/csrf')).toHaveLength(0);

    await client.request<void>('/auth/login', { method: 'POST', body: { email: 'a@example.jp', password: 'x' } });
    await client.request<void>('/auth/logout', { method: 'POST' });
    await client.request<void>('/me', { method: 'DELETE' });

    const csrf = requestsTo('/api/auth/csrf');
    expect(csrf).toHaveLength(1);
    expect(csrf[0]?.method).toBe('GET');
    for (const path of ['/api/auth/login', '/api/auth/logout', '/api/me']) {
      const unsafe = requestsTo(path).filter(({ method }) => method !== 'GET');
      expect(unsafe.map(({ headers }) => headers.get('X-CSRF-Token'))).toEqual(['token-1']);
    }
    // Safe requests need none.
    expect(requestsTo('/api/me').find(({ method }) => method === 'GET')?.headers.has('X-CSRF-Token')).toBe(false);
  });

  it('shares one token fetch between concurrent requests', async () => {
    serve(() => new Response(null, { status: 204 }));

    await Promise.all([
      client.request('/auth/logout', { method: 'POST' }),
      client.request('/events/e1/registrations', { method: 'POST', body: {} }),
    ]);

    expect(requestsTo('/api/auth/csrf')).toHaveLength(1);
  });

  it('fetches a new token and retries once when the API answers CSRF_FAILED', async () => {
    let posts = 0;
    serve(() => (++posts === 1 ? csrfFailed() : jsonResponse(202, { status: 'accepted' })));

    await expect(client.request('/auth/password-reset', { method: 'POST', body: { email: 'a@example.jp' } })).resolves.toEqual({
      status: 'accepted',
    });

    const sent = requestsTo('/api/auth/password-reset');
    expect(sent.map(({ headers }) => headers.get('X-CSRF-Token'))).toEqual(['token-1', 'token-2']);
    expect(requestsTo('/api/auth/csrf')).toHaveLength(2);
    // The body goes again, unchanged.
    const bodies = fetchMock.mock.calls.filter(([url]) => String(url) === '/api/auth/password-reset').map(([, init]) => init?.body);
    expect(bodies).toEqual([JSON.stringify({ email: 'a@example.jp' }), JSON.stringify({ email: 'a@example.jp' })]);

    // The renewed token is kept for what follows.
    await client.request('/auth/logout', { method: 'POST' });
    expect(requestsTo('/api/auth/logout')[0]?.headers.get('X-CSRF-Token')).toBe('token-2');
    expect(requestsTo('/api/auth/csrf')).toHaveLength(2);
  });

  it('retries only once: a second CSRF_FAILED is the caller’s error', async () => {
    serve(() => csrfFailed());

    await expect(client.request('/auth/logout', { method: 'POST' })).rejects.toMatchObject({ statusCode: 403, code: 'CSRF_FAILED' });

    expect(requestsTo('/api/auth/logout')).toHaveLength(2);
    expect(requestsTo('/api/auth/csrf')).toHaveLength(2);
  });

  it('does not retry another 403', async () => {
    serve(() => jsonResponse(403, { statusCode: 403, code: 'FORBIDDEN', message: 'この操作を行う権限がありません。' }));

    await expect(client.request('/vacant-stores/s1/publish', { method: 'POST' })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    expect(requestsTo('/api/vacant-stores/s1/publish')).toHaveLength(1);
    expect(requestsTo('/api/auth/csrf')).toHaveLength(1);
  });

  it('asks for a token again after the token request itself failed', async () => {
    let csrfCalls = 0;
    fetchMock.mockImplementation(async (input) => {
      if (String(input) === '/api/auth/csrf') {
        return ++csrfCalls === 1 ? new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' }) : jsonResponse(200, { token: 'token-ok' });
      }
      return new Response(null, { status: 204 });
    });

    await expect(client.request('/auth/logout', { method: 'POST' })).rejects.toMatchObject({ statusCode: 502 });
    expect(requestsTo('/api/auth/logout')).toHaveLength(0);

    await client.request('/auth/logout', { method: 'POST' });
    expect(requestsTo('/api/auth/logout')[0]?.headers.get('X-CSRF-Token')).toBe('token-ok');
  });
});
