/**
 * The one way the web app talks to the API: same-origin `/api/...`, JSON in and out, the session
 * cookie sent along, the interface language as `Accept-Language` (the API localises its messages
 * with it), and every non-2xx answer turned into an {@link ApiError}.
 */

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

export class ApiError extends Error implements ApiErrorBody {
  readonly statusCode: number;
  readonly code: string;
  readonly details?: unknown;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.statusCode = body.statusCode;
    this.code = body.code;
    this.details = body.details;
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

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await readJson(response);
  } catch {
    body = undefined;
  }
  if (isApiErrorBody(body)) return new ApiError(body);
  return new ApiError({
    statusCode: response.status,
    code: unexpectedResponseCode,
    message: `${response.status} ${response.statusText}`.trim(),
  });
}

export function createApiClient(config: ApiClientConfig): ApiClient {
  // Looked up per call and never detached from globalThis, which browsers require of fetch.
  const send = config.fetch ?? ((input, init) => globalThis.fetch(input, init));

  return {
    async request<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
      const headers = new Headers({ Accept: 'application/json', 'Accept-Language': config.getLanguage() });
      let body: BodyInit | undefined;
      if (options.body instanceof FormData) {
        body = options.body;
      } else if (options.body !== undefined) {
        headers.set('Content-Type', 'application/json');
        body = JSON.stringify(options.body);
      }

      const response = await send(buildUrl(path, options.query), {
        method: options.method ?? 'GET',
        headers,
        body,
        credentials: 'same-origin',
        signal: options.signal,
      });

      if (!response.ok) throw await toApiError(response);
      return (await readJson(response)) as T;
    },
  };
}
