/**
 * Planning an HSDS import: every document checked (official schema, repeated
 * ids, its organisation, who may import it) and turned into the services and
 * organisations to write. Reads only; the caller writes the plan or reports
 * its problems.
 */
import type { Actor, Ctx } from '../../context';
import { newId } from '../../ids';
import * as repo from './directory.repo';
import { type HsdsObject, hsdsOrganisation, recordFromHsds } from './hsds';
import { checkServiceDocument } from './hsds-schema';

/** Where a document came from: its index in a JSON array, or its file and line in a CSV datapackage. */
export interface Locator {
  index: number | null;
  file: string | null;
  line: number | null;
}

export interface SourceDocument {
  at: Locator;
  document: unknown;
}

export interface Problem extends Locator {
  field: string | null;
  key: string;
  params?: Record<string, string>;
}

export const NOWHERE: Locator = { index: null, file: null, line: null };

export interface PlannedService {
  id: string;
  document: HsdsObject;
  record: ReturnType<typeof recordFromHsds>;
  organisationName: string;
  version: number | null;
}

export interface NewOrganisation {
  id: string;
  name: string;
  kind: 'terzo_settore' | 'altro';
  tax_code: null;
  email: string | null;
  phone: null;
}

export interface ImportPlan {
  problems: Problem[];
  services: PlannedService[];
  newOrganisations: NewOrganisation[];
}

const THIRD_SECTOR =
  /associazion|cooperativ|onlus|\bets\b|\bodv\b|\baps\b|fondazion|volontar|caritas|banco|charity|non-?profit/i;
const CHILD_LISTS = ['phones', 'schedules', 'contacts', 'cost_options', 'service_at_locations'] as const;

/** Check every document and plan what to write; problems carry where each document came from. */
export async function planImport(
  ctx: Ctx,
  tenantId: string,
  source: { documents: SourceDocument[]; problems: Problem[] },
): Promise<ImportPlan> {
  const plan: ImportPlan = { problems: [...source.problems], services: [], newOrganisations: [] };
  if (source.documents.length === 0 && plan.problems.length === 0)
    plan.problems.push({ ...NOWHERE, field: null, key: 'validation.hsdsEmpty' });
  const organisations = await organisationFinder(ctx, tenantId, plan.newOrganisations);
  const ids = source.documents.flatMap(({ document }) => {
    const id = (document as HsdsObject | null)?.id;
    return typeof id === 'string' ? [id] : [];
  });
  const existing = new Map(
    (await repo.servicesByIds(ctx.db, tenantId, [...new Set(ids)])).map((s) => [s.id, s]),
  );
  const seen = new Set<string>();
  for (const { at, document } of source.documents) {
    const problem = (field: string | null, key: string, params?: Record<string, string>) =>
      plan.problems.push({ ...at, field, key, ...(params ? { params } : {}) });
    const schemaProblems = checkServiceDocument(document);
    for (const p of schemaProblems) problem(p.field || null, p.key, p.params);
    if (schemaProblems.length > 0) continue;
    const doc = document as HsdsObject;
    const id = doc.id as string;
    if (seen.has(id)) problem('id', 'validation.hsdsDuplicateId');
    seen.add(id);
    for (const list of repeatedChildIds(doc)) problem(list, 'validation.hsdsDuplicateId');
    const organisation = organisations.resolve(doc);
    if (!organisation) {
      problem('organization_id', 'validation.hsdsNoOrganisation');
      continue;
    }
    const before = existing.get(id);
    const allowed =
      mayImport(ctx.actor, organisation.id, plan.newOrganisations) &&
      (!before || mayImport(ctx.actor, before.organisation_id, []));
    if (!allowed) problem('organization_id', 'validation.hsdsOtherOrganisation');
    const ours = before ? await ownFields(ctx, tenantId, id) : { areaCodes: [], ackWorkingDays: 3 };
    plan.services.push({
      id,
      document: doc,
      record: recordFromHsds(doc, organisation.id, ours),
      organisationName: organisation.name,
      version: before?.version ?? null,
    });
  }
  return plan;
}

/** The child lists of a document in which an id appears twice. */
function repeatedChildIds(doc: HsdsObject): string[] {
  return CHILD_LISTS.filter((list) => {
    const childIds = (Array.isArray(doc[list]) ? (doc[list] as HsdsObject[]) : []).map((c) => c.id);
    return new Set(childIds).size !== childIds.length;
  });
}

/**
 * The organisation of a document: ours with its HSDS id, else ours with its
 * name, else a new one (keeping the HSDS id) added to `created`.
 */
async function organisationFinder(ctx: Ctx, tenantId: string, created: NewOrganisation[]) {
  type Known = { id: string; name: string };
  const organisations = await repo.listOrganisations(ctx.db, tenantId);
  const byId = new Map<string, Known>(organisations.map((o) => [o.id, o]));
  const byName = new Map<string, Known>(organisations.map((o) => [o.name.trim().toLowerCase(), o]));
  return {
    resolve(doc: HsdsObject): Known | null {
      const named = hsdsOrganisation(doc);
      const name = typeof named.organization?.name === 'string' ? named.organization.name.trim() : null;
      const known =
        (named.id ? byId.get(named.id) : undefined) ?? (name ? byName.get(name.toLowerCase()) : undefined);
      if (known) return known;
      if (!name) return null;
      const organisation: NewOrganisation = {
        id: named.id ?? newId(),
        name,
        kind: THIRD_SECTOR.test(`${name} ${String(named.organization?.legal_status ?? '')}`)
          ? 'terzo_settore'
          : 'altro',
        tax_code: null,
        email: typeof named.organization?.email === 'string' ? named.organization.email : null,
        phone: null,
      };
      created.push(organisation);
      byId.set(organisation.id, organisation);
      byName.set(name.toLowerCase(), organisation);
      return organisation;
    },
  };
}
/** The console and admins import for any organisation; a coordinator only for their own (never a new one). */
function mayImport(
  actor: Actor | null,
  organisationId: string,
  newOrganisations: NewOrganisation[],
): boolean {
  if (!actor || actor.roles.includes('admin')) return true;
  return organisationId === actor.organisationId && !newOrganisations.some((o) => o.id === organisationId);
}

/** What an import leaves alone on an existing service: our areas and acknowledgement deadline. */
async function ownFields(ctx: Ctx, tenantId: string, id: string) {
  const row = await repo.findService(ctx.db, tenantId, id);
  return { areaCodes: JSON.parse(row!.area_codes) as string[], ackWorkingDays: row!.ack_working_days };
}
