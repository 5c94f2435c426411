/** Shown on a section the person's roles do not open. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('errorsUi.forbiddenTitle')} />
      <p className="lead">{t('errors.forbidden')}</p>
      <Link to="/">{t('errorsUi.backHome')}</Link>
    </>
  );
}
