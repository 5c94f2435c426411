/**
 * Users administration: find staff, open one to edit, deactivate or reactivate
 * them, give them a new temporary password. The server refuses deactivating
 * oneself or the last administrator; its sentence is shown in the dialog.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TemporaryPassword, UserView } from '../../../shared/schemas/accounts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RecordListPage } from '../../components/records/RecordListPage';
import { useSession } from '../../session/session';
import { listOrganisations, ORGANISATIONS_QUERY } from '../organisations/organisations.api';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';
import { UserFilters } from './UserFilters';
import { type UserAction, UsersTable } from './UsersTable';
import {
  type UserListFilters as Filters,
  listUsers,
  resetPassword,
  setUserActive,
  USERS_QUERY,
} from './users.api';

function filtersFrom(params: URLSearchParams): Filters {
  return {
    q: params.get('q') ?? '',
    organisationId: params.get('organisationId') ?? '',
    includeInactive: params.get('includeInactive') === 'true',
  };
}

export default function UsersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const users = useQuery({ queryKey: [...USERS_QUERY, filters], queryFn: () => listUsers(filters) });
  const organisations = useQuery({ queryKey: ORGANISATIONS_QUERY, queryFn: listOrganisations });
  const [pending, setPending] = useState<{ action: UserAction; user: UserView } | null>(null);
  const [issued, setIssued] = useState<TemporaryPassword | null>(null);
  const canManage = can('user.manage');

  const applyFilters = (next: Filters) => {
    setParams(
      Object.fromEntries(
        Object.entries({ ...next, includeInactive: next.includeInactive ? 'true' : '' }).filter(
          ([, value]) => value,
        ),
      ) as Record<string, string>,
    );
  };

  const confirm = async () => {
    if (!pending) return;
    if (pending.action === 'reset') setIssued(await resetPassword(pending.user.id));
    else await setUserActive(pending.user.id, pending.action === 'reactivate');
    setPending(null);
    await queryClient.invalidateQueries({ queryKey: USERS_QUERY });
  };

  const dialogText =
    pending &&
    {
      deactivate: t('users.deactivateConfirm', { name: pending.user.fullName }),
      reactivate: t('users.reactivateConfirm', { name: pending.user.fullName }),
      reset: t('users.resetConfirm', { name: pending.user.fullName }),
    }[pending.action];
  const dialogLabel =
    pending &&
    { deactivate: t('users.deactivate'), reactivate: t('users.reactivate'), reset: t('users.resetPassword') }[
      pending.action
    ];

  return (
    <>
      <RecordListPage
        title={t('users.title')}
        create={canManage ? { label: t('users.new'), to: '/admin/users/new' } : undefined}
        list={users}
        filters={
          <UserFilters value={filters} organisations={organisations.data ?? []} onChange={applyFilters} />
        }
      >
        {(list) => (
          <UsersTable
            users={list}
            canManage={canManage}
            onAction={(action, user) => setPending({ action, user })}
          />
        )}
      </RecordListPage>
      <ConfirmDialog
        isOpen={pending !== null}
        title={dialogLabel ?? ''}
        confirmLabel={dialogLabel ?? ''}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        {dialogText}
      </ConfirmDialog>
      <TemporaryPasswordDialog issued={issued} onClose={() => setIssued(null)} />
    </>
  );
}
