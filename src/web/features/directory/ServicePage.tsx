/**
 * /servizi/:id: one service of the directory as staff read it — what it
 * offers, to whom, how to access it, where and when, how to reach it — with
 * "edit" for those who manage its organisation's services.
 */
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ServiceView } from '../../../shared/schemas/directory';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FlashNotice } from '../../components/FlashNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useSession } from '../../session/session';
import { useTerms } from '../vocabularies/useTerms';
import { getService, serviceQuery } from './directory.api';

export default function ServicePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const service = useQuery({ queryKey: serviceQuery(id), queryFn: () => getService(id) });
  return (
    <>
      <PageHeading title={service.data?.name ?? t('directory.title')} />
      <FlashNotice />
      <ErrorAlert error={service.error} />
      {service.isPending && <Loading />}
      {service.data && <ServiceDetail service={service.data} />}
    </>
  );
}

function ServiceDetail({ service }: { service: ServiceView }) {
  const { t } = useTranslation();
  const { user, can } = useSession();
  const terms = useTerms();
  const mayEdit =
    can('directory.manage') &&
    (user?.roles.includes('admin') || user?.organisation.id === service.organisationId);
  const facts: [string, ReactNode][] = [
    [t('directory.organisation'), service.organisationName],
    [t('directory.status'), t(`directory.statuses.${service.status}`)],
    [t('directory.areas'), service.areaCodes.map((code) => terms.label('area', code)).join(', ')],
    [t('directory.eligibilityDescription'), service.eligibilityDescription],
    [t('directory.applicationProcess'), service.applicationProcess],
    [t('directory.feesDescription'), service.feesDescription],
    [t('directory.interpretationServices'), service.interpretationServices],
    [t('directory.languages'), service.languages.join(', ')],
    [t('directory.serviceAreas'), service.serviceAreas.join(', ')],
    [t('directory.ackWorkingDays'), String(service.ackWorkingDays)],
    [t('directory.email'), service.email],
    [t('directory.url'), service.url && <a href={service.url}>{service.url}</a>],
    [
      t('directory.phones'),
      service.phones.map((phone) => [phone.number, phone.description].filter(Boolean).join(' — ')).join('; '),
    ],
    [
      t('directory.locations'),
      service.locations
        .map((location) =>
          [location.name, location.address1, location.postalCode, location.city].filter(Boolean).join(', '),
        )
        .join('; '),
    ],
    [
      t('directory.schedules'),
      service.schedules
        .map((schedule) =>
          [
            schedule.byday,
            [schedule.opensAt, schedule.closesAt].filter(Boolean).join('–'),
            schedule.description,
          ]
            .filter(Boolean)
            .join(' '),
        )
        .join('; '),
    ],
    [
      t('directory.costs'),
      service.costOptions
        .map((cost) =>
          [
            cost.option,
            [cost.amount, cost.currency].filter((v) => v !== null).join(' '),
            cost.amountDescription,
          ]
            .filter(Boolean)
            .join(', '),
        )
        .join('; '),
    ],
    [
      t('directory.contacts'),
      service.contacts
        .map((contact) => [contact.name, contact.title, contact.email].filter(Boolean).join(', '))
        .join('; '),
    ],
  ];
  return (
    <>
      {service.alert && (
        <div className="alert alert-warning" role="note">
          {service.alert}
        </div>
      )}
      {service.description && <p className="lead">{service.description}</p>}
      <div className="d-flex flex-wrap gap-2 mb-4">
        {mayEdit && (
          <Link className="btn btn-primary" to={`/servizi/${service.id}/modifica`}>
            {t('directory.edit')}
          </Link>
        )}
        <Link className="btn btn-outline-primary" to="/servizi">
          {t('directory.back')}
        </Link>
      </div>
      <dl className="row">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label} className="col-12 col-md-6 mb-2">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </>
  );
}
