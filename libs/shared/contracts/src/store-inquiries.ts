import { z } from 'zod';
import { STORE_INQUIRY_ACTIONS, STORE_INQUIRY_CLOSED_REASONS, STORE_INQUIRY_LET_STATUSES, STORE_INQUIRY_STATUSES, VACANT_STORE_STATUSES } from '@asaka/domain';
import { isoDateTimeSchema, pageOf, pageQuerySchema } from './common';

/** The longest message in a thread (a long letter, not a document). */
export const STORE_INQUIRY_MESSAGE_MAX_LENGTH = 4000;
export const STORE_INQUIRY_PLANNED_BUSINESS_MAX_LENGTH = 200;

const messageBody = z.string().trim().min(1).max(STORE_INQUIRY_MESSAGE_MAX_LENGTH);

export const createStoreInquirySchema = z.strictObject({
  plannedBusiness: z.string().trim().min(1).max(STORE_INQUIRY_PLANNED_BUSINESS_MAX_LENGTH).describe('What the seeker plans to open, e.g. 自家焙煎のカフェ'),
  message: messageBody.describe('The inquiry itself: the first message of the thread'),
});
export type CreateStoreInquiry = z.infer<typeof createStoreInquirySchema>;

export const postStoreInquiryMessageSchema = z.strictObject({ body: messageBody });
export type PostStoreInquiryMessage = z.infer<typeof postStoreInquiryMessageSchema>;

export const markVacantStoreLetSchema = z.strictObject({ inquiryId: z.uuid().describe('The inquiry of this store whose seeker took it') });
export type MarkVacantStoreLet = z.infer<typeof markVacantStoreLetSchema>;

const side = z.enum(['seeker', 'owner']);

export const storeInquirySchema = z.object({
  id: z.uuid(),
  vacantStoreId: z.uuid(),
  storeTitle: z.string(),
  storeStatus: z.enum(VACANT_STORE_STATUSES),
  plannedBusiness: z.string(),
  status: z.enum(STORE_INQUIRY_STATUSES),
  closedReason: z.enum(STORE_INQUIRY_CLOSED_REASONS).nullable(),
  mySide: side.describe('The caller’s side of the thread'),
  otherPartyName: z
    .string()
    .describe('For the seeker: the owning organization’s name. For the owner side: the seeker’s display name. Never an email address.'),
  letAt: isoDateTimeSchema.nullable().describe('When the owner marked the store let to this inquiry'),
  seekerConfirmedAt: isoDateTimeSchema.nullable(),
  seekerDisputedAt: isoDateTimeSchema.nullable(),
  matchConfirmedAt: isoDateTimeSchema.nullable().describe('When staff confirmed the match (counts for 空き店舗の活用件数)'),
  closedAt: isoDateTimeSchema.nullable(),
  lastMessageAt: isoDateTimeSchema,
  createdAt: isoDateTimeSchema,
  actions: z.array(z.enum(STORE_INQUIRY_ACTIONS)).describe('What the caller may do now: the buttons to show (mark-let is POST /api/vacant-stores/:id/matched)'),
  canPostMessage: z.boolean(),
});
export type StoreInquiry = z.infer<typeof storeInquirySchema>;

export const storeInquiryPageSchema = pageOf(storeInquirySchema);
export type StoreInquiryPage = z.infer<typeof storeInquiryPageSchema>;

export const storeInquiryMessageSchema = z.object({
  id: z.uuid(),
  side,
  senderName: z.string().describe('Display name; 退会済みユーザー for an account since deleted'),
  mine: z.boolean(),
  body: z.string(),
  createdAt: isoDateTimeSchema,
});
export type StoreInquiryMessage = z.infer<typeof storeInquiryMessageSchema>;

export const storeInquiryMessagePageSchema = pageOf(storeInquiryMessageSchema);
export type StoreInquiryMessagePage = z.infer<typeof storeInquiryMessagePageSchema>;

export const storeInquiryListQuerySchema = z.strictObject({ ...pageQuerySchema.shape });
export type StoreInquiryListQuery = z.infer<typeof storeInquiryListQuerySchema>;

/** The staff page of stores let through the platform, with where each stands. */
export const storeMatchSchema = z.object({
  vacantStoreId: z.uuid(),
  storeTitle: z.string(),
  storeStatus: z.enum(VACANT_STORE_STATUSES),
  organizationName: z.string(),
  inquiryId: z.uuid(),
  seekerName: z.string(),
  plannedBusiness: z.string(),
  status: z.enum(STORE_INQUIRY_LET_STATUSES),
  letAt: isoDateTimeSchema,
  seekerConfirmedAt: isoDateTimeSchema.nullable(),
  seekerDisputedAt: isoDateTimeSchema.nullable(),
  matchConfirmedAt: isoDateTimeSchema.nullable(),
  fiscalYear: z.int().nullable().describe('The fiscal year the confirmed match counts in'),
  canConfirm: z.boolean().describe('The owner marked it let and the seeker confirmed: staff may confirm the match'),
});
export type StoreMatch = z.infer<typeof storeMatchSchema>;

export const storeMatchPageSchema = pageOf(storeMatchSchema);
export type StoreMatchPage = z.infer<typeof storeMatchPageSchema>;

export const storeMatchListQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  status: z.enum(STORE_INQUIRY_LET_STATUSES).optional().describe('Only matches in this status; all by default, those awaiting staff first'),
});
export type StoreMatchListQuery = z.infer<typeof storeMatchListQuerySchema>;

const fiscalYear = z.coerce.number().int().min(2000).max(2100);

export const storeMatchStatsQuerySchema = z.strictObject({
  fiscalYear: fiscalYear.optional().describe('Japanese fiscal year (April–March), e.g. 2026 = 2026-04-01 … 2027-03-31; the current one by default'),
});
export type StoreMatchStatsQuery = z.infer<typeof storeMatchStatsQuerySchema>;

export const storeMatchStatsSchema = z.object({
  fiscalYear: z.int(),
  confirmedMatches: z.int().min(0).describe('空き店舗の活用件数: matches staff confirmed in that fiscal year'),
});
export type StoreMatchStats = z.infer<typeof storeMatchStatsSchema>;
