import { z } from 'zod';
import {
  CONSULTATION_OUTCOMES,
  FOUNDING_AREAS,
  FOUNDING_BUSINESS_TYPES,
  FOUNDING_REPORT_ACTIONS,
  FOUNDING_REPORT_STATUSES,
  FOUNDING_STAGES,
} from '@asaka/domain';
import { isoDateTimeSchema, pageOf, pageQuerySchema } from './common';
import { consultationBookingSummarySchema } from './consultations';

/**
 * After a consultation (起業家育成支援相談, plan 5-2): the adviser's mark and record, the adviser's
 * dashboard, the founding pathway (特定創業支援等事業), founding reports and the program's counts.
 */

const dateSchema = z.iso.date();
const fiscalYear = z.coerce.number().int().min(2000).max(2100);
const areaList = z
  .array(z.enum(FOUNDING_AREAS))
  .max(FOUNDING_AREAS.length)
  .refine((values) => new Set(values).size === values.length, { message: '同じ分野は一度だけ選べます / each area at most once' });

export const consultationOutcomeInputSchema = z.strictObject({
  outcome: z.enum(CONSULTATION_OUTCOMES).describe('held: the session took place (counts for 起業家育成相談件数) · no-show: the person did not come'),
});
export type ConsultationOutcomeInput = z.infer<typeof consultationOutcomeInputSchema>;

export const CONSULTATION_RECORD_NOTES_MAX_LENGTH = 4000;

/** The adviser's record of a held session; replaced whole by PUT. */
export const consultationRecordInputSchema = z.strictObject({
  areasCovered: areaList.describe('Which of 経営・財務・人材育成・販路開拓 the session covered (the founding pathway counts them); may be empty'),
  notes: z.string().trim().max(CONSULTATION_RECORD_NOTES_MAX_LENGTH).describe('What was discussed. Only advisers of the session and staff read it'),
  nextSteps: z.string().trim().max(2000).default('').describe('What the person and the adviser agreed to do next'),
});
export type ConsultationRecordInput = z.input<typeof consultationRecordInputSchema>;
export type ConsultationRecordValues = z.output<typeof consultationRecordInputSchema>;

export const consultationRecordSchema = z.object({
  bookingId: z.uuid(),
  booking: consultationBookingSummarySchema,
  areasCovered: z.array(z.enum(FOUNDING_AREAS)),
  notes: z.string(),
  nextSteps: z.string(),
  writtenBy: z.enum(['adviser', 'staff']).describe('staff: entered by city staff for the adviser (who did it is in the audit log)'),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type ConsultationRecord = z.infer<typeof consultationRecordSchema>;

/** The longest range of the adviser's dashboard: about half a year. */
export const ADVISER_SESSIONS_RANGE_MAX_DAYS = 186;
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export const adviserSessionsQuerySchema = z
  .strictObject({
    from: dateSchema.optional().describe('First date (YYYY-MM-DD, Japan); 30 days ago by default'),
    to: dateSchema.optional().describe(`Last date, included; 60 days ahead by default; at most ${ADVISER_SESSIONS_RANGE_MAX_DAYS} days after from`),
  })
  .refine((q) => !q.from || !q.to || (daysBetween(q.from, q.to) >= 0 && daysBetween(q.from, q.to) < ADVISER_SESSIONS_RANGE_MAX_DAYS), {
    message: `期間は${ADVISER_SESSIONS_RANGE_MAX_DAYS}日以内で、終了日は開始日以降にしてください / to must be on or after from, within ${ADVISER_SESSIONS_RANGE_MAX_DAYS} days`,
    path: ['to'],
  });
export type AdviserSessionsQuery = z.infer<typeof adviserSessionsQuerySchema>;

export const adviserSessionSchema = z.object({
  ...consultationBookingSummarySchema.shape,
  answers: z.object({ stage: z.enum(FOUNDING_STAGES), businessIdea: z.string(), questions: z.string() }).describe('The intake, so the adviser can prepare'),
  hasRecord: z.boolean(),
  areasCovered: z.array(z.enum(FOUNDING_AREAS)).nullable().describe('From the record; null while there is none'),
  actions: z.array(z.enum(['mark-held', 'mark-no-show', 'write-record'])).describe('What the adviser may do now: the buttons to show'),
});
export type AdviserSession = z.infer<typeof adviserSessionSchema>;

export const adviserSessionListSchema = z.object({
  from: dateSchema,
  to: dateSchema,
  upcoming: z.array(adviserSessionSchema).describe('Sessions not yet begun, earliest first (cancelled ones left out)'),
  past: z.array(adviserSessionSchema).describe('Sessions begun, latest first, with whether the record is written'),
});
export type AdviserSessionList = z.infer<typeof adviserSessionListSchema>;

export const consultationStatsQuerySchema = z.strictObject({
  fiscalYear: fiscalYear.optional().describe('Japanese fiscal year (April–March), e.g. 2026 = 2026-04-01 … 2027-03-31; the current one by default'),
});
export type ConsultationStatsQuery = z.infer<typeof consultationStatsQuerySchema>;

export const consultationStatsSchema = z.object({
  fiscalYear: z.int(),
  heldConsultations: z.int().min(0).describe('起業家育成相談件数: consultations held, by the fiscal year of the session'),
  confirmedFoundings: z.int().min(0).describe('市の支援を受けて起業した件数: founding reports staff confirmed, by the fiscal year of the founding date'),
});
export type ConsultationStats = z.infer<typeof consultationStatsSchema>;

/** One session of the founding pathway: a held consultation with its record's areas, or an attended seminar. */
export const pathwaySessionSchema = z.object({
  kind: z.enum(['consultation', 'seminar']),
  id: z.uuid().describe('The consultation booking, or the seminar (event)'),
  startsAt: isoDateTimeSchema.describe('The date a certificate lists'),
  title: z.string().describe('The adviser’s organization and name, or the seminar’s title'),
  areas: z.array(z.enum(FOUNDING_AREAS)),
});
export type PathwaySessionView = z.infer<typeof pathwaySessionSchema>;

const progressFields = {
  sessionCount: z.int().min(0),
  sessionsNeeded: z.int().min(0).describe('Sessions still missing of the 4'),
  areasCovered: z.array(z.enum(FOUNDING_AREAS)),
  areasMissing: z.array(z.enum(FOUNDING_AREAS)),
  spansAMonth: z.boolean().describe('The last session is at least one month after the first'),
  earliestCompletion: isoDateTimeSchema.nullable().describe('One month after the first session: no qualification before it'),
  qualifies: z.boolean().describe('At least 4 sessions over at least a month covering 経営・財務・人材育成・販路開拓'),
  qualifiedAt: isoDateTimeSchema.nullable().describe('The session that completed the rule'),
};

export const foundingPathwaySchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  sessions: z.array(pathwaySessionSchema).describe('Earliest first'),
  ...progressFields,
});
export type FoundingPathway = z.infer<typeof foundingPathwaySchema>;

