/** Bootstrap Italia's footer: the brand, what the software is, and the API documentation. */
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session';

export function AppFooter() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <footer className="it-footer">
      <div className="it-footer-main">
        <div className="container">
          <div className="row">
            <div className="col-12 py-4">
              <div className="it-brand-wrapper">
                <div className="it-brand-text">
                  <p className="it-brand-title h2 mb-1">{t('app.name')}</p>
                  {user && <p className="it-brand-tagline mb-0">{user.tenant.name}</p>}
                </div>
              </div>
              <p className="mt-3 mb-0">{t('app.footerAbout')}</p>
            </div>
          </div>
        </div>
      </div>
      <div className="it-footer-small-prints clearfix">
        <div className="container">
          <ul className="it-footer-small-prints-list list-inline mb-0 d-flex flex-column flex-md-row">
            <li className="list-inline-item">
              <a href="/api/docs">{t('app.apiDocs')}</a>
            </li>
            <li className="list-inline-item">{t('app.licence')}</li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
