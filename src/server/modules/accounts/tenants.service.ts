/** The tenant (ambito territoriale) the acting user belongs to. */
import type { TenantView } from '../../../shared/schemas/accounts';
import { requirePermission } from '../../auth/policies';
import type { Ctx } from '../../context';
import { notFound } from '../../errors';
import * as repo from './tenants.repo';

export async function currentTenant(ctx: Ctx): Promise<TenantView> {
  const actor = requirePermission(ctx, 'tenant.read');
  const row = await repo.findTenant(ctx.db, actor.tenantId);
  if (!row) throw notFound();
  return { id: row.id, name: row.name, code: row.code };
}
