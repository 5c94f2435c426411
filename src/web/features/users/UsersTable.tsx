/** The user list: who, which organisation, which roles, which state, and what can be done. */
import { Button, Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserView } from '../../../shared/schemas/accounts';
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
    <div className="table-responsive">
      <Table hover>
        <caption>{t('users.caption', { count: users.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.fullName')}</th>
            <th scope="col">{t('users.username')}</th>
            <th scope="col">{t('users.organisation')}</th>
            <th scope="col">{t('users.roles')}</th>
            <th scope="col">{t('users.status')}</th>
            {canManage && <th scope="col">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody>
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
                    <Link className="btn btn-outline-primary btn-xs" to={`/admin/users/${user.id}`}>
                      {t('common.edit')}
                      <span className="visually-hidden"> {user.fullName}</span>
                    </Link>
                    <Button
                      type="button"
                      color="primary"
                      outline
                      size="xs"
                      onClick={() => onAction(user.isActive ? 'deactivate' : 'reactivate', user)}
                    >
                      {user.isActive ? t('users.deactivate') : t('users.reactivate')}
                      <span className="visually-hidden"> {user.fullName}</span>
                    </Button>
                    <Button
                      type="button"
                      color="primary"
                      outline
                      size="xs"
                      onClick={() => onAction('reset', user)}
                    >
                      {t('users.resetPassword')}
                      <span className="visually-hidden"> {user.fullName}</span>
                    </Button>
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
