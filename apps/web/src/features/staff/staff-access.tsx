import type { MeResponse } from '@asaka/contracts';
import type { Role } from '@asaka/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { useMe } from '../accounts';
import { SignInPrompt } from '../accounts/sign-in-prompt';

export function hasStaffRights(roles: readonly Role[]): boolean {
  return roles.includes('staff') || roles.includes('admin');
}

/** Says that the page is for staff, and how to get the rights in force when they are only pending. */
function NoPermission({ me }: { me: MeResponse | null }) {
  const { t } = useTranslation();
  const pending = me ? hasStaffRights(me.pendingRoles) : false;
  return (
    <>
      <p role="alert" className="notice notice--important">
        {t('staff.access.forbidden')}
      </p>
      {pending ? (
        <p>
          {t('staff.access.pendingSecondFactor')} <Link href="/account#second-factor">{t('staff.access.setUpSecondFactor')}</Link>
        </p>
      ) : (
        <p>{t('staff.access.forbiddenHint')}</p>
      )}
    </>
  );
}

/**
 * What a staff page shows when the API refused it: sign-in for 401 (the session may have ended
 * while the page was open), "no permission" for 403, else the API's message.
 */
export function AccessProblem({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const me = useMe();
  if (error.statusCode === 401) return <SignInPrompt />;
  if (error.statusCode === 403 && error.code !== 'CSRF_FAILED') return <NoPermission me={me.data ?? null} />;
  return (
    <p role="alert" className="form-status__failed">
      {t('staff.access.loadFailed')} {error.message}
    </p>
  );
}

/**
 * A staff page: its heading always, then the page's content only for someone whose staff or admin
 * rights are in force; a visitor is asked to sign in, anyone else told they may not use it.
 */
export function StaffGate({ title, children, wide = true }: { title: string; children: (me: MeResponse) => ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  let content: ReactNode;
  if (me.data === null) content = <SignInPrompt />;
  else if (me.isError) content = <p role="alert">{me.error.message}</p>;
  else if (!me.data) content = <p role="status">{t('form.loading')}</p>;
  else if (!hasStaffRights(me.data.roles)) content = <NoPermission me={me.data} />;
  else content = children(me.data);
  return (
    <div className={wide ? 'wide-page' : 'form-page'}>
      <h1>{title}</h1>
      {content}
    </div>
  );
}
