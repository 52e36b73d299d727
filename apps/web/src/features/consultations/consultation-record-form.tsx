import {
  CONSULTATION_RECORD_NOTES_MAX_LENGTH,
  consultationRecordInputSchema,
  type AdviserSession,
  type ConsultationRecord,
  type ConsultationRecordInput,
} from '@asaka/contracts';
import { FOUNDING_AREAS, type FoundingArea } from '@asaka/domain';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Checkbox, CheckboxGroup, Form, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorSummary, SubmitButton, TextAreaField, useFormFields } from '../../ui/form';
import { Choice } from './choice';
import { areaLabel } from './labels';

interface RecordValues {
  areasCovered: FoundingArea[];
  notes: string;
  nextSteps: string;
}
type RecordField = keyof RecordValues;

const NEXT_STEPS_MAX_LENGTH = 2000;

/**
 * The record of a held session: which of 経営・財務・人材育成・販路開拓 it covered (the founding
 * pathway counts them), what was discussed and what comes next. Only advisers of the session and
 * staff read it; a written record is loaded to be corrected.
 */
export function ConsultationRecordForm({ session, onSaved }: { session: AdviserSession; onSaved: () => void | Promise<void> }) {
  const { t } = useTranslation();
  const record = useApiQuery<ConsultationRecord>(`/consultation-bookings/${encodeURIComponent(session.id)}/record`, undefined, { enabled: session.hasRecord });
  if (session.hasRecord && record.isError) {
    return (
      <p role="alert" className="form-status__failed">
        {record.error.message}
      </p>
    );
  }
  if (session.hasRecord && !record.data) return <p role="status">{t('form.loading')}</p>;
  return <RecordForm session={session} record={record.data ?? null} onSaved={onSaved} />;
}

function RecordForm({ session, record, onSaved }: { session: AdviserSession; record: ConsultationRecord | null; onSaved: () => void | Promise<void> }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const fieldIds = useMemo<Record<RecordField, string>>(
    () => ({ areasCovered: `record-${session.id}-areas`, notes: `record-${session.id}-notes`, nextSteps: `record-${session.id}-next-steps` }),
    [session.id],
  );
  const form = useFormFields<RecordValues, RecordField>(
    () => ({ areasCovered: record?.areasCovered ?? session.areasCovered ?? [], notes: record?.notes ?? '', nextSteps: record?.nextSteps ?? '' }),
    fieldIds,
  );
  const save = useMutation({
    mutationFn: (input: ConsultationRecordInput) =>
      client.request<ConsultationRecord>(`/consultation-bookings/${encodeURIComponent(session.id)}/record`, { method: 'PUT', body: input }),
  });

  const submit = () => {
    if (save.isPending) return;
    const parsed = consultationRecordInputSchema.safeParse(form.values);
    if (!parsed.success) {
      const fields: Partial<Record<RecordField, string>> = {};
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === 'notes') fields.notes ??= t('consultations.record.tooLong', { field: t('consultations.record.notes'), max: CONSULTATION_RECORD_NOTES_MAX_LENGTH });
        if (issue.path[0] === 'nextSteps') fields.nextSteps ??= t('consultations.record.tooLong', { field: t('consultations.record.nextSteps'), max: NEXT_STEPS_MAX_LENGTH });
      }
      return form.fail({ fields, general: Object.keys(fields).length === 0 ? t('form.checkInput') : undefined });
    }
    form.clear();
    save.mutate(parsed.data, {
      onSuccess: () => onSaved(),
      onError: (error) => form.fail({ general: isApiError(error) ? error.message : t('form.networkError') }),
    });
  };

  return (
    <div className="record-form">
      <ErrorSummary errors={form.errors} fieldIds={fieldIds} />
      <Form
        validationBehavior="aria"
        className="form"
        aria-label={t('consultations.record.formLabel', { name: session.bookerName })}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <p className="field__hint">{t('consultations.record.privacy')}</p>
        <CheckboxGroup
          id={fieldIds.areasCovered}
          value={form.values.areasCovered}
          onChange={(chosen) => form.set('areasCovered', FOUNDING_AREAS.filter((area) => chosen.includes(area)))}
          className="choice-group"
        >
          <Label className="field__label">{t('consultations.record.areas')}</Label>
          <Text slot="description" className="field__hint">
            {t('consultations.record.areasHint')}
          </Text>
          {FOUNDING_AREAS.map((area) => (
            <Checkbox key={area} value={area} className="choice choice--checkbox">
              <Choice label={areaLabel(t, area)} />
            </Checkbox>
          ))}
        </CheckboxGroup>
        <TextAreaField {...form.text('notes')} label={t('consultations.record.notes')} description={t('consultations.record.notesHint')} rows={6} />
        <TextAreaField {...form.text('nextSteps')} label={t('consultations.record.nextStepsOptional')} rows={3} />
        <div className="form__actions">
          <SubmitButton isPending={save.isPending}>{t('consultations.record.save')}</SubmitButton>
        </div>
      </Form>
    </div>
  );
}
