import type { z } from 'zod';
import type { EmailTemplate } from '@asaka/notifications';

/**
 * The mails this context sends; registered by its API module and its worker module alike.
 * Each template lives in `emails/<name>.email.ts(x)` and is added here.
 */
export const vacantStoreEmails: EmailTemplate<z.ZodType>[] = [];
