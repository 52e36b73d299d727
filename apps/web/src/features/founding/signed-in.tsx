import type { MeResponse } from '@asaka/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../accounts';
import { SignInPrompt } from '../accounts/sign-in-prompt';

/** A page's content for someone signed in; a visitor is asked to sign in and brought back here. */
export function SignedIn({ children }: { children: (me: MeResponse) => ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.data === null) return <SignInPrompt />;
  if (me.isError) return <p role="alert">{me.error.message}</p>;
  if (!me.data) return <p role="status">{t('form.loading')}</p>;
  return <>{children(me.data)}</>;
}
