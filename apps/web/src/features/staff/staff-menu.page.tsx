import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/use-page-title';
import { StaffGate } from './staff-access';
import { staffPages } from './staff-layout';

/** What the header's staff link leads to: the staff pages, each with what it is for. */
export function StaffMenuPage() {
  const { t } = useTranslation();
  usePageTitle(t('staff.menu.title'));
  return (
    <StaffGate title={t('staff.menu.title')}>
      {() => (
        <>
          <p>{t('staff.menu.lead')}</p>
          <ul className="menu-list">
            {staffPages.map(({ path, name }) => (
              <li key={path}>
                <Link href={path} className="menu-list__link">
                  {t(`staff.menu.${name}`)}
                </Link>
                <p className="menu-list__hint">{t(`staff.menu.${name}Hint`)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </StaffGate>
  );
}
