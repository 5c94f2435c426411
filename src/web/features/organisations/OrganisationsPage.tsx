/** Organisations (enti) of the tenant: list, open to edit, deactivate or reactivate. */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/schemas/accounts';
import { DataTable } from '../../components/DataTable';
import { ActivationDialog } from '../../components/records/ActivationDialog';
import { RecordListPage } from '../../components/records/RecordListPage';
import { ActivationButton, EditLink } from '../../components/records/RowActions';
import { listOrganisations, ORGANISATIONS_QUERY, setOrganisationActive } from './organisations.api';

export default function OrganisationsPage() {
  const { t } = useTranslation();
  const organisations = useQuery({ queryKey: ORGANISATIONS_QUERY, queryFn: listOrganisations });
  const [pending, setPending] = useState<OrganisationView | null>(null);

  return (
    <>
      <RecordListPage
        title={t('organisations.title')}
        create={{ label: t('organisations.new'), to: '/admin/organisations/new' }}
        list={organisations}
      >
        {(list) => (
          <DataTable
            caption={t('organisations.caption', { count: list.length })}
            columns={[
              t('organisations.name'),
              t('organisations.kind'),
              t('organisations.contacts'),
              t('common.status'),
              t('common.actions'),
            ]}
          >
            {list.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row">{organisation.name}</th>
                <td>{t(`organisationKinds.${organisation.kind}`)}</td>
                <td>{[organisation.email, organisation.phone].filter(Boolean).join(' · ')}</td>
                <td>{organisation.isActive ? t('common.active') : t('common.inactive')}</td>
                <td className="table-actions">
                  <EditLink
                    className="me-2"
                    to={`/admin/organisations/${organisation.id}`}
                    name={organisation.name}
                  />
                  <ActivationButton record={organisation} onClick={() => setPending(organisation)} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </RecordListPage>
      <ActivationDialog
        record={pending}
        onClose={() => setPending(null)}
        setActive={setOrganisationActive}
        listQuery={ORGANISATIONS_QUERY}
        confirmText={{
          deactivate: t('organisations.deactivateConfirm', { name: pending?.name }),
          reactivate: t('organisations.reactivateConfirm', { name: pending?.name }),
        }}
      />
    </>
  );
}
