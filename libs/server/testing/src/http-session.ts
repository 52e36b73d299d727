import type { NestFastifyApplication } from '@nestjs/platform-fastify';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpResult {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  json<T = Record<string, unknown>>(): T;
}

/**
 * A browser's view of the API in tests: keeps its cookies, fetches the CSRF token once and sends
 * it with unsafe requests, like the web app does. Requests go through Fastify's inject.
 */
export class HttpSession {
  readonly cookies = new Map<string, string>();
  private csrf: string | undefined;

  constructor(
    private readonly app: NestFastifyApplication,
    private readonly options: { ip?: string; acceptLanguage?: string } = {},
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(method: Method, url: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<HttpResult> {
    if (method !== 'GET' && this.csrf === undefined && !('x-csrf-token' in extraHeaders)) await this.request('GET', '/api/auth/csrf');
    const headers: Record<string, string> = { ...extraHeaders };
    if (this.cookies.size > 0) headers.cookie = this.cookieHeader();
    if (this.options.acceptLanguage) headers['accept-language'] = this.options.acceptLanguage;
    if (method !== 'GET' && this.csrf !== undefined && !('x-csrf-token' in extraHeaders)) headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await this.app.inject({
      method,
      url,
      headers,
      payload: body === undefined ? undefined : JSON.stringify(body),
      remoteAddress: this.options.ip ?? '127.0.0.1',
    });
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires !== undefined && cookie.expires.getTime() <= Date.now()) || cookie.value === '';
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    // Like the web client: whatever token the server last issued is the one to send back.
    if (url === '/api/auth/csrf' && response.statusCode === 200) this.csrf = (response.json() as { token: string }).token;
    return { statusCode: response.statusCode, headers: response.headers, body: response.body, json: <T>() => response.json() as T };
  }

  /** The same browser (cookies, CSRF token) talking to another instance of the API, e.g. `ApiStack.replica()`. */
  on(app: NestFastifyApplication): HttpSession {
    const other = new HttpSession(app, this.options);
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    other.csrf = this.csrf;
    return other;
  }

  get(url: string) {
    return this.request('GET', url);
  }

  post(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('POST', url, body, headers);
  }
}
