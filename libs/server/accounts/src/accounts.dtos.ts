import { createZodDto } from 'nestjs-zod';
import {
  acceptedResponseSchema,
  loginRequestSchema,
  meResponseSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  registerRequestSchema,
  secondFactorConfirmSchema,
  secondFactorSetupSchema,
  verifyEmailRequestSchema,
  adminUserPageSchema,
  adminUserQuerySchema,
  adminUserSchema,
  auditEventPageSchema,
  auditQuerySchema,
  acceptInvitationSchema,
  changePasswordSchema,
  counterRegistrationResultSchema,
  counterRegistrationSchema,
  createOrganizationSchema,
  inviteMemberSchema,
  setAccountStatusSchema,
  setMyRolesSchema,
  organizationSchema,
  setRolesSchema,
} from '@asaka/contracts';
import { z } from 'zod';

export class RegisterRequestDto extends createZodDto(registerRequestSchema) {}
export class AcceptedResponseDto extends createZodDto(acceptedResponseSchema) {}
export class VerifyEmailRequestDto extends createZodDto(verifyEmailRequestSchema) {}
export class LoginRequestDto extends createZodDto(loginRequestSchema) {}
export class PasswordResetRequestDto extends createZodDto(passwordResetRequestSchema) {}
export class PasswordResetConfirmDto extends createZodDto(passwordResetConfirmSchema) {}
export class MeResponseDto extends createZodDto(meResponseSchema) {}
export class SecondFactorSetupDto extends createZodDto(secondFactorSetupSchema) {}
export class SecondFactorConfirmDto extends createZodDto(secondFactorConfirmSchema) {}
export class CreateOrganizationDto extends createZodDto(createOrganizationSchema) {}
export class OrganizationDto extends createZodDto(organizationSchema) {}
export class AdminUserDto extends createZodDto(adminUserSchema) {}
export class AdminUserPageDto extends createZodDto(adminUserPageSchema) {}
export class AdminUserQueryDto extends createZodDto(adminUserQuerySchema) {}
export class SetRolesDto extends createZodDto(setRolesSchema) {}
export class AuditEventPageDto extends createZodDto(auditEventPageSchema) {}
export class AuditQueryDto extends createZodDto(auditQuerySchema) {}
export class ChangePasswordDto extends createZodDto(changePasswordSchema) {}
export class InviteMemberDto extends createZodDto(inviteMemberSchema) {}
export class AcceptInvitationDto extends createZodDto(acceptInvitationSchema) {}
export class SetAccountStatusDto extends createZodDto(setAccountStatusSchema) {}
export class CounterRegistrationDto extends createZodDto(counterRegistrationSchema) {}
export class CounterRegistrationResultDto extends createZodDto(counterRegistrationResultSchema) {}
export class MemberParamDto extends createZodDto(z.object({ id: z.uuid(), userId: z.uuid() })) {}
export class SetMyRolesDto extends createZodDto(setMyRolesSchema) {}
