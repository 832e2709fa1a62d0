import type { ReactNode } from 'react';
import { Link } from './router';
import { useTranslation } from '../i18n/i18n';
import { LanguageSwitcher } from './LanguageSwitcher';

type ShellProps = {
  /** 'child' uses big touch targets and the friendly colour; 'staff' is denser. */
  tone?: 'child' | 'staff';
  homeHref?: string;
  /** Shown after the product name, e.g. the organisation. */
  subtitle?: ReactNode;
  /** Header extras: who is signed in, sign out. */
  actions?: ReactNode;
  /** Navigation under the header (staff). */
  nav?: ReactNode;
  children: ReactNode;
};

/** Skip link, header with language switcher, the page, footer. Pages render their own <main>. */
export function Shell({ tone = 'child', homeHref = '/', subtitle, actions, nav, children }: ShellProps) {
  const { t } = useTranslation();
  return (
    <div className={`shell shell--${tone}`}>
      <a href="#main-content" className="skip-link">
        {t('app.skipLink')}
      </a>
      <header className="header">
        <div className="header__inner width-container width-container--wide">
          <div className="header__brand">
            <Link to={homeHref} className="header__name" aria-label={t('app.homeLink')}>
              {t('app.name')}
            </Link>
            {subtitle ? <span className="header__subtitle">{subtitle}</span> : null}
          </div>
          <div className="header__tools">
            {actions}
            <LanguageSwitcher />
          </div>
        </div>
        {nav}
      </header>
      <div className="shell__body">{children}</div>
      <footer className="footer">
        <div className="width-container width-container--wide">
          <p>{t('app.footer')}</p>
          {/* On every page, participants' included: what Heard keeps and how to erase it, and how accessible it is. */}
          <nav aria-label={t('app.footerLinks')}>
            <ul className="footer__links">
              <li>
                <Link to="/privacy">{t('app.privacyLink')}</Link>
              </li>
              <li>
                <Link to="/accessibility">{t('app.accessibilityLink')}</Link>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </div>
  );
}

/** A shell with a bare <main>, for states shown before a page exists (checking sign-in, errors). */
export function StatusFrame({ tone, children }: { tone: 'child' | 'staff'; children: ReactNode }) {
  return (
    <Shell tone={tone}>
      <div className="width-container">
        <main id="main-content" className="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </Shell>
  );
}
