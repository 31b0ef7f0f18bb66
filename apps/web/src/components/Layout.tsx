import { Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../auth/session';
import { CONTACT_PHONE, CONTACT_PHONE_HREF } from '../config';
import { AppLink } from './AppLink';
import { LanguageSwitch } from './LanguageSwitch';
import { navItemsFor } from './navigation';
import { AnnounceContext, HeadingFocusContext, PAGE_HEADING_ID } from './PageHeading';

/**
 * Every page's frame: skip link, header with the menu for this role and the language switch,
 * main content, footer with the phone number. After a route change focus moves to the new
 * page's h1 and a live region names the page, so keyboard and screen reader users land on the
 * new content instead of at the top of the old one.
 */
export function Layout() {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const [announcement, setAnnouncement] = useState('');
  const firstRender = useRef(true);
  const focusOwed = useRef(false);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // The new page's h1 takes focus: now if it is there, or when it mounts (lazy screens, data).
    const heading = document.getElementById(PAGE_HEADING_ID);
    if (heading) {
      heading.focus();
      focusOwed.current = false;
    } else {
      focusOwed.current = true;
    }
  }, [location.pathname]);

  const headingFocus = useMemo(
    () => ({
      owed: () => focusOwed.current,
      paid: () => {
        focusOwed.current = false;
      },
    }),
    [],
  );

  const announce = useCallback((text: string) => setAnnouncement(text), []);

  return (
    <AnnounceContext.Provider value={announce}>
      <HeadingFocusContext.Provider value={headingFocus}>
      <div className="bb-app utrecht-document">
        <div className="bb-skip">
          <SkipLink href="#main">{t('skipLink')}</SkipLink>
        </div>
        <header className="bb-header">
          <div className="bb-header__bar">
            <AppLink to="/" className="bb-logo" aria-label={t('app.homeLink')}>
              <svg aria-hidden="true" viewBox="0 0 64 64" width="40" height="40" focusable="false">
                <rect width="64" height="64" rx="12" fill="currentColor" />
                <path d="M10 44c8-14 36-14 44 0" stroke="#fff" strokeWidth="6" fill="none" strokeLinecap="round" />
                <path d="M18 44v-8M32 44V30M46 44v-8" stroke="#fff" strokeWidth="5" strokeLinecap="round" />
              </svg>
              <span className="bb-logo__name">{t('app.name')}</span>
              <span className="bb-logo__tagline">{t('app.tagline')}</span>
            </AppLink>
            <LanguageSwitch />
          </div>
          <nav className="bb-nav" aria-label={t('nav.label')}>
            <ul className="bb-nav__list">
              {navItemsFor(me?.role).map((item) => (
                <li key={item.to} className="bb-nav__item">
                  <NavLink to={item.to} end={item.to === '/' || item.to === '/organisation'} className="bb-nav__link">
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1} className="bb-main">
          <Outlet />
        </main>
        <footer className="bb-footer">
          <div className="bb-footer__content">
            <Paragraph>
              {t('footer.help')}{' '}
              <a className="bb-footer__phone" href={CONTACT_PHONE_HREF}>
                {CONTACT_PHONE}
              </a>
            </Paragraph>
            <Paragraph>{t('footer.about')}</Paragraph>
            <Paragraph>
              <AppLink to="/zorgen-om-iemand" className="bb-footer__link">
                {t('worried.footerLink')}
              </AppLink>
            </Paragraph>
          </div>
        </footer>
        <div className="bb-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="route-announcer">
          {announcement}
        </div>
      </div>
      </HeadingFocusContext.Provider>
    </AnnounceContext.Provider>
  );
}
