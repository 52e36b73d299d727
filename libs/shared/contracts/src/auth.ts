import { z } from 'zod';
import { LOCALES, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ROLES, SELF_CHOSEN_ROLES } from '@asaka/domain';

const email = z.email().max(254);
const password = z
  .string()
  .refine((value) => [...value.normalize('NFC')].length >= PASSWORD_MIN_LENGTH, { message: `at least ${PASSWORD_MIN_LENGTH} characters` })
  .refine((value) => [...value.normalize('NFC')].length <= PASSWORD_MAX_LENGTH, { message: `at most ${PASSWORD_MAX_LENGTH} characters` });
const token = z.string().min(20).max(200);

export const csrfResponseSchema = z.object({ token: z.string() });
export type CsrfResponse = z.infer<typeof csrfResponseSchema>;

export const registerRequestSchema = z.strictObject({
  email,
  password,
  displayName: z.string().trim().min(1).max(100),
  locale: z.enum(LOCALES),
  roles: z.array(z.enum(SELF_CHOSEN_ROLES)).max(SELF_CHOSEN_ROLES.length).default([]),
});
export type RegisterRequest = z.input<typeof registerRequestSchema>;

export const acceptedResponseSchema = z.object({ status: z.literal('accepted') });
export type AcceptedResponse = z.infer<typeof acceptedResponseSchema>;

export const verifyEmailRequestSchema = z.strictObject({ token });
export type VerifyEmailRequest = z.infer<typeof verifyEmailRequestSchema>;

export const loginRequestSchema = z.strictObject({
  email,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH * 4),
  totp: z.string().regex(/^\d{6}$/).optional(),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const passwordResetRequestSchema = z.strictObject({ email });
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

export const passwordResetConfirmSchema = z.strictObject({ token, password });
export type PasswordResetConfirm = z.infer<typeof passwordResetConfirmSchema>;

export const meResponseSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  locale: z.enum(LOCALES),
  roles: z.array(z.enum(ROLES)).describe('Roles in force for this session'),
  pendingRoles: z.array(z.enum(ROLES)).describe('Staff or admin roles held but waiting for two-step verification to be set up or passed'),
  emailVerified: z.boolean(),
  secondFactorEnabled: z.boolean(),
  organizations: z.array(z.object({ id: z.uuid(), name: z.string(), role: z.enum(['owner', 'member']) })),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const secondFactorSetupSchema = z.object({
  secret: z.string().describe('Base32 secret, for typing into an authenticator app'),
  otpauthUri: z.string().describe('otpauth:// URI, for a QR code'),
});
export type SecondFactorSetup = z.infer<typeof secondFactorSetupSchema>;

export const secondFactorConfirmSchema = z.strictObject({ code: z.string().regex(/^\d{6}$/) });
export type SecondFactorConfirm = z.infer<typeof secondFactorConfirmSchema>;

export const changePasswordSchema = z.strictObject({ currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH * 4), newPassword: password });
export type ChangePassword = z.infer<typeof changePasswordSchema>;

/** The roles a person chooses for themself; granted roles (adviser, staff, admin) are kept as they are. */
export const setMyRolesSchema = z.strictObject({ roles: z.array(z.enum(SELF_CHOSEN_ROLES)).max(SELF_CHOSEN_ROLES.length) });
export type SetMyRoles = z.infer<typeof setMyRolesSchema>;
