import { createFoundingReportSchema, FOUNDING_REPORT_TEXT_MAX_LENGTH, type CreateFoundingReportInput, type FoundingReport } from '@asaka/contracts';
import { FOUNDING_BUSINESS_TYPES, foundedOnProblem, type FoundingBusinessType } from '@asaka/domain';
import type { TFunction } from 'i18next';
import { isCalendarDate } from '../../../ui/japan-time';

/**
 * The founding report as the person fills it in: the date as the date input gives it, the choices
 * as strings ('' while none is chosen), the store '' for none. Checked field by field in words that
 * say what to do, then with the very schema the API validates with.
 */
export interface ReportFormValues {
  foundedOn: string;
  businessName: string;
  businessType: string;
  industry: string;
  /** 'yes' · 'no' · '' (not chosen yet). */
  inAsaka: string;
  address: string;
  /** The vacant store used, '' for none. */
  vacantStoreId: string;
}
export type ReportField = keyof ReportFormValues;

/** Each field's input, in the order of the form (the error summary lists problems in this order). */
export const reportFieldIds: Readonly<Record<ReportField, string>> = {
  foundedOn: 'founding-report-founded-on',
  businessName: 'founding-report-business-name',
  businessType: 'founding-report-business-type',
  industry: 'founding-report-industry',
  inAsaka: 'founding-report-in-asaka',
  address: 'founding-report-address',
  vacantStoreId: 'founding-report-vacant-store',
};
const formOrder = Object.keys(reportFieldIds) as ReportField[];

export function emptyReportValues(): ReportFormValues {
  return { foundedOn: '', businessName: '', businessType: '', industry: '', inAsaka: '', address: '', vacantStoreId: '' };
}

/** A report sent before, as the form shows it for correction. */
export function reportValuesOf(report: FoundingReport): ReportFormValues {
  return {
    foundedOn: report.foundedOn,
    businessName: report.businessName,
    businessType: report.businessType,
    industry: report.industry,
    inAsaka: report.inAsaka ? 'yes' : 'no',
    address: report.address,
    vacantStoreId: report.vacantStore?.id ?? '',
  };
}

export type ReportProblems = Partial<Record<ReportField, string>>;
export type ReportCheck = { ok: true; request: CreateFoundingReportInput } | { ok: false; problems: ReportProblems };

const isBusinessType = (value: string): value is FoundingBusinessType => FOUNDING_BUSINESS_TYPES.some((type) => type === value);

/**
 * Checks the form against today's date in Japan (YYYY-MM-DD): the founding date neither ahead nor
 * more than 5 years back (the domain's rule, as the API applies it), the texts present and not too
 * long, the choices made.
 */
export function checkReportForm(t: TFunction, values: ReportFormValues, today: string): ReportCheck {
  const problems: ReportProblems = {};
  const name = (field: 'businessName' | 'businessType' | 'industry' | 'inAsaka' | 'address') => t(`founding.reports.form.${field}`);

  if (values.foundedOn.trim() === '') problems.foundedOn = t('founding.reports.validation.foundedOnRequired');
  else if (!isCalendarDate(values.foundedOn)) problems.foundedOn = t('founding.reports.validation.foundedOnInvalid');
  else {
    const problem = foundedOnProblem(values.foundedOn, today);
    if (problem === 'in-future') problems.foundedOn = t('founding.reports.validation.foundedOnFuture');
    if (problem === 'too-long-ago') problems.foundedOn = t('founding.reports.validation.foundedOnTooOld');
  }
  for (const field of ['businessName', 'industry', 'address'] as const) {
    const text = values[field].trim();
    if (text === '') problems[field] = t('founding.reports.validation.required', { field: name(field) });
    else if (text.length > FOUNDING_REPORT_TEXT_MAX_LENGTH) problems[field] = t('founding.reports.validation.tooLong', { field: name(field), max: FOUNDING_REPORT_TEXT_MAX_LENGTH });
  }
  if (!isBusinessType(values.businessType)) problems.businessType = t('founding.reports.validation.choose', { field: name('businessType') });
  if (values.inAsaka !== 'yes' && values.inAsaka !== 'no') problems.inAsaka = t('founding.reports.validation.choose', { field: name('inAsaka') });

  if (Object.keys(problems).length > 0) return { ok: false, problems: ordered(problems) };

  const parsed = createFoundingReportSchema.safeParse({
    foundedOn: values.foundedOn,
    businessName: values.businessName.trim(),
    businessType: values.businessType,
    industry: values.industry.trim(),
    inAsaka: values.inAsaka === 'yes',
    address: values.address.trim(),
    vacantStoreId: values.vacantStoreId === '' ? null : values.vacantStoreId,
  });
  if (!parsed.success) {
    const fields: ReportProblems = {};
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path);
      if (field) fields[field] ??= t('form.checkInput');
    }
    return { ok: false, problems: Object.keys(fields).length > 0 ? ordered(fields) : { foundedOn: t('form.checkInput') } };
  }
  return { ok: true, request: parsed.data };
}

/** The form field an API error's path names. */
export function fieldOfPath(path: string | readonly PropertyKey[]): ReportField | null {
  const first = typeof path === 'string' ? path.split('.')[0] : String(path[0] ?? '');
  return formOrder.find((field) => field === first) ?? null;
}

function ordered(problems: ReportProblems): ReportProblems {
  return Object.fromEntries(formOrder.filter((field) => problems[field]).map((field) => [field, problems[field]]));
}
