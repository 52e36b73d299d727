export * from './auth/access';
export * from './auth/access.guard';
export * from './auth/auth.module';
export * from './auth/cookies';
export * from './auth/sessions.service';
export * from './auth/user-account.entity';
export * from './auth/user-session.entity';
export * from './config/app-config';
export * from './config/config.module';
export * from './database/data-source-options';
export * from './database/database.module';
export * from './database/snake-naming.strategy';
export * from './health/health.module';
export * from './http/app-error';
export * from './http/contract-dtos';
export * from './http/create-http-app';
export * from './http/error-response';
export * from './http/error.filter';
export * from './mail/mail-sender';
export * from './mail/mail.module';
export * from './redis/redis-connection';
export * from './redis/worker-heartbeat';
export * from './redis/worker-heartbeat.service';
export * from './config/load-or-exit';

import { UserAccount as UserAccountEntity } from './auth/user-account.entity';
import { UserSession as UserSessionEntity } from './auth/user-session.entity';
/** The tables the platform itself maps (identity and sessions). */
export const platformEntities = [UserAccountEntity, UserSessionEntity];
