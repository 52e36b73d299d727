import type { AdviserSession, AdviserSessionList, ConsultationOutcomeInput } from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { currentLanguage, type Language } from '../../i18n/i18n';
import { BusyButton } from '../../ui/form';
import { bookingHref } from './booking-links';
import { ConsultationRecordForm } from './consultation-record-form';
import { sessionTime } from './japan-calendar';
import { areaLabel, placeLabel, stageLabel, StatusBadge, topicLabel } from './labels';

export const sessionsPath = '/advisers/me/sessions';

function Intake({ session, language }: { session: AdviserSession; language: Language }) {
  const { t } = useTranslation();
  const { answers } = session;
  return (
    <dl className="details-list details-list--compact">
      <div>
        <dt>{t('consultations.fields.stage')}</dt>
        <dd>{stageLabel(answers.stage, language)}</dd>
      </div>
      <div>
        <dt>{t('consultations.fields.businessIdea')}</dt>
        <dd className="preserve-lines">{answers.businessIdea}</dd>
      </div>
      <div>
        <dt>{t('consultations.fields.questions')}</dt>
        <dd className="preserve-lines">{answers.questions || t('consultations.fields.none')}</dd>
      </div>
    </dl>
  );
}

/** The time (to the booking's page), who, what and where. */
function SessionHeading({ session, language }: { session: AdviserSession; language: Language }) {
  const { t } = useTranslation();
  return (
    <>
      <h4 id={`session-${session.id}`} className="booking-card__title">
        <Link href={bookingHref(session.id)}>{sessionTime(session.startsAt, session.endsAt, language)}</Link>
      </h4>
      <p className="booking-card__facts">
        <StatusBadge status={session.status} t={t} /> {session.bookerName} ・ {topicLabel(session.topic, language)} ・ {placeLabel(session.place, language)}
      </p>
    </>
  );
}

function UpcomingSession({ session }: { session: AdviserSession }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [open, setOpen] = useState(false);
  const when = sessionTime(session.startsAt, session.endsAt, language);
  const intakeId = `session-${session.id}-intake`;
  return (
    <li className="booking-card">
      <article aria-labelledby={`session-${session.id}`}>
        <SessionHeading session={session} language={language} />
        <Button
          className="button button--secondary button--small"
          aria-expanded={open}
          aria-controls={open ? intakeId : undefined}
          aria-label={t(open ? 'consultations.adviser.hideIntakeLabel' : 'consultations.adviser.showIntakeLabel', { name: session.bookerName, when })}
          onPress={() => setOpen((previous) => !previous)}
        >
          {t(open ? 'consultations.adviser.hideIntake' : 'consultations.adviser.showIntake')}
        </Button>
        {open && (
          <div id={intakeId} className="booking-card__intake">
            <Intake session={session} language={language} />
          </div>
        )}
      </article>
    </li>
  );
}

/**
 * A session that has begun: mark it held or no-show (correctable until the record is written),
 * then write the record, which only advisers and staff read.
 */
