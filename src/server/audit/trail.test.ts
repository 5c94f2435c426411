import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTenant, makeUser, type TestTenant, USER_PASSWORD } from '../../../test/factories';
import { Client, startTestApp, type TestApp } from '../../../test/helpers/app';
import { describeEngines, type TestDatabase } from '../../../test/helpers/engines';
import { inTransaction } from '../context';
import { createOrganisation } from '../modules/accounts/organisations.service';
import { recordAudit, verifyChain } from './trail';

/** What an intruder with database access could do: lift the append-only guard first. */
async function tamper(db: TestDatabase, statement: string) {
  const kysely = db.database.db;
  if (db.database.dialect.engine === 'sqlite') {
    await sql.raw('drop trigger audit_events_no_update').execute(kysely);
    await sql.raw('drop trigger audit_events_no_delete').execute(kysely);
    await sql.raw(statement).execute(kysely);
    await db.database.dialect.makeAppendOnly(kysely as never, 'audit_events');
  } else {
    await sql.raw('alter table audit_events disable trigger audit_events_append_only').execute(kysely);
    await sql.raw(statement).execute(kysely);
    await sql.raw('alter table audit_events enable trigger audit_events_append_only').execute(kysely);
  }
}

describeEngines('audit trail', (db) => {
  let t: TestApp;
  let tenant: TestTenant;
  beforeAll(async () => {
    t = await startTestApp(db());
    tenant = await makeTenant(t.ctx(), 'audit');
    for (const name of ['Ente A', 'Ente B', 'Ente C']) {
      await createOrganisation(t.ctx(tenant.admin), {
        name,
        kind: 'terzo_settore',
        taxCode: null,
        email: null,
        phone: null,
      });
    }
  });
  afterAll(() => t.close());

  it('records each change with actor, action, entity, request and changed field names', async () => {
    const { rows } = await sql<{
      actor_id: string;
      action: string;
      entity_type: string;
      changed_fields: string;
    }>`select actor_id, action, entity_type, changed_fields from audit_events where tenant_id = ${tenant.tenantId} and action = 'organisation.created' order by seq desc limit 1`.execute(
      db().database.db,
    );
    expect(rows[0]).toMatchObject({ actor_id: tenant.admin.userId, entity_type: 'organisation' });
    expect(JSON.parse(rows[0]!.changed_fields)).toContain('name');
  });

  it('writes nothing when the change it records is rolled back', async () => {
    const before = (await verifyChain(t.ctx(), tenant.tenantId)).checked;
    await expect(
      inTransaction(t.ctx(tenant.admin), async (tx) => {
        await recordAudit(tx, { action: 'user.viewed', entityType: 'user' });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    const after = await verifyChain(t.ctx(), tenant.tenantId);
    expect(after).toMatchObject({ ok: true, checked: before });
  });

  it('refuses to record outside a transaction', async () => {
    await expect(
      recordAudit(t.ctx(tenant.admin), { action: 'user.viewed', entityType: 'user' }),
    ).rejects.toThrow(/inside the transaction/);
  });

  it('keeps one unbroken chain under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createOrganisation(t.ctx(tenant.admin), {
          name: `Parallelo ${i}`,
          kind: 'altro',
          taxCode: null,
          email: null,
          phone: null,
        }),
      ),
    );
    const result = await verifyChain(t.ctx(), tenant.tenantId);
    expect(result.ok).toBe(true);
  });

  it('lets privacy officers read and filter the trail, and records that reading', async () => {
    const { username } = await makeUser(t.ctx(), tenant, {
      roles: ['privacy_officer'],
      organisationId: tenant.organisations.consorzio,
    });
    const client = new Client(t.app);
    await client.signIn(username, USER_PASSWORD);
    const page = (await client.get('/api/audit/events?action=organisation.created&limit=2')).json();
    expect(page.events).toHaveLength(2);
    expect(page.events[0]).toMatchObject({
      action: 'organisation.created',
      actorName: 'Ada Amministratrice',
    });
    expect(page.events[0].seq).toBeGreaterThan(page.events[1].seq);
    const next = (
      await client.get(`/api/audit/events?action=organisation.created&limit=2&before=${page.nextBefore}`)
    ).json();
    expect(next.events[0].seq).toBeLessThan(page.events[1].seq);
    const reads = (await client.get('/api/audit/events?action=audit.read')).json();
    expect(reads.events.length).toBeGreaterThanOrEqual(2);
    const today = t.clock.now().toISOString().slice(0, 10);
    expect(
      (await client.get(`/api/audit/events?from=${today}&to=${today}`)).json().events.length,
    ).toBeGreaterThan(0);
    expect((await client.get('/api/audit/events?from=2001-01-01&to=2001-01-02')).json().events).toEqual([]);
    expect((await client.post('/api/audit/verify')).json()).toMatchObject({ ok: true, brokenAt: null });
    const unknown = await client.get('/api/audit/events?action=user.hacked');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields[0].field).toBe('action');
  });

  it('verify reports the first broken link after an event is edited', async () => {
    expect((await verifyChain(t.ctx(), tenant.tenantId)).ok).toBe(true);
    await tamper(
      db(),
      `update audit_events set action = 'organisation.viewed' where tenant_id = '${tenant.tenantId}' and seq = 5`,
    );
    expect(await verifyChain(t.ctx(), tenant.tenantId)).toMatchObject({
      ok: false,
      brokenAt: 5,
      reason: 'hash_mismatch',
      checked: 4,
    });
  });
});

describeEngines('audit trail deletions', (db) => {
  let t: TestApp;
  let tenant: TestTenant;
  beforeAll(async () => {
    t = await startTestApp(db());
    tenant = await makeTenant(t.ctx(), 'deletions');
  });
  afterAll(() => t.close());

  it('verify reports a deleted event in the middle and at the end of the chain', async () => {
    const total = (await verifyChain(t.ctx(), tenant.tenantId)).checked;
    expect(total).toBeGreaterThan(5);
    await tamper(db(), `delete from audit_events where tenant_id = '${tenant.tenantId}' and seq = ${total}`);
    expect(await verifyChain(t.ctx(), tenant.tenantId)).toMatchObject({
      ok: false,
      reason: 'head_mismatch',
      brokenAt: total,
    });
    await tamper(db(), `delete from audit_events where tenant_id = '${tenant.tenantId}' and seq = 3`);
    expect(await verifyChain(t.ctx(), tenant.tenantId)).toMatchObject({
      ok: false,
      reason: 'missing_event',
      brokenAt: 3,
    });
  });
});
