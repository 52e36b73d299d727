/**
 * The one way the web app talks to the API: same-origin `/api/...`, JSON in and out, the session
 * cookie sent along, the interface language as `Accept-Language` (the API localises its messages
 * with it), the CSRF token on every unsafe request, and every non-2xx answer turned into an
 * {@link ApiError}.
 */
import type { CsrfResponse } from '@asaka/contracts';

/** The error body every API endpoint answers with (see shared/api.md). */
export interface ApiErrorBody {
  statusCode: number;
  /** Stable UPPER_SNAKE identifier, e.g. `VALIDATION_FAILED`, `SLOT_ALREADY_BOOKED`. */
  code: string;
  /** Already in the language that was asked for; safe to show to the user. */
  message: string;
  details?: unknown;
}

/** Code used when the server answered an error without the agreed body (a proxy page, say). */
export const unexpectedResponseCode = 'UNEXPECTED_RESPONSE';
/** The API's answer to an unsafe request whose X-CSRF-Token is missing or does not match. */
export const csrfFailedCode = 'CSRF_FAILED';
export const csrfHeader = 'X-CSRF-Token';

export class ApiError extends Error implements ApiErrorBody {
  readonly statusCode: number;
  readonly code: string;
  readonly details?: unknown;
  /** From the `Retry-After` header of a 429 (or 503): how long to wait before trying again. */
  readonly retryAfterSeconds?: number;

  constructor(body: ApiErrorBody, extras: { retryAfterSeconds?: number } = {}) {
    super(body.message);
    this.name = 'ApiError';
    this.statusCode = body.statusCode;
    this.code = body.code;
    this.details = body.details;
    if (extras.retryAfterSeconds !== undefined) this.retryAfterSeconds = extras.retryAfterSeconds;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface ApiRequestOptions {
  method?: HttpMethod;
  /** Appended as a query string; `null` and `undefined` values are left out. */
  query?: QueryParams;
  /** Sent as JSON, except FormData (file uploads), which the browser encodes itself. */
  body?: unknown;
  signal?: AbortSignal;
}

export interface ApiClient {
  /**
   * Resolves with the parsed JSON body, or `undefined` for an empty answer (204): type those
   * calls as `request<void>`.
   */
  request<T>(path: string, options?: ApiRequestOptions): Promise<T>;
}

export interface ApiClientConfig {
  /** Read on every request so a language switch applies to the very next call. */
  getLanguage: () => string;
  fetch?: typeof fetch;
}

const apiPrefix = '/api';

function buildUrl(path: string, query: QueryParams | undefined): string {
  if (!path.startsWith('/')) {
    throw new TypeError(`API paths start with "/": got "${path}"`);
  }
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.append(name, String(value));
  }
  const search = params.toString();
  return `${apiPrefix}${path}${search ? `?${search}` : ''}`;
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['statusCode'] === 'number' && typeof candidate['code'] === 'string' && typeof candidate['message'] === 'string';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers.get('Retry-After')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await readJson(response);
  } catch {
    body = undefined;
  }
  const extras = { retryAfterSeconds: retryAfterSeconds(response) };
  if (isApiErrorBody(body)) return new ApiError(body, extras);
  return new ApiError(
    {
      statusCode: response.status,
      code: unexpectedResponseCode,
      message: `${response.status} ${response.statusText}`.trim(),
    },
    extras,
  );
}

const unsafeMethods: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The CSRF token (signed double-submit: GET /api/auth/csrf sets the cookie and answers the token)
 * is fetched lazily, once, and sent as X-CSRF-Token on every unsafe request, signed in or not, so
 * a session started in another tab never catches a request without it. When the API answers
 * CSRF_FAILED (the cookie expired or was cleared), the token is fetched again and the request
 * retried once.
 */
export function createApiClient(config: ApiClientConfig): ApiClient {
  // Looked up per call and never detached from globalThis, which browsers require of fetch.
  const send = config.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let csrfToken: Promise<string> | undefined;

  function baseHeaders(): Headers {
    return new Headers({ Accept: 'application/json', 'Accept-Language': config.getLanguage() });
  }

  async function fetchCsrfToken(): Promise<string> {
    const response = await send(buildUrl('/auth/csrf', undefined), {
      method: 'GET',
      headers: baseHeaders(),
      credentials: 'same-origin',
    });
    if (!response.ok) throw await toApiError(response);
    // Checked by hand rather than with the contract's zod schema, which would put zod in the
    // bundle every page loads.
    const body = (await readJson(response)) as Partial<CsrfResponse> | undefined;
    if (typeof body?.token !== 'string' || body.token === '') {
      throw new ApiError({ statusCode: response.status, code: unexpectedResponseCode, message: 'The CSRF token could not be read.' });
    }
    return body.token;
  }

  /** One token for every caller; a failed fetch is forgotten so the next request tries again. */
  function currentCsrfToken(): Promise<string> {
    if (!csrfToken) {
      const pending = fetchCsrfToken();
      csrfToken = pending;
      pending.catch(() => {
        if (csrfToken === pending) csrfToken = undefined;
      });
    }
    return csrfToken;
  }

  /** Drops the token the server refused, unless a concurrent request has already replaced it. */
  function renewCsrfToken(refused: Promise<string>): Promise<string> {
    if (csrfToken === refused) csrfToken = undefined;
    return currentCsrfToken();
  }

  return {
    async request<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
      const url = buildUrl(path, options.query);
      const method = options.method ?? 'GET';
      let body: BodyInit | undefined;
      let contentType: string | undefined;
      if (options.body instanceof FormData) {
        body = options.body;
      } else if (options.body !== undefined) {
        contentType = 'application/json';
        body = JSON.stringify(options.body);
      }

      const attempt = (token: string | undefined) => {
        const headers = baseHeaders();
        if (contentType) headers.set('Content-Type', contentType);
        if (token !== undefined) headers.set(csrfHeader, token);
        return send(url, { method, headers, body, credentials: 'same-origin', signal: options.signal });
      };

      let response: Response;
      if (unsafeMethods.has(method)) {
        const token = currentCsrfToken();
        response = await attempt(await token);
        if (response.status === 403) {
          const error = await toApiError(response);
          if (error.code !== csrfFailedCode) throw error;
          response = await attempt(await renewCsrfToken(token));
        }
      } else {
        response = await attempt(undefined);
      }

      if (!response.ok) throw await toApiError(response);
      return (await readJson(response)) as T;
    },
  };
}
