/** Organisations (enti) of the tenant: list, open to edit, deactivate or reactivate. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Table } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationView } from '../../../shared/schemas/accounts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FlashNotice } from '../../components/FlashNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { listOrganisations, ORGANISATIONS_QUERY, setOrganisationActive } from './organisations.api';

export default function OrganisationsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const organisations = useQuery({ queryKey: ORGANISATIONS_QUERY, queryFn: listOrganisations });
  const [pending, setPending] = useState<OrganisationView | null>(null);
  const action = pending?.isActive ? t('common.deactivate') : t('common.reactivate');

  const confirm = async () => {
    if (!pending) return;
    await setOrganisationActive(pending.id, !pending.isActive);
    setPending(null);
    await queryClient.invalidateQueries({ queryKey: ORGANISATIONS_QUERY });
  };

  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-3">
        <PageHeading title={t('organisations.title')} />
        <Link className="btn btn-primary" to="/admin/organisations/new">
          {t('organisations.new')}
        </Link>
      </div>
      <FlashNotice />
      <ErrorAlert error={organisations.error} />
      {organisations.isPending && <Loading />}
      {organisations.data && (
        <div className="table-responsive">
          <Table hover>
            <caption>{t('organisations.caption', { count: organisations.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organisations.name')}</th>
                <th scope="col">{t('organisations.kind')}</th>
                <th scope="col">{t('organisations.contacts')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.data.map((organisation) => (
                <tr key={organisation.id}>
                  <th scope="row">{organisation.name}</th>
                  <td>{t(`organisationKinds.${organisation.kind}`)}</td>
                  <td>{[organisation.email, organisation.phone].filter(Boolean).join(' · ')}</td>
                  <td>{organisation.isActive ? t('common.active') : t('common.inactive')}</td>
                  <td className="table-actions">
                    <Link
                      className="btn btn-outline-primary btn-xs me-2"
                      to={`/admin/organisations/${organisation.id}`}
                    >
                      {t('common.edit')}
                      <span className="visually-hidden"> {organisation.name}</span>
                    </Link>
                    <Button
                      type="button"
                      color="primary"
                      outline
                      size="xs"
                      onClick={() => setPending(organisation)}
                    >
                      {organisation.isActive ? t('common.deactivate') : t('common.reactivate')}
                      <span className="visually-hidden"> {organisation.name}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
      <ConfirmDialog
        isOpen={pending !== null}
        title={action}
        confirmLabel={action}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        {pending?.isActive
          ? t('organisations.deactivateConfirm', { name: pending.name })
          : t('organisations.reactivateConfirm', { name: pending?.name })}
      </ConfirmDialog>
    </>
  );
}
