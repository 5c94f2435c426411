/**
 * Open Referral HSDS 3.0 ⇄ our service record, for the compiled `service`
 * document (vendor/hsds-3.0/schema/compiled/service.json). Export starts from
 * the document a service was imported from and lays our columns and child
 * rows over it, so whatever we do not model comes back unchanged. Pure.
 */
import { v5 } from 'uuid';
import type { ServiceView } from '../../../shared/schemas/directory';
import type { ServiceRecord } from './service-record';

export type HsdsObject = Record<string, unknown>;

/** Namespace for the ids we derive (a language or area named on a service, a service_at_location). */
const NAMESPACE = '6f1f6a52-3c1e-4c44-9d9b-2b8f3f1e5a10';

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const objects = (value: unknown): HsdsObject[] =>
  Array.isArray(value) ? value.filter((v): v is HsdsObject => typeof v === 'object' && v !== null) : [];
const maybeId = (item: HsdsObject) => str(item.id) ?? undefined;

/** The organisation a document names: its HSDS organization_id and, when nested, the organization object. */
export function hsdsOrganisation(doc: HsdsObject): { id: string | null; organization: HsdsObject | null } {
  const organization =
    typeof doc.organization === 'object' && doc.organization !== null
      ? (doc.organization as HsdsObject)
      : null;
  return { id: str(doc.organization_id) ?? (organization ? str(organization.id) : null), organization };
}

/** Our record of an HSDS service document; our own fields (areas, acknowledgement days) come from `ours`. */
export function recordFromHsds(
  doc: HsdsObject,
  organisationId: string,
  ours: { areaCodes: string[]; ackWorkingDays: number },
): ServiceRecord {
  const locations = objects(doc.service_at_locations).flatMap((sal) => objects([sal.location]));
  return {
    organisationId,
    name: str(doc.name) ?? '',
    alternateName: str(doc.alternate_name),
    description: str(doc.description),
    url: str(doc.url),
    email: str(doc.email),
    status: (str(doc.status) ?? 'active') as ServiceRecord['status'],
    interpretationServices: str(doc.interpretation_services),
    applicationProcess: str(doc.application_process),
    feesDescription: str(doc.fees_description),
    eligibilityDescription: str(doc.eligibility_description),
    accreditations: str(doc.accreditations),
    minimumAge: num(doc.minimum_age),
    maximumAge: num(doc.maximum_age),
    alert: str(doc.alert),
    languages: objects(doc.languages).flatMap((l) => str(l.name) ?? str(l.code) ?? []),
    serviceAreas: objects(doc.service_areas).flatMap((a) => str(a.name) ?? []),
    areaCodes: ours.areaCodes,
    ackWorkingDays: ours.ackWorkingDays,
    locations: locations.map((l) => {
      const address = objects(l.addresses)[0] ?? {};
      return {
        id: maybeId(l),
        name: str(l.name),
        address1: str(address.address_1),
        city: str(address.city),
        postalCode: str(address.postal_code),
        stateProvince: str(address.state_province),
        country: str(address.country),
        latitude: num(l.latitude),
        longitude: num(l.longitude),
      };
    }),
    schedules: objects(doc.schedules).map((s) => ({
      id: maybeId(s),
      byday: str(s.byday),
      opensAt: str(s.opens_at),
      closesAt: str(s.closes_at),
      description: str(s.description),
    })),
    phones: objects(doc.phones).map((p) => ({
      id: maybeId(p),
      number: str(p.number) ?? '',
      description: str(p.description),
    })),
    contacts: objects(doc.contacts).map((c) => ({
      id: maybeId(c),
      name: str(c.name),
      title: str(c.title),
      email: str(c.email),
    })),
    costOptions: objects(doc.cost_options).map((c) => ({
      id: maybeId(c),
      option: str(c.option),
      amount: num(c.amount),
      currency: str(c.currency),
      amountDescription: str(c.amount_description),
    })),
  };
}

/** Set the keys whose value we hold; a key we hold as empty is dropped (it was cleared here). */
function overlay(target: HsdsObject, values: Record<string, unknown>): HsdsObject {
  const result = { ...target };
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined) delete result[key];
    else result[key] = value;
  }
  return result;
}

