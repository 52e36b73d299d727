import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../ui/status-message';

/** Shown instead of a page that failed to render; react-router has already logged the error. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return <StatusMessage title={t('routeError.title')} description={t('routeError.description')} backHome={t('routeError.backHome')} />;
}
