import { z } from 'zod';
import { ASAKA_BOUNDS, isAsakaDistrict, VACANT_STORE_ACTIONS, VACANT_STORE_CONTRACT_TYPES, VACANT_STORE_STATIONS, VACANT_STORE_STATUSES, VACANT_STORE_USES } from '@asaka/domain';
import { isoDateTimeSchema, pageOf, pageQuerySchema } from './common';
import { vacantStorePhotoSchema } from './vacant-store-photos';

const yen = (description: string) => z.int().min(0).max(100_000_000).describe(`${description} (円, integer)`);
const text = (max: number) => z.string().trim().min(1).max(max);
/** A calendar date (YYYY-MM-DD) that exists. */
const dateSchema = z.iso.date();

/** The fields an owner fills in; no defaults here, so that a PATCH leaves out what it does not change. */
const listingFields = {
  title: text(100),
  district: text(50)
    .refine(isAsakaDistrict, { message: '朝霞市の町名（例：本町二丁目）から選んでください / choose one of Asaka’s districts, e.g. 本町二丁目' })
    .describe('町名 in 朝霞市 from the fixed list ASAKA_DISTRICTS, e.g. 本町二丁目'),
  streetAddress: text(100).describe('番地 and building, e.g. 1-2-3 朝霞ビル1F'),
  latitude: z
    .number()
    .min(ASAKA_BOUNDS.south, { message: '朝霞市内の位置を地図で選んでください / pick a position in Asaka on the map' })
    .max(ASAKA_BOUNDS.north, { message: '朝霞市内の位置を地図で選んでください / pick a position in Asaka on the map' })
    .nullable()
    .describe('Picked on the map; with longitude, or both null'),
  longitude: z
    .number()
    .min(ASAKA_BOUNDS.west, { message: '朝霞市内の位置を地図で選んでください / pick a position in Asaka on the map' })
    .max(ASAKA_BOUNDS.east, { message: '朝霞市内の位置を地図で選んでください / pick a position in Asaka on the map' })
    .nullable(),
  station: z.enum(VACANT_STORE_STATIONS).describe('Nearest station'),
  walkMinutes: z.int().min(0).max(120).describe('Minutes on foot from the station'),
  floorAreaSquareMetres: z.number().positive().max(100_000).multipleOf(0.01).describe('Floor area in m² (坪 is derived)'),
  floor: text(20).describe('e.g. 1F, B1, 1〜2F'),
  monthlyRentYen: yen('Monthly rent'),
  commonChargesYen: yen('Monthly common charges (共益費)'),
  depositYen: yen('Deposit (敷金・保証金)'),
  keyMoneyYen: yen('Key money (礼金)'),
  contractType: z.enum(VACANT_STORE_CONTRACT_TYPES),
  previousUse: z.string().trim().max(100).nullable().describe('前の業態'),
  fixturesRemain: z.boolean().describe('居抜き: fixtures and fittings remain'),
  allowedUses: z
    .array(z.enum(VACANT_STORE_USES))
    .min(1)
    .max(VACANT_STORE_USES.length)
    .refine((uses) => new Set(uses).size === uses.length, { message: '同じ用途は一度だけ選べます / each use at most once' }),
  restrictions: z.string().trim().max(1000).nullable().describe('e.g. 重飲食不可, 営業時間 22時まで'),
  availableFrom: dateSchema.nullable().describe('入居可能日 (YYYY-MM-DD)'),
  description: z.string().trim().max(4000),
  declarations: z.strictObject({
    noOrganizedCrimeTies: z.boolean().describe('反社会的勢力でないこと'),
    noCityTaxArrears: z.boolean().describe('市税の滞納がないこと'),
  }).describe('The owner’s declarations; both must be true to submit'),
};

export const ownerConsentSchema = z.strictObject({
  method: z.enum(['signed-form', 'verbal']).describe('How the owner agreed: a signed paper form, or verbally at the counter'),
  note: z.string().trim().max(500).optional(),
});
export type OwnerConsent = z.infer<typeof ownerConsentSchema>;

