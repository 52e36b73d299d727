import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../ui/form';
import { useSignOut } from './session';

/** Signs out; says so when that failed (the person is still signed in). */
export function SignOutButton({ onSignedOut, className = 'button button--secondary' }: { onSignedOut: () => void | Promise<void>; className?: string }) {
  const { t } = useTranslation();
  const signOut = useSignOut(onSignedOut);
  return (
    <>
      <BusyButton className={className} isPending={signOut.isPending} pendingLabel={t('accounts.menu.signOut')} onPress={() => signOut.mutate()}>
        {t('accounts.menu.signOut')}
      </BusyButton>
      {signOut.isError && (
        <span role="alert" className="sign-out-error">
          {signOut.error.message}
        </span>
      )}
    </>
  );
}
