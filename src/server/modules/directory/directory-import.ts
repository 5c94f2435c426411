/**
 * Import of Open Referral HSDS 3.0 service documents (a JSON array, a single
 * service, or an API page with `contents`; the CSV datapackage arrives here
 * already assembled). Every document is checked — official schema, repeated
 * ids, organisation, who may import it — and every problem reported before
 * anything is written; with any problem nothing is. A clean file is written in
 * one transaction. Services and organisations keep their HSDS ids, so a
 * second import of the same file updates instead of duplicating.
 */
import type { z } from 'zod';
import type { Language } from '../../../shared/roles';
import type { DirectoryImportInput, DirectoryImportResult } from '../../../shared/schemas/directory';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Ctx, inTransaction } from '../../context';
import type { OrganisationsTable } from '../../db/tables';
import { translate } from '../../http/i18n';
import * as repo from './directory.repo';
import { assembleServices, readDatapackage } from './hsds-csv';
import { type ImportPlan, NOWHERE, type Problem, planImport, type SourceDocument } from './import-plan';
import { saveService } from './service-record';

export type { Locator, Problem, SourceDocument } from './import-plan';

/** Import from the web app, acting as a coordinator (own organisation only) or an admin. */
export async function importDirectory(
  ctx: Ctx,
  input: z.output<typeof DirectoryImportInput>,
  lang: Language,
): Promise<DirectoryImportResult> {
  const actor = requirePermission(ctx, 'directory.manage');
  return importDocuments(ctx, actor.tenantId, parseJsonDocuments(input.content), input.dryRun, lang);
}

/** The console's entry point (the machine's operator): the tenant by its code; null when unknown. */
export async function importFromConsole(
  ctx: Ctx,
  tenantCode: string,
  source: { documents: SourceDocument[]; problems: Problem[] },
  dryRun: boolean,
  lang: Language,
): Promise<DirectoryImportResult | null> {
  const tenant = await repo.findTenantByCode(ctx.db, tenantCode);
  return tenant ? importDocuments({ ...ctx, actor: null }, tenant.id, source, dryRun, lang) : null;
}

/** The documents of a JSON text: an array of services, one service, or a page with `contents`. */
export function parseJsonDocuments(text: string): { documents: SourceDocument[]; problems: Problem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { documents: [], problems: [{ ...NOWHERE, field: null, key: 'validation.hsdsJson' }] };
  }
  const page = parsed as { contents?: unknown } | null;
  const list = Array.isArray(parsed)
    ? parsed
    : page && typeof page === 'object' && Array.isArray(page.contents)
      ? page.contents
      : page && typeof page === 'object'
        ? [parsed]
        : null;
  if (!list)
    return { documents: [], problems: [{ ...NOWHERE, field: null, key: 'validation.hsdsNotServices' }] };
  return {
    documents: list.map((document, index) => ({ at: { ...NOWHERE, index }, document })),
    problems: [],
  };
}

/** The documents of a CSV datapackage: one per row of services.csv, located at that file and line. */
export function parseCsvDocuments(read: (file: string) => string | null): {
  documents: SourceDocument[];
  problems: Problem[];
} {
  const { tables, problems } = readDatapackage(read);
  return {
    documents: assembleServices(tables).map(({ row, document }) => ({
      at: { index: null, file: row.file, line: row.line },
      document,
    })),
    problems: problems.map((p) => ({ ...p, index: null })),
  };
}

/** Check everything, then (not a dry run, nothing wrong) write it all in one transaction. No permission check. */
export async function importDocuments(
  ctx: Ctx,
  tenantId: string,
  source: { documents: SourceDocument[]; problems: Problem[] },
  dryRun: boolean,
  lang: Language,
): Promise<DirectoryImportResult> {
  const plan = await planImport(ctx, tenantId, source);
  const result = {
    dryRun,
    services: source.documents.length,
    created: plan.services.filter((s) => s.version === null).length,
    updated: plan.services.filter((s) => s.version !== null).length,
    organisationsCreated: plan.newOrganisations.length,
  };
  if (plan.problems.length > 0)
    return {
      ...result,
      ok: false,
      created: 0,
      updated: 0,
      organisationsCreated: 0,
      errors: worded(plan.problems, lang),
    };
  if (dryRun) return { ...result, ok: true, errors: [] };
  await inTransaction(ctx, (tx) => writePlan(tx, tenantId, plan));
  return { ...result, ok: true, errors: [] };
}

/** Organisations first (services point at them), then services, then one event for the import. */
async function writePlan(tx: Ctx, tenantId: string, plan: ImportPlan) {
  const at = tx.now().toISOString();
  for (const organisation of plan.newOrganisations) {
    const row: OrganisationsTable = {
      tenant_id: tenantId,
      ...organisation,
      is_active: 1,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertOrganisation(tx.db, row);
    await recordAudit(tx, {
      tenantId,
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: organisation.id,
      changedFields: ['name', 'kind', 'email', 'phone'],
    });
  }
  for (const service of plan.services) {
    await saveService(tx, service.record, {
      tenantId,
      id: service.id,
      organisationName: service.organisationName,
      hsdsDocument: JSON.stringify(service.document),
      version: service.version,
    });
  }
  await recordAudit(tx, { tenantId, action: 'service.imported', entityType: 'directory_service' });
}

function worded(problems: Problem[], lang: Language) {
  return problems.map((p) => ({
    file: p.file,
    line: p.line,
    index: p.index,
    field: p.field,
    message: translate(lang, p.key, p.params ?? {}),
  }));
}
