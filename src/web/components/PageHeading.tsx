/**
 * The page's single h1, which also names the browser tab. After a client-side
 * navigation focus moves to it, so screen-reader and keyboard users start
 * reading the new page from its top; on the page a visit starts on (or is
 * reloaded on) focus stays where the browser put it, the skip link first.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** The history entry the visit started on; any other entry was reached by navigating. */
let firstLocationKey: string | null = null;

export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const suffix = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${suffix}` : suffix;
  }, [title, suffix]);
}

export interface PageHeadingProps {
  title: string;
  children?: ReactNode;
  /** Spacing below it, when the page puts something close under the heading. */
  className?: string;
}

export function PageHeading({ title, children, className = 'mb-4' }: PageHeadingProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const locationKey = useRef(useLocation().key);
  useDocumentTitle(title);
  useEffect(() => {
    firstLocationKey ??= locationKey.current;
    if (locationKey.current !== firstLocationKey) heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} className={`page-heading ${className}`}>
      {children ?? title}
    </h1>
  );
}
