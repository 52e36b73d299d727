import type { MeResponse } from '@asaka/contracts';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** The organizations (事業者) the person belongs to, each leading to its page, and how to register one. */
export function OrganizationsSection({ organizations }: { organizations: MeResponse['organizations'] }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('accounts.organizations.lead')}</p>
      {organizations.length > 0 ? (
        <ul className="link-list">
          {organizations.map((organization) => (
            <li key={organization.id}>
              <Link href={`/account/organizations/${organization.id}`}>{organization.name}</Link>
              <span className="link-list__meta">{t(`organizations.roles.${organization.role}`)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('accounts.organizations.none')}</p>
      )}
      <p>
        <Link href="/account/organizations/new" className="button button--secondary">
          {t('accounts.organizations.register')}
        </Link>
      </p>
    </>
  );
}
