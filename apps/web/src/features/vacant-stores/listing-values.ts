import {
  createVacantStoreSchema,
  updateVacantStoreSchema,
  type CreateVacantStore,
  type UpdateVacantStore,
  type VacantStore,
} from '@asaka/contracts';
import { VACANT_STORE_USES, type VacantStoreUse } from '@asaka/domain';
import type { TFunction } from 'i18next';

/**
 * The listing form as typed: text as strings (numbers too, so "１５０，０００" can be read and a
 * wrong entry shown as it was typed), the uses and the two declarations as chosen. The request is
 * checked with the very zod schemas the API validates with; only the messages are the form's own.
 */
export interface ListingValues {
  organizationId: string;
  title: string;
  district: string;
  streetAddress: string;
  latitude: string;
  longitude: string;
  station: string;
  walkMinutes: string;
  floorAreaSquareMetres: string;
  floor: string;
  monthlyRentYen: string;
  commonChargesYen: string;
  depositYen: string;
  keyMoneyYen: string;
  contractType: string;
  previousUse: string;
  fixturesRemain: boolean;
  allowedUses: VacantStoreUse[];
  restrictions: string;
  availableFrom: string;
  description: string;
  noOrganizedCrimeTies: boolean;
  noCityTaxArrears: boolean;
}
export type ListingField = keyof ListingValues;

/** Each field's input, in the order of the form (the error summary lists problems in this order). */
export const listingFieldIds: Readonly<Record<ListingField, string>> = {
  organizationId: 'listing-organization',
  title: 'listing-title',
  district: 'listing-district',
  streetAddress: 'listing-street-address',
  latitude: 'listing-latitude',
  longitude: 'listing-longitude',
  station: 'listing-station',
  walkMinutes: 'listing-walk-minutes',
  floorAreaSquareMetres: 'listing-floor-area',
  floor: 'listing-floor',
  monthlyRentYen: 'listing-monthly-rent',
  commonChargesYen: 'listing-common-charges',
  depositYen: 'listing-deposit',
  keyMoneyYen: 'listing-key-money',
  contractType: 'listing-contract-type',
  previousUse: 'listing-previous-use',
  fixturesRemain: 'listing-fixtures-remain',
  allowedUses: 'listing-allowed-uses',
  restrictions: 'listing-restrictions',
  availableFrom: 'listing-available-from',
  description: 'listing-description',
  noOrganizedCrimeTies: 'listing-declaration-no-organized-crime-ties',
  noCityTaxArrears: 'listing-declaration-no-city-tax-arrears',
};
const formOrder = Object.keys(listingFieldIds) as ListingField[];

export function emptyListing(organizationId = ''): ListingValues {
  return {
    organizationId,
    title: '',
    district: '',
    streetAddress: '',
    latitude: '',
    longitude: '',
    station: '',
    walkMinutes: '',
    floorAreaSquareMetres: '',
    floor: '',
    monthlyRentYen: '',
    commonChargesYen: '',
    depositYen: '',
    keyMoneyYen: '',
    contractType: '',
    previousUse: '',
    fixturesRemain: false,
    allowedUses: [],
    restrictions: '',
    availableFrom: '',
    description: '',
    noOrganizedCrimeTies: false,
    noCityTaxArrears: false,
  };
}

/** A saved listing, as the form shows it for correction. */
export function listingValuesOf(store: VacantStore): ListingValues {
  const coordinate = (value: number | null | undefined) => (typeof value === 'number' ? String(value) : '');
  const position = store as VacantStore & { latitude?: number | null; longitude?: number | null };
  return {
    organizationId: store.organizationId,
    title: store.title,
    district: store.district,
    streetAddress: store.streetAddress,
    latitude: coordinate(position.latitude),
    longitude: coordinate(position.longitude),
    station: store.station,
    walkMinutes: String(store.walkMinutes),
    floorAreaSquareMetres: String(store.floorAreaSquareMetres),
    floor: store.floor,
    monthlyRentYen: String(store.monthlyRentYen),
    commonChargesYen: String(store.commonChargesYen),
    depositYen: String(store.depositYen),
    keyMoneyYen: String(store.keyMoneyYen),
    contractType: store.contractType,
    previousUse: store.previousUse ?? '',
    fixturesRemain: store.fixturesRemain,
    allowedUses: VACANT_STORE_USES.filter((use) => store.allowedUses.includes(use)),
    restrictions: store.restrictions ?? '',
    availableFrom: store.availableFrom ?? '',
    description: store.description,
    noOrganizedCrimeTies: store.declarations.noOrganizedCrimeTies,
    noCityTaxArrears: store.declarations.noCityTaxArrears,
  };
}

