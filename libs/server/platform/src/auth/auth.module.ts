import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AccountDeletionHooks } from './account-deletion';
import { CsrfController } from './csrf.controller';
import { SessionsService } from './sessions.service';

/** Sessions, CSRF, the access guard that runs before every route, and the programs' account-deletion hooks. */
@Global()
@Module({
  controllers: [CsrfController],
  providers: [SessionsService, AccountDeletionHooks, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [SessionsService, AccountDeletionHooks],
})
export class AuthModule {}
