/**
 * Every page's frame: skip link, header, the main landmark the skip link
 * lands on, footer. Routes render inside <Outlet/>, lazily loaded.
 */
import { Skiplink } from 'design-react-kit';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';
import { Loading } from './Loading';

export function Layout() {
  const { t } = useTranslation();
  return (
    <div className="app-shell d-flex flex-column min-vh-100">
      <Skiplink>
        <a className="visually-hidden-focusable" href="#main">
          {t('app.skipToContent')}
        </a>
      </Skiplink>
      <AppHeader />
      <main id="main" tabIndex={-1} className="container flex-grow-1 py-4 py-lg-5">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <AppFooter />
    </div>
  );
}
