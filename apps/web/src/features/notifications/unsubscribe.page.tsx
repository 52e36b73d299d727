import { unsubscribeQuerySchema } from '@asaka/contracts';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiClient } from '../../api/api-client-context';
import { isApiError } from '../../api/client';
import { BusyButton, FocusedHeading } from '../../ui/form';
import { usePageTitle } from '../../ui/use-page-title';

/**
 * For someone who opens an optional mail's unsubscribe link in a browser. Nothing changes until
 * the button is pressed (mail scanners open links too); no sign-in is needed, the signed token
 * names the person and the kind of mail.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const client = useApiClient();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const tokenIsWellFormed = unsubscribeQuerySchema.shape.token.safeParse(token).success;

  const unsubscribe = useMutation({
    mutationFn: () => client.request<void>('/notifications/unsubscribe', { method: 'POST', query: { token } }),
  });
  usePageTitle(unsubscribe.isSuccess ? t('notifications.unsubscribe.doneTitle') : t('notifications.unsubscribe.title'));

  if (unsubscribe.isSuccess) {
    return (
      <div className="form-page">
        <FocusedHeading>{t('notifications.unsubscribe.doneTitle')}</FocusedHeading>
        <p>{t('notifications.unsubscribe.doneBody')}</p>
        <p>{t('notifications.unsubscribe.changeLater')}</p>
        <p>
          <Link href="/account#mail">{t('notifications.unsubscribe.toPreferences')}</Link>
        </p>
      </div>
    );
  }

  if (!tokenIsWellFormed) {
    return (
      <div className="form-page">
        <h1>{t('notifications.unsubscribe.title')}</h1>
        <p role="alert">{t('notifications.unsubscribe.missingToken')}</p>
        <p>{t('notifications.unsubscribe.changeLater')}</p>
        <p>
          <Link href="/account#mail">{t('notifications.unsubscribe.toPreferences')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="form-page">
      <h1>{t('notifications.unsubscribe.title')}</h1>
      <p>{t('notifications.unsubscribe.lead')}</p>
      <p className="notice">{t('notifications.unsubscribe.importantStill')}</p>
      <div className="form__actions">
        <BusyButton className="button button--primary" isPending={unsubscribe.isPending} onPress={() => unsubscribe.mutate()}>
          {t('notifications.unsubscribe.submit')}
        </BusyButton>
      </div>
      <div role="alert" className="form-status">
        {unsubscribe.isError && (
          <p className="form-status__failed">{isApiError(unsubscribe.error) ? unsubscribe.error.message : t('form.networkError')}</p>
        )}
      </div>
      {unsubscribe.isError && (
        <p>
          {t('notifications.unsubscribe.failedHint')} <Link href="/account#mail">{t('notifications.unsubscribe.toPreferences')}</Link>
        </p>
      )}
    </div>
  );
}