/** A position is both coordinates or neither; a PATCH that moves the pin sends both. */
const positionComplete = (value: { latitude?: number | null; longitude?: number | null }) =>
  (value.latitude === undefined) === (value.longitude === undefined) && (value.latitude === null) === (value.longitude === null);
const POSITION_MESSAGE = { message: '緯度と経度は両方を指定してください / give both latitude and longitude, or neither', path: ['longitude'] };

export const createVacantStoreSchema = z.strictObject({
  organizationId: z.uuid().describe('The owning organization; the caller is its member, or staff registering on its behalf'),
  ...listingFields,
  latitude: listingFields.latitude.default(null),
  longitude: listingFields.longitude.default(null),
  commonChargesYen: listingFields.commonChargesYen.default(0),
  depositYen: listingFields.depositYen.default(0),
  keyMoneyYen: listingFields.keyMoneyYen.default(0),
  previousUse: listingFields.previousUse.default(null),
  fixturesRemain: listingFields.fixturesRemain.default(false),
  restrictions: listingFields.restrictions.default(null),
  availableFrom: listingFields.availableFrom.default(null),
  description: listingFields.description.default(''),
  declarations: listingFields.declarations.default({ noOrganizedCrimeTies: false, noCityTaxArrears: false }),
  ownerConsent: ownerConsentSchema.optional().describe('Required when staff register a store for an organization they are not a member of'),
}).refine(positionComplete, POSITION_MESSAGE);
export type CreateVacantStore = z.input<typeof createVacantStoreSchema>;
export type CreateVacantStoreInput = z.output<typeof createVacantStoreSchema>;

export const updateVacantStoreSchema = z.strictObject(listingFields).partial().refine(positionComplete, POSITION_MESSAGE);
export type UpdateVacantStore = z.infer<typeof updateVacantStoreSchema>;

export const rejectVacantStoreSchema = z.strictObject({ reason: text(1000).describe('Shown to the owner') });
export type RejectVacantStore = z.infer<typeof rejectVacantStoreSchema>;

// mark-let is POST /:id/matched (it names the inquiry the store was let to); the others are POST /:id/<action>.
const IMPLEMENTED_ACTIONS = ['submit', 'publish', 'reject', 'mark-let', 'close', 'withdraw', 'reopen'] as const satisfies readonly (typeof VACANT_STORE_ACTIONS)[number][];

const storeSummaryFields = {
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  title: z.string(),
  district: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  distanceKm: z.number().nullable().describe('Straight-line distance from the `near` point, km (null without `near`)'),
  station: z.enum(VACANT_STORE_STATIONS),
  walkMinutes: z.int(),
  floorAreaSquareMetres: z.number(),
  floorAreaTsubo: z.number().describe('坪, rounded to 0.1'),
  floor: z.string(),
  monthlyRentYen: z.int(),
  commonChargesYen: z.int(),
  monthlyTotalYen: z.int().describe('Rent plus common charges'),
  contractType: z.enum(VACANT_STORE_CONTRACT_TYPES),
  fixturesRemain: z.boolean(),
  allowedUses: z.array(z.enum(VACANT_STORE_USES)),
  availableFrom: dateSchema.nullable(),
  status: z.enum(VACANT_STORE_STATUSES),
  rejectionReason: z.string().nullable().describe('Why staff rejected it; seen by the owner and staff'),
  submittedAt: isoDateTimeSchema.nullable(),
  publishedAt: isoDateTimeSchema.nullable(),
  expiresAt: isoDateTimeSchema.nullable().describe('A registration is valid for 3 years from publication'),
  updatedAt: isoDateTimeSchema,
  coverPhotoUrl: z.string().nullable().describe('The small version of the first photo, for lists; null without photos'),
};

export const vacantStoreSummarySchema = z.object(storeSummaryFields);
export type VacantStoreSummary = z.infer<typeof vacantStoreSummarySchema>;

