import { z } from 'zod';
import { VACANT_STORE_STATIONS, VACANT_STORE_USES } from '@asaka/domain';
import type { SeekerNeeds } from '@asaka/domain';
import { isoDateTimeSchema, pageOf } from './common';
import { vacantStoreSummarySchema } from './vacant-stores';

const distinct = <T>(values: readonly T[]) => new Set(values).size === values.length;

/** What a seeker says they need (area, budget, use, size): the input of the matching score. */
export const seekerNeedsSchema = z
  .strictObject({
    stations: z
      .array(z.enum(VACANT_STORE_STATIONS))
      .max(VACANT_STORE_STATIONS.length)
      .refine(distinct, { message: '同じ駅は一度だけ選べます / each station at most once' })
      .optional()
      .describe('Stations the seeker would accept'),
    maxWalkMinutes: z.int().min(0).max(120).optional().describe('At most this many minutes on foot from the station'),
    monthlyBudgetYen: z.int().min(0).max(100_000_000).optional().describe('Rent plus common charges the seeker can pay each month, 円'),
    uses: z
      .array(z.enum(VACANT_STORE_USES))
      .max(VACANT_STORE_USES.length)
      .refine(distinct, { message: '同じ用途は一度だけ選べます / each use at most once' })
      .optional()
      .describe('Every use the space must allow'),
    minAreaSquareMetres: z.number().min(0).max(100_000).optional(),
    maxAreaSquareMetres: z.number().min(0).max(100_000).optional(),
  })
  .refine((needs) => needs.minAreaSquareMetres === undefined || needs.maxAreaSquareMetres === undefined || needs.minAreaSquareMetres <= needs.maxAreaSquareMetres, {
    message: '面積の上限は下限以上にしてください / the largest area must not be below the smallest',
    path: ['maxAreaSquareMetres'],
  });

export type StoreSeekerNeeds = z.infer<typeof seekerNeedsSchema>;

// The needs are exactly what the domain's score reads.
const _scoredByTheDomain = (needs: z.output<typeof seekerNeedsSchema>): SeekerNeeds => needs;

/** The seeker's profile, replaced whole. Owners see a seeker only when `discoverable` is true. */
export const putStoreSeekerProfileSchema = z.strictObject({
  needs: seekerNeedsSchema,
  plannedBusiness: z.string().trim().max(500).nullable().default(null).describe('What the seeker plans to open, shown to owners when discoverable'),
  discoverable: z.boolean().default(false).describe('Whether owners of stores may see this profile among recommended seekers'),
});
export type PutStoreSeekerProfile = z.input<typeof putStoreSeekerProfileSchema>;
export type PutStoreSeekerProfileInput = z.output<typeof putStoreSeekerProfileSchema>;

export const storeSeekerProfileSchema = z.object({
  needs: seekerNeedsSchema,
  plannedBusiness: z.string().nullable(),
  discoverable: z.boolean(),
  updatedAt: isoDateTimeSchema.nullable().describe('null until the profile is first saved'),
});
export type StoreSeekerProfile = z.infer<typeof storeSeekerProfileSchema>;

/** Why a store fits (or not) one stated need, as 「北朝霞駅 徒歩5分 ✓ 予算内 ✓」 shows it. */
export const matchReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('station'), met: z.boolean(), station: z.string(), walkMinutes: z.int() }),
  z.object({ kind: z.literal('budget'), met: z.boolean(), monthlyTotalYen: z.int(), budgetYen: z.int() }),
  z.object({ kind: z.literal('use'), met: z.boolean(), uses: z.array(z.string()).describe('The wanted uses this store allows') }),
  z.object({ kind: z.literal('area'), met: z.boolean(), areaSquareMetres: z.number() }),
]);
export type MatchReasonView = z.infer<typeof matchReasonSchema>;

const score = z.int().min(0).max(100).describe('0–100: the weighted share of the stated needs met');

export const recommendedVacantStoreSchema = z.object({
  store: vacantStoreSummarySchema.pick({
    id: true,
    title: true,
    district: true,
    station: true,
    walkMinutes: true,
    floorAreaSquareMetres: true,
    floorAreaTsubo: true,
    monthlyRentYen: true,
    commonChargesYen: true,
    monthlyTotalYen: true,
    allowedUses: true,
    publishedAt: true,
  }),
  score,
  reasons: z.array(matchReasonSchema),
});
export type RecommendedVacantStore = z.infer<typeof recommendedVacantStoreSchema>;

export const recommendedVacantStoresSchema = pageOf(recommendedVacantStoreSchema).extend({
  needsStated: z.boolean().describe('false: no needs saved yet, so nothing can be ranked (items is empty); save them with PUT /api/vacant-stores/seeker-profile'),
});
export type RecommendedVacantStores = z.infer<typeof recommendedVacantStoresSchema>;

/** A seeker as an owner sees them: never an address or an account id. */
export const recommendedSeekerSchema = z.object({
  displayName: z.string(),
  plannedBusiness: z.string().nullable(),
  score,
  reasons: z.array(matchReasonSchema),
  profileUpdatedAt: isoDateTimeSchema,
});
export type RecommendedSeeker = z.infer<typeof recommendedSeekerSchema>;

export const recommendedSeekersSchema = pageOf(recommendedSeekerSchema);
export type RecommendedSeekers = z.infer<typeof recommendedSeekersSchema>;

/** How many recommendations one answer carries. */
export const RECOMMENDATIONS_LIMIT = 20;
