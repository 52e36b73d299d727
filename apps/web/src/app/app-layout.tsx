import { useEffect, useRef, type RefObject } from 'react';
import { I18nProvider, Link, RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Outlet, useHref, useLocation, useNavigate, type NavigateOptions } from 'react-router';
import { AccountMenu } from '../features/accounts';
import { currentLanguage } from '../i18n/i18n';
import { keepsFocus } from '../ui/keep-focus';
import { LanguageSwitch } from '../ui/language-switch';
import { programs } from './programs';

// Lets react-aria's <Link> navigate inside the SPA with react-router's options.
declare module 'react-aria-components' {
  interface RouterConfig {
    routerOptions: NavigateOptions;
  }
}

/**
 * A client-side navigation changes the page without the browser moving focus, so screen-reader
 * and keyboard users would be left on a link that no longer exists. Move focus to the element the
 * URL's #fragment names, or else to the main content; leave it alone on the first load, and when
 * the navigation asked to keep it (see keepFocusState).
 */
function useFocusAfterNavigation(main: RefObject<HTMLElement | null>): void {
  const { key, hash, state } = useLocation();
  const lastKey = useRef(key);
  const keep = keepsFocus(state);
  useEffect(() => {
    const target = hash ? document.getElementById(hash.slice(1)) : null;
    if (target) target.focus();
    else if (lastKey.current !== key && !keep) main.current?.focus();
    lastKey.current = key;
  }, [key, hash, main, keep]);
}

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  useFocusAfterNavigation(main);

  return (
    <AriaRouterProvider navigate={navigate} useHref={useHref}>
      <I18nProvider locale={currentLanguage(i18n)}>
        {/* A plain anchor on purpose: the browser's own fragment navigation moves focus to main. */}
        <a className="skip-link" href="#main">
          {t('site.skipToContent')}
        </a>
        <header className="site-header">
          <div className="site-header__bar container">
            <Link href="/" className="site-name">
              {t('site.name')}
            </Link>
            <div className="site-header__tools">
              <LanguageSwitch />
              <AccountMenu />
            </div>
          </div>
          <nav aria-label={t('site.primaryNavigation')} className="program-nav container">
            <ul>
              {programs.map(({ id, messages, path }) => (
                <li key={id}>
                  <Link href={path ?? `/#${id}`}>{t(`programs.${messages}.name`)}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" ref={main} tabIndex={-1} className="site-main container">
          <Outlet />
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>{t('footer.operator')}</p>
            <p>{t('footer.plan')}</p>
          </div>
        </footer>
      </I18nProvider>
    </AriaRouterProvider>
  );
}
