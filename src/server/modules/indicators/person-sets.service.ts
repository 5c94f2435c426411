/**
 * The distinct-person rollups (see person-sets.ts): rebuilt with a desk's
 * dirty days inside the same transaction, and read for a period as the union
 * of its whole months and edge days, exact and without the contacts.
 */
import type { Ctx } from '../../context';
import { encodePersonSet, PersonUnion } from './person-sets';
import * as repo from './person-sets.repo';

/** The numbers of these people, giving the next free ones to those without (under the tenant's number lock). */
async function numberPeople(tx: Ctx, tenantId: string, personIds: readonly string[]) {
  const numbers = await repo.numbersOf(tx.db, tenantId, personIds);
  if (numbers.size === personIds.length) return numbers;
  await repo.lockPersonNumbers(tx.db, tx.dialect, tenantId);
  const missing = personIds.filter((id) => !numbers.has(id));
  for (const [id, n] of await repo.numbersOf(tx.db, tenantId, missing)) numbers.set(id, n);
  const fresh = missing.filter((id) => !numbers.has(id)).sort();
  let next = (await repo.maxPersonNumber(tx.db, tenantId)) + 1;
  const rows = fresh.map((person_id) => ({ person_id, number: next++ }));
  await repo.insertPersonNumbers(tx.db, tenantId, rows);
  for (const r of rows) numbers.set(r.person_id, r.number);
  return numbers;
}

/**
 * Rebuild the person sets of some days of a desk from their contacts, then of
 * the months they fall in from the day sets; call in the transaction that
 * rebuilds those days' rollups (the caller holds the desk's lock).
 */
export async function rebuildPersonSets(
  tx: Ctx,
  tenantId: string,
  deskId: string,
  dates: readonly string[],
): Promise<void> {
  const rows = await repo.personsOfDays(tx.db, tenantId, deskId, dates);
  const numbers = await numberPeople(tx, tenantId, [...new Set(rows.map((r) => r.person_id))]);
  const byDate = new Map<string, number[]>(dates.map((d) => [d, []]));
  for (const r of rows) byDate.get(r.date)?.push(numbers.get(r.person_id)!);
  for (const [date, list] of byDate) {
    list.sort((a, b) => a - b);
    await repo.replacePersonsDay(tx.db, tenantId, deskId, date, list.length, encodePersonSet(list));
  }
  for (const month of new Set(dates.map((d) => d.slice(0, 7)))) {
    const union = new PersonUnion();
    for (const set of await repo.daySets(tx.db, tenantId, [deskId], `${month}-01`, `${month}-31`))
      union.addEncoded(set);
    await repo.replacePersonsMonth(
      tx.db,
      tenantId,
      deskId,
      month,
      union.size,
      encodePersonSet(union.numbers()),
    );
  }
}

/**
 * Distinct identified people with a contact at the desks over whole months
 * and day ranges (a period split by month); equals COUNT(DISTINCT person_id)
 * of those contacts once the dirty days are rebuilt.
 */
export async function distinctPersons(
  ctx: Ctx,
  tenantId: string,
  deskIds: readonly string[],
  months: readonly string[],
  dayRanges: readonly (readonly [string, string])[],
): Promise<number> {
  const parts = await Promise.all([
    repo.monthSets(ctx.db, tenantId, deskIds, months),
    ...dayRanges.map(([from, to]) => repo.daySets(ctx.db, tenantId, deskIds, from, to)),
  ]);
  const union = new PersonUnion();
  for (const part of parts) for (const set of part) union.addEncoded(set);
  return union.size;
}
