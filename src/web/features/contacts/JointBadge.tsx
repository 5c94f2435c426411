/** "Congiunto": both staffing organisations took part in the contact, said in words. */
import { useTranslation } from 'react-i18next';

export function JointBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge bg-success" title={t('contacts.jointHint')}>
      {t('contacts.joint')}
    </span>
  );
}
