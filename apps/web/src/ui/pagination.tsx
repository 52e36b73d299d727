import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * Previous and next links for a list whose page is in the address, so a page can be bookmarked
 * and the browser's back button goes back a page. `hrefFor` builds the address of a page.
 */
export function Pagination({ page, pageSize, total, hrefFor }: { page: number; pageSize: number; total: number; hrefFor: (page: number) => string }) {
  const { t } = useTranslation();
  const pages = pageCount(total, pageSize);
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav aria-label={t('ui.pagination.label')} className="pagination">
      <ul>
        <li>
          {page > 1 ? (
            <Link href={hrefFor(Math.min(page - 1, pages))} className="button button--secondary">
              {t('ui.pagination.previous')}
            </Link>
          ) : null}
        </li>
        <li className="pagination__position">{t('ui.pagination.position', { page, pages })}</li>
        <li>
          {page < pages ? (
            <Link href={hrefFor(page + 1)} className="button button--secondary">
              {t('ui.pagination.next')}
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}

/** "3件中 1〜3件目を表示": says how many matched and which are shown, or that none did. */
export function ResultCount({ page, pageSize, total, shown }: { page: number; pageSize: number; total: number; shown: number }) {
  const { t } = useTranslation();
  const from = (page - 1) * pageSize + 1;
  return (
    <p role="status" className="result-count">
      {total === 0 ? t('ui.results.none') : shown === 0 ? t('ui.results.pastEnd', { total }) : t('ui.results.count', { total, from, to: from + shown - 1 })}
    </p>
  );
}
