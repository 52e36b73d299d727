import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorBody, toAppError } from './error-response';

/** The one place an exception becomes an HTTP answer: `{ statusCode, code, message, details? }`. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const error = toAppError(exception);
    if (error.statusCode >= 500) {
      this.logger.error({ err: exception, reqId: request.id }, 'request failed');
    }
    void reply.status(error.statusCode).headers({ ...error.headers, 'cache-control': 'no-store' }).send(errorBody(error, request.headers['accept-language']));
  }
}
