import { z } from 'zod';

export const dependencyStatusSchema = z.enum(['up', 'down']);

export const healthResponseSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    checks: z.object({
      database: dependencyStatusSchema,
      redis: dependencyStatusSchema,
      worker: dependencyStatusSchema.describe('up when a worker heartbeat is younger than 30 s'),
    }),
  });
export type HealthResponse = z.infer<typeof healthResponseSchema>;

export const livenessResponseSchema = z.object({ status: z.literal('ok') });
export type LivenessResponse = z.infer<typeof livenessResponseSchema>;
