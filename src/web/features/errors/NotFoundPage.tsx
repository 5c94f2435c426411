/** Any address the app does not know. */
import { useTranslation } from 'react-i18next';
import { ErrorPage } from './ErrorPage';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <ErrorPage title={t('errorsUi.notFoundTitle')} text={t('errorsUi.notFoundText')} />;
}
