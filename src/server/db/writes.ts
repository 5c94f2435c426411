/**
 * Helpers every write path shares: optimistic concurrency (an update names the
 * version it read; when someone saved in between nothing is written and the
 * caller reports a conflict), unique keys reported as field errors, and the
 * names of changed fields for the audit trail.
 */
import type { UpdateResult } from 'kysely';
import type { Ctx } from '../context';
import { invalidField } from '../errors';

export function updatedOne(result: UpdateResult): boolean {
  return Number(result.numUpdatedRows) === 1;
}

/** Names of the fields whose values differ, for the audit trail (names only, never values). */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): string[] {
  return Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** Run a write; a unique-key violation becomes a field error instead of a 500. */
export async function uniqueAs<T>(
  ctx: Ctx,
  field: string,
  message: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (ctx.dialect.isUniqueViolation(error)) throw invalidField(field, message);
    throw error;
  }
}
