import type { MeResponse } from '@asaka/contracts';
import type { Role } from '@asaka/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { usePageTitle } from '../../ui/use-page-title';
import { AccountSection } from './account-section';
import { MailPreferencesSection } from './mail-preferences-section';
import { MyDataSection } from './my-data-section';
import { OrganizationsSection } from './organizations-section';
import { PasswordSection } from './password-section';
import { SecondFactorSection } from './second-factor-section';
import { SignInPrompt } from './sign-in-prompt';
import type { SignInNotice } from './sign-in.page';
import { SignOutButton } from './sign-out-button';
import { useMe } from './session';

/** Passed in the navigation's state to the account page by pages that lead back to it. */
export interface AccountNotice {
  leftOrganization?: string;
}

function noticeFrom(state: unknown): AccountNotice {
  return typeof state === 'object' && state !== null ? (state as AccountNotice) : {};
}

type SectionId = 'profile' | 'second-factor' | 'organizations' | 'mail' | 'password' | 'my-data';

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  usePageTitle(t('accounts.account.title'));

  // Asked in place rather than redirected: signing out from here must not race a redirect.
  if (me.data === null) {
    return (
      <div className="form-page">
        <h1>{t('accounts.account.title')}</h1>
        <SignInPrompt />
      </div>
    );
  }
  if (me.isError) {
    return (
      <div className="form-page">
        <h1>{t('accounts.account.title')}</h1>
        <p role="alert">
          {t('accounts.account.loadFailed')} {me.error.message}
        </p>
      </div>
    );
  }
  if (!me.data) {
    return (
      <div className="form-page">
        <h1>{t('accounts.account.title')}</h1>
        <p role="status">{t('form.loading')}</p>
      </div>
    );
  }

  const account = me.data;
  const notice = noticeFrom(location.state);
  const waitingForSecondFactor = account.pendingRoles.length > 0 && !account.secondFactorEnabled;
  // Set up, but this session began without the code (rights granted since): signing in again applies them.
  const waitingForSignIn = account.pendingRoles.length > 0 && account.secondFactorEnabled;
  const pendingRoleNames = account.pendingRoles.map((role) => t(`accounts.roles.${role}`)).join(t('ui.listSeparator'));

  const sections: { id: SectionId; title: string; content: ReactNode }[] = [
    { id: 'profile', title: t('accounts.account.profileTitle'), content: <ProfileSection account={account} /> },
    { id: 'organizations', title: t('accounts.organizations.title'), content: <OrganizationsSection organizations={account.organizations} /> },
    {
      id: 'mail',
      title: t('accounts.mail.title'),
      content: (
        <>
          <MailPreferencesSection />
          {/* The searches whose alerts these settings govern (their mails link there too). */}
          <p>
            <Link href="/account/saved-searches">{t('vacantStores.savedSearches.accountLink')}</Link>
          </p>
        </>
      ),
    },
    { id: 'password', title: t('accounts.password.title'), content: <PasswordSection email={account.email} /> },
    { id: 'second-factor', title: t('accounts.secondFactor.title'), content: <SecondFactorSection me={account} /> },
    { id: 'my-data', title: t('accounts.myData.title'), content: <MyDataSection /> },
  ];
  // Rights that wait for two-step verification put that section first, where it cannot be missed.
  if (waitingForSecondFactor) sections.sort((a, b) => Number(b.id === 'second-factor') - Number(a.id === 'second-factor'));

  return (
    <div className="account-page">
      <h1>{t('accounts.account.title')}</h1>
      {notice.leftOrganization && (
        <p role="status" className="notice notice--done">
          {t('organizations.page.left', { name: notice.leftOrganization })}
        </p>
      )}
      {waitingForSecondFactor && (
        <div className="notice notice--important">
          <p className="notice__title">{t('accounts.secondFactor.pendingTitle')}</p>
          <p>{t('accounts.secondFactor.pendingBody', { roles: pendingRoleNames })}</p>
        </div>
      )}
      {waitingForSignIn && (
        <div className="notice notice--important">
          <p>{t('accounts.secondFactor.pendingSignIn', { roles: pendingRoleNames })}</p>
        </div>
      )}
      <nav aria-labelledby="account-contents-title" className="page-contents">
        <h2 id="account-contents-title" className="page-contents__title">
          {t('accounts.account.contents')}
        </h2>
        <ul>
          {sections.map(({ id, title }) => (
            <li key={id}>
              <Link href={`/account#${id}`}>{title}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map(({ id, title, content }) => (
        <AccountSection key={id} id={id} title={title} highlighted={id === 'second-factor' && waitingForSecondFactor}>
          {content}
        </AccountSection>
      ))}
    </div>
  );
}

function ProfileSection({ account }: { account: MeResponse }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const roleList = (roles: readonly Role[]) => (
    <ul className="inline-list">
      {roles.map((role) => (
        <li key={role}>{t(`accounts.roles.${role}`)}</li>
      ))}
    </ul>
  );
  return (
    <>
      <dl className="details-list">
        <div>
          <dt>{t('accounts.account.displayName')}</dt>
          <dd>{account.displayName}</dd>
        </div>
        <div>
          <dt>{t('accounts.account.email')}</dt>
          <dd>{account.email}</dd>
        </div>
        <div>
          <dt>{t('accounts.account.emailStatus')}</dt>
          <dd>{account.emailVerified ? t('accounts.account.emailVerified') : t('accounts.account.emailNotVerified')}</dd>
        </div>
        <div>
          <dt>{t('accounts.account.roles')}</dt>
          <dd>{account.roles.length > 0 ? roleList(account.roles) : t('accounts.account.noRoles')}</dd>
        </div>
        {account.pendingRoles.length > 0 && (
          <div>
            <dt>{t('accounts.account.pendingRoles')}</dt>
            <dd>{roleList(account.pendingRoles)}</dd>
          </div>
        )}
        <div>
          <dt>{t('accounts.account.secondFactor')}</dt>
          <dd>{account.secondFactorEnabled ? t('accounts.account.secondFactorOn') : t('accounts.account.secondFactorOff')}</dd>
        </div>
      </dl>
      <SignOutButton onSignedOut={() => navigate('/login', { state: { signedOut: true } satisfies SignInNotice })} />
    </>
  );
}
