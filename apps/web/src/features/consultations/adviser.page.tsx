import type { Adviser, AvailabilityInput, UpsertMyAdviser } from '@asaka/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../api/api-client-context';
import { useApiQuery } from '../../api/use-api-query';
import { usePageTitle } from '../../ui/use-page-title';
import { useMe } from '../accounts';
import { SignInPrompt } from '../accounts/sign-in-prompt';
import { AdviserProfileForm } from './adviser-profile-form';
import { AdviserSessions } from './adviser-sessions';
import { AvailabilityEditor } from './availability-editor';

const mePath = '/advisers/me';

/**
 * 相談員のページ: the adviser's sessions ahead with the intake answers, their availability as a
 * week, and their profile. Someone with the adviser role but no profile yet writes it first (their
 * availability belongs to the profile).
 */
export function AdviserPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('consultations.adviser.title'));

  let content;
  if (me.data === null) content = <SignInPrompt />;
  else if (me.isError) content = <p role="alert">{me.error.message}</p>;
  else if (!me.data) content = <p role="status">{t('form.loading')}</p>;
  else if (!me.data.roles.includes('adviser')) {
    content = (
      <p role="alert" className="notice notice--important">
        {t('consultations.adviser.notAdviser')}
      </p>
    );
  } else content = <AdviserDashboard />;

  return (
    <div className="wide-page adviser-page">
      <h1>{t('consultations.adviser.title')}</h1>
      {content}
    </div>
  );
}

function AdviserDashboard() {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const profile = useApiQuery<Adviser>(mePath);

  const saveProfile = (request: UpsertMyAdviser) => client.request<Adviser>(mePath, { method: 'PUT', body: request });
  const saveAvailability = (body: AvailabilityInput) => client.request<Adviser>(`${mePath}/availability`, { method: 'PUT', body });
  const remember = (adviser: Adviser) => queryClient.setQueriesData<Adviser>({ queryKey: ['api', mePath] }, adviser);

  if (profile.isError && profile.error.statusCode !== 404) {
    return (
      <p role="alert" className="form-status__failed">
        {profile.error.message}
      </p>
    );
  }
  if (profile.isError) {
    return (
      <section aria-labelledby="adviser-profile-title">
        <h2 id="adviser-profile-title">{t('consultations.adviser.firstProfileTitle')}</h2>
        <p>{t('consultations.adviser.firstProfileLead')}</p>
        <AdviserProfileForm
          adviser={null}
          onSave={saveProfile}
          submitLabel={t('consultations.profile.create')}
          onSaved={(adviser) => {
            remember(adviser);
            void queryClient.invalidateQueries({ queryKey: ['api', mePath] });
          }}
        />
      </section>
    );
  }
  if (!profile.data) return <p role="status">{t('form.loading')}</p>;
  const adviser = profile.data;

  return (
    <>
      <nav aria-labelledby="adviser-contents-title" className="page-contents">
        <h2 id="adviser-contents-title" className="page-contents__title">
          {t('consultations.adviser.contents')}
        </h2>
        <ul>
          <li>
            <a href="#adviser-sessions">{t('consultations.adviser.sessionsTitle')}</a>
          </li>
          <li>
            <a href="#adviser-availability">{t('consultations.adviser.availabilityTitle')}</a>
          </li>
          <li>
            <a href="#adviser-profile">{t('consultations.adviser.profileTitle')}</a>
          </li>
        </ul>
      </nav>
      {!adviser.active && (
        <p className="notice notice--important">
          <span>{t('consultations.adviser.inactive')}</span>
        </p>
      )}
      <section id="adviser-sessions" tabIndex={-1} aria-labelledby="adviser-sessions-title" className="account-section">
        <h2 id="adviser-sessions-title" className="account-section__title">
          {t('consultations.adviser.sessionsTitle')}
        </h2>
        <AdviserSessions />
      </section>
      <section id="adviser-availability" tabIndex={-1} aria-labelledby="adviser-availability-title" className="account-section">
        <h2 id="adviser-availability-title" className="account-section__title">
          {t('consultations.adviser.availabilityTitle')}
        </h2>
        {adviser.details && (
          <AvailabilityEditor
            availability={adviser.details.availability}
            slotMinutes={adviser.slotMinutes}
            bufferMinutes={adviser.details.bufferMinutes}
            onSave={async (body) => {
              const updated = await saveAvailability(body);
              remember(updated);
              return updated;
            }}
          />
        )}
        <p>
          <Link href={`/consultations?adviser=${encodeURIComponent(adviser.id)}`}>{t('consultations.adviser.seeMySlots')}</Link>
        </p>
      </section>
      <section id="adviser-profile" tabIndex={-1} aria-labelledby="adviser-profile-title" className="account-section">
        <h2 id="adviser-profile-title" className="account-section__title">
          {t('consultations.adviser.profileTitle')}
        </h2>
        <AdviserProfileForm adviser={adviser} onSave={saveProfile} submitLabel={t('consultations.profile.save')} onSaved={remember} />
      </section>
    </>
  );
}
