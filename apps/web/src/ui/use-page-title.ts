import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title to "page | portal", or the portal name alone on the home page. */
export function usePageTitle(pageTitle?: string): void {
  const { t } = useTranslation();
  const siteName = t('site.name');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} | ${siteName}` : siteName;
  }, [pageTitle, siteName]);
}
