import { randomBytes } from 'node:crypto';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CsrfResponse } from '@asaka/contracts';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { CsrfResponseDto } from '../http/contract-dtos';
import { Access } from './access';
import { cookieOptions, CSRF_COOKIE } from './cookies';

@ApiTags('auth')
@Controller('auth')
export class CsrfController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Sets the signed csrf_token cookie; unsafe requests send the returned token as X-CSRF-Token. */
  @Access.anyone()
  @Get('csrf')
  @ApiOkResponse({ type: CsrfResponseDto })
  issue(@Res({ passthrough: true }) reply: FastifyReply): CsrfResponse {
    const token = randomBytes(32).toString('base64url');
    reply.setCookie(CSRF_COOKIE, token, { ...cookieOptions(this.config), signed: true });
    reply.header('cache-control', 'no-store');
    return { token };
  }
}
