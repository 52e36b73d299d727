import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { signInPathFor } from './safe-next';
import type { SignInNotice } from './sign-in.page';
import { useMe } from './session';
import { SignOutButton } from './sign-out-button';

/**
 * The header's account area: sign-in and sign-up links for visitors (the sign-in link brings them
 * back to this page), the name (to the account page) and sign-out for a signed-in person, the staff
 * menu for staff and admins, and
 * nothing until it is known which, so the links do not flicker on every load.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();

  if (me.isPending) return <div className="account-menu" />;
  if (me.data) {
    return (
      <div className="account-menu">
        {/* Only for those whose staff rights are in force: a pending role opens no staff page yet. */}
        {(me.data.roles.includes('staff') || me.data.roles.includes('admin')) && <Link href="/staff">{t('accounts.menu.staff')}</Link>}
        <Link href="/account" className="account-menu__name">
          {me.data.displayName}
        </Link>
        <SignOutButton className="account-menu__button" onSignedOut={() => navigate('/login', { state: { signedOut: true } satisfies SignInNotice })} />
      </div>
    );
  }
  return (
    <div className="account-menu">
      <Link href={signInPathFor(`${location.pathname}${location.search}`)}>{t('accounts.menu.signIn')}</Link>
      <Link href="/signup">{t('accounts.menu.signUp')}</Link>
    </div>
  );
}