/**
 * A number as people type it: full-width digits and commas are fine (「１５０，０００」), as are a
 * trailing 円 or m². Empty is `undefined` (missing); anything else that is not a number is NaN,
 * which the schema refuses as not a number.
 */
export function numberOf(text: string): number | undefined {
  const plain = text.normalize('NFKC').replace(/[,\s]/g, '').replace(/(円|m2|m²|㎡)$/i, '');
  if (plain === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

/** The listing's fields as the API takes them (before the schema's own trimming and defaults). */
function listingOf(values: ListingValues) {
  const orNull = (text: string) => (text.trim() === '' ? null : text);
  return {
    title: values.title,
    district: values.district,
    streetAddress: values.streetAddress,
    latitude: numberOf(values.latitude) ?? null,
    longitude: numberOf(values.longitude) ?? null,
    station: values.station,
    walkMinutes: numberOf(values.walkMinutes),
    floorAreaSquareMetres: numberOf(values.floorAreaSquareMetres),
    floor: values.floor,
    monthlyRentYen: numberOf(values.monthlyRentYen),
    // Left empty, a charge is none: the form says so in the field's hint.
    commonChargesYen: numberOf(values.commonChargesYen) ?? 0,
    depositYen: numberOf(values.depositYen) ?? 0,
    keyMoneyYen: numberOf(values.keyMoneyYen) ?? 0,
    contractType: values.contractType,
    previousUse: orNull(values.previousUse),
    fixturesRemain: values.fixturesRemain,
    allowedUses: values.allowedUses,
    restrictions: orNull(values.restrictions),
    availableFrom: orNull(values.availableFrom),
    description: values.description,
    declarations: { noOrganizedCrimeTies: values.noOrganizedCrimeTies, noCityTaxArrears: values.noCityTaxArrears },
  };
}

/** An issue as zod reports it, or as the API's VALIDATION_FAILED details carry it. */
export interface ListingIssue {
  path: string | readonly PropertyKey[];
  code?: string;
  maximum?: unknown;
}

type FieldKind = 'text' | 'choice' | 'number' | 'date' | 'position' | 'uses' | 'declaration';

const kinds: Record<ListingField, FieldKind> = {
  organizationId: 'choice',
  title: 'text',
  district: 'choice',
  streetAddress: 'text',
  latitude: 'position',
  longitude: 'position',
  station: 'choice',
  walkMinutes: 'number',
  floorAreaSquareMetres: 'number',
  floor: 'text',
  monthlyRentYen: 'number',
  commonChargesYen: 'number',
  depositYen: 'number',
  keyMoneyYen: 'number',
  contractType: 'choice',
  previousUse: 'text',
  fixturesRemain: 'choice',
  allowedUses: 'uses',
  restrictions: 'text',
  availableFrom: 'date',
  description: 'text',
  noOrganizedCrimeTies: 'declaration',
  noCityTaxArrears: 'declaration',
};

/** The ranges of the contract's numbers, so a message can name them. */
const ranges: Partial<Record<ListingField, { min: string; max: string }>> = {
  walkMinutes: { min: '0', max: '120' },
  floorAreaSquareMetres: { min: '0.01', max: '100,000' },
  monthlyRentYen: { min: '0', max: '100,000,000' },
  commonChargesYen: { min: '0', max: '100,000,000' },
  depositYen: { min: '0', max: '100,000,000' },
  keyMoneyYen: { min: '0', max: '100,000,000' },
};

/** The form field an issue's path names (`declarations.noCityTaxArrears` → noCityTaxArrears). */
export function listingFieldOf(path: string | readonly PropertyKey[]): ListingField | null {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  const name = parts[0] === 'declarations' ? parts[1] : parts[0];
  return formOrder.find((field) => field === name) ?? null;
}

/** What to say about a field the schema refused, in words that say what to do. */
export function listingMessage(t: TFunction, field: ListingField, values: ListingValues, issue: Omit<ListingIssue, 'path'> = {}): string {
  const name = t(`vacantStores.form.names.${field}`);
  const raw = values[field];
  const blank = typeof raw === 'string' && raw.trim() === '';
  switch (kinds[field]) {
    case 'choice':
      return t('vacantStores.validation.choose', { field: name });
    case 'uses':
      return t('vacantStores.validation.chooseUses');
    case 'declaration':
      return t(`vacantStores.validation.${field === 'noOrganizedCrimeTies' ? 'declareNoOrganizedCrimeTies' : 'declareNoCityTaxArrears'}`);
    case 'date':
      return t('vacantStores.validation.date', { field: name });
    case 'position':
      if (issue.code === 'custom') return t('vacantStores.validation.bothCoordinates');
      if (issue.code === 'too_small' || issue.code === 'too_big') return t('vacantStores.validation.outsideAsaka');
      return t('vacantStores.validation.number', { field: name });
    case 'number': {
      if (blank) return t('vacantStores.validation.required', { field: name });
      const number = numberOf(raw as string);
      if (number === undefined || Number.isNaN(number)) return t('vacantStores.validation.number', { field: name });
      if (issue.code === 'not_multiple_of') return t('vacantStores.validation.decimals', { field: name });
      if (issue.code === 'invalid_type') return t('vacantStores.validation.wholeNumber', { field: name });
      const range = ranges[field] ?? { min: '0', max: '' };
      return t('vacantStores.validation.range', { field: name, min: range.min, max: range.max });
    }
    default: {
      if (blank || issue.code === 'too_small') return t('vacantStores.validation.required', { field: name });
      const max = typeof issue.maximum === 'number' ? issue.maximum : undefined;
      return max === undefined ? t('form.checkInput') : t('vacantStores.validation.tooLong', { field: name, max });
    }
  }
}

/** One message per field that has an issue (the first issue of a field wins), in the form's order. */
export function listingProblems(t: TFunction, values: ListingValues, issues: readonly ListingIssue[]): Partial<Record<ListingField, string>> {
  const messages: Partial<Record<ListingField, string>> = {};
  for (const issue of issues) {
    const field = listingFieldOf(issue.path);
    if (field) messages[field] ??= listingMessage(t, field, values, issue);
  }
  return Object.fromEntries(formOrder.filter((field) => messages[field]).map((field) => [field, messages[field]]));
}

export type ListingCheck<R> = { ok: true; request: R } | { ok: false; problems: Partial<Record<ListingField, string>> };

/**
 * The declarations are what an owner states to put the listing up for review; the form asks for
 * them on every save, so that a listing is always ready to submit once it is complete.
 */
function declarationIssues(values: ListingValues): ListingIssue[] {
  return [
    ...(values.noOrganizedCrimeTies ? [] : [{ path: ['declarations', 'noOrganizedCrimeTies'], code: 'custom' }]),
    ...(values.noCityTaxArrears ? [] : [{ path: ['declarations', 'noCityTaxArrears'], code: 'custom' }]),
  ];
}

/** A new listing for the chosen organization, checked with createVacantStoreSchema. */
export function checkNewListing(t: TFunction, values: ListingValues): ListingCheck<CreateVacantStore> {
  const parsed = createVacantStoreSchema.safeParse({ organizationId: values.organizationId, ...listingOf(values) });
  const issues = [...(parsed.success ? [] : parsed.error.issues), ...declarationIssues(values)];
  if (!parsed.success || issues.length > 0) return { ok: false, problems: listingProblems(t, values, issues) };
  return { ok: true, request: parsed.data };
}

/** The whole listing as a correction, checked with updateVacantStoreSchema. */
export function checkListingUpdate(t: TFunction, values: ListingValues): ListingCheck<UpdateVacantStore> {
  const parsed = updateVacantStoreSchema.safeParse(listingOf(values));
  const issues = [...(parsed.success ? [] : parsed.error.issues), ...declarationIssues(values)];
  if (!parsed.success || issues.length > 0) return { ok: false, problems: listingProblems(t, values, issues) };
  return { ok: true, request: parsed.data };
}
