/** Shown on a section the person's roles do not open. */
import { useTranslation } from 'react-i18next';
import { ErrorPage } from './ErrorPage';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return <ErrorPage title={t('errorsUi.forbiddenTitle')} text={t('errors.forbidden')} />;
}
