import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MailSender, SmtpMailSender } from './mail-sender';

@Global()
@Module({
  providers: [
    {
      provide: MailSender,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new SmtpMailSender(config.smtp.url, config.smtp.from, config.smtp.poolSize),
    },
  ],
  exports: [MailSender],
})
export class MailModule {}
