import { z } from 'zod';

export const errorResponseSchema = z
  .object({
    statusCode: z.int().describe('HTTP status'),
    code: z.string().regex(/^[A-Z][A-Z0-9_]*$/).describe('Stable machine-readable code, e.g. SLOT_ALREADY_BOOKED'),
    message: z.string().describe('Human-readable message in the language of Accept-Language (ja default, en)'),
    details: z.unknown().optional().describe('Per-field problems for VALIDATION_FAILED, otherwise code-specific'),
  });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** Times cross the API as ISO 8601 in Japan time with the offset: 2025-06-02T10:00:00+09:00. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.int().min(0), page: z.int().min(1), pageSize: z.int().min(1) });
}
