import { consultationSettingsSchema, type ConsultationSettings } from '@asaka/contracts';
import type { TFunction } from 'i18next';

/**
 * The program's booking rules as staff think of them: notice and cut-off in hours (the API keeps
 * minutes), the open bookings per person as a count. Typed as text, so 「２４」 is read too.
 */
export interface SettingsValues {
  minimumNoticeHours: string;
  cancellationCutoffHours: string;
  maxOpenBookingsPerPerson: string;
}
export type SettingsField = keyof SettingsValues;

export const settingsFieldIds: Readonly<Record<SettingsField, string>> = {
  minimumNoticeHours: 'settings-minimum-notice',
  cancellationCutoffHours: 'settings-cancellation-cutoff',
  maxOpenBookingsPerPerson: 'settings-max-open-bookings',
};

const hours = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);

export function settingsValuesOf(settings: ConsultationSettings): SettingsValues {
  return {
    minimumNoticeHours: hours(settings.minimumNoticeMinutes),
    cancellationCutoffHours: hours(settings.cancellationCutoffMinutes),
    maxOpenBookingsPerPerson: String(settings.maxOpenBookingsPerPerson),
  };
}

/** A number as typed (full-width digits are fine); NaN when it is not one. */
function numberOf(text: string): number {
  const plain = text.normalize('NFKC').trim();
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

const ranges: Record<SettingsField, { min: number; max: number }> = {
  minimumNoticeHours: { min: 0, max: 720 },
  cancellationCutoffHours: { min: 0, max: 336 },
  maxOpenBookingsPerPerson: { min: 1, max: 20 },
};

export function checkSettings(t: TFunction, values: SettingsValues): { ok: true; request: ConsultationSettings } | { ok: false; problems: Partial<Record<SettingsField, string>> } {
  const parsed = consultationSettingsSchema.safeParse({
    minimumNoticeMinutes: Math.round(numberOf(values.minimumNoticeHours) * 60),
    cancellationCutoffMinutes: Math.round(numberOf(values.cancellationCutoffHours) * 60),
    maxOpenBookingsPerPerson: numberOf(values.maxOpenBookingsPerPerson),
  });
  if (parsed.success) return { ok: true, request: parsed.data };
  const fieldOf: Record<string, SettingsField> = {
    minimumNoticeMinutes: 'minimumNoticeHours',
    cancellationCutoffMinutes: 'cancellationCutoffHours',
    maxOpenBookingsPerPerson: 'maxOpenBookingsPerPerson',
  };
  const problems: Partial<Record<SettingsField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOf[String(issue.path[0])];
    if (field) problems[field] ??= t(`consultations.staff.settings.range.${field}`, ranges[field]);
  }
  return { ok: false, problems };
}
