import { Module, OnModuleInit } from '@nestjs/common';
import { EmailTemplates, NotificationsCoreModule, NotificationsModule } from '@asaka/notifications';
import { accountEmails } from './account-emails';
import { AdminController } from './admin.controller';
import { AdminService } from './admin.service';
import { OneTimeTokens } from './one-time-tokens';
import { OrganizationInvitationsController, OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';
import { PersonalDataService } from './personal-data.service';
import { AccountsService } from './accounts.service';
import { AuthController, MeController } from './auth.controller';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SecondFactor } from './second-factor';

@Module({
  imports: [NotificationsModule],
  controllers: [AuthController, MeController, OrganizationsController, OrganizationInvitationsController, AdminController],
  providers: [AccountsService, PasswordHasher, LoginThrottle, SecondFactor, OneTimeTokens, OrganizationsService, AdminService, PersonalDataService],
})
export class AccountsModule implements OnModuleInit {
  constructor(private readonly templates: EmailTemplates) {}

  onModuleInit(): void {
    this.templates.register(...accountEmails);
  }
}

/** Worker side: the worker must know this context's templates to render its mails. */
@Module({ imports: [NotificationsCoreModule] })
export class AccountsJobsModule implements OnModuleInit {
  constructor(private readonly templates: EmailTemplates) {}

  onModuleInit(): void {
    this.templates.register(...accountEmails);
  }
}
