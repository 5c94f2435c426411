/**
 * Access checks used as the first line of every service function. The table
 * of who may do what is src/shared/permissions.ts; this file adds the record
 * scope (tenant, organisation) the table cannot express.
 */
import { can, type Permission } from '../../shared/permissions';
import type { Actor, Ctx } from '../context';
import { DomainError, forbidden } from '../errors';

/** The acting user, who must hold the permission; throws otherwise. */
export function requirePermission(ctx: Ctx, permission: Permission): Actor {
  const actor = ctx.actor;
  if (!actor) throw new DomainError('unauthenticated', 'errors.unauthenticated');
  if (!can(actor.roles, permission)) throw forbidden();
  return actor;
}

/** The acting user, whatever their roles. */
export function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw new DomainError('unauthenticated', 'errors.unauthenticated');
  return ctx.actor;
}
