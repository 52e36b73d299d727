import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { signInPathFor } from './safe-next';

/** "Please sign in", with a sign-in link that brings the person back to this very page. */
export function SignInPrompt({ message }: { message?: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <>
      <p className="notice">{message ?? t('accounts.signIn.signInRequired')}</p>
      <p>
        <Link href={signInPathFor(`${location.pathname}${location.search}`)} className="button button--primary">
          {t('accounts.menu.signIn')}
        </Link>
      </p>
    </>
  );
}
