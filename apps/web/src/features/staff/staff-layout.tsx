import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useMe } from '../accounts';
import { hasStaffRights } from './staff-access';

export const staffPages = [
  { path: '/staff/users', name: 'users' },
  { path: '/staff/counter-registration', name: 'counter' },
  { path: '/staff/audit-log', name: 'audit' },
  { path: '/staff/deliveries', name: 'deliveries' },
  { path: '/staff/vacant-stores/review', name: 'vacantStoreReview' },
  { path: '/staff/consultations', name: 'consultations' },
  { path: '/staff/vacant-stores/matches', name: 'vacantStoreMatches' },
  { path: '/staff/events', name: 'events' },
  { path: '/staff/founding/pathway', name: 'foundingPathway' },
  { path: '/staff/founding/reports', name: 'foundingReports' },
] as const;

/** The staff pages share a navigation between them (the current one marked aria-current). */
export function StaffLayout() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      {me.data && hasStaffRights(me.data.roles) && (
        <nav aria-label={t('staff.menu.navLabel')} className="sub-nav">
          <ul>
            <li>
              <NavLink to="/staff" end>
                {t('staff.menu.title')}
              </NavLink>
            </li>
            {staffPages.map(({ path, name }) => (
              <li key={path}>
                <NavLink to={path}>{t(`staff.menu.${name}`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <Outlet />
    </>
  );
}
