/** The user list: who, which organisation, which roles, which state, and what can be done. */
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../shared/schemas/accounts';
import { DataTable } from '../../components/DataTable';
import { EditLink, RowActionButton } from '../../components/records/RowActions';
import { UserStatus } from './UserStatus';

export type UserAction = 'deactivate' | 'reactivate' | 'reset';

export interface UsersTableProps {
  users: UserView[];
  canManage: boolean;
  onAction: (action: UserAction, user: UserView) => void;
}

export function UsersTable({ users, canManage, onAction }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('users.caption', { count: users.length })}
      columns={[
        t('users.fullName'),
        t('users.username'),
        t('users.organisation'),
        t('users.roles'),
        t('users.status'),
        ...(canManage ? [t('common.actions')] : []),
      ]}
    >
      {users.map((user) => (
        <tr key={user.id}>
          <th scope="row">{user.fullName}</th>
          <td>{user.username}</td>
          <td>{user.organisationName}</td>
          <td>{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</td>
          <td>
            <UserStatus user={user} />
          </td>
          {canManage && (
            <td>
              <div className="d-flex flex-wrap gap-2">
                <EditLink to={`/admin/users/${user.id}`} name={user.fullName} />
                <RowActionButton
                  name={user.fullName}
                  onClick={() => onAction(user.isActive ? 'deactivate' : 'reactivate', user)}
                >
                  {user.isActive ? t('users.deactivate') : t('users.reactivate')}
                </RowActionButton>
                <RowActionButton name={user.fullName} onClick={() => onAction('reset', user)}>
                  {t('users.resetPassword')}
                </RowActionButton>
              </div>
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
