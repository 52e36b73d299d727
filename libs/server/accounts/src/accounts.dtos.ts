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
} from '@asaka/contracts';

export class RegisterRequestDto extends createZodDto(registerRequestSchema) {}
export class AcceptedResponseDto extends createZodDto(acceptedResponseSchema) {}
export class VerifyEmailRequestDto extends createZodDto(verifyEmailRequestSchema) {}
export class LoginRequestDto extends createZodDto(loginRequestSchema) {}
export class PasswordResetRequestDto extends createZodDto(passwordResetRequestSchema) {}
export class PasswordResetConfirmDto extends createZodDto(passwordResetConfirmSchema) {}
export class MeResponseDto extends createZodDto(meResponseSchema) {}
export class SecondFactorSetupDto extends createZodDto(secondFactorSetupSchema) {}
export class SecondFactorConfirmDto extends createZodDto(secondFactorConfirmSchema) {}
