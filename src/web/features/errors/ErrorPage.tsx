/** A page that says why there is nothing to show here, with the way back home. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';

export function ErrorPage({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={title} />
      <p className="lead">{text}</p>
      <Link to="/">{t('errorsUi.backHome')}</Link>
    </>
  );
}
