import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from './router';
import { useTranslation } from '../i18n/i18n';
import { BackLink } from './BackLink';

type PageProps = {
  /** The page's one h1, also used in the browser tab title. */
  title: string;
  /** Where the back link goes; no back link when absent. */
  backTo?: string;
  /** Wider layout for staff tables; child-facing pages keep a short reading line. */
  wide?: boolean;
  children?: ReactNode;
};

/**
 * One page: optional back link, the `<main>` landmark, the h1, and the document title.
 * After an in-app navigation, focus moves to the h1 so screen readers announce the new page.
 */
export function Page({ title, backTo, wide, children }: PageProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} – ${t('app.titleSuffix')}`;
  }, [title, t]);

  useEffect(() => {
    // 'default' is the key of the first location loaded: leave focus alone on a fresh page load.
    if (location.key !== 'default') heading.current?.focus({ preventScroll: false });
  }, [location.key]);

  return (
    <div className={wide ? 'width-container width-container--wide' : 'width-container'}>
      {backTo ? <BackLink to={backTo} /> : null}
      <main id="main-content" className="main" tabIndex={-1}>
        <h1 className="heading-xl" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </main>
    </div>
  );
}
