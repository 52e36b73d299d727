import type { Adviser, AdviserPage, ConsultationBooking } from '@asaka/contracts';
import { CONSULTATION_PLACES, CONSULTATION_TOPICS } from '@asaka/domain';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { currentLanguage } from '../../i18n/i18n';
import { SelectField } from '../../ui/form';
import { keepFocusState } from '../../ui/keep-focus';
import { usePageTitle } from '../../ui/use-page-title';
import { useMe } from '../accounts';
import { SignInPrompt } from '../accounts/sign-in-prompt';
import { signInPathFor } from '../accounts/safe-next';
import { AdviserCards } from './adviser-cards';
import { BookingForm } from './booking-form';
import type { BookingNotice } from './booking.page';
import { consultationHref, consultationSearchFrom, slotNoticeOf, type ConsultationSearch, type SlotNotice } from './consultation-search';
import { placeLabel, topicLabel } from './labels';
import { SlotPicker, slotsPath, type SlotFilters } from './slot-picker';

/** Every list of slots and bookings is out of date once a booking changed. */
export async function forgetSlotsAndBookings(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['api', slotsPath] }),
    queryClient.invalidateQueries({ queryKey: ['api', '/consultation-bookings'] }),
  ]);
}

/** Advisers in service, for the filter and the introductions (the program has a handful). */
export function useAdvisers() {
  return useApiQuery<AdviserPage>('/advisers', { pageSize: 100 });
}

/**
 * 起業相談の予約: what the consultations are and who gives them, then the week of free slots
 * (filtered by topic, place or adviser); a picked slot opens the booking form. Looking is open to
 * everyone; booking needs an account, and signing in comes back to the picked slot.
 */
export function ConsultationsPage() {
  const [params] = useSearchParams();
  const search = consultationSearchFrom(params);
  return search.slot ? <BookingStep search={search} slot={search.slot} /> : <SlotStep search={search} />;
}

function SlotStep({ search }: { search: ConsultationSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const notice = slotNoticeOf(location.state);
  const advisers = useAdvisers();
  usePageTitle(t('consultations.page.title'));

  return (
    <div className="wide-page consultations-page">
      <h1>{t('consultations.page.title')}</h1>
      <div className="consultations-intro">
        <p>{t('consultations.page.lead')}</p>
        <ul>
          <li>{t('consultations.page.point1')}</li>
          <li>{t('consultations.page.point2')}</li>
          <li>{t('consultations.page.point3')}</li>
        </ul>
      </div>
      <AccountLinks />
      {notice.slotProblem && (
        <div role="alert" className="notice notice--important slot-problem">
          <p className="notice__title">{t('consultations.page.slotGoneTitle')}</p>
          <p>{notice.slotProblem}</p>
          <p>{t('consultations.page.slotGoneHint')}</p>
        </div>
      )}
      <SlotFilterForm key={JSON.stringify(search.filters)} search={search} advisers={advisers.data?.items ?? []} />
      <SlotPicker
        filters={search.filters}
        week={search.week}
        title={t('consultations.picker.title')}
        onWeekChange={(week) => void navigate(consultationHref({ ...search, week }), { state: keepFocusState })}
        onPick={(slot) => void navigate(consultationHref({ ...search, slot: { adviserId: slot.adviserId, startsAt: slot.startsAt } }))}
      />
      <section aria-labelledby="advisers-title" className="adviser-section">
        <h2 id="advisers-title">{t('consultations.advisers.title')}</h2>
        <p>{t('consultations.advisers.lead')}</p>
        {advisers.isError ? (
          <p role="alert" className="form-status__failed">
            {advisers.error.message}
          </p>
        ) : !advisers.data ? (
          <p role="status">{t('form.loading')}</p>
        ) : (
          <AdviserCards advisers={advisers.data.items} hrefFor={(adviser) => consultationHref({ ...search, filters: { adviserId: adviser.id }, slot: null })} />
        )}
      </section>
    </div>
  );
}

/** Sign-in for visitors (coming back here); my bookings for everyone signed in; their own pages for advisers and staff. */
function AccountLinks() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.data === null) {
    return (
      <p className="notice">
        {t('consultations.page.signInToBook')} <Link href={signInPathFor(`${location.pathname}${location.search}`)}>{t('consultations.page.signInLink')}</Link>
      </p>
    );
  }
  if (!me.data) return null;
  const roles = me.data.roles;
  return (
    <ul className="inline-links">
      <li>
        <Link href="/consultations/bookings">{t('consultations.page.myBookings')}</Link>
      </li>
      {roles.includes('adviser') && (
        <li>
          <Link href="/advisers/me">{t('consultations.page.adviserPage')}</Link>
        </li>
      )}
      {(roles.includes('staff') || roles.includes('admin')) && (
        <li>
          <Link href="/staff/consultations">{t('consultations.page.staffPage')}</Link>
        </li>
      )}
    </ul>
  );
}

