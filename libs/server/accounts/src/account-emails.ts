import { accountExistsEmail } from './emails/account-exists.email';
import { counterWelcomeEmail } from './emails/counter-welcome.email';
import { organizationInvitationEmail } from './emails/organization-invitation.email';
import { passwordResetEmail } from './emails/password-reset.email';
import { verifyEmailEmail } from './emails/verify-email.email';

/** The mails this context sends; registered by its API module and its worker module alike. */
export const accountEmails = [verifyEmailEmail, passwordResetEmail, accountExistsEmail, organizationInvitationEmail, counterWelcomeEmail];
