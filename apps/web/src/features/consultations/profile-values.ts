import { upsertMyAdviserSchema, type Adviser, type UpsertMyAdviser } from '@asaka/contracts';
import { CONSULTATION_PLACES, CONSULTATION_TOPICS, FOUNDING_AREAS, type ConsultationPlace, type ConsultationTopic, type FoundingArea } from '@asaka/domain';
import type { TFunction } from 'i18next';

/**
 * An adviser's profile as the form holds it, checked with upsertMyAdviserSchema (the adviser's own
 * PUT takes exactly it; staff send the same fields as a PATCH).
 */
export interface ProfileValues {
  organizationName: string;
  jobTitle: string;
  introduction: string;
  areas: FoundingArea[];
  topics: ConsultationTopic[];
  places: ConsultationPlace[];
  meetingUrl: string;
}
export type ProfileField = keyof ProfileValues;

export const profileFieldIds: Readonly<Record<ProfileField, string>> = {
  organizationName: 'adviser-organization',
  jobTitle: 'adviser-job-title',
  introduction: 'adviser-introduction',
  areas: 'adviser-areas',
  topics: 'adviser-topics',
  places: 'adviser-places',
  meetingUrl: 'adviser-meeting-url',
};
const formOrder = Object.keys(profileFieldIds) as ProfileField[];

export const emptyProfile: ProfileValues = { organizationName: '', jobTitle: '', introduction: '', areas: [], topics: [], places: [], meetingUrl: '' };

export function profileValuesOf(adviser: Adviser): ProfileValues {
  return {
    organizationName: adviser.organizationName,
    jobTitle: adviser.jobTitle ?? '',
    introduction: adviser.introduction,
    areas: FOUNDING_AREAS.filter((area) => adviser.areas.includes(area)),
    topics: CONSULTATION_TOPICS.filter((topic) => adviser.topics.includes(topic)),
    places: CONSULTATION_PLACES.filter((place) => adviser.places.includes(place)),
    meetingUrl: adviser.details?.meetingUrl ?? '',
  };
}

interface Issue {
  path: string | readonly PropertyKey[];
  code?: string;
}

function profileMessage(t: TFunction, field: ProfileField, values: ProfileValues, issue: Issue): string {
  const name = t(`consultations.profile.names.${field}`);
  switch (field) {
    case 'organizationName':
      return values.organizationName.trim() === '' ? t('consultations.profile.validation.required', { field: name }) : t('consultations.profile.validation.tooLong', { field: name, max: 100 });
    case 'jobTitle':
      return t('consultations.profile.validation.tooLong', { field: name, max: 100 });
    case 'introduction':
      return t('consultations.profile.validation.tooLong', { field: name, max: 2000 });
    case 'meetingUrl':
      return issue.code === 'custom' ? t('consultations.profile.validation.meetingUrlRequired') : t('consultations.profile.validation.meetingUrl');
    default:
      return t('consultations.profile.validation.chooseOne', { field: name });
  }
}

/** One message per field that has an issue, in the form's order. */
export function profileProblems(t: TFunction, values: ProfileValues, issues: readonly Issue[]): Partial<Record<ProfileField, string>> {
  const messages: Partial<Record<ProfileField, string>> = {};
  for (const issue of issues) {
    const [first] = typeof issue.path === 'string' ? issue.path.split('.') : issue.path.map(String);
    const field = formOrder.find((candidate) => candidate === first);
    if (field) messages[field] ??= profileMessage(t, field, values, issue);
  }
  return Object.fromEntries(formOrder.filter((field) => messages[field]).map((field) => [field, messages[field]]));
}

export function checkProfile(t: TFunction, values: ProfileValues): { ok: true; request: UpsertMyAdviser } | { ok: false; problems: Partial<Record<ProfileField, string>> } {
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
  const parsed = upsertMyAdviserSchema.safeParse({
    organizationName: values.organizationName,
    jobTitle: orNull(values.jobTitle),
    introduction: values.introduction,
    areas: values.areas,
    topics: values.topics,
    places: values.places,
    meetingUrl: orNull(values.meetingUrl),
  });
  if (parsed.success) return { ok: true, request: parsed.data };
  return { ok: false, problems: profileProblems(t, values, parsed.error.issues) };
}
