/**
 * /banco: the desks my organisation staffs. With exactly one, straight to its
 * desk screen (the usual case: nobody should have to choose every morning).
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useSession } from '../../session/session';
import { DESKS_QUERY, listDesks } from '../desks/desks.api';

export default function BancoIndexPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const desks = useQuery({ queryKey: DESKS_QUERY, queryFn: listDesks });
  const mine = (desks.data ?? []).filter(
    (desk) =>
      desk.isActive && desk.organisations.some((organisation) => organisation.id === user?.organisation.id),
  );
  if (mine.length === 1 && mine[0]) return <Navigate to={`/banco/${mine[0].id}`} replace />;
  return (
    <>
      <PageHeading title={t('banco.title')} />
      <ErrorAlert error={desks.error} />
      {desks.isPending && <Loading />}
      {desks.isSuccess && mine.length === 0 && <p>{t('home.noDesks')}</p>}
      {mine.length > 1 && (
        <>
          <p>{t('banco.chooseDesk')}</p>
          <ul className="link-list-wrapper list-unstyled">
            {mine.map((desk) => (
              <li key={desk.id} className="mb-2">
                <Link to={`/banco/${desk.id}`} className="btn btn-outline-primary">
                  {desk.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
