import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTenant, makeUser, type TestTenant, USER_PASSWORD } from '../../../../test/factories';
import { Client, startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import type { CareImportResult } from '../../../shared/schemas/people';
import { inTransaction } from '../../context';
import { createPersonRecord } from '../contacts/people.service';
import { importCareFromConsole, importCareRelationsAs } from './care-import';

const HEADER =
  'id_esterno,codice_fiscale,cognome,nome,data_nascita,ente,servizio,operatore,recapito_operatore,dal,al';
const MARIO_CF = 'RSSMRA50C02B791E'; // Mario Rossi, born 2 March 1950 in Carmagnola
const LUIGI_CF = 'BNCLGU45A01L219N'; // born 1 January 1945 in Turin
const NEW_CF = 'NREFNC70E15Z330T'; // born 15 May 1970 in Morocco
const CONSORZIO_TAX_CODE = '94512340011';

const csv = (...lines: string[]) => `${[HEADER, ...lines].join('\n')}\n`;

/** Three rows: Mario by codice fiscale, Giuseppina by name and birth date, a new person; one without id_esterno. */
const CLEAN = csv(
  `S-1,${MARIO_CF},Rossi,Mario,,Consorzio CISA 31,Servizio sociale,Anna Assistente,ANNA@cisa31.example.it,2026-03-01,`,
  `S-2,,Verdi,Giuseppina,01/08/1960,${CONSORZIO_TAX_CODE},Assistenza domiciliare,Anna Assistente,011 555 1234,01/09/2025,`,
  `,${NEW_CF},Nero,Francesco,,asl to5,Centro di salute mentale,Dott. Bruno,,2026-11-15,2027-06-30`,
);

describeEngines('care registry import', (db, engine) => {
  let t: TestApp;
  let tenant: TestTenant;
  let coordinator: Client;
  let workerId: string;

  const person = (
    givenName: string,
    familyName: string,
    codiceFiscale: string | null,
    birthDate: string | null,
  ) =>
    inTransaction(t.ctx(), (tx) =>
      createPersonRecord(
        tx,
        tenant.tenantId,
        {
          givenName,
          familyName,
          codiceFiscale,
          birthDate,
          sex: 'unknown',
          birthPlace: null,
          phone: null,
          email: null,
          municipalityId: null,
          citizenshipGroup: 'unknown',
        },
        'desk',
      ),
    );
  const count = async (table: 'care_relations' | 'people') =>
    (await t.ctx().db.selectFrom(table).select('id').where('tenant_id', '=', tenant.tenantId).execute())
      .length;
  const upload = async (text: string, dryRun: boolean): Promise<CareImportResult> => {
    const response = await coordinator.post('/api/care-relations/import', { csv: text, dryRun });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const relations = () =>
    t
      .ctx()
      .db.selectFrom('care_relations')
      .selectAll()
      .where('tenant_id', '=', tenant.tenantId)
      .orderBy('start_date')
      .execute();

  beforeAll(async () => {
    t = await startTestApp(db());
    tenant = await makeTenant(t.ctx(), `careimp-${engine}`);
    const c = await makeUser(t.ctx(), tenant, { roles: ['coordinator'] });
    const w = await makeUser(t.ctx(), tenant, { roles: ['service_worker'] });
    workerId = w.user.id;
    const ctx = t.ctx();
    await ctx.db
      .updateTable('users')
      .set({ email: 'anna@cisa31.example.it' })
      .where('id', '=', workerId)
      .execute();
    await ctx.db
      .updateTable('organisations')
      .set({ tax_code: CONSORZIO_TAX_CODE })
      .where('id', '=', tenant.organisations.consorzio)
      .execute();
    coordinator = new Client(t.app);
    await coordinator.signIn(c.username, USER_PASSWORD);
    await person('Mario', 'Rossi', MARIO_CF, null);
    await person('Giuseppina', 'Verdi', null, '1960-08-01');
  });
  afterAll(() => t.close());

  it('reports every problem of every row with its line, and saves nothing even when asked to', async () => {
    const text = csv(
      `A1,RSSMRA50C02B791X,Rossi,Mario,,Consorzio CISA 31,SSP,Anna,,2026-01-01,`,
      `A2,,Bianchi,Luigi,,Consorzio CISA 31,SSP,Anna,,2026-01-01,`,
      '',
      `A3,,Verdi,,01/08/1960,Ente Fantasma,SSP,Anna,,2026-01-01,`,
      `A4,,Neri,Carla,31/02/1960,Consorzio CISA 31,,Anna,,2026-01-01,2025-12-31`,
      `A5,${LUIGI_CF},Bianchi,Luigi,1945-01-02,Consorzio CISA 31,SSP,Anna,,2026-01-01,`,
      `A6,,Gialli,Rosa,1980-01-01,Consorzio CISA 31,SSP,Anna,,2026-01-01,`,
      `A6,,Gialli,Rosa,1980-01-01,Consorzio CISA 31,SSP,Anna,,2026-01-01,`,
      `A7,,Blu,Rita,2030-01-01,Consorzio CISA 31,SSP,${'x'.repeat(121)},,ieri,`,
      `A8,Rossi,Mario`,
    );
    const people = await count('people');
    for (const dryRun of [true, false]) {
      const result = await upload(text, dryRun);
      expect(result).toMatchObject({ dryRun, ok: false, rows: 9, created: 0, updated: 0, unchanged: 0 });
      expect(result.errors).toEqual([
        { line: 2, field: 'codice_fiscale', message: expect.stringContaining('carattere di controllo') },
        { line: 3, field: 'codice_fiscale', message: 'Indica il codice fiscale o la data di nascita' },
        { line: 5, field: 'nome', message: 'Campo obbligatorio' },
        { line: 5, field: 'ente', message: 'Ente sconosciuto' },
        { line: 6, field: 'data_nascita', message: 'Data non valida (AAAA-MM-GG o GG/MM/AAAA)' },
        { line: 6, field: 'servizio', message: 'Campo obbligatorio' },
        { line: 6, field: 'al', message: "La fine non può precedere l'inizio" },
        {
          line: 7,
          field: 'data_nascita',
          message: 'La data di nascita o il sesso non corrispondono al codice fiscale',
        },
        { line: 9, field: 'id_esterno', message: 'Lo stesso id_esterno compare più volte per questo ente' },
        { line: 10, field: 'data_nascita', message: 'La data non può essere nel futuro' },
        { line: 10, field: 'operatore', message: 'Testo troppo lungo' },
        { line: 10, field: 'dal', message: 'Data non valida (AAAA-MM-GG o GG/MM/AAAA)' },
        { line: 11, field: null, message: expect.stringContaining("colonne dell'intestazione") },
      ]);
    }
    expect(await count('care_relations')).toBe(0);
    expect(await count('people')).toBe(people);
  });

  it('checks the header: unknown, repeated and missing columns', async () => {
    const result = await upload(
      'id_esterno,codice fiscale,cognome,cognome,nome,ente,servizio,operatore\nX,Y,Z,Z,W,V,U,T\n',
      true,
    );
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [1, 'codice fiscale', 'Colonna sconosciuta'],
      [1, 'cognome', 'Colonna ripetuta'],
      [1, 'dal', 'Colonna obbligatoria mancante'],
      [1, 'codice_fiscale', 'Colonna obbligatoria mancante'],
    ]);
    expect((await upload(`${HEADER}\n`, true)).errors).toEqual([
      { line: 2, field: null, message: 'Il file non contiene righe da importare' },
    ]);
    expect((await upload(`${HEADER}\n"S-1,x\n`, true)).errors[0]).toMatchObject({ field: null });
    const empty = await coordinator.post('/api/care-relations/import', { csv: '', dryRun: true });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields).toEqual([{ field: 'csv', message: 'Campo obbligatorio' }]);
  });

  it('words problems in the language asked for', async () => {
    const result = await importCareRelationsAs(
      t.ctx(),
      tenant.tenantId,
      { csv: csv('A1,,Rossi,Mario,,Consorzio CISA 31,SSP,Anna,,2026-01-01,'), dryRun: true },
      'en',
    );
    expect(result.errors).toEqual([
      { line: 2, field: 'codice_fiscale', message: 'Give the codice fiscale or the date of birth' },
    ]);
  });

  it('previews a clean file without writing, then imports it in one go', async () => {
    const people = await count('people');
    const preview = await upload(CLEAN, true);
    expect(preview).toEqual({
      dryRun: true,
      ok: true,
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      peopleCreated: 1,
      errors: [],
    });
    expect(await count('care_relations')).toBe(0);
    expect(await count('people')).toBe(people);

    const imported = await upload(CLEAN, false);
    expect(imported).toMatchObject({ dryRun: false, ok: true, created: 3, peopleCreated: 1 });
    expect(await count('people')).toBe(people + 1);
    const [verdi, mario, nero] = await relations();
    expect(mario).toMatchObject({
      external_ref: 'S-1',
      organisation_id: tenant.organisations.consorzio,
      case_worker_user_id: workerId,
      source: 'import',
      end_date: null,
    });
    expect(verdi).toMatchObject({ external_ref: 'S-2', start_date: '2025-09-01', case_worker_user_id: null });
    expect(nero).toMatchObject({
      external_ref: null,
      organisation_id: tenant.organisations.asl,
      end_date: '2027-06-30',
    });
    const created = await t
      .ctx()
      .db.selectFrom('people')
      .selectAll()
      .where('id', '=', nero!.person_id)
      .executeTakeFirstOrThrow();
    expect(created).toMatchObject({
      family_name: 'Nero',
      codice_fiscale: NEW_CF,
      birth_date: '1970-05-15',
      sex: 'male',
      source: 'care_import',
    });
    const byHand = (await coordinator.get(`/api/care-relations?personId=${mario!.person_id}`)).json()
      .relations;
    expect(byHand).toMatchObject([{ personName: 'Mario Rossi', active: true }]);
    const audit = await t
      .ctx()
      .db.selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('tenant_id', '=', tenant.tenantId)
      .where('action', '=', 'care.imported')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('recognises a re-imported file: unchanged rows stay, changed ones are updated', async () => {
    expect(await upload(CLEAN, false)).toMatchObject({
      ok: true,
      created: 0,
      updated: 0,
      unchanged: 3,
      peopleCreated: 0,
    });
    const changed = CLEAN.replace(
      'ANNA@cisa31.example.it,2026-03-01,',
      'ANNA@cisa31.example.it,2026-03-01,2026-12-31',
    );
    expect(await upload(changed, false)).toMatchObject({ ok: true, created: 0, updated: 1, unchanged: 2 });
    const mario = (await relations()).find((r) => r.external_ref === 'S-1')!;
    expect(mario).toMatchObject({ end_date: '2026-12-31', version: 2 });
    expect(await count('care_relations')).toBe(3);
  });

  it('reads a semicolon file with a BOM, Windows line ends and quoted values', async () => {
    const text =
      '\uFEFFid_esterno;codice_fiscale;cognome;nome;data_nascita;ente;servizio;operatore;recapito_operatore;dal;al\r\n' +
      'S-10;;"D\'Angelo";Rosa;15/04/1938;Comune di Carmagnola;"Assistenza; domiciliare";"Piero\r\nSecondo";;2026-10-01;\r\n' +
      'S-11;;Bassi;Lia;1939-13-01;Comune di Carmagnola;SAD;Piero;;2026-10-01;\r\n';
    const checked = await upload(text, true);
    expect(checked.errors).toEqual([
      { line: 4, field: 'data_nascita', message: expect.stringContaining('Data non valida') },
    ]);
    const fixed = await upload(text.replace('1939-13-01', '1939-12-01'), false);
    expect(fixed).toMatchObject({ ok: true, rows: 2, created: 2, peopleCreated: 2 });
    const rosa = (await relations()).find((r) => r.external_ref === 'S-10')!;
    expect(rosa).toMatchObject({
      service_name: 'Assistenza; domiciliare',
      case_worker_name: 'Piero\nSecondo',
    });
  });

  it('asks for the codice fiscale when name and birth date match several people', async () => {
    await person('Carla', 'Neri', null, '1955-05-05');
    await person('Carla', 'Neri', null, '1955-05-05');
    const result = await upload(
      csv('N-1,,Neri,Carla,1955-05-05,ASL TO5,SERD,Dott. Bruno,,2026-01-01,'),
      true,
    );
    expect(result.errors).toEqual([
      { line: 2, field: 'cognome', message: expect.stringContaining('indica il codice fiscale') },
    ]);
  });

  it('runs from the console as the machine operator, exiting 1 when the file has problems', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'care-import-'));
    try {
      const bad = path.join(dir, 'bad.csv');
      const good = path.join(dir, 'good.csv');
      writeFileSync(bad, csv('C-1,,Rossi,Mario,,Consorzio CISA 31,SSP,Anna,,2026-01-01,'));
      writeFileSync(good, csv(`C-2,${LUIGI_CF},Bianchi,Luigi,,Consorzio CISA 31,SSP,Anna,,2026-01-01,`));
      const code = `careimp-${engine}`;
      const failed = await sportello(db().env, ['care', 'import', bad, '--tenant', code]);
      expect(failed.code).toBe(1);
      expect(failed.out).toContain('line 2, codice_fiscale: Give the codice fiscale or the date of birth');
      expect(failed.out).toContain('nothing was imported');
      const dry = await sportello(db().env, ['care', 'import', good, '--dry-run', '--tenant', code]);
      expect(dry.code).toBe(0);
      expect(dry.out).toContain('1 rows: 1 new care relations');
      expect(dry.out).toContain('Dry run');
      expect((await relations()).some((r) => r.external_ref === 'C-2')).toBe(false);
      const done = await sportello(db().env, ['care', 'import', good, '--tenant', code]);
      expect(done.code).toBe(0);
      expect((await relations()).find((r) => r.external_ref === 'C-2')?.created_by).toBeNull();
      expect((await sportello(db().env, ['care', 'import', good, '--tenant', 'nowhere'])).code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await importCareFromConsole(t.ctx(), 'nowhere', { csv: CLEAN, dryRun: true }, 'it')).toBeNull();
  });
});

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../../..');

async function sportello(env: Record<string, string | undefined>, args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli.ts', ...args],
      {
        cwd: ROOT,
        env: { ...process.env, ...env, LANG: 'en_GB.UTF-8' },
      },
    );
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}
