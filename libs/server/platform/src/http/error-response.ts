import { HttpException } from '@nestjs/common';
import { pickLocale } from '@asaka/domain';
import type { ErrorResponse } from '@asaka/contracts';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { AppError, CommonErrors, commonErrorForStatus } from './app-error';

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
  // Nest turns what Fastify refuses before a handler runs (malformed JSON, body too large, unknown
  // route) into an HttpException with Fastify's status; our own code throws AppError instead.
  if (error instanceof HttpException) return commonErrorForStatus(error.getStatus());
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
