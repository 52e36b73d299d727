import { HttpException } from '@nestjs/common';
import { pickLocale } from '@asaka/domain';
import type { ErrorResponse } from '@asaka/contracts';
import { ZodValidationException } from 'nestjs-zod';
import { z, ZodError } from 'zod';
import type { Locale } from '@asaka/domain';
import { AppError, CommonErrors, commonErrorForStatus } from './app-error';
import { uploadErrorFor } from './uploads';

const japanese = z.locales.ja().localeError;

/** Per-field problems in the caller's language; our own (custom) messages are kept as written. */
function zodDetails(error: ZodError) {
  return (locale: Locale) =>
    error.issues.map((issue) => {
      let message = issue.message;
      if (locale === 'ja' && issue.code !== 'custom') {
        const localized = japanese(issue as unknown as Parameters<typeof japanese>[0]);
        message = (typeof localized === 'string' ? localized : localized?.message) ?? issue.message;
      }
      return { path: issue.path.join('.'), code: issue.code, message };
    });
}

/** Turns anything thrown while serving a request into an AppError; unknown errors become INTERNAL_ERROR. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodValidationException) {
    const zodError = error.getZodError();
    return CommonErrors.VALIDATION_FAILED(zodError instanceof ZodError ? zodDetails(zodError) : undefined);
  }
  // Nest turns what Fastify refuses before a handler runs (malformed JSON, body too large, unknown
  // route) into an HttpException with Fastify's status; our own code throws AppError instead.
  if (error instanceof HttpException) return commonErrorForStatus(error.getStatus());
  // A multipart limit or parse error that a route did not turn into its own error.
  const upload = uploadErrorFor(error);
  if (upload) return upload;
  return CommonErrors.INTERNAL_ERROR();
}

export function errorBody(error: AppError, acceptLanguage: string | undefined): ErrorResponse {
  const locale = pickLocale(acceptLanguage);
  const body: ErrorResponse = { statusCode: error.statusCode, code: error.code, message: error.messages[locale] };
  if (error.details !== undefined) body.details = typeof error.details === 'function' ? (error.details as (l: Locale) => unknown)(locale) : error.details;
  return body;
}
