/** A user's state in words (active, inactive, locked, must change password), never by colour alone. */
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../shared/schemas/accounts';

export function UserStatus({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const states = [
    user.isActive ? t('users.statusActive') : t('users.statusInactive'),
    user.isLocked && t('users.statusLocked'),
    user.mustChangePassword && t('users.statusMustChange'),
  ].filter(Boolean);
  return (
    <ul className="list-unstyled mb-0">
      {states.map((state) => (
        <li key={String(state)}>{state}</li>
      ))}
    </ul>
  );
}
