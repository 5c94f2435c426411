/**
 * Import of the "already in care" registry from the consortium's case
 * management system, as CSV (docs/CARE-IMPORT.md). Every row is checked and
 * every problem reported with its line before anything is written; a file
 * with any problem writes nothing. A clean file is written in one
 * transaction. The route and the console share importCareRelationsAs; only
 * the route checks a permission (the console is the machine's operator).
 */
import type { z } from 'zod';
import type { Language } from '../../../shared/roles';
import type {
  CareImportInput,
  CareImportResult,
  ImportProblem,
  PersonValues,
} from '../../../shared/schemas/people';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Ctx, inTransaction, localNow } from '../../context';
import type { CareRelationsTable } from '../../db/tables';
import { updatedOne } from '../../db/writes';
import { conflict, DomainError } from '../../errors';
import { translate } from '../../http/i18n';
import { newId } from '../../ids';
import { nameKey } from '../contacts/name-search';
import { createPersonRecord } from '../contacts/people.service';
import * as repo from './care.repo';
import { type CareRow, type Problem, readCareCsv } from './care-csv';

/** Import the CSV acting as a coordinator; `lang` words the problems found. */
export async function importCareRelations(
  ctx: Ctx,
  input: z.output<typeof CareImportInput>,
  lang: Language,
): Promise<CareImportResult> {
  const actor = requirePermission(ctx, 'care.manage');
  return importCareRelationsAs(ctx, actor.tenantId, input, lang);
}

/**
 * Check the file and, unless it is a dry run or something is wrong, write it:
 * people matched or created, relations created, updated or left unchanged,
 * one care.imported event. No access check: the caller has done it.
 */
export async function importCareRelationsAs(
  ctx: Ctx,
  tenantId: string,
  input: { csv: string; dryRun: boolean },
  lang: Language,
): Promise<CareImportResult> {
  const organisations = await repo.listOrganisations(ctx.db, tenantId);
  const read = readCareCsv(input.csv, organisations, localNow(ctx));
  const empty = { dryRun: input.dryRun, rows: read.records, created: 0, updated: 0, unchanged: 0 };
  const report = (problems: Problem[]): CareImportResult => ({
    ...empty,
    ok: false,
    peopleCreated: 0,
    errors: worded(problems, lang),
  });
  if (read.problems.length > 0) return report(read.problems);
  if (input.dryRun) {
    const plan = await planImport(ctx, tenantId, read.rows);
    return plan.problems.length > 0 ? report(plan.problems) : summary(plan, true);
  }
  try {
    return await inTransaction(ctx, async (tx) => {
      const plan = await planImport(tx, tenantId, read.rows);
      if (plan.problems.length > 0) return report(plan.problems);
      await writePlan(tx, tenantId, plan);
      await recordAudit(tx, { tenantId, action: 'care.imported', entityType: 'care_relation' });
      return summary(plan, false);
    });
  } catch (error) {
    // A new person the people service refused (e.g. a codice fiscale recorded meanwhile): nothing is kept.
    if (error instanceof RowRefused) return report(error.problems);
    throw error;
  }
}

/** The console's entry point (the machine's operator, no user): the tenant by its code; null when unknown. */
export async function importCareFromConsole(
  ctx: Ctx,
  tenantCode: string,
  input: { csv: string; dryRun: boolean },
  lang: Language,
): Promise<CareImportResult | null> {
  const tenant = await repo.findTenantByCode(ctx.db, tenantCode);
  return tenant ? importCareRelationsAs({ ...ctx, actor: null }, tenant.id, input, lang) : null;
}

const CHUNK = 500;

function worded(problems: Problem[], lang: Language): ImportProblem[] {
  return [...problems]
    .sort((a, b) => a.line - b.line)
    .map((p) => ({ line: p.line, field: p.field, message: translate(lang, p.key) }));
}

class RowRefused extends Error {
  constructor(readonly problems: Problem[]) {
    super('care import row refused');
  }
}

// ── planning: who each row is about, and what happens to its relation ──

interface NewPerson {
  key: string;
  line: number;
  fields: PersonValues;
  id: string | null;
}

