import type { ConsultationBooking } from '@asaka/contracts';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';
import { japanMoment, sessionTime } from './japan-calendar';
import { placeLabel, stageLabel, StatusBadge, topicLabel } from './labels';

/** Everything about one booking that both sides see: when (Japan time, with the zone), what, where, with whom, and the intake. */
export function BookingFacts({ booking, language }: { booking: ConsultationBooking; language: Language }) {
  const { t } = useTranslation();
  return (
    <dl className="details-list booking-facts">
      <div>
        <dt>{t('consultations.fields.status')}</dt>
        <dd>
          <StatusBadge status={booking.status} t={t} />
        </dd>
      </div>
      <div>
        <dt>{t('consultations.fields.when')}</dt>
        <dd className="booking-facts__when">{sessionTime(booking.startsAt, booking.endsAt, language)}</dd>
      </div>
      <div>
        <dt>{t('consultations.fields.topic')}</dt>
        <dd>{topicLabel(booking.topic, language)}</dd>
      </div>
      <div>
        <dt>{t('consultations.fields.place')}</dt>
        <dd>{placeLabel(booking.place, language)}</dd>
      </div>
      {booking.meetingUrl && (
        <div>
          <dt>{t('consultations.fields.meetingUrl')}</dt>
          <dd>
            <a href={booking.meetingUrl} rel="noreferrer">
              {booking.meetingUrl}
            </a>
          </dd>
        </div>
      )}
      <div>
        <dt>{t('consultations.fields.adviser')}</dt>
        <dd>
          {booking.adviser.displayName}（{booking.adviser.organizationName}）
        </dd>
      </div>
      <div>
        <dt>{t('consultations.fields.booker')}</dt>
        <dd>{booking.bookerName}</dd>
      </div>
      <div>
        <dt>{t('consultations.fields.stage')}</dt>
        <dd>{stageLabel(booking.answers.stage, language)}</dd>
      </div>
      <div>
        <dt>{t('consultations.fields.businessIdea')}</dt>
        <dd className="preserve-lines">{booking.answers.businessIdea}</dd>
      </div>
      <div>
        <dt>{t('consultations.fields.questions')}</dt>
        <dd className="preserve-lines">{booking.answers.questions || t('consultations.fields.none')}</dd>
      </div>
      {booking.cancelledAt && (
        <div>
          <dt>{t('consultations.fields.cancelledAt')}</dt>
          <dd>
            {japanMoment(booking.cancelledAt, language)}
            {booking.cancelledBy && `（${t(`consultations.cancelledBy.${booking.cancelledBy}`)}）`}
            {booking.cancellationReason && <span className="preserve-lines booking-facts__reason">{booking.cancellationReason}</span>}
          </dd>
        </div>
      )}
    </dl>
  );
}
