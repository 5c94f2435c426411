/**
 * A service's columns, child rows and search document from the form values,
 * and back to what staff read. Shared by the editing service and the HSDS
 * import, so both write a service the same way. No access checks here.
 */
import type { ServiceValues, ServiceView } from '../../../shared/schemas/directory';
import type { Ctx } from '../../context';
import type { DirectoryServicesTable } from '../../db/tables';
import { updatedOne } from '../../db/writes';
import { conflict } from '../../errors';
import { newId } from '../../ids';
import * as repo from './directory.repo';
import { normaliseForSearch } from './search-text';

type Columns = Omit<
  DirectoryServicesTable,
  'tenant_id' | 'id' | 'hsds_document' | 'version' | 'created_at' | 'updated_at'
>;

export function serviceColumns(values: ServiceValues): Columns {
  return {
    organisation_id: values.organisationId,
    name: values.name,
    alternate_name: values.alternateName,
    description: values.description,
    url: values.url,
    email: values.email,
    status: values.status,
    interpretation_services: values.interpretationServices,
    application_process: values.applicationProcess,
    fees_description: values.feesDescription,
    eligibility_description: values.eligibilityDescription,
    accreditations: values.accreditations,
    minimum_age: values.minimumAge,
    maximum_age: values.maximumAge,
    alert: values.alert,
    languages: JSON.stringify(values.languages),
    service_areas: JSON.stringify(values.serviceAreas),
    area_codes: JSON.stringify(values.areaCodes),
    ack_working_days: values.ackWorkingDays,
  };
}

/** Child values may carry the HSDS id they were imported with; new ones get a fresh id. */
type WithId<T> = T & { id?: string | undefined };
export type ServiceRecord = Omit<
  ServiceValues,
  'locations' | 'schedules' | 'phones' | 'contacts' | 'costOptions'
> & {
  locations: WithId<ServiceValues['locations'][number]>[];
  schedules: WithId<ServiceValues['schedules'][number]>[];
  phones: WithId<ServiceValues['phones'][number]>[];
  contacts: WithId<ServiceValues['contacts'][number]>[];
  costOptions: WithId<ServiceValues['costOptions'][number]>[];
};

function childRows(tenantId: string, serviceId: string, values: ServiceRecord): repo.ServiceChildren {
  const base = (item: { id?: string | undefined }, position: number) => ({
    tenant_id: tenantId,
    service_id: serviceId,
    id: item.id ?? newId(),
    position,
  });
  return {
    directory_locations: values.locations.map((l, i) => ({
      ...base(l, i),
      name: l.name,
      address_1: l.address1,
      city: l.city,
      postal_code: l.postalCode,
      state_province: l.stateProvince,
      country: l.country,
      latitude: l.latitude,
      longitude: l.longitude,
    })),
    directory_schedules: values.schedules.map((s, i) => ({
      ...base(s, i),
      byday: s.byday,
      opens_at: s.opensAt,
      closes_at: s.closesAt,
      description: s.description,
    })),
    directory_phones: values.phones.map((p, i) => ({
      ...base(p, i),
      number: p.number,
      description: p.description,
    })),
    directory_contacts: values.contacts.map((c, i) => ({
      ...base(c, i),
      name: c.name,
      title: c.title,
      email: c.email,
    })),
    directory_cost_options: values.costOptions.map((c, i) => ({
      ...base(c, i),
      option: c.option,
      amount: c.amount,
      currency: c.currency,
      amount_description: c.amountDescription,
    })),
  };
}

function searchDocument(values: ServiceRecord, organisationName: string) {
  const body = [
    values.alternateName,
    organisationName,
    values.description,
    values.eligibilityDescription,
    values.applicationProcess,
    ...values.serviceAreas,
    ...values.locations.flatMap((l) => [l.name, l.city]),
  ];
  return {
    title: normaliseForSearch(values.name),
    body: normaliseForSearch(body.filter(Boolean).join(' ')),
  };
}

export interface SaveOptions {
  tenantId: string;
  id: string;
  organisationName: string;
  hsdsDocument: string | null;
  /** The version read before an update; null creates the service. */
  version: number | null;
}

/** Insert or update (versioned: a conflict when someone saved since) a service, its children and search document. */
export async function saveService(tx: Ctx, values: ServiceRecord, options: SaveOptions): Promise<void> {
  const at = tx.now().toISOString();
  const { tenantId, id } = options;
  const columns = serviceColumns(values as ServiceValues);
  const isNew = options.version === null;
  if (isNew) {
    await repo.insertService(tx.db, {
      tenant_id: tenantId,
      id,
      ...columns,
      hsds_document: options.hsdsDocument,
      version: 1,
      created_at: at,
      updated_at: at,
    });
  } else {
    const patch = { ...columns, hsds_document: options.hsdsDocument, updated_at: at };
    const result = await repo.updateService(tx.db, tenantId, id, options.version!, patch);
    if (!updatedOne(result)) throw conflict();
  }
  await repo.replaceChildren(tx.db, tenantId, id, childRows(tenantId, id, values), isNew);
  const doc = searchDocument(values, options.organisationName);
  await repo.writeSearchDocument(tx.db, tx.dialect, { tenantId, entityId: id, ...doc }, !isNew);
}

const list = (json: string): string[] => JSON.parse(json) as string[];

/** The staff view of a service row and its children (children already filtered to this service). */
export function presentService(row: repo.ServiceRow, children: repo.ServiceChildren): ServiceView {
  const mine = <T extends { service_id: string }>(rows: T[]) => rows.filter((r) => r.service_id === row.id);
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    name: row.name,
    alternateName: row.alternate_name,
    description: row.description,
    url: row.url,
    email: row.email,
    status: row.status as ServiceView['status'],
    interpretationServices: row.interpretation_services,
    applicationProcess: row.application_process,
    feesDescription: row.fees_description,
    eligibilityDescription: row.eligibility_description,
    accreditations: row.accreditations,
    minimumAge: row.minimum_age === null ? null : Number(row.minimum_age),
    maximumAge: row.maximum_age === null ? null : Number(row.maximum_age),
    alert: row.alert,
    languages: list(row.languages),
    serviceAreas: list(row.service_areas),
    areaCodes: list(row.area_codes),
    ackWorkingDays: row.ack_working_days,
    locations: mine(children.directory_locations).map((l) => ({
      id: l.id,
      name: l.name,
      address1: l.address_1,
      city: l.city,
      postalCode: l.postal_code,
      stateProvince: l.state_province,
      country: l.country,
      latitude: l.latitude === null ? null : Number(l.latitude),
      longitude: l.longitude === null ? null : Number(l.longitude),
    })),
    schedules: mine(children.directory_schedules).map((s) => ({
      id: s.id,
      byday: s.byday,
      opensAt: s.opens_at,
      closesAt: s.closes_at,
      description: s.description,
    })),
    phones: mine(children.directory_phones).map((p) => ({
      id: p.id,
      number: p.number,
      description: p.description,
    })),
    contacts: mine(children.directory_contacts).map((c) => ({
      id: c.id,
      name: c.name,
      title: c.title,
      email: c.email,
    })),
    costOptions: mine(children.directory_cost_options).map((c) => ({
      id: c.id,
      option: c.option,
      amount: c.amount === null ? null : Number(c.amount),
      currency: c.currency,
      amountDescription: c.amount_description,
    })),
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
