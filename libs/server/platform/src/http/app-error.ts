import type { Locale } from '@asaka/domain';

export type LocalizedMessage = Record<Locale, string>;

/**
 * A failure a caller can act on: a stable machine code, an HTTP status and a message in each
 * language. Each context defines its own errors as instances of this (see `defineErrors`).
 */
export class AppError extends Error {
  readonly code: string;
  readonly statusCode: number;
  readonly messages: LocalizedMessage;
  readonly details?: unknown;
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: string, statusCode: number, messages: LocalizedMessage, details?: unknown, headers: Readonly<Record<string, string>> = {}) {
    // An answer to the caller, not a fault: nobody reads its stack, and capturing one is most of
    // what making it costs (a rush of 409s makes thousands).
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(messages.en);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    this.name = 'AppError';
    this.code = code;
    this.statusCode = statusCode;
    this.messages = messages;
    this.details = details;
    this.headers = headers;
  }

  /** The same error with response headers, e.g. Retry-After on a 429. */
  withHeaders(headers: Record<string, string>): AppError {
    return new AppError(this.code, this.statusCode, this.messages, this.details, { ...this.headers, ...headers });
  }
}

type ErrorSpec = { status: number } & LocalizedMessage;

/**
 * Declares a context's error codes in one table, so every code has its status and both messages:
 * `const StoreErrors = defineErrors({ NOT_PUBLISHED: { status: 409, ja: '…', en: '…' } })` then
 * `throw StoreErrors.NOT_PUBLISHED()`.
 */
export function defineErrors<T extends Record<string, ErrorSpec>>(
  specs: T,
): { [K in keyof T]: (details?: unknown) => AppError } {
  return Object.fromEntries(
    Object.entries(specs).map(([code, { status, ja, en }]) => [
      code,
      (details?: unknown) => new AppError(code, status, { ja, en }, details),
    ]),
  ) as { [K in keyof T]: (details?: unknown) => AppError };
}

/** The codes every route can answer with, mapped from HTTP statuses raised by the framework. */
export const CommonErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, ja: '入力内容に誤りがあります。', en: 'The request is not valid.' },
  MALFORMED_REQUEST: { status: 400, ja: 'リクエストの形式が正しくありません。', en: 'The request could not be read.' },
  UNAUTHENTICATED: { status: 401, ja: 'ログインが必要です。', en: 'You need to sign in.' },
  FORBIDDEN: { status: 403, ja: 'この操作を行う権限がありません。', en: 'You are not allowed to do this.' },
  NOT_FOUND: { status: 404, ja: 'お探しのものは見つかりませんでした。', en: 'Not found.' },
  METHOD_NOT_ALLOWED: { status: 405, ja: 'この操作はできません。', en: 'This method is not allowed here.' },
  CONFLICT: { status: 409, ja: '他の変更と競合しました。', en: 'This conflicts with another change.' },
  PAYLOAD_TOO_LARGE: { status: 413, ja: '送信されたデータが大きすぎます。', en: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, ja: 'このデータ形式には対応していません。', en: 'This content type is not supported.' },
  RATE_LIMITED: { status: 429, ja: 'リクエストが多すぎます。しばらくしてからお試しください。', en: 'Too many requests. Please try again later.' },
  INTERNAL_ERROR: { status: 500, ja: 'サーバーで問題が発生しました。時間をおいてお試しください。', en: 'Something went wrong on our side. Please try again later.' },
  SERVICE_UNAVAILABLE: { status: 503, ja: '一時的にご利用いただけません。', en: 'The service is temporarily unavailable.' },
});

const byStatus: Record<number, keyof typeof CommonErrors> = {
  // Bodies are validated by zod (VALIDATION_FAILED); a bare 400 means the request was unreadable.
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

export function commonErrorForStatus(status: number, details?: unknown): AppError {
  const code = byStatus[status];
  if (code) return CommonErrors[code](details);
  return status >= 500 ? CommonErrors.INTERNAL_ERROR() : new AppError('REQUEST_FAILED', status, { ja: 'リクエストを処理できませんでした。', en: 'The request failed.' }, details);
}
