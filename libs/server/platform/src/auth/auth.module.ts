import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { CsrfController } from './csrf.controller';
import { SessionsService } from './sessions.service';

/** Sessions, CSRF and the access guard that runs before every route. */
@Global()
@Module({
  controllers: [CsrfController],
  providers: [SessionsService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [SessionsService],
})
export class AuthModule {}
