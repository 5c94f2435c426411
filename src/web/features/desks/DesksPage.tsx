/** Desks (sportelli): where, which organisations staff them, weekly hours; edit, deactivate, reactivate. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Table } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeskView } from '../../../shared/schemas/accounts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FlashNotice } from '../../components/FlashNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { listMunicipalities, MUNICIPALITIES_QUERY } from '../municipalities/municipalities.api';
import { DESKS_QUERY, listDesks, setDeskActive } from './desks.api';
import { hoursByDay, weekdayName } from './weekdays';

export default function DesksPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const desks = useQuery({ queryKey: DESKS_QUERY, queryFn: listDesks });
  const municipalities = useQuery({ queryKey: MUNICIPALITIES_QUERY, queryFn: listMunicipalities });
  const [pending, setPending] = useState<DeskView | null>(null);
  const action = pending?.isActive ? t('common.deactivate') : t('common.reactivate');
  const municipalityName = (id: string | null) => municipalities.data?.find((m) => m.id === id)?.name ?? '—';

  const confirm = async () => {
    if (!pending) return;
    await setDeskActive(pending.id, !pending.isActive);
    setPending(null);
    await queryClient.invalidateQueries({ queryKey: DESKS_QUERY });
  };

  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-3">
        <PageHeading title={t('desks.title')} />
        <Link className="btn btn-primary" to="/admin/desks/new">
          {t('desks.new')}
        </Link>
      </div>
      <FlashNotice />
      <ErrorAlert error={desks.error} />
      {desks.isPending && <Loading />}
      {desks.data && (
        <div className="table-responsive">
          <Table hover>
            <caption>{t('desks.caption', { count: desks.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('desks.name')}</th>
                <th scope="col">{t('desks.address')}</th>
                <th scope="col">{t('desks.municipality')}</th>
                <th scope="col">{t('desks.staffedBy')}</th>
                <th scope="col">{t('desks.weeklyHours')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {desks.data.map((desk) => (
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
                    <Link className="btn btn-outline-primary btn-xs me-2" to={`/admin/desks/${desk.id}`}>
                      {t('common.edit')}
                      <span className="visually-hidden"> {desk.name}</span>
                    </Link>
                    <Button type="button" color="primary" outline size="xs" onClick={() => setPending(desk)}>
                      {desk.isActive ? t('common.deactivate') : t('common.reactivate')}
                      <span className="visually-hidden"> {desk.name}</span>
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
          ? t('desks.deactivateConfirm', { name: pending.name })
          : t('desks.reactivateConfirm', { name: pending?.name })}
      </ConfirmDialog>
    </>
  );
}