interface PlannedRow {
  row: CareRow;
  personId: string | null;
  newPerson: NewPerson | null;
  caseWorkerUserId: string | null;
  existing: CareRelationsTable | null;
  outcome: 'created' | 'updated' | 'unchanged';
}

interface Plan {
  rows: PlannedRow[];
  newPeople: NewPerson[];
  problems: Problem[];
}

async function planImport(ctx: Ctx, tenantId: string, rows: CareRow[]): Promise<Plan> {
  const people = await peopleIndex(ctx, tenantId, rows);
  const users = new Map<string, string>();
  for (const user of await repo.activeUserEmails(ctx.db, tenantId)) {
    const email = user.email!.toLowerCase();
    if (!users.has(email)) users.set(email, user.id);
  }
  const relations = await relationIndex(ctx, tenantId, rows);
  const plan: Plan = { rows: [], newPeople: [], problems: [] };
  const planned = new Map<string, NewPerson>();
  for (const row of rows) {
    const match = people.match(row);
    if (match === 'ambiguous') {
      plan.problems.push({ line: row.line, field: 'cognome', key: 'validation.personAmbiguous' });
      continue;
    }
    let newPerson: NewPerson | null = null;
    if (!match) {
      newPerson = planned.get(personKey(row)) ?? null;
      if (!newPerson) {
        newPerson = { key: personKey(row), line: row.line, fields: personFields(row), id: null };
        planned.set(newPerson.key, newPerson);
        plan.newPeople.push(newPerson);
      }
    }
    const caseWorkerUserId = row.caseWorkerContact
      ? (users.get(row.caseWorkerContact.toLowerCase()) ?? null)
      : null;
    const existing = relations.find(row, match);
    const outcome = !existing
      ? 'created'
      : sameRelation(existing, row, match, caseWorkerUserId)
        ? 'unchanged'
        : 'updated';
    plan.rows.push({ row, personId: match, newPerson, caseWorkerUserId, existing, outcome });
  }
  return plan;
}

/** The same person within the file: by codice fiscale, else by name and birth date. */
const personKey = (row: CareRow) =>
  row.codiceFiscale
    ? `cf:${row.codiceFiscale}`
    : `name:${nameKey(row.familyName, row.givenName)}|${row.birthDate}`;

function personFields(row: CareRow): PersonValues {
  return {
    givenName: row.givenName,
    familyName: row.familyName,
    codiceFiscale: row.codiceFiscale,
    birthDate: row.birthDate,
    sex: row.sex,
    birthPlace: null,
    phone: null,
    email: null,
    municipalityId: null,
    citizenshipGroup: 'unknown',
  };
}

/** Existing people the rows may be about: by codice fiscale, else by name and birth date (one match only). */
async function peopleIndex(ctx: Ctx, tenantId: string, rows: CareRow[]) {
  const codes = unique(rows.flatMap((row) => (row.codiceFiscale ? [row.codiceFiscale] : [])));
  const keys = unique(rows.map((row) => nameKey(row.familyName, row.givenName)));
  const byCode = new Map<string, string>();
  for (const person of await inChunks(codes, (chunk) =>
    repo.peopleByCodiceFiscale(ctx.db, tenantId, chunk),
  )) {
    if (!byCode.has(person.codice_fiscale!)) byCode.set(person.codice_fiscale!, person.id);
  }
  const byName = new Map<
    string,
    { id: string; birth_date: string | null; codice_fiscale: string | null }[]
  >();
  for (const person of await inChunks(keys, (chunk) => repo.peopleByNameKey(ctx.db, tenantId, chunk))) {
    byName.set(person.name_key, [...(byName.get(person.name_key) ?? []), person]);
  }
  return {
    match(row: CareRow): string | 'ambiguous' | null {
      const byCf = row.codiceFiscale ? byCode.get(row.codiceFiscale) : undefined;
      if (byCf) return byCf;
      const candidates = (byName.get(nameKey(row.familyName, row.givenName)) ?? []).filter(
        (p) =>
          p.birth_date === row.birthDate &&
          (p.codice_fiscale === null || p.codice_fiscale === row.codiceFiscale),
      );
      if (candidates.length > 1) return 'ambiguous';
      return candidates[0]?.id ?? null;
    },
  };
}

