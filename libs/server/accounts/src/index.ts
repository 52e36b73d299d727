import { OneTimeToken } from './one-time-token.entity';
import { OrganizationInvitation } from './organization-invitation.entity';
import { OrganizationMember } from './organization-member.entity';
import { Organization } from './organization.entity';

export { AccountsJobsModule, AccountsModule } from './accounts.module';
export { accountEmails } from './account-emails';
export { PasswordHasher } from './password-hasher';
export { totpFor } from './second-factor';
export { OneTimeToken };

export { EXPORT_SECTIONS } from './personal-data.service';
export const accountEntities = [OneTimeToken, Organization, OrganizationMember, OrganizationInvitation];
export { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemoAccounts, seedDemoOrganization } from './demo/demo-accounts';
