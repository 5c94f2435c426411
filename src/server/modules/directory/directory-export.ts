/**
 * Export of the directory as Open Referral HSDS 3.0 service documents, shared
 * by the web route and the console. Every document is checked against the
 * official schema before it leaves: an invalid export is a defect here, never
 * something to hand to another system.
 */
import { requirePermission } from '../../auth/policies';
import type { Ctx } from '../../context';
import * as repo from './directory.repo';
import { type HsdsObject, hsdsFromService } from './hsds';
import { checkServiceDocument } from './hsds-schema';
import { presentService } from './service-record';

const CHUNK = 500;

/** The actor's tenant's services as HSDS documents. */
export async function exportDirectory(ctx: Ctx): Promise<HsdsObject[]> {
  const actor = requirePermission(ctx, 'directory.read');
  return exportDocuments(ctx, actor.tenantId);
}

/** Every service of the tenant as an HSDS compiled `service` document, by organisation and name. No access check. */
export async function exportDocuments(ctx: Ctx, tenantId: string): Promise<HsdsObject[]> {
  const rows = await repo.allServices(ctx.db, tenantId);
  const organisations = new Map((await repo.listOrganisations(ctx.db, tenantId)).map((o) => [o.id, o]));
  const documents: HsdsObject[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const children = await repo.childrenOf(
      ctx.db,
      tenantId,
      chunk.map((row) => row.id),
    );
    for (const row of chunk) {
      const source = row.hsds_document ? (JSON.parse(row.hsds_document) as HsdsObject) : null;
      const document = hsdsFromService(
        presentService(row, children),
        source,
        organisations.get(row.organisation_id)!,
      );
      const problems = checkServiceDocument(document);
      if (problems.length > 0)
        throw new Error(`HSDS export of service ${row.id} is invalid: ${JSON.stringify(problems)}`);
      documents.push(document);
    }
  }
  return documents;
}
