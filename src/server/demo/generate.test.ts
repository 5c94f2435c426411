/**
 * The synthetic-data generator on both engines: a tiny region (2 desks, a few
 * weeks) whose records hold together as the app's own would, the same data
 * again from the same seed, and the rollups built at the end.
 */
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../../../test/helpers/engines';
import { loadConfig } from '../config';
import { type Ctx, consoleContext } from '../context';
import { splitByMonths } from '../modules/indicators/indicators.service';
import { distinctPersons } from '../modules/indicators/person-sets.service';
import { type GenerateResult, generate } from './generate';
import { BulkWriter } from './generate-bulk';

const NOW = new Date('2027-03-17T15:00:00Z');
const OPTIONS = { desks: 2, years: 0.06, contactsPerDay: 12, seed: 7 };

/** What the data says, without ids (those differ between tenants): equal seeds must give equal lists. */
async function fingerprint(ctx: Ctx, tenantId: string) {
  const contacts = await sql<Record<string, unknown>>`
    select c.date, c.channel, c.visitor_type, c.age_band, c.sex, c.citizenship_group, c.heard_from,
           c.language, c.is_joint, c.started_at, c.ended_at, c.person_id is null as anonymous,
           (select count(*) from contact_requests r where r.tenant_id = c.tenant_id and r.contact_id = c.id) as requests
    from contacts c where c.tenant_id = ${tenantId} order by c.started_at, c.ended_at`.execute(ctx.db);
  const requests = await sql<Record<string, unknown>>`
    select area_code, category_code, outcome_code, count(*) as n from contact_requests
    where tenant_id = ${tenantId} group by area_code, category_code, outcome_code
    order by area_code, category_code, outcome_code`.execute(ctx.db);
  const tickets = await sql<Record<string, unknown>>`
    select status, count(*) as n from tickets where tenant_id = ${tenantId} group by status order by status`.execute(
    ctx.db,
  );
  const referrals = await sql<Record<string, unknown>>`
    select status, count(*) as n from referrals where tenant_id = ${tenantId} group by status order by status`.execute(
    ctx.db,
  );
  return {
    contacts: contacts.rows,
    requests: requests.rows,
    tickets: tickets.rows,
    referrals: referrals.rows,
  };
}

const count = async (ctx: Ctx, query: ReturnType<typeof sql<{ n: number | string }>>) =>
  Number((await query.execute(ctx.db)).rows[0]!.n);

