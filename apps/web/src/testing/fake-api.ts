/**
 * A stand-in for the API server in the web app's unit tests of the API client and the forms (the
 * only tests that replace fetch): answers by "METHOD /api/path", records every request, and
 * behaves like the real API where the forms depend on it: a CSRF token from GET /api/auth/csrf,
 * 401 from GET /api/me when nobody is signed in, the error body `{ statusCode, code, message }`.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  /** The query string, e.g. `query.get('page')`. */
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

export type FakeHandler = (request: RecordedRequest) => Response | Promise<Response>;

export const testCsrfToken = 'test-csrf-token';

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function errorResponse(statusCode: number, code: string, message: string, extra: { details?: unknown; headers?: Record<string, string> } = {}): Response {
  const body = extra.details === undefined ? { statusCode, code, message } : { statusCode, code, message, details: extra.details };
  return jsonResponse(statusCode, body, extra.headers);
}

export const noContent = () => new Response(null, { status: 204 });

export const signedOut: FakeHandler = () => errorResponse(401, 'UNAUTHENTICATED', 'ログインが必要です。');

export function fakeApi(handlers: Record<string, FakeHandler>) {
  const requests: RecordedRequest[] = [];
  const routes: Record<string, FakeHandler> = {
    'GET /api/auth/csrf': () => jsonResponse(200, { token: testCsrfToken }),
    'GET /api/me': signedOut,
    ...handlers,
  };
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), 'http://portal.test');
    const method = init.method ?? 'GET';
    const request: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : init.body,
    };
    requests.push(request);
    const handler = routes[`${method} ${url.pathname}`];
    return handler ? handler(request) : errorResponse(404, 'NOT_FOUND', 'お探しのものは見つかりませんでした。');
  };
  return {
    fetch,
    requests,
    /** The requests made to one endpoint, e.g. `to('POST /api/auth/login')`. */
    to: (route: string) => requests.filter(({ method, path }) => `${method} ${path}` === route),
  };
}
