/**
 * New user or edit user. A new user gets a temporary password, shown once in
 * a dialog; an edit sends the version last seen, and if someone else saved in
 * the meantime the server's message stays on screen and the fresh record is
 * loaded into the form.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  type OrganisationView,
  type TemporaryPassword,
  UserInput,
  type UserView,
} from '../../../shared/schemas/accounts';
import { RecordForm } from '../../components/records/RecordForm';
import { type LoadedRecord, RecordFormPage } from '../../components/records/RecordFormPage';
import { useRouteRecord } from '../../components/records/useRouteRecord';
import { useVersionedSave } from '../../components/records/useVersionedSave';
import { listOrganisations, ORGANISATIONS_QUERY } from '../organisations/organisations.api';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';
import { UserFields, type UserFormValues } from './UserForm';
import { createUser, getUser, USERS_QUERY, updateUser } from './users.api';

const EMPTY: UserFormValues = {
  username: '',
  fullName: '',
  email: '',
  organisationId: '',
  roles: [],
  locale: 'it',
};

function valuesOf(user: UserView): UserFormValues {
  const { username, fullName, email, organisationId, roles, locale } = user;
  return { username, fullName, email: email ?? '', organisationId, roles, locale };
}

export default function UserFormPage() {
  const { t } = useTranslation();
  const user = useRouteRecord((id) => ({
    queryKey: [...USERS_QUERY, 'one', id],
    queryFn: () => getUser(id),
  }));
  const organisations = useQuery({ queryKey: ORGANISATIONS_QUERY, queryFn: listOrganisations });
  return (
    <RecordFormPage
      title={user.isNew ? t('users.new') : t('users.edit')}
      record={user}
      needs={[organisations]}
      lead={user.data?.fullName}
    >
      {(loaded) => (
        <UserFormBody
          {...loaded}
          organisations={(organisations.data ?? []).filter(
            (o) => o.isActive || o.id === loaded.record?.organisationId,
          )}
        />
      )}
    </RecordFormPage>
  );
}

interface UserFormBodyProps extends LoadedRecord<UserView> {
  organisations: OrganisationView[];
}

function UserFormBody({ record: user, reload, organisations }: UserFormBodyProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [issued, setIssued] = useState<TemporaryPassword | null>(null);
  const form = useForm<UserFormValues, unknown, UserInput>({
    resolver: zodResolver(UserInput),
    defaultValues: user ? valuesOf(user) : EMPTY,
  });
  const save = useVersionedSave({
    form,
    record: user,
    reload,
    valuesOf,
    create: createUser,
    update: (id, { username: _, ...changes }) => updateUser(id, changes),
    listQuery: USERS_QUERY,
    listPath: '/admin/users',
    savedMessage: (input) => t('users.saved', { name: input.fullName }),
    onCreated: setIssued,
  });

  const closeIssued = () =>
    void navigate('/admin/users', { state: { flash: t('users.created', { name: issued?.user.fullName }) } });

  return (
    <RecordForm save={save} submitLabel={user ? t('common.save') : t('users.create')}>
      <UserFields
        register={form.register}
        errors={form.formState.errors}
        organisations={organisations}
        isNew={!user}
      />
      <TemporaryPasswordDialog issued={issued} onClose={closeIssued} />
    </RecordForm>
  );
}
