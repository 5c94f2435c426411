import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTenant, makeUser, type TestTenant, USER_PASSWORD } from '../../../../test/factories';
import { Client, startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import type { DirectoryImportResult } from '../../../shared/schemas/directory';
import { exportDocuments } from './directory-export';
import { importDocuments, parseCsvDocuments, parseJsonDocuments } from './directory-import';
import type { HsdsObject } from './hsds';
import { toDatapackage } from './hsds-csv';
import { checkServiceDocument, HSDS_DIR } from './hsds-schema';

const csvExample = (file: string) => {
  const full = path.join(HSDS_DIR, 'examples/csv', file);
  return existsSync(full) ? readFileSync(full, 'utf8') : null;
};
const example = (name: string) => readFileSync(path.join(HSDS_DIR, 'examples', name), 'utf8');

/** Every field of `expected` is in `actual` with the same value (arrays: item by item, in order). */
function expectContains(actual: unknown, expected: unknown, at = '') {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), at).toBe(true);
    expect((actual as unknown[]).length, at).toBe(expected.length);
    for (const [i, item] of expected.entries()) expectContains((actual as unknown[])[i], item, `${at}[${i}]`);
  } else if (typeof expected === 'object' && expected !== null) {
    expect(typeof actual, at).toBe('object');
    for (const [key, value] of Object.entries(expected))
      expectContains((actual as HsdsObject)[key], value, `${at}.${key}`);
  } else expect(actual, at).toEqual(expected);
}

