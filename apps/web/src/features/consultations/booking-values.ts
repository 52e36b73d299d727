import { createConsultationBookingSchema, type CreateConsultationBookingInput } from '@asaka/contracts';
import type { TFunction } from 'i18next';

/**
 * The booking form as chosen and typed. The request is checked with the very schema the API
 * validates with (createConsultationBookingSchema); only the messages are the form's own, and say
 * what to do.
 */
export interface BookingValues {
  topic: string;
  place: string;
  stage: string;
  businessIdea: string;
  questions: string;
}
export type BookingField = keyof BookingValues;

/** Each field's input, in the order of the form (the error summary lists problems in this order). */
export const bookingFieldIds: Readonly<Record<BookingField, string>> = {
  topic: 'booking-topic',
  place: 'booking-place',
  stage: 'booking-stage',
  businessIdea: 'booking-business-idea',
  questions: 'booking-questions',
};
const formOrder = Object.keys(bookingFieldIds) as BookingField[];

/** An issue as zod reports it, or as the API's VALIDATION_FAILED details carry it. */
export interface BookingIssue {
  path: string | readonly PropertyKey[];
  code?: string;
  maximum?: unknown;
}

/** The form field an issue's path names (`answers.businessIdea` → businessIdea); null for the slot itself. */
export function bookingFieldOf(path: string | readonly PropertyKey[]): BookingField | null {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  const name = parts[0] === 'answers' ? parts[1] : parts[0];
  return formOrder.find((field) => field === name) ?? null;
}

export function bookingMessage(t: TFunction, field: BookingField, issue: Omit<BookingIssue, 'path'> = {}): string {
  const max = typeof issue.maximum === 'number' ? issue.maximum : 2000;
  switch (field) {
    case 'topic':
      return t('consultations.form.validation.topic');
    case 'place':
      return t('consultations.form.validation.place');
    case 'stage':
      return t('consultations.form.validation.stage');
    case 'businessIdea':
      return issue.code === 'too_big' ? t('consultations.form.validation.tooLong', { field: t('consultations.form.labels.businessIdea'), max }) : t('consultations.form.validation.businessIdea');
    case 'questions':
      return t('consultations.form.validation.tooLong', { field: t('consultations.form.labels.questions'), max });
  }
}

/** One message per field that has an issue (the first issue of a field wins), in the form's order. */
export function bookingProblems(t: TFunction, issues: readonly BookingIssue[]): Partial<Record<BookingField, string>> {
  const messages: Partial<Record<BookingField, string>> = {};
  for (const issue of issues) {
    const field = bookingFieldOf(issue.path);
    if (field) messages[field] ??= bookingMessage(t, field, issue);
  }
  return Object.fromEntries(formOrder.filter((field) => messages[field]).map((field) => [field, messages[field]]));
}

export type BookingCheck = { ok: true; request: CreateConsultationBookingInput } | { ok: false; problems: Partial<Record<BookingField, string>> };

/** The booking of `slot` with the form's answers, checked with createConsultationBookingSchema. */
export function checkBooking(t: TFunction, slot: { adviserId: string; startsAt: string }, values: BookingValues): BookingCheck {
  const parsed = createConsultationBookingSchema.safeParse({
    adviserId: slot.adviserId,
    startsAt: slot.startsAt,
    topic: values.topic,
    place: values.place,
    answers: { stage: values.stage, businessIdea: values.businessIdea, questions: values.questions },
  });
  if (parsed.success) return { ok: true, request: parsed.data };
  return { ok: false, problems: bookingProblems(t, parsed.error.issues) };
}