export const foundingPathwaySummarySchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  firstSessionAt: isoDateTimeSchema,
  lastSessionAt: isoDateTimeSchema,
  ...progressFields,
});
export type FoundingPathwaySummary = z.infer<typeof foundingPathwaySummarySchema>;
export const foundingPathwayPageSchema = pageOf(foundingPathwaySummarySchema);
export type FoundingPathwayPage = z.infer<typeof foundingPathwayPageSchema>;

export const foundingPathwayListQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  qualified: z.stringbool().optional().describe('true: only people who qualify · false: only those who do not yet'),
});
export type FoundingPathwayListQuery = z.infer<typeof foundingPathwayListQuerySchema>;

export const foundingPathwayCsvQuerySchema = z.strictObject({
  qualified: z.stringbool().optional().describe('true: only people who qualify (the certificate list) · false: only those who do not yet'),
});
export type FoundingPathwayCsvQuery = z.infer<typeof foundingPathwayCsvQuerySchema>;

export const FOUNDING_REPORT_TEXT_MAX_LENGTH = 200;
const reportText = (description: string) => z.string().trim().min(1).max(FOUNDING_REPORT_TEXT_MAX_LENGTH).describe(description);

const foundingReportFields = {
  foundedOn: dateSchema.describe('The date of the 開業届 (sole proprietorship) or the registration (corporation), YYYY-MM-DD; not in the future, at most 5 years ago'),
  businessName: reportText('屋号 or company name'),
  businessType: z.enum(FOUNDING_BUSINESS_TYPES).describe('個人事業 · 法人'),
  industry: reportText('業種, e.g. 飲食業（カフェ）'),
  inAsaka: z.boolean().describe('The business is in Asaka City'),
  address: reportText('Where the business is'),
  vacantStoreId: z.uuid().nullable().describe('The store of the vacant-store bank the business opened in; one the person inquired about'),
};

export const createFoundingReportSchema = z.strictObject({ ...foundingReportFields, vacantStoreId: foundingReportFields.vacantStoreId.default(null) });
export type CreateFoundingReport = z.input<typeof createFoundingReportSchema>;
export type CreateFoundingReportInput = z.output<typeof createFoundingReportSchema>;

/** A correction; on a rejected report it is the resubmission. */
export const updateFoundingReportSchema = z.strictObject(foundingReportFields).partial();
export type UpdateFoundingReport = z.infer<typeof updateFoundingReportSchema>;

export const rejectFoundingReportSchema = z.strictObject({
  reason: z.string().trim().min(1).max(500).describe('Why, so the person can correct it (they see it)'),
});
export type RejectFoundingReport = z.infer<typeof rejectFoundingReportSchema>;

export const foundingReportSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  personName: z.string(),
  foundedOn: dateSchema,
  fiscalYear: z.int().describe('The fiscal year the founding counts for'),
  businessName: z.string(),
  businessType: z.enum(FOUNDING_BUSINESS_TYPES),
  industry: z.string(),
  inAsaka: z.boolean(),
  address: z.string(),
  vacantStore: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  status: z.enum(FOUNDING_REPORT_STATUSES),
  rejectionReason: z.string().nullable(),
  submittedAt: isoDateTimeSchema.describe('The last (re)submission'),
  confirmedAt: isoDateTimeSchema.nullable(),
  rejectedAt: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  actions: z.array(z.enum(FOUNDING_REPORT_ACTIONS)).describe('What the caller may do now: the buttons to show'),
});
export type FoundingReport = z.infer<typeof foundingReportSchema>;
export const foundingReportPageSchema = pageOf(foundingReportSchema);
export type FoundingReportPage = z.infer<typeof foundingReportPageSchema>;

export const foundingReportListQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  status: z.enum(FOUNDING_REPORT_STATUSES).optional().describe('Only reports in this status; all by default, those waiting first'),
});
export type FoundingReportListQuery = z.infer<typeof foundingReportListQuerySchema>;

export const myFoundingReportListQuerySchema = z.strictObject({ ...pageQuerySchema.shape });
export type MyFoundingReportListQuery = z.infer<typeof myFoundingReportListQuerySchema>;
