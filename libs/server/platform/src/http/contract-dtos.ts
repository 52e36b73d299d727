import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { csrfResponseSchema, errorResponseSchema, healthResponseSchema, livenessResponseSchema } from '@asaka/contracts';

/** Nest-facing classes of the shared zod contracts, for validation pipes and the OpenAPI document. */
export class ErrorResponseDto extends createZodDto(errorResponseSchema) {}
export class HealthResponseDto extends createZodDto(healthResponseSchema) {}
export class LivenessResponseDto extends createZodDto(livenessResponseSchema) {}
export class CsrfResponseDto extends createZodDto(csrfResponseSchema) {}
/** `:id` path parameters are UUIDs; anything else is refused (400) before a query runs. */
export class IdParamDto extends createZodDto(z.object({ id: z.uuid() })) {}
