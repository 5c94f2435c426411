/**
 * The active desks the person's organisation staffs, with address and weekly
 * hours, and the way in: the desk screen for those who work the queue, the
 * calendar for those who manage closures and openings.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CALENDAR_PERMISSIONS } from '../../app/navigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useSession } from '../../session/session';
import { DeskSummary } from '../desks/DeskSummary';
import { DESKS_QUERY, listDesks } from '../desks/desks.api';

export function MyDesks({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const canOpenBanco = can('queue.read');
  const canOpenCalendar = CALENDAR_PERMISSIONS.some(can);
  const desks = useQuery({ queryKey: DESKS_QUERY, queryFn: listDesks });
  const mine = (desks.data ?? []).filter(
    (desk) => desk.isActive && desk.organisations.some((organisation) => organisation.id === organisationId),
  );
  return (
    <section className="mt-5" aria-labelledby="home-desks">
      <h2 id="home-desks" className="h3">
        {t('home.myDesks')}
      </h2>
      {desks.isPending && <Loading />}
      <ErrorAlert error={desks.error} />
      {desks.isSuccess && mine.length === 0 && <p>{t('home.noDesks')}</p>}
      <ul className="row list-unstyled g-4">
        {mine.map((desk) => (
          <li key={desk.id} className="col-12 col-md-6">
            <div className="card card-bg h-100 shadow-sm">
              <DeskSummary desk={desk} />
              {(canOpenBanco || canOpenCalendar) && (
                <div className="card-body pt-0 d-flex flex-wrap gap-2">
                  {canOpenBanco && (
                    <Link className="btn btn-primary btn-sm" to={`/banco/${desk.id}`}>
                      {t('home.openBanco')}
                      <span className="visually-hidden"> {desk.name}</span>
                    </Link>
                  )}
                  {canOpenCalendar && (
                    <Link className="btn btn-outline-primary btn-sm" to={`/desks/${desk.id}/calendar`}>
                      {t('calendar.link')}
                      <span className="visually-hidden"> {desk.name}</span>
                    </Link>
                  )}
                </div>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