describeEngines('synthetic data (sportello generate)', (db) => {
  let ctx: Ctx;
  let first: GenerateResult;
  beforeAll(async () => {
    const config = loadConfig({
      ...db().env,
      LOG_LEVEL: 'silent',
      SESSION_SECRET: 'test-secret-'.padEnd(48, 'x'),
    });
    ctx = consoleContext(db().database, config, { now: () => NOW });
    first = await generate(ctx, { ...OPTIONS, tenantCode: 'gen-a' });
  }, 120_000);

  it('writes a region whose records hold together', async () => {
    const t = first.tenantId;
    expect(first).toMatchObject({ desks: 2, from: '2027-02-23', to: '2027-03-16' });
    expect(first.contacts).toBeGreaterThan(50);
    expect(first.requests).toBeGreaterThanOrEqual(first.contacts);
    expect(await count(ctx, sql`select count(*) as n from contacts where tenant_id = ${t}`)).toBe(
      first.contacts,
    );
    expect(await count(ctx, sql`select count(*) as n from tickets where tenant_id = ${t}`)).toBe(
      first.tickets,
    );
    // Every contact has at least one request.
    const bare = sql<{
      n: number;
    }>`select count(*) as n from contacts c where c.tenant_id = ${t} and not exists
      (select 1 from contact_requests r where r.tenant_id = c.tenant_id and r.contact_id = c.id)`;
    expect(await count(ctx, bare)).toBe(0);
    // Every done ticket points at a walk-in contact of the same desk and day; no other ticket has one.
    const linked = sql<{ n: number }>`select count(*) as n from tickets k join contacts c
      on c.tenant_id = k.tenant_id and c.id = k.contact_id and c.desk_id = k.desk_id and c.channel = 'walk_in'
      where k.tenant_id = ${t} and k.status = 'done'`;
    const done = sql<{
      n: number;
    }>`select count(*) as n from tickets where tenant_id = ${t} and status = 'done'`;
    expect(await count(ctx, linked)).toBe(await count(ctx, done));
    const strays = sql<{ n: number }>`select count(*) as n from tickets
      where tenant_id = ${t} and status <> 'done' and contact_id is not null`;
    expect(await count(ctx, strays)).toBe(0);
    const walkIns = sql<{
      n: number;
    }>`select count(*) as n from contacts where tenant_id = ${t} and channel = 'walk_in'`;
    expect(await count(ctx, walkIns)).toBe(await count(ctx, done));
    // Joint contacts have operators of two organisations; the others of one.
    const mismatched = sql<{ n: number }>`select count(*) as n from contacts c where c.tenant_id = ${t} and
      (select count(distinct o.organisation_id) from contact_operators o
        where o.tenant_id = c.tenant_id and o.contact_id = c.id) <> c.is_joint + 1`;
    expect(await count(ctx, mismatched)).toBe(0);
    expect(
      await count(ctx, sql`select count(*) as n from contacts where tenant_id = ${t} and is_joint = 1`),
    ).toBeGreaterThan(0);
    // Inside the range, one contact per person per desk and day (IASS rule).
    const range = await sql<{ lo: string; hi: string }>`select min(date) as lo, max(date) as hi
      from contacts where tenant_id = ${t}`.execute(ctx.db);
    expect(range.rows[0]!.lo >= first.from && range.rows[0]!.hi <= first.to).toBe(true);
    const twice = sql<{ n: number }>`select count(*) as n from (select person_id from contacts
      where tenant_id = ${t} and person_id is not null group by desk_id, date, person_id having count(*) > 1) x`;
    expect(await count(ctx, twice)).toBe(0);
    // Presences of both organisations (two Comuni, one shared Consorzio), referrals of identified people only, feedback for some done tickets.
    const orgs = sql<{
      n: number;
    }>`select count(distinct organisation_id) as n from presences where tenant_id = ${t}`;
    expect(await count(ctx, orgs)).toBe(3);
    expect(first.referrals).toBeGreaterThan(0);
    const feedback = sql<{ n: number }>`select count(*) as n from feedback f join tickets k
      on k.tenant_id = f.tenant_id and k.id = f.ticket_id and k.status = 'done' where f.tenant_id = ${t}`;
    expect(await count(ctx, feedback)).toBeGreaterThan(0);
  });

  it('builds the rollups of every generated day and leaves nothing dirty', async () => {
    const t = first.tenantId;
    const days = sql<{ n: number }>`select count(*) as n from (select distinct desk_id, date from rollup_daily
      where tenant_id = ${t}) x`;
    const openingDays = sql<{
      n: number;
    }>`select count(*) as n from (select distinct desk_id, date from openings
      where tenant_id = ${t}) x`;
    expect(await count(ctx, days)).toBeGreaterThanOrEqual(await count(ctx, openingDays));
    expect(await count(ctx, sql`select count(*) as n from rollup_dirty where tenant_id = ${t}`)).toBe(0);
    expect(
      await count(ctx, sql`select count(*) as n from rollup_monthly where tenant_id = ${t}`),
    ).toBeGreaterThan(0);
    // The person sets of the whole span give the distinct people of its contacts.
    const { months, dayRanges } = splitByMonths(first.from, first.to);
    const persons = await distinctPersons(ctx, t, first.deskIds, months, dayRanges);
    const distinct = sql<{
      n: number;
    }>`select count(distinct person_id) as n from contacts where tenant_id = ${t}`;
    expect(persons).toBe(await count(ctx, distinct));
    expect(persons).toBeGreaterThan(0);
  });

  it('numbers every generated person as it writes them, once each', async () => {
    const t = first.tenantId;
    const people = sql<{ n: number }>`select count(*) as n from people where tenant_id = ${t}`;
    const numbered = sql<{ n: number }>`select count(distinct n.number) as n from people p
      join rollup_person_numbers n on n.tenant_id = p.tenant_id and n.person_id = p.id where p.tenant_id = ${t}`;
    expect(await count(ctx, people)).toBe(first.people);
    expect(await count(ctx, numbered)).toBe(first.people);
  });

  it('writes queued batches in order and reports a failed one at the next call', async () => {
    const t = first.tenantId;
    const desk = first.deskIds[0]!;
    const at = NOW.toISOString();
    const writer = await BulkWriter.for(ctx.db, ctx.dialect.engine);
    writer.add('rollup_dirty', t, desk, '2000-01-01', at);
    await writer.queue();
    // The same key twice in one batch: its transaction fails and writes nothing.
    writer.add('rollup_dirty', t, desk, '2000-01-02', at);
    writer.add('rollup_dirty', t, desk, '2000-01-02', at);
    await expect(writer.flush()).rejects.toThrow();
    const left = await ctx.db
      .selectFrom('rollup_dirty')
      .select('date')
      .where('tenant_id', '=', t)
      .where('date', '<', '2001-01-01')
      .execute();
    expect(left.map((r) => r.date)).toEqual(['2000-01-01']);
    await ctx.db.deleteFrom('rollup_dirty').where('tenant_id', '=', t).execute();
  });

  it('gives the same data for the same seed, and other data for another', async () => {
    const again = await generate(ctx, { ...OPTIONS, tenantCode: 'gen-b' });
    expect(again.tenantId).not.toBe(first.tenantId);
    expect(await fingerprint(ctx, again.tenantId)).toEqual(await fingerprint(ctx, first.tenantId));
    const other = await generate(ctx, { ...OPTIONS, tenantCode: 'gen-c', seed: 8 });
    expect(await fingerprint(ctx, other.tenantId)).not.toEqual(await fingerprint(ctx, first.tenantId));
  }, 120_000);
});
