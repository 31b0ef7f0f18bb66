import { Heading1 } from '@utrecht/component-library-react';
import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Tells the layout's live region which page just opened, for screen reader users. */
export const AnnounceContext = createContext<(text: string) => void>(() => undefined);

/**
 * After a route change the new page's h1 should take focus, but the h1 may mount later (a screen
 * loaded on demand, or data first). The layout marks focus as owed; the first h1 to mount takes it.
 */
export const HeadingFocusContext = createContext<{ owed: () => boolean; paid: () => void }>({ owed: () => false, paid: () => undefined });

export const PAGE_HEADING_ID = 'page-heading';

/**
 * The page's one h1. It can take focus (tabIndex -1) so the layout moves focus here after a
 * route change, and it names the page in the browser tab and the announcement.
 */
export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  const { t } = useTranslation();
  const announce = useContext(AnnounceContext);
  const focus = useContext(HeadingFocusContext);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus.owed()) {
      ref.current?.focus();
      focus.paid();
    }
  }, [focus]);
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    if (!text) return;
    document.title = `${text} – ${t('app.name')}`;
    announce(text);
  }, [text, t, announce]);
  return (
    <Heading1 ref={ref} id={PAGE_HEADING_ID} tabIndex={-1} className="bb-page-heading">
      {children}
    </Heading1>
  );
}
