/** Desks (sportelli): where, which organisations staff them, weekly hours; edit, calendar, deactivate, reactivate. */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeskView } from '../../../shared/schemas/accounts';
import { CALENDAR_PERMISSIONS } from '../../app/navigation';
import { DataTable } from '../../components/DataTable';
import { ActivationDialog } from '../../components/records/ActivationDialog';
import { RecordListPage } from '../../components/records/RecordListPage';
import { ActivationButton, EditLink } from '../../components/records/RowActions';
import { useSession } from '../../session/session';
import { listMunicipalities, MUNICIPALITIES_QUERY } from '../municipalities/municipalities.api';
import { DESKS_QUERY, listDesks, setDeskActive } from './desks.api';
import { hoursByDay, weekdayName } from './weekdays';

export default function DesksPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const canOpenCalendar = CALENDAR_PERMISSIONS.some(can);
  const desks = useQuery({ queryKey: DESKS_QUERY, queryFn: listDesks });
  const municipalities = useQuery({ queryKey: MUNICIPALITIES_QUERY, queryFn: listMunicipalities });
  const [pending, setPending] = useState<DeskView | null>(null);
  const municipalityName = (id: string | null) => municipalities.data?.find((m) => m.id === id)?.name ?? '—';

  return (
    <>
      <RecordListPage
        title={t('desks.title')}
        create={{ label: t('desks.new'), to: '/admin/desks/new' }}
        list={desks}
      >
        {(list) => (
          <DataTable
            caption={t('desks.caption', { count: list.length })}
            columns={[
              t('desks.name'),
              t('desks.address'),
              t('desks.municipality'),
              t('desks.staffedBy'),
              t('desks.weeklyHours'),
              t('common.status'),
              t('common.actions'),
            ]}
          >
            {list.map((desk) => (
              <tr key={desk.id}>
                <th scope="row">{desk.name}</th>
                <td>{desk.address}</td>
                <td>{municipalityName(desk.municipalityId)}</td>
                <td>{desk.organisations.map((o) => o.name).join(', ')}</td>
                <td>
                  {hoursByDay(desk.hours)
                    .map((day) => `${weekdayName(day.weekday, i18n.language)} ${day.windows.join(', ')}`)
                    .join('; ') || t('desks.noHours')}
                </td>
                <td>{desk.isActive ? t('common.active') : t('common.inactive')}</td>
                <td className="table-actions">
                  <EditLink className="me-2" to={`/admin/desks/${desk.id}`} name={desk.name} />
                  {canOpenCalendar && (
                    <Link className="btn btn-outline-primary btn-xs me-2" to={`/desks/${desk.id}/calendar`}>
                      {t('calendar.link')}
                      <span className="visually-hidden"> {desk.name}</span>
                    </Link>
                  )}
                  <ActivationButton record={desk} onClick={() => setPending(desk)} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </RecordListPage>
      <ActivationDialog
        record={pending}
        onClose={() => setPending(null)}
        setActive={setDeskActive}
        listQuery={DESKS_QUERY}
        confirmText={{
          deactivate: t('desks.deactivateConfirm', { name: pending?.name }),
          reactivate: t('desks.reactivateConfirm', { name: pending?.name }),
        }}
      />
    </>
  );
}
