import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import { AccountsModule } from '@asaka/accounts';
import { ConsultationsModule } from '@asaka/consultations';
import { EventsModule } from '@asaka/events';
import { NotificationsModule } from '@asaka/notifications';
import { AppConfig, AuditModule, AuthModule, ConfigModule, DatabaseModule, ErrorFilter, HealthModule } from '@asaka/platform';
import { VacantStoresModule } from '@asaka/vacant-stores';
import { entities } from './entities';

@Module({})
export class AppModule {
  static forRoot(config?: AppConfig) {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(entities), AuditModule, AuthModule, HealthModule, NotificationsModule, AccountsModule, VacantStoresModule, ConsultationsModule, EventsModule],
      providers: [
        { provide: APP_FILTER, useClass: ErrorFilter },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
      ],
    };
  }
}