function PastSession({ session }: { session: AdviserSession }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [writing, setWriting] = useState(false);
  const [result, setResult] = useState<{ kind: 'done' | 'failed'; text: string } | null>(null);
  const when = sessionTime(session.startsAt, session.endsAt, language);
  const mark = useMutation({
    mutationFn: (input: ConsultationOutcomeInput) =>
      client.request<AdviserSession>(`/consultation-bookings/${encodeURIComponent(session.id)}/outcome`, { method: 'POST', body: input }),
  });
  const separator = language === 'ja' ? '・' : ', ';

  const markAs = (outcome: ConsultationOutcomeInput['outcome']) => {
    if (mark.isPending) return;
    setResult(null);
    mark.mutate(
      { outcome },
      {
        onSuccess: async () => {
          setResult({ kind: 'done', text: t(outcome === 'held' ? 'consultations.adviser.markedHeld' : 'consultations.adviser.markedNoShow', { name: session.bookerName }) });
          await queryClient.invalidateQueries({ queryKey: ['api', sessionsPath] });
        },
        onError: (error) => setResult({ kind: 'failed', text: isApiError(error) ? error.message : t('form.networkError') }),
      },
    );
  };

  return (
    <li className="booking-card">
      <article aria-labelledby={`session-${session.id}`}>
        <SessionHeading session={session} language={language} />
        {session.status === 'held' && (
          <p className="booking-card__record">
            {session.hasRecord
              ? t('consultations.adviser.recordWritten', { areas: (session.areasCovered ?? []).map((area) => areaLabel(t, area)).join(separator) || t('consultations.fields.none') })
              : t('consultations.adviser.recordMissing')}
          </p>
        )}
        <div role="status">{result?.kind === 'done' && <p className="form-status__done">{result.text}</p>}</div>
        <div role="alert">{result?.kind === 'failed' && <p className="form-status__failed">{result.text}</p>}</div>
        <div className="form__actions">
          {session.actions.includes('mark-held') && (
            <BusyButton
              className="button button--secondary button--small"
              isPending={mark.isPending && mark.variables?.outcome === 'held'}
              aria-label={t('consultations.adviser.markHeldLabel', { name: session.bookerName, when })}
              onPress={() => markAs('held')}
            >
              {t('consultations.adviser.markHeld')}
            </BusyButton>
          )}
          {session.actions.includes('mark-no-show') && (
            <BusyButton
              className="button button--secondary button--small"
              isPending={mark.isPending && mark.variables?.outcome === 'no-show'}
              aria-label={t('consultations.adviser.markNoShowLabel', { name: session.bookerName, when })}
              onPress={() => markAs('no-show')}
            >
              {t('consultations.adviser.markNoShow')}
            </BusyButton>
          )}
          {session.actions.includes('write-record') && (
            <Button
              className="button button--primary button--small"
              aria-expanded={writing}
              aria-label={t(session.hasRecord ? 'consultations.adviser.editRecordLabel' : 'consultations.adviser.writeRecordLabel', { name: session.bookerName, when })}
              onPress={() => setWriting((open) => !open)}
            >
              {t(session.hasRecord ? 'consultations.adviser.editRecord' : 'consultations.adviser.writeRecord')}
            </Button>
          )}
        </div>
        {writing && (
          <ConsultationRecordForm
            session={session}
            onSaved={async () => {
              setWriting(false);
              setResult({ kind: 'done', text: t('consultations.record.saved', { name: session.bookerName }) });
              await queryClient.invalidateQueries({ queryKey: ['api', sessionsPath] });
            }}
          />
        )}
      </article>
    </li>
  );
}

/**
 * The adviser's sessions (GET /api/advisers/me/sessions): those ahead, soonest first, with the
 * intake answers to prepare; those of the last weeks, latest first, to mark and record.
 */
export function AdviserSessions() {
  const { t } = useTranslation();
  const sessions = useApiQuery<AdviserSessionList>(sessionsPath);
  if (sessions.isError) {
    return (
      <p role="alert" className="form-status__failed">
        {sessions.error.message}
      </p>
    );
  }
  if (!sessions.data) return <p role="status">{t('form.loading')}</p>;
  const { upcoming, past } = sessions.data;
  return (
    <>
      <h3>{t('consultations.adviser.upcomingTitle')}</h3>
      {upcoming.length === 0 ? (
        <p>{t('consultations.adviser.noSessions')}</p>
      ) : (
        <>
          <p className="result-count">{t('consultations.adviser.sessionCount', { count: upcoming.length })}</p>
          <ul className="booking-list">
            {upcoming.map((session) => (
              <UpcomingSession key={session.id} session={session} />
            ))}
          </ul>
        </>
      )}
      <h3>{t('consultations.adviser.pastTitle')}</h3>
      <p className="field__hint">{t('consultations.adviser.pastHint')}</p>
      {past.length === 0 ? (
        <p>{t('consultations.adviser.noPast')}</p>
      ) : (
        <ul className="booking-list">
          {past.map((session) => (
            <PastSession key={session.id} session={session} />
          ))}
        </ul>
      )}
    </>
  );
}
