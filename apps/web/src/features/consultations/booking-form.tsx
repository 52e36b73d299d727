import type { Adviser, ConsultationBooking, CreateConsultationBookingInput } from '@asaka/contracts';
import { FOUNDING_STAGES, type ConsultationPlace, type ConsultationTopic } from '@asaka/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FieldError, Form, Label, Link, Radio, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { currentLanguage } from '../../i18n/i18n';
import { ErrorSummary, SelectField, SubmitButton, TextAreaField, useFormFields } from '../../ui/form';
import { SLOT_GONE_CODES } from './booking-links';
import { bookingFieldIds, bookingProblems, checkBooking, type BookingField, type BookingIssue, type BookingValues } from './booking-values';
import { Choice } from './choice';
import { plusMinutes, sessionTime } from './japan-calendar';
import { placeLabel, stageLabel, topicLabel } from './labels';

/**
 * The booking form for one picked slot: the topic and place among what the adviser offers, then the
 * intake (stage, the business, questions) the adviser reads to prepare. When the slot has gone in
 * the meantime (someone else booked it, or it is now too close), `onSlotGone` takes the person back
 * to the slots with the API's message; other refusals are shown here.
 */
export function BookingForm({
  adviser,
  startsAt,
  preferred,
  onBooked,
  onSlotGone,
}: {
  adviser: Adviser;
  startsAt: string;
  preferred: { topic?: ConsultationTopic; place?: ConsultationPlace };
  onBooked: (booking: ConsultationBooking) => void | Promise<void>;
  onSlotGone: (message: string) => void | Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useApiClient();
  const [limitReached, setLimitReached] = useState(false);
  const form = useFormFields<BookingValues, BookingField>(
    () => ({
      topic: preferred.topic && adviser.topics.includes(preferred.topic) ? preferred.topic : adviser.topics.length === 1 ? (adviser.topics[0] ?? '') : '',
      place: preferred.place && adviser.places.includes(preferred.place) ? preferred.place : adviser.places.length === 1 ? (adviser.places[0] ?? '') : '',
      stage: '',
      businessIdea: '',
      questions: '',
    }),
    bookingFieldIds,
  );
  const book = useMutation({
    mutationFn: (request: CreateConsultationBookingInput) => client.request<ConsultationBooking>('/consultation-bookings', { method: 'POST', body: request }),
  });
  const { values } = form;

  const fail = async (error: unknown) => {
    if (!isApiError(error)) return form.fail({ general: t('form.networkError') });
    if (SLOT_GONE_CODES.includes(error.code)) return onSlotGone(error.message);
    if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
      const fields = bookingProblems(t, error.details as BookingIssue[]);
      if (Object.keys(fields).length > 0) return form.fail({ fields });
    }
    setLimitReached(error.code === 'OPEN_BOOKINGS_LIMIT');
    form.fail({ general: error.message });
  };

  const submit = () => {
    if (book.isPending) return;
    const check = checkBooking(t, { adviserId: adviser.id, startsAt }, values);
    if (!check.ok) {
      setLimitReached(false);
      form.fail({ fields: check.problems, general: Object.keys(check.problems).length === 0 ? t('form.checkInput') : undefined });
      return;
    }
    form.clear();
    book.mutate(check.request, { onSuccess: (booking) => onBooked(booking), onError: (error) => void fail(error) });
  };

  return (
    <>
      <dl className="details-list booking-summary">
        <div>
          <dt>{t('consultations.fields.when')}</dt>
          <dd>{sessionTime(startsAt, plusMinutes(startsAt, adviser.slotMinutes), language)}</dd>
        </div>
        <div>
          <dt>{t('consultations.fields.adviser')}</dt>
          <dd>
            {adviser.displayName}（{adviser.organizationName}
            {adviser.jobTitle ? ` ${adviser.jobTitle}` : ''}）
          </dd>
        </div>
      </dl>
      <ErrorSummary errors={form.errors} fieldIds={bookingFieldIds}>
        {limitReached && (
          <p>
            <Link href="/consultations/bookings">{t('consultations.form.seeMyBookings')}</Link>
          </p>
        )}
      </ErrorSummary>
      <Form
        validationBehavior="aria"
        className="form booking-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <p className="field__hint">{t('consultations.form.requiredNote')}</p>
        <SelectField
          {...form.text('topic')}
          label={t('consultations.form.labels.topic')}
          description={t('consultations.form.hints.topic')}
          isRequired
          options={[{ value: '', label: t('consultations.form.choose') }, ...adviser.topics.map((topic) => ({ value: topic, label: topicLabel(topic, language) }))]}
        />
        <RadioGroup
          id={bookingFieldIds.place}
          name="place"
          value={values.place}
          onChange={(value) => form.set('place', value)}
          isRequired
          isInvalid={Boolean(form.error('place'))}
          validationBehavior="aria"
          className="choice-group"
        >
          <Label className="field__label">{t('consultations.form.labels.place')}</Label>
          <FieldError className="field__error">{form.error('place')}</FieldError>
          {adviser.places.map((place) => (
            <Radio key={place} value={place} className="choice choice--radio">
              <Choice label={placeLabel(place, language)} hint={place === 'online' ? t('consultations.form.hints.online') : undefined} />
            </Radio>
          ))}
        </RadioGroup>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('consultations.form.intakeTitle')}</legend>
          <p className="field__hint">{t('consultations.form.intakeLead')}</p>
          <RadioGroup
            id={bookingFieldIds.stage}
            name="stage"
            value={values.stage}
            onChange={(value) => form.set('stage', value)}
            isRequired
            isInvalid={Boolean(form.error('stage'))}
            validationBehavior="aria"
            className="choice-group"
          >
            <Label className="field__label">{t('consultations.form.labels.stage')}</Label>
            <Text slot="description" className="field__hint">
              {t('consultations.form.hints.stage')}
            </Text>
            <FieldError className="field__error">{form.error('stage')}</FieldError>
            {FOUNDING_STAGES.map((stage) => (
              <Radio key={stage} value={stage} className="choice choice--radio">
                <Choice label={stageLabel(stage, language)} />
              </Radio>
            ))}
          </RadioGroup>
          <TextAreaField
            {...form.text('businessIdea')}
            label={t('consultations.form.labels.businessIdea')}
            description={t('consultations.form.hints.businessIdea')}
            isRequired
            rows={5}
          />
          <TextAreaField {...form.text('questions')} label={t('consultations.form.labels.questionsOptional')} description={t('consultations.form.hints.questions')} rows={4} />
        </fieldset>
        <div className="form__actions">
          <SubmitButton isPending={book.isPending}>{t('consultations.form.submit')}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