export const vacantStoreSchema = z.object({
  ...storeSummaryFields,
  streetAddress: z.string(),
  depositYen: z.int(),
  keyMoneyYen: z.int(),
  previousUse: z.string().nullable(),
  restrictions: z.string().nullable(),
  description: z.string(),
  declarations: z.object({ noOrganizedCrimeTies: z.boolean(), noCityTaxArrears: z.boolean() }),
  registeredOnBehalf: z.boolean().describe('Registered by staff with the owner’s consent'),
  photos: z.array(vacantStorePhotoSchema).describe('In order; the first is the cover'),
  createdAt: isoDateTimeSchema,
  actions: z.array(z.enum(IMPLEMENTED_ACTIONS)).describe('What the caller may do now: the buttons to show'),
});
export type VacantStore = z.infer<typeof vacantStoreSchema>;
export type VacantStoreActionName = (typeof IMPLEMENTED_ACTIONS)[number];
export const VACANT_STORE_API_ACTIONS: readonly VacantStoreActionName[] = IMPLEMENTED_ACTIONS;

export const vacantStorePageSchema = pageOf(vacantStoreSummarySchema);
export type VacantStorePage = z.infer<typeof vacantStorePageSchema>;

export const VACANT_STORE_SORTS = ['newest', 'rent', 'area', 'distance'] as const;

/** The furthest `near` searches reach: the city is about 6 km across. */
export const VACANT_STORE_NEAR_MAX_KM = 10;

/** `near=lat,lng,km`: a point and a radius, e.g. `35.7975,139.5873,1.5`. */
export const nearSchema = z
  .string()
  .trim()
  .regex(/^-?\d{1,3}(\.\d+)?,-?\d{1,3}(\.\d+)?,\d{1,2}(\.\d+)?$/, { message: '地点は「緯度,経度,km」で指定してください / use "lat,lng,km"' })
  .transform((value) => {
    const [latitude, longitude, km] = value.split(',').map(Number) as [number, number, number];
    return { latitude, longitude, km };
  })
  .refine((near) => near.latitude >= -90 && near.latitude <= 90 && near.longitude >= -180 && near.longitude <= 180, {
    message: '緯度・経度の範囲が正しくありません / latitude or longitude out of range',
  })
  .refine((near) => near.km > 0 && near.km <= VACANT_STORE_NEAR_MAX_KM, {
    message: `距離は0より大きく${VACANT_STORE_NEAR_MAX_KM}km以下にしてください / the radius must be above 0 and at most ${VACANT_STORE_NEAR_MAX_KM} km`,
  });
export type NearPoint = z.output<typeof nearSchema>;

export const vacantStoreSearchSchema = z
  .strictObject({
    ...pageQuerySchema.shape,
    q: z.string().trim().max(100).optional().describe('Japanese free text; two-character words match, full-width and half-width forms are the same'),
    station: z.enum(VACANT_STORE_STATIONS).optional(),
    minArea: z.coerce.number().min(0).max(100_000).optional().describe('m²'),
    maxArea: z.coerce.number().min(0).max(100_000).optional().describe('m²'),
    maxRent: z.coerce.number().int().min(0).max(100_000_000).optional().describe('Rent plus common charges, 円'),
    use: z.enum(VACANT_STORE_USES).optional(),
    near: nearSchema.optional().describe('Stores within km of a point: "lat,lng,km" (only stores with a position)'),
    sort: z.enum(VACANT_STORE_SORTS).default('newest').describe('newest first · rent: cheapest first · area: largest first · distance: nearest first (needs near)'),
  })
  .refine((query) => query.minArea === undefined || query.maxArea === undefined || query.minArea <= query.maxArea, {
    message: '面積の上限は下限以上にしてください / maxArea must not be below minArea',
    path: ['maxArea'],
  })
  .refine((query) => query.sort !== 'distance' || query.near !== undefined, {
    message: '距離順にするには地点（near）を指定してください / sort=distance needs near',
    path: ['sort'],
  });
export type VacantStoreSearch = z.infer<typeof vacantStoreSearchSchema>;

export const vacantStoreListQuerySchema = z.strictObject({ ...pageQuerySchema.shape });
export type VacantStoreListQuery = z.infer<typeof vacantStoreListQuerySchema>;