describeEngines('HSDS import and export', (db, engine) => {
  let t: TestApp;
  let tenant: TestTenant;
  let admin: Client;
  let coordinator: Client;
  const count = async (table: 'directory_services' | 'organisations' | 'directory_phones') =>
    (
      await t
        .ctx()
        .db.selectFrom(table)
        .select('tenant_id')
        .where('tenant_id', '=', tenant.tenantId)
        .execute()
    ).length;
  const upload = async (client: Client, content: string, dryRun: boolean): Promise<DirectoryImportResult> => {
    const response = await client.post('/api/directory/import', { format: 'json', content, dryRun });
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    t = await startTestApp(db());
    tenant = await makeTenant(t.ctx(), `hsds-${engine}`);
    const a = await makeUser(t.ctx(), tenant, { roles: ['admin'] });
    const c = await makeUser(t.ctx(), tenant, {
      roles: ['coordinator'],
      organisationId: tenant.organisations.asl,
    });
    admin = new Client(t.app);
    await admin.signIn(a.username, USER_PASSWORD);
    coordinator = new Client(t.app);
    await coordinator.signIn(c.username, USER_PASSWORD);
  }, 30_000);
  afterAll(() => t.close());

  it('reports every problem of every service with its place and writes nothing, even when asked to', async () => {
    const good = JSON.parse(example('service_full.json')) as HsdsObject;
    const broken = [
      { ...good, status: 'chiuso', minimum_age: 'dodici' },
      { id: 'non-un-uuid', name: 'Senza stato' },
      {
        ...good,
        id: '0b8a4ad2-3c61-4d6b-9a4e-7f5b0a9d1c11',
        organization_id: undefined,
        organization: undefined,
      },
    ];
    const services = await count('directory_services');
    for (const dryRun of [true, false]) {
      const result = await upload(admin, JSON.stringify(broken), dryRun);
      expect(result).toMatchObject({ ok: false, dryRun, services: 3, created: 0, updated: 0 });
      expect(result.errors.map((e) => [e.index, e.field, e.message])).toEqual([
        [0, 'status', expect.stringContaining('Valore non ammesso')],
        [0, 'minimum_age', 'Tipo di valore errato (atteso: number)'],
        [1, 'status', 'Campo obbligatorio mancante'],
        [1, 'id', 'Formato non valido (uuid)'],
        [2, 'organization_id', "Manca l'ente del servizio (organization_id o organization)"],
      ]);
    }
    expect(await count('directory_services')).toBe(services);
    const notJson = await upload(admin, '{"id": ', true);
    expect(notJson.errors).toEqual([
      { file: null, line: null, index: null, field: null, message: 'Il file non è un JSON valido' },
    ]);
  });

  it('compares documents strictly enough to notice a lost or changed field', () => {
    expect(() => expectContains({ a: 1, b: [{ c: 'x' }] }, { a: 1, b: [{ c: 'x' }] })).not.toThrow();
    expect(() => expectContains({ a: 1 }, { a: 1, lost: 'y' })).toThrow();
    expect(() => expectContains({ b: [{ c: 'x' }] }, { b: [{ c: 'z' }] })).toThrow();
    expect(() => expectContains({ b: [] }, { b: [{ c: 'x' }] })).toThrow();
  });

  it('imports the official examples without loss; the export gives back every field and validates', async () => {
    const full = JSON.parse(example('service_full.json')) as HsdsObject;
    const list = (JSON.parse(example('service_list.json')) as { contents: HsdsObject[] }).contents;
    const preview = await upload(admin, example('service_full.json'), true);
    expect(preview).toMatchObject({ ok: true, dryRun: true, created: 1, organisationsCreated: 1 });
    expect(await count('directory_services')).toBe(0);

    const imported = await upload(admin, example('service_full.json'), false);
    expect(imported).toMatchObject({ ok: true, created: 1, updated: 0, organisationsCreated: 1 });
    const again = await upload(admin, example('service_list.json'), false);
    expect(again).toMatchObject({ ok: true, services: list.length });
    expect(await count('directory_services')).toBe(new Set([full.id, ...list.map((s) => s.id)]).size);

    const exported = await exportDocuments(t.ctx(), tenant.tenantId);
    for (const document of exported) expect(checkServiceDocument(document)).toEqual([]);
    const byId = new Map(exported.map((d) => [d.id, d]));
    // service_list.json repeats the full example: its last import is what the export gives back.
    const last = new Map([full, ...list].map((s) => [s.id, s]));
    for (const [id, source] of last) expectContains(byId.get(id), source, String(id));

    const response = await admin.get('/api/directory/export?format=json');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    expect(response.json()).toEqual(exported);
  });

  it('finds imported services and keeps edits: a second import updates, never duplicates', async () => {
    const found = await admin.get('/api/directory/services?q=counsel');
    expect(found.json().services.map((s: { name: string }) => s.name)).toContain('Community Counselling');
    const services = await count('directory_services');
    const second = await upload(admin, example('service_full.json'), false);
    expect(second).toMatchObject({ ok: true, created: 0, updated: 1, organisationsCreated: 0 });
    expect(await count('directory_services')).toBe(services);
  });

  it("refuses a coordinator's import of another organisation's services", async () => {
    const result = await upload(coordinator, example('service_full.json'), true);
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatchObject({ index: 0, field: 'organization_id' });
    const english = await importDocuments(
      t.ctx(),
      tenant.tenantId,
      parseJsonDocuments('[{"id": "x"}]'),
      true,
      'en',
    );
    expect(english.errors.map((e) => e.message)).toContain('Required field missing');
  });

  it('reads the official CSV datapackage, and its own CSV export back into another tenant without loss', async () => {
    const other = await makeTenant(t.ctx(), `hsds-csv-${engine}`);
    const official = await importDocuments(
      t.ctx(),
      other.tenantId,
      parseCsvDocuments(csvExample),
      false,
      'it',
    );
    expect(official).toMatchObject({ ok: true, services: 1, created: 1 });
    const [counselling] = await exportDocuments(t.ctx(), other.tenantId);
    expect(counselling).toMatchObject({
      name: 'Community Counselling',
      phones: [{ number: '"+44 1234 234567"' }],
    });

    const original = await exportDocuments(t.ctx(), tenant.tenantId);
    const files = new Map(toDatapackage(original).map((f) => [f.path, f.text]));
    expect(
      JSON.parse(files.get('datapackage.json')!).resources.map((r: { path: string }) => r.path),
    ).toContain('services.csv');
    const third = await makeTenant(t.ctx(), `hsds-csv3-${engine}`);
    const read = parseCsvDocuments((file) => files.get(file) ?? null);
    expect(await importDocuments(t.ctx(), third.tenantId, read, false, 'it')).toMatchObject({
      ok: true,
      created: original.length,
    });
    const back = new Map((await exportDocuments(t.ctx(), third.tenantId)).map((d) => [d.id, d]));
    for (const document of original) expectContains(back.get(document.id), document, String(document.id));
  });

  it('reports CSV problems with their file and line', async () => {
    const files = new Map([['services.csv', 'id,name,status\nnon-un-uuid,Servizio,attivo\n']]);
    const result = await importDocuments(
      t.ctx(),
      tenant.tenantId,
      parseCsvDocuments((f) => files.get(f) ?? null),
      true,
      'it',
    );
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => [e.file, e.line, e.field])).toEqual([
      ['services.csv', 2, 'id'],
      ['services.csv', 2, 'status'],
    ]);
    const missing = await importDocuments(
      t.ctx(),
      tenant.tenantId,
      parseCsvDocuments(() => null),
      true,
      'it',
    );
    expect(missing.errors[0]).toMatchObject({
      file: 'services.csv',
      message: 'File mancante nel pacchetto: services.csv',
    });
  });
});
