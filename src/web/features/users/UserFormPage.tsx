/**
 * New user or edit user. A new user gets a temporary password, shown once in
 * a dialog; an edit sends the version last seen, and if someone else saved in
 * the meantime the server's message stays on screen and the fresh record is
 * loaded into the form.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  type OrganisationView,
  type TemporaryPassword,
  UserInput,
  type UserView,
} from '../../../shared/schemas/accounts';
import { ApiError } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useServerErrors } from '../../components/form/useServerErrors';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
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
  const { id } = useParams();
  const isNew = !id;
  const user = useQuery({
    queryKey: [...USERS_QUERY, 'one', id],
    queryFn: () => getUser(id ?? ''),
    enabled: !isNew,
  });
  const organisations = useQuery({ queryKey: ORGANISATIONS_QUERY, queryFn: listOrganisations });
  const title = isNew ? t('users.new') : t('users.edit');
  const isReady = organisations.data && (isNew || user.data);

  return (
    <>
      <PageHeading title={title} />
      {user.data && <p className="lead">{user.data.fullName}</p>}
      <ErrorAlert error={user.error ?? organisations.error} />
      {!isReady && <Loading />}
      {isReady && (
        <UserFormBody
          user={user.data}
          organisations={(organisations.data ?? []).filter(
            (o) => o.isActive || o.id === user.data?.organisationId,
          )}
          reload={async () => (await user.refetch()).data}
        />
      )}
    </>
  );
}

interface UserFormBodyProps {
  user: UserView | undefined;
  organisations: OrganisationView[];
  reload: () => Promise<UserView | undefined>;
}

function UserFormBody({ user, organisations, reload }: UserFormBodyProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [issued, setIssued] = useState<TemporaryPassword | null>(null);
  const form = useForm<UserFormValues, unknown, UserInput>({
    resolver: zodResolver(UserInput),
    defaultValues: user ? valuesOf(user) : EMPTY,
  });
  const server = useServerErrors(form.setError);

  const onSubmit = form.handleSubmit(async (input) => {
    server.clear();
    try {
      if (user) {
        const { username: _, ...changes } = input;
        await updateUser(user.id, { ...changes, version: user.version });
        await queryClient.invalidateQueries({ queryKey: USERS_QUERY });
        await navigate('/admin/users', { state: { flash: t('users.saved', { name: input.fullName }) } });
      } else {
        setIssued(await createUser(input));
        await queryClient.invalidateQueries({ queryKey: USERS_QUERY });
      }
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') {
        const fresh = await reload();
        if (fresh) form.reset(valuesOf(fresh));
      }
      server.report(error);
    }
  });

  const closeIssued = () =>
    void navigate('/admin/users', { state: { flash: t('users.created', { name: issued?.user.fullName }) } });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorAlert error={server.error} />
      <UserFields
        register={form.register}
        errors={form.formState.errors}
        organisations={organisations}
        isNew={!user}
      />
      <div className="d-flex gap-3">
        <BusyButton isBusy={form.formState.isSubmitting}>
          {user ? t('common.save') : t('users.create')}
        </BusyButton>
        <Link className="btn btn-outline-secondary" to="/admin/users">
          {t('common.cancel')}
        </Link>
      </div>
      <TemporaryPasswordDialog
        isOpen={issued !== null}
        fullName={issued?.user.fullName ?? ''}
        username={issued?.user.username ?? ''}
        password={issued?.temporaryPassword ?? ''}
        onClose={closeIssued}
      />
    </form>
  );
}
