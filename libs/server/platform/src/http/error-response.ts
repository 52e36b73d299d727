import { HttpException } from '@nestjs/common';
import { pickLocale } from '@asaka/domain';
import type { ErrorResponse } from '@asaka/contracts';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { AppError, CommonErrors, commonErrorForStatus } from './app-error';

/** Fastify's own error codes for requests it refuses before a handler runs. */
const fastifyCodes: Record<string, () => AppError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => CommonErrors.PAYLOAD_TOO_LARGE(),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => CommonErrors.UNSUPPORTED_MEDIA_TYPE(),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => CommonErrors.MALFORMED_REQUEST(),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => CommonErrors.MALFORMED_REQUEST(),
};

function zodDetails(error: ZodError) {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message }));
}

/** Turns anything thrown while serving a request into an AppError; unknown errors become INTERNAL_ERROR. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodValidationException) {
    const zodError = error.getZodError();
    return CommonErrors.VALIDATION_FAILED(zodError instanceof ZodError ? zodDetails(zodError) : undefined);
  }
  if (error instanceof HttpException) return commonErrorForStatus(error.getStatus());
  if (error && typeof error === 'object') {
    const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
    if (typeof code === 'string' && fastifyCodes[code]) return fastifyCodes[code]();
    if (error instanceof SyntaxError && statusCode === 400) return CommonErrors.MALFORMED_REQUEST();
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) return commonErrorForStatus(statusCode);
  }
  return CommonErrors.INTERNAL_ERROR();
}

export function errorBody(error: AppError, acceptLanguage: string | undefined): ErrorResponse {
  const body: ErrorResponse = {
    statusCode: error.statusCode,
    code: error.code,
    message: error.messages[pickLocale(acceptLanguage)],
  };
  if (error.details !== undefined) body.details = error.details;
  return body;
}
