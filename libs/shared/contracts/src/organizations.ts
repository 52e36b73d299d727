import { z } from 'zod';
import { normalizeCorporateNumber } from '@asaka/domain';

export const ORGANIZATION_MEMBER_ROLES = ['owner', 'member'] as const;

export const createOrganizationSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  corporateNumber: z
    .string()
    .transform((value, ctx) => {
      const normalized = normalizeCorporateNumber(value);
      if (normalized === null) {
        ctx.addIssue({ code: 'custom', message: '法人番号は13桁で、検査用数字が一致する必要があります / a corporate number is 13 digits with a valid check digit' });
        return z.NEVER;
      }
      return normalized;
    })
    .optional(),
  address: z.string().trim().min(1).max(300),
  industry: z.string().trim().min(1).max(100),
  employeeCount: z.int().min(0).max(1_000_000),
});
export type CreateOrganization = z.input<typeof createOrganizationSchema>;

export const organizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  corporateNumber: z.string().nullable(),
  address: z.string(),
  industry: z.string(),
  employeeCount: z.int(),
  myRole: z.enum(ORGANIZATION_MEMBER_ROLES).nullable().describe('The caller’s membership; null for staff reading another organization'),
  members: z.array(z.object({ userId: z.uuid(), displayName: z.string(), role: z.enum(ORGANIZATION_MEMBER_ROLES) })),
});
export type Organization = z.infer<typeof organizationSchema>;

export const inviteMemberSchema = z.strictObject({ email: z.email().max(254) });
export type InviteMember = z.infer<typeof inviteMemberSchema>;

export const acceptInvitationSchema = z.strictObject({ token: z.string().min(20).max(200) });
export type AcceptInvitation = z.infer<typeof acceptInvitationSchema>;
