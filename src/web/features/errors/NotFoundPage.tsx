/** Any address the app does not know. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('errorsUi.notFoundTitle')} />
      <p className="lead">{t('errorsUi.notFoundText')}</p>
      <Link to="/">{t('errorsUi.backHome')}</Link>
    </>
  );
}
