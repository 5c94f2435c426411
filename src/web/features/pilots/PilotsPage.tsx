/**
 * The pilot of each of my desks (route /monitoraggio/progetto): its period,
 * wait target and indicator targets, a form to start or change one, the
 * evaluators' notes (mine to write, the other organisation's to read), and
 * the exports of the pilot's period.
 */
import { useQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATORS, indicatorDefinition } from '../../../shared/indicators';
import type { Pilot } from '../../../shared/schemas/indicators';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { useSession } from '../../session/session';
import { DESKS_QUERY, listDesks } from '../desks/desks.api';
import { ExportPanel } from '../exports/ExportPanel';
import { PilotForm } from './PilotForm';
import { PilotNotes } from './PilotNotes';
import { listPilots, PILOTS_QUERY } from './pilots.api';

function Targets({ pilot }: { pilot: Pilot }) {
  const { t } = useTranslation();
  const entries = INDICATORS.filter((i) => pilot.targets[i.id] !== undefined);
  if (entries.length === 0) return <p>{t('pilots.noTargets')}</p>;
  return (
    <ul>
      {entries.map((i) => {
        const value = pilot.targets[i.id] as number;
        const shown =
          indicatorDefinition(i.id).unit === 'share' ? `${Math.round(value * 1000) / 10}%` : value;
        const sign = i.better === 'higher' ? '≥' : '≤';
        return (
          <li key={i.id}>
            {t('pilots.targetValue', { label: t(`indicators.${i.id}.label`), sign, value: shown })}
          </li>
        );
      })}
    </ul>
  );
}

function PilotCard({
  pilot,
  organisationId,
  onEdit,
  canManage,
}: {
  pilot: Pilot;
  organisationId: string;
  onEdit: () => void;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  return (
    <article className="card-wrapper card-space mb-4" aria-labelledby={`pilot-${pilot.id}`}>
      <div className="card card-bg p-4">
        <h2 id={`pilot-${pilot.id}`} className="h4">
          {pilot.name}
        </h2>
        <dl className="row">
          <dt className="col-sm-4">{t('pilots.desk')}</dt>
          <dd className="col-sm-8">{pilot.deskName}</dd>
          <dt className="col-sm-4">{t('pilots.period')}</dt>
          <dd className="col-sm-8">
            {t('pilots.periodValue', { from: pilot.startDate, to: pilot.endDate })}
          </dd>
          <dt className="col-sm-4">{t('pilots.waitTargetMinutes')}</dt>
          <dd className="col-sm-8">{pilot.waitTargetMinutes}</dd>
        </dl>
        <h3 className="h5">{t('pilots.targets')}</h3>
        <Targets pilot={pilot} />
        {canManage && (
          <div className="mb-3">
            <Button color="primary" outline size="sm" type="button" onClick={onEdit}>
              {t('pilots.editNamed', { name: pilot.name })}
            </Button>
          </div>
        )}
        <PilotNotes pilot={pilot} organisationId={canManage ? organisationId : ''} />
      </div>
    </article>
  );
}

export function PilotsPage() {
  const { t } = useTranslation();
  const { user, can } = useSession();
  const organisationId = user?.organisation.id ?? '';
  const pilots = useQuery({ queryKey: PILOTS_QUERY, queryFn: listPilots });
  const desks = useQuery({ queryKey: DESKS_QUERY, queryFn: listDesks });
  const [editing, setEditing] = useState<Pilot | 'new' | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const myDesks = (desks.data ?? []).filter((d) => d.organisations.some((o) => o.id === organisationId));
  const canManage = can('pilot.manage');
  const first = pilots.data?.[0];

  const done = (saved: Pilot | null) => {
    setEditing(null);
    setFlash(saved ? t('pilots.saved', { name: saved.name }) : null);
  };

  return (
    <>
      <PageHeading title={t('pilots.title')} />
      <p>{t('pilots.intro')}</p>
      {flash && (
        <Notice color="success" live>
          {flash}
        </Notice>
      )}
      <ErrorAlert error={pilots.error ?? desks.error} />
      {canManage && editing === null && (
        <Button color="primary" className="mb-4" type="button" onClick={() => setEditing('new')}>
          {t('pilots.new')}
        </Button>
      )}
      {editing !== null && (
        <div className="mb-5">
          <PilotForm
            key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
            pilot={editing === 'new' ? null : editing}
            desks={myDesks}
            onDone={done}
            onReload={async () => {
              const fresh = (await pilots.refetch()).data?.find(
                (p) => editing !== 'new' && p.id === editing.id,
              );
              setEditing(fresh ?? null);
            }}
          />
        </div>
      )}
      {pilots.isPending ? (
        <Loading />
      ) : (pilots.data ?? []).length === 0 ? (
        <p>{t('pilots.none')}</p>
      ) : (
        (pilots.data ?? []).map((pilot) => (
          <PilotCard
            key={pilot.id}
            pilot={pilot}
            organisationId={organisationId}
            canManage={canManage}
            onEdit={() => setEditing(pilot)}
          />
        ))
      )}
      {first && can('indicator.export') && (
        <ExportPanel query={{ from: first.startDate, to: first.endDate, deskId: first.deskId }} />
      )}
    </>
  );
}

export default PilotsPage;
