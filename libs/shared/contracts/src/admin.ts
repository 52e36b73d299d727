import { z } from 'zod';
import { ROLES } from '@asaka/domain';
import { pageOf, pageQuerySchema } from './common';
import { createOrganizationSchema } from './organizations';

export const adminUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  status: z.enum(['active', 'disabled', 'deleted']),
  emailVerified: z.boolean(),
  secondFactorEnabled: z.boolean(),
  createdAt: z.string(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;
export const adminUserPageSchema = pageOf(adminUserSchema);
export type AdminUserPage = z.infer<typeof adminUserPageSchema>;

export const adminUserQuerySchema = pageQuerySchema.extend({ q: z.string().trim().max(200).optional() });
export type AdminUserQuery = z.infer<typeof adminUserQuerySchema>;

export const setRolesSchema = z.strictObject({ roles: z.array(z.enum(ROLES)).max(ROLES.length) });
export type SetRoles = z.infer<typeof setRolesSchema>;

export const auditEventSchema = z.object({
  id: z.string(),
  at: z.string().describe('ISO 8601 in Japan time'),
  actorUserId: z.uuid().nullable(),
  actorDisplayName: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  oldValue: z.unknown().nullable(),
  newValue: z.unknown().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export const auditEventPageSchema = pageOf(auditEventSchema);
export type AuditEventPage = z.infer<typeof auditEventPageSchema>;

export const auditQuerySchema = pageQuerySchema.extend({
  actorUserId: z.uuid().optional(),
  action: z.string().max(100).optional(),
  targetType: z.string().max(100).optional(),
  targetId: z.string().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const setAccountStatusSchema = z.strictObject({ status: z.enum(['active', 'disabled']) });
export type SetAccountStatus = z.infer<typeof setAccountStatusSchema>;

/** Staff open an account at the counter for someone who asked in person, with their consent. */
export const counterRegistrationSchema = z.strictObject({
  email: z.email().max(254),
  displayName: z.string().trim().min(1).max(100),
  locale: z.enum(['ja', 'en']),
  roles: z.array(z.enum(['jobseeker', 'entrepreneur'])).max(2).default([]),
  consent: z.strictObject({
    method: z.enum(['signed-form', 'verbal']).describe('How the person agreed: a signed paper form, or verbally at the counter'),
    note: z.string().trim().max(500).optional(),
  }),
  organization: createOrganizationSchema.optional(),
});
export type CounterRegistration = z.input<typeof counterRegistrationSchema>;

export const counterRegistrationResultSchema = z.object({ userId: z.uuid(), organizationId: z.uuid().nullable() });
export type CounterRegistrationResult = z.infer<typeof counterRegistrationResultSchema>;