/** Existing relations a row updates: same organisation and id_esterno, else same person, service and start. */
async function relationIndex(ctx: Ctx, tenantId: string, rows: CareRow[]) {
  const existing = await repo.relationsOfOrganisations(
    ctx.db,
    tenantId,
    unique(rows.map((row) => row.organisationId)),
  );
  const byRef = new Map<string, CareRelationsTable>();
  const byNaturalKey = new Map<string, CareRelationsTable>();
  for (const relation of existing) {
    if (relation.external_ref) byRef.set(`${relation.organisation_id}|${relation.external_ref}`, relation);
    else
      byNaturalKey.set(
        naturalKey(relation.person_id, relation.organisation_id, relation.service_name, relation.start_date),
        relation,
      );
  }
  return {
    find(row: CareRow, personId: string | null): CareRelationsTable | null {
      if (row.externalRef) return byRef.get(`${row.organisationId}|${row.externalRef}`) ?? null;
      if (!personId) return null;
      return (
        byNaturalKey.get(naturalKey(personId, row.organisationId, row.serviceName, row.startDate)) ?? null
      );
    },
  };
}

const naturalKey = (personId: string, organisationId: string, service: string, start: string) =>
  `${personId}|${organisationId}|${service.toLowerCase()}|${start}`;

function relationColumns(row: CareRow, personId: string, caseWorkerUserId: string | null) {
  return {
    person_id: personId,
    service_name: row.serviceName,
    case_worker_name: row.caseWorkerName,
    case_worker_contact: row.caseWorkerContact,
    case_worker_user_id: caseWorkerUserId,
    start_date: row.startDate,
    end_date: row.endDate,
  };
}

function sameRelation(
  existing: CareRelationsTable,
  row: CareRow,
  personId: string | null,
  caseWorkerUserId: string | null,
): boolean {
  if (!personId) return false;
  const wanted = relationColumns(row, personId, caseWorkerUserId);
  return (Object.keys(wanted) as (keyof typeof wanted)[]).every((key) => existing[key] === wanted[key]);
}

// ── writing ──

async function writePlan(tx: Ctx, tenantId: string, plan: Plan) {
  for (const person of plan.newPeople) {
    try {
      person.id = await createPersonRecord(tx, tenantId, person.fields, 'care_import');
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'validation') throw error;
      throw new RowRefused(
        error.fields.map((f) => ({
          line: person.line,
          field: PERSON_COLUMNS[f.field] ?? null,
          key: f.message,
        })),
      );
    }
  }
  const at = tx.now().toISOString();
  for (const planned of plan.rows) {
    if (planned.outcome === 'unchanged') continue;
    const personId = planned.personId ?? planned.newPerson!.id!;
    const columns = relationColumns(planned.row, personId, planned.caseWorkerUserId);
    if (planned.existing) {
      const result = await repo.updateRelation(
        tx.db,
        tenantId,
        planned.existing.id,
        planned.existing.version,
        {
          ...columns,
          updated_at: at,
        },
      );
      if (!updatedOne(result)) throw conflict();
      continue;
    }
    await repo.insertRelation(tx.db, {
      tenant_id: tenantId,
      id: newId(),
      ...columns,
      organisation_id: planned.row.organisationId,
      external_ref: planned.row.externalRef,
      source: 'import',
      created_by: tx.actor?.userId ?? null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
  }
}

/** The CSV column a person field came from, to point at it when the person is refused. */
const PERSON_COLUMNS: Record<string, string> = {
  givenName: 'nome',
  familyName: 'cognome',
  codiceFiscale: 'codice_fiscale',
  birthDate: 'data_nascita',
  sex: 'codice_fiscale',
};

function summary(plan: Plan, dryRun: boolean): CareImportResult {
  const count = (outcome: PlannedRow['outcome']) => plan.rows.filter((r) => r.outcome === outcome).length;
  return {
    dryRun,
    ok: true,
    rows: plan.rows.length,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    peopleCreated: plan.newPeople.length,
    errors: [],
  };
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

async function inChunks<T, R>(items: T[], query: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const result: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) result.push(...(await query(items.slice(i, i + CHUNK))));
  return result;
}
