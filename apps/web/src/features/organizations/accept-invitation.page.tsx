import { acceptInvitationSchema, type Organization } from '@asaka/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { BusyButton } from '../../ui/form';
import { usePageTitle } from '../../ui/use-page-title';
import { meQueryKey, useMe } from '../accounts';
import { withNext } from '../accounts/next-after-sign-up';
import type { SignInNotice } from '../accounts/sign-in.page';
import { SignOutButton } from '../accounts/sign-out-button';
import type { OrganizationNotice } from './organization.page';

/**
 * Where the invitation mail's link leads. A visitor is told to sign in (or sign up) with the
 * invited address, and comes back here afterwards; a signed-in person joins with one button. The
 * link is not used on arrival, so a mail scanner opening it joins nobody.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const me = useMe();
  const token = searchParams.get('token') ?? '';
  const tokenIsWellFormed = acceptInvitationSchema.shape.token.safeParse(token).success;
  const here = `${location.pathname}${location.search}`;
  usePageTitle(t('organizations.accept.title'));

  const accept = useMutation({
    mutationFn: (request: { token: string }) => client.request<Organization>('/organization-invitations/accept', { method: 'POST', body: request }),
  });

  const join = () => {
    if (accept.isPending) return;
    accept.mutate(
      { token },
      {
        onSuccess: async (organization) => {
          await queryClient.invalidateQueries({ queryKey: meQueryKey });
          await navigate(`/account/organizations/${organization.id}`, { replace: true, state: { joined: true } satisfies OrganizationNotice });
        },
      },
    );
  };

  if (!tokenIsWellFormed) {
    return (
      <div className="form-page">
        <h1>{t('organizations.accept.title')}</h1>
        <p role="alert">{t('organizations.accept.missingToken')}</p>
      </div>
    );
  }

  if (me.data === null) {
    return (
      <div className="form-page">
        <h1>{t('organizations.accept.title')}</h1>
        <p>{t('organizations.accept.signedOutLead')}</p>
        <ul className="form-page__links">
          <li>
            {t('organizations.accept.haveAccount')} <Link href={withNext('/login', here)}>{t('organizations.accept.signIn')}</Link>
          </li>
          <li>
            {t('organizations.accept.noAccount')} <Link href={withNext('/signup', here)}>{t('organizations.accept.signUp')}</Link>
            {t('organizations.accept.noAccountAfter')}
          </li>
        </ul>
        <p className="field__hint">{t('organizations.accept.validity')}</p>
      </div>
    );
  }

  if (!me.data) {
    return (
      <div className="form-page">
        <h1>{t('organizations.accept.title')}</h1>
        <p role="status">{me.isError ? me.error.message : t('form.loading')}</p>
      </div>
    );
  }

  const error = accept.error;
  const wrongAddress = isApiError(error) && error.code === 'INVITATION_FOR_ANOTHER_ADDRESS';
  return (
    <div className="form-page">
      <h1>{t('organizations.accept.title')}</h1>
      <p>{t('organizations.accept.signedInLead', { email: me.data.email })}</p>
      <div className="form__actions">
        <BusyButton className="button button--primary" isPending={accept.isPending} onPress={join}>
          {t('organizations.accept.join')}
        </BusyButton>
      </div>
      <div role="alert" className="form-status">
        {error && <p className="form-status__failed">{isApiError(error) ? error.message : t('form.networkError')}</p>}
      </div>
      {wrongAddress && (
        <div className="form-page__aside">
          <p>{t('organizations.accept.wrongAddressHint')}</p>
          <SignOutButton onSignedOut={() => navigate(withNext('/login', here), { state: { signedOut: true } satisfies SignInNotice })} />
        </div>
      )}
    </div>
  );
}
