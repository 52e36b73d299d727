import type { Role } from '@asaka/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../ui/use-page-title';
import { SignOutButton } from './sign-out-button';
import { signInPathFor } from './safe-next';
import type { SignInNotice } from './sign-in.page';
import { useMe } from './session';

export function AccountPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  usePageTitle(t('accounts.account.title'));

  // Asked in place rather than redirected: signing out from here must not race a redirect.
  if (me.data === null) {
    return (
      <div className="form-page">
        <h1>{t('accounts.account.title')}</h1>
        <p className="notice">{t('accounts.signIn.signInRequired')}</p>
        <p>
          <Link href={signInPathFor('/account')} className="button button--primary">
            {t('accounts.menu.signIn')}
          </Link>
        </p>
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
  const roleList = (roles: readonly Role[]) => (
    <ul className="inline-list">
      {roles.map((role) => (
        <li key={role}>{t(`accounts.roles.${role}`)}</li>
      ))}
    </ul>
  );
  return (
    <div className="form-page">
      <h1>{t('accounts.account.title')}</h1>
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
    </div>
  );
}
