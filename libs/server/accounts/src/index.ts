import { OneTimeToken } from './one-time-token.entity';

export { AccountsJobsModule, AccountsModule } from './accounts.module';
export { accountEmails } from './account-emails';
export { PasswordHasher } from './password-hasher';
export { totpFor } from './second-factor';
export { OneTimeToken };

export const accountEntities = [OneTimeToken];
export { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemoAccounts } from './demo/demo-accounts';
