import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { usePageTitle } from '../ui/use-page-title';
import { homeNoticeFrom } from './home-notice';
import { programs } from './programs';

export function HomePage() {
  const { t } = useTranslation();
  const location = useLocation();
  const notice = homeNoticeFrom(location.state);
  usePageTitle();

  return (
    <>
      {notice.accountDeleted && (
        <p role="status" className="notice notice--done">
          {t('home.accountDeleted')}
        </p>
      )}
      <div className="intro">
        <h1>{t('home.title')}</h1>
        <p className="intro__lead">{t('home.lead')}</p>
      </div>
      <div className="program-list">
        {programs.map(({ id, messages, links }) => (
          // Focusable so the header's program links land keyboard and screen-reader users here.
          <section key={id} id={id} tabIndex={-1} aria-labelledby={`${id}-name`} className="program">
            <h2 id={`${id}-name`} className="program__name">
              {t(`programs.${messages}.name`)}
            </h2>
            <p className="program__plan-item">{t(`programs.${messages}.planItem`)}</p>
            <p className="program__summary">{t(`programs.${messages}.summary`)}</p>
            <p>{t(`programs.${messages}.description`)}</p>
            <dl className="program__audience">
              <dt>{t('home.audience')}</dt>
              <dd>{t(`programs.${messages}.audience`)}</dd>
            </dl>
            {links && (
              <ul className="program__links">
                {links.map(({ href, label }) => (
                  <li key={href}>
                    <Link href={href}>{t(label)}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
