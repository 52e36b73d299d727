import { useTranslation } from 'react-i18next';

/** Says a page is on its way; only appears if that takes a noticeable moment (see theme.css). */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="page-loading">
      {t('form.loading')}
    </p>
  );
}