/** Our rows in order, each laid over the source object with the same id. */
function byId<T extends { id: string }>(
  source: unknown,
  rows: T[],
  fields: (row: T) => Record<string, unknown>,
) {
  const sources = new Map(objects(source).map((o) => [str(o.id), o]));
  return rows.map((row) => overlay(sources.get(row.id) ?? {}, { id: row.id, ...fields(row) }));
}

/** Names we hold, each with the source object of that name (or code) when there was one. */
function byName(source: unknown, names: string[], serviceId: string, kind: string) {
  const sources = objects(source);
  return names.map(
    (name) =>
      sources.find((o) => o.name === name || o.code === name) ?? {
        id: v5(`${serviceId}/${kind}/${name}`, NAMESPACE),
        name,
      },
  );
}

function locationDocument(
  source: HsdsObject,
  l: ServiceView['locations'][number],
  organisationId: string,
): HsdsObject {
  const base = overlay(
    { location_type: 'physical', organization_id: organisationId, ...source },
    {
      id: l.id,
      name: l.name,
      latitude: l.latitude,
      longitude: l.longitude,
    },
  );
  // HSDS requires every part of an address: an incomplete one stays out rather than filled with blanks.
  if (!l.address1 || !l.city || !l.postalCode || !l.stateProvince) return base;
  const [first, ...others] = objects(source.addresses);
  const address = overlay(
    { id: v5(`${l.id}/address`, NAMESPACE), location_id: l.id, address_type: 'physical', ...first },
    {
      address_1: l.address1,
      city: l.city,
      postal_code: l.postalCode,
      state_province: l.stateProvince,
      country: l.country ?? 'IT',
    },
  );
  return { ...base, addresses: [address, ...others] };
}

/** The HSDS service document of a service: the imported document with our data laid over it. */
export function hsdsFromService(
  view: ServiceView,
  document: HsdsObject | null,
  organisation: { id: string; name: string; email: string | null },
): HsdsObject {
  const source = document ?? {};
  const organization = objects([source.organization])[0];
  const sals = objects(source.service_at_locations);
  const doc = overlay(source, {
    id: view.id,
    organization_id: view.organisationId,
    name: view.name,
    alternate_name: view.alternateName,
    description: view.description,
    url: view.url,
    email: view.email,
    status: view.status,
    interpretation_services: view.interpretationServices,
    application_process: view.applicationProcess,
    fees_description: view.feesDescription,
    eligibility_description: view.eligibilityDescription,
    accreditations: view.accreditations,
    minimum_age: view.minimumAge,
    maximum_age: view.maximumAge,
    alert: view.alert,
    last_modified: str(source.last_modified) ?? view.updatedAt,
  });
  doc.organization = overlay(organization ?? { description: organisation.name }, {
    id: organisation.id,
    name: organisation.name,
    email: organization?.email ?? organisation.email,
  });
  doc.languages = byName(source.languages, view.languages, view.id, 'language');
  doc.service_areas = byName(source.service_areas, view.serviceAreas, view.id, 'area');
  doc.phones = byId(source.phones, view.phones, (p) => ({ number: p.number, description: p.description }));
  doc.schedules = byId(source.schedules, view.schedules, (s) => ({
    byday: s.byday,
    opens_at: s.opensAt,
    closes_at: s.closesAt,
    description: s.description,
  }));
  doc.contacts = byId(source.contacts, view.contacts, (c) => ({
    name: c.name,
    title: c.title,
    email: c.email,
  }));
  doc.cost_options = byId(source.cost_options, view.costOptions, (c) => ({
    option: c.option,
    amount: c.amount,
    currency: c.currency,
    amount_description: c.amountDescription,
  }));
  const locations = view.locations.map((l): HsdsObject => {
    const sal = sals.find((s) => objects([s.location])[0]?.id === l.id) ?? {
      id: v5(`${view.id}/${l.id}`, NAMESPACE),
      service_id: view.id,
      location_id: l.id,
    };
    return { ...sal, location: locationDocument(objects([sal.location])[0] ?? {}, l, view.organisationId) };
  });
  // Service-at-location entries that name no location object were never ours to edit: they come back as they were.
  doc.service_at_locations = [...locations, ...sals.filter((sal) => objects([sal.location]).length === 0)];
  return doc;
}