/** Topic, place and adviser; applied with the button (a select that reloaded the week on change would move people on while they choose). */
function SlotFilterForm({ search, advisers }: { search: ConsultationSearch; advisers: readonly Adviser[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const navigate = useNavigate();
  const [values, setValues] = useState({ topic: search.filters.topic ?? '', place: search.filters.place ?? '', adviser: search.filters.adviserId ?? '' });
  const filtered = Boolean(search.filters.topic || search.filters.place || search.filters.adviserId);
  const all = t('consultations.filters.all');

  const apply = () => {
    const filters: SlotFilters = {
      topic: CONSULTATION_TOPICS.find((topic) => topic === values.topic),
      place: CONSULTATION_PLACES.find((place) => place === values.place),
      adviserId: values.adviser || undefined,
    };
    void navigate(consultationHref({ filters, week: search.week, slot: null }));
  };

  return (
    <section aria-labelledby="slot-filters-title" className="filters">
      <h2 id="slot-filters-title" className="filters__title">
        {t('consultations.filters.title')}
      </h2>
      <Form
        className="filter-form"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <div className="filter-form__fields">
          <SelectField
            id="slot-filter-topic"
            label={t('consultations.filters.topic')}
            value={values.topic}
            onChange={(topic) => setValues((previous) => ({ ...previous, topic }))}
            options={[{ value: '', label: all }, ...CONSULTATION_TOPICS.map((topic) => ({ value: topic, label: topicLabel(topic, language) }))]}
          />
          <SelectField
            id="slot-filter-place"
            label={t('consultations.filters.place')}
            value={values.place}
            onChange={(place) => setValues((previous) => ({ ...previous, place }))}
            options={[{ value: '', label: all }, ...CONSULTATION_PLACES.map((place) => ({ value: place, label: placeLabel(place, language) }))]}
          />
          <SelectField
            id="slot-filter-adviser"
            label={t('consultations.filters.adviser')}
            value={values.adviser}
            onChange={(adviser) => setValues((previous) => ({ ...previous, adviser }))}
            options={[
              { value: '', label: all },
              ...advisers.map((adviser) => ({ value: adviser.id, label: `${adviser.displayName}（${adviser.organizationName}）` })),
              // A bookmarked adviser who is no longer listed stays chosen, by id.
              ...(values.adviser && !advisers.some((adviser) => adviser.id === values.adviser) ? [{ value: values.adviser, label: t('consultations.filters.chosenAdviser') }] : []),
            ]}
          />
        </div>
        <div className="form__actions">
          <Button type="submit" className="button button--primary">
            {t('consultations.filters.apply')}
          </Button>
          {filtered && <Link href={consultationHref({ filters: {}, week: search.week, slot: null })}>{t('consultations.filters.clear')}</Link>}
        </div>
      </Form>
    </section>
  );
}

/** The form for the picked slot; a visitor is asked to sign in first and comes back to it. */
function BookingStep({ search, slot }: { search: ConsultationSearch; slot: NonNullable<ConsultationSearch['slot']> }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const adviser = useApiQuery<Adviser>(`/advisers/${encodeURIComponent(slot.adviserId)}`);
  const back = consultationHref({ ...search, slot: null });
  usePageTitle(t('consultations.form.title'));

  let content;
  if (me.data === null) content = <SignInPrompt message={t('consultations.form.signInFirst')} />;
  else if (me.isError) content = <p role="alert">{me.error.message}</p>;
  else if (adviser.isError) {
    content = (
      <p role="alert" className="form-status__failed">
        {adviser.error.statusCode === 404 ? t('consultations.form.adviserGone') : adviser.error.message}
      </p>
    );
  } else if (!me.data || !adviser.data) content = <p role="status">{t('form.loading')}</p>;
  else {
    content = (
      <BookingForm
        adviser={adviser.data}
        startsAt={slot.startsAt}
        preferred={search.filters}
        onBooked={async (booking: ConsultationBooking) => {
          await forgetSlotsAndBookings(queryClient);
          await navigate(`/consultations/bookings/${encodeURIComponent(booking.id)}`, { state: { booked: true } satisfies BookingNotice });
        }}
        onSlotGone={async (message) => {
          await queryClient.invalidateQueries({ queryKey: ['api', slotsPath] });
          await navigate(back, { state: { slotProblem: message } satisfies SlotNotice });
        }}
      />
    );
  }

  return (
    <div className="form-page form-page--wide">
      <p className="breadcrumb">
        <Link href={back}>{t('consultations.form.back')}</Link>
      </p>
      <h1>{t('consultations.form.title')}</h1>
      {content}
    </div>
  );
}
