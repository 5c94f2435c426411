/** The active desks the person's organisation staffs, with address and weekly hours. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { DeskSummary } from '../desks/DeskSummary';
import { DESKS_QUERY, listDesks } from '../desks/desks.api';

export function MyDesks({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
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
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
