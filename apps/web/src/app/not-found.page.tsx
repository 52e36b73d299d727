import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../ui/status-message';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <StatusMessage title={t('notFound.title')} description={t('notFound.description')} backHome={t('notFound.backHome')} />;
}
