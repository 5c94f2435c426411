import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeDesk } from '../../../../test/factories';
import type { Client } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import { INDICATORS } from '../../../shared/indicators';
import { IndicatorQuery, type IndicatorReport } from '../../../shared/schemas/indicators';
import { newId } from '../../ids';
import { makePerson, makeWorld, type ReferralWorld, recordContact } from '../referrals/referrals.fixture';
import { dropOldExportFiles } from './exports.service';
import { buildReport, reportScope } from './indicators.service';

const QUERY = { from: '2027-01-01', to: '2027-01-31' };
const BOM = '\uFEFF';

describeEngines('exports: indicators, the pseudonymised dataset, the report', (db) => {
  let w: ReferralWorld;
  let query: { from: string; to: string; deskId: string };
  let report: IndicatorReport;

  beforeAll(async () => {
    w = await makeWorld(db(), 'exports');
    query = { ...QUERY, deskId: w.desk.id };
    const mario = await makePerson(w, true);
    const lucia = await makePerson(w, false);
    await recordContact(w, mario);
    await recordContact(w, lucia, [
      { areaCode: 'family_minors', categoryCode: 'childcare_school' },
      { areaCode: 'family_minors', categoryCode: 'childcare_school' },
    ]);
    await recordContact(w, null);
    const ctx = w.t.ctx(w.coordinator.actor);
    report = await buildReport(ctx, await reportScope(ctx, w.desk.id, 'it'), IndicatorQuery.parse(query));
  });
  afterAll(() => w.t.close());

  const value = (id: string) => report.values.find((v) => v.id === id)?.value;

  /** Ask for an export and wait until the runner has made it (or failed). */
  async function exported(body: Record<string, unknown>, client: Client = w.coordinator.client) {
    const asked = await client.post('/api/exports', { query, ...body });
    expect(asked.statusCode, asked.body).toBe(202);
    expect(asked.json().status).toBe('queued');
    const job = await finished(asked.json().id, client);
    expect(job.status, job.error).toBe('done');
    const file = await client.get(`/api/exports/${job.id}/file`);
    expect(file.statusCode).toBe(200);
    return { job, file };
  }

  async function finished(id: string, client: Client = w.coordinator.client) {
    for (let i = 0; i < 400; i++) {
      const job = (await client.get(`/api/exports/${id}`)).json();
      if (job.status === 'done' || job.status === 'failed') return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('export still running');
  }

  const csvRows = (text: string, sep: string) =>
    text
      .replace(BOM, '')
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(sep));

  it('writes the indicators as CSV with a BOM, semicolons by default, Italian headers and "<5" for small counts', async () => {
    expect(value('contacts')).toBe(3);
    const { job, file } = await exported({ kind: 'indicators', format: 'csv' });
    expect(file.headers['content-type']).toContain('text/csv');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename=".*\.csv"$/);
    expect(job).toMatchObject({
      progress: 100,
      suppress: true,
      from: QUERY.from,
      to: QUERY.to,
      deskName: w.desk.name,
    });
    expect(file.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = csvRows(file.body, ';');
    expect(rows[0]).toEqual([
      'Gruppo',
      'Sezione',
      'Chiave',
      'Voce',
      'Valore',
      'Periodo precedente',
      'Obiettivo',
      'Raggiunto',
      'Quota (%)',
      'Tasso',
    ]);
    const contacts = rows.find((r) => r[1] === 'indicator' && r[2] === 'contacts');
    expect(contacts?.[4]).toBe('<5');
    // Every indicator and every table row is there.
    expect(rows.filter((r) => r[1] === 'indicator')).toHaveLength(INDICATORS.length);
    const tableRows = report.tables.reduce((n, t) => n + t.rows.length, 0);
    expect(rows.length).toBe(1 + INDICATORS.length + tableRows);
    // A suppressed table row hides its share too.
    const area = rows.find((r) => r[1] === 'by_area' && r[2] === 'family_minors');
    expect(area?.[4]).toBe('<5');
    expect(area?.[8]).toBe('<5');
  });

  it('shows the numbers with commas when suppression is switched off, and records that it was', async () => {
    const { job, file } = await exported({
      kind: 'indicators',
      format: 'csv',
      separator: 'comma',
      suppress: false,
    });
    expect(job.suppress).toBe(false);
    const rows = csvRows(file.body, ',');
    expect(rows.find((r) => r[2] === 'contacts')?.[4]).toBe('3');
    expect(rows.find((r) => r[2] === 'requests')?.[4]).toBe(String(value('requests')));
    const share = rows.find((r) => r[2] === 'joint_assessment_rate')?.[4];
    expect(share === '' || /^\d+(\.\d)?$/.test(share ?? 'x')).toBe(true);
    const audit = await w.t
      .ctx()
      .db.selectFrom('audit_events')
      .select(['action', 'changed_fields', 'actor_id'])
      .where('tenant_id', '=', w.tenant.tenantId)
      .where('entity_id', '=', job.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['export.requested', 'export.downloaded']);
    expect(JSON.parse(audit[0]?.changed_fields ?? '[]')).toEqual([
      'format:csv',
      'kind:indicators',
      'suppress:off',
    ]);
    expect(audit.every((a) => a.actor_id === w.coordinator.id)).toBe(true);
  });

  it('writes an XLSX that reads back with the report’s numbers, a sheet per group and the definitions', async () => {
    const { file } = await exported({ kind: 'indicators', format: 'xlsx', suppress: false });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const names = book.worksheets.map((s) => s.name);
    expect(names).toEqual([
      'Copertina',
      'Volumi',
      'Tipi di domanda',
      'Funzionamento dello sportello',
      'Esiti',
      'Invii e rimpalli',
      'Soddisfazione',
      'Definizioni',
    ]);
    const cells = new Map<string, unknown>();
    for (const sheet of book.worksheets.slice(1, -1))
      sheet.eachRow((row) => {
        const id = row.getCell(1).value;
        if (typeof id === 'string' && INDICATORS.some((i) => i.id === id))
          cells.set(id, row.getCell(4).value);
      });
    for (const v of report.values) expect(cells.get(v.id) ?? null, v.id).toEqual(v.value);
    const definitions = book.getWorksheet('Definizioni');
    const ids: unknown[] = [];
    definitions?.eachRow((row, n) => {
      if (n > 1) ids.push(row.getCell(1).value);
    });
    expect(ids).toEqual(INDICATORS.map((i) => i.id));
    expect(String(definitions?.getRow(2).getCell(5).value)).not.toBe('');
  });

  it('exports a pseudonymised dataset: no names, birth dates or notes; stable pseudonyms under one key', async () => {
    const key = { kind: 'dataset', format: 'csv', separator: 'comma', pseudonymKey: 'chiave-di-prova-lunga' };
    const first = (await exported(key)).file.body;
    const again = (await exported(key)).file.body;
    const other = (await exported({ ...key, pseudonymKey: 'un-altra-chiave-lunga' })).file.body;
    const random = (await exported({ ...key, pseudonymKey: null })).file.body;
    for (const text of [first, other, random]) {
      for (const secret of ['Bianchi', 'Persona', '1980-05-04', '333 000', '@example.it', 'Nota'])
        expect(text).not.toContain(secret);
    }
    const rows = csvRows(first, ',');
    expect(rows[0]?.slice(0, 3)).toEqual(['contact_pseudonym', 'person_pseudonym', 'date']);
    expect(rows).toHaveLength(1 + (value('requests') as number));
    expect(rows[1]?.[0]).toMatch(/^[0-9a-f]{16}$/);
    expect(rows.some((r) => r[1] === '')).toBe(true); // the anonymous contact
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(csvRows(other, ',')[1]?.[2]).toBe(rows[1]?.[2]);
    expect(random).not.toBe(first);
    const audit = await w.t
      .ctx()
      .db.selectFrom('audit_events')
      .select('changed_fields')
      .where('action', '=', 'export.requested')
      .execute();
    expect(JSON.stringify(audit)).not.toContain('chiave');
  });

  it('writes the dataset as XLSX too', async () => {
    const { file } = await exported({ kind: 'dataset', format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('contact_pseudonym');
    expect(sheet?.actualRowCount).toBe(1 + (value('requests') as number));
  });

  it('makes the joint evaluation report as a PDF', async () => {
    const { file } = await exported({ kind: 'report', format: 'pdf' });
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('keeps the export log of who exported what, and lets only coordinators in', async () => {
    const log = (await w.coordinator.client.get('/api/exports')).json().exports;
    expect(log.length).toBeGreaterThanOrEqual(8);
    expect(log[0]).toMatchObject({
      kind: 'report',
      format: 'pdf',
      status: 'done',
      createdByName: expect.any(String),
    });
    expect(log.some((j: { suppress: boolean }) => !j.suppress)).toBe(true);
    expect(
      (await w.giulia.client.post('/api/exports', { kind: 'indicators', format: 'csv', query })).statusCode,
    ).toBe(403);
    expect((await w.giulia.client.get('/api/exports')).statusCode).toBe(403);
    expect((await w.giulia.client.get(`/api/exports/${log[0].id}/file`)).statusCode).toBe(403);
    const wrong = await w.coordinator.client.post('/api/exports', { kind: 'report', format: 'csv', query });
    expect(wrong.json().fields[0].field).toBe('format');
  });

  it('ends a job that cannot be made as failed, with a sentence and no stack', async () => {
    const aslDesk = await makeDesk(w.t.ctx(), w.tenant, { organisationIds: [w.tenant.organisations.asl] });
    const id = newId();
    await w.t
      .ctx()
      .db.insertInto('exports')
      .values({
        tenant_id: w.tenant.tenantId,
        id,
        kind: 'indicators',
        format: 'csv',
        status: 'queued',
        progress: 0,
        suppress: 1,
        params: JSON.stringify({
          query: { ...QUERY, deskId: aslDesk.id, compare: true },
          separator: 'comma',
          lang: 'it',
          keyed: false,
        }),
        desk_id: aslDesk.id,
        file_name: null,
        content_type: null,
        file: null,
        error: null,
        created_by: w.coordinator.id,
        created_at: new Date().toISOString(),
        finished_at: null,
      })
      .execute();
    const job = await finished(id);
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/sportello/i);
    expect(job.error).not.toMatch(/\bat .*\.ts/);
    expect((await w.coordinator.client.get(`/api/exports/${id}/file`)).statusCode).toBe(409);
  });

  it('fails a keyed dataset whose key was lost with its process, once it has waited long enough', async () => {
    const id = newId();
    await w.t
      .ctx()
      .db.insertInto('exports')
      .values({
        tenant_id: w.tenant.tenantId,
        id,
        kind: 'dataset',
        format: 'csv',
        status: 'queued',
        progress: 0,
        suppress: 1,
        params: JSON.stringify({
          query: { ...query, compare: true },
          separator: 'comma',
          lang: 'it',
          keyed: true,
        }),
        desk_id: w.desk.id,
        file_name: null,
        content_type: null,
        file: null,
        error: null,
        created_by: w.coordinator.id,
        created_at: new Date(w.t.clock.now().getTime() - 60 * 60_000).toISOString(),
        finished_at: null,
      })
      .execute();
    const job = await finished(id);
    expect(job.status).toBe('failed');
    expect(job.error).toContain('chiave degli pseudonimi');
  });

  it('keeps answering while a large dataset is being made', async () => {
    const ctx = w.t.ctx();
    const model = await ctx.db
      .selectFrom('contacts')
      .selectAll()
      .where('desk_id', '=', w.desk.id)
      .executeTakeFirstOrThrow();
    const rows = Array.from({ length: 12_000 }, (_, i) => {
      const date = `2026-0${1 + (i % 6)}-${String(1 + (i % 28)).padStart(2, '0')}`;
      return {
        ...model,
        id: newId(),
        person_id: null,
        date,
        started_at: `${date}T09:00:00.000Z`,
        ended_at: null,
      };
    });
    for (let i = 0; i < rows.length; i += 500) {
      const batch = rows.slice(i, i + 500);
      await ctx.db.insertInto('contacts').values(batch).execute();
      await ctx.db
        .insertInto('contact_requests')
        .values(
          batch.map((c) => ({
            tenant_id: c.tenant_id,
            id: newId(),
            contact_id: c.id,
            position: 1,
            area_code: 'family_minors',
            category_code: 'childcare_school',
            description: null,
            outcome_code: 'information',
            service_name: null,
            care_relation_id: null,
            case_worker_messaged: 0,
            created_at: c.created_at,
          })),
        )
        .execute();
    }
    const asked = await w.coordinator.client.post('/api/exports', {
      kind: 'dataset',
      format: 'csv',
      query: { from: '2026-01-01', to: '2026-06-30', deskId: w.desk.id },
    });
    expect(asked.statusCode, asked.body).toBe(202);
    const id = asked.json().id;
    let answeredWhileRunning = 0;
    let progressSeen = 0;
    for (let i = 0; i < 3000; i++) {
      const health = await w.coordinator.client.get('/api/pilots');
      const job = (await w.coordinator.client.get(`/api/exports/${id}`)).json();
      if (job.status === 'running' && health.statusCode === 200) answeredWhileRunning += 1;
      if (job.status === 'running') progressSeen = Math.max(progressSeen, job.progress);
      if (job.status === 'done' || job.status === 'failed') {
        expect(job.status, job.error).toBe('done');
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(answeredWhileRunning).toBeGreaterThan(0);
    expect(progressSeen).toBeGreaterThan(0);
    const file = await w.coordinator.client.get(`/api/exports/${id}/file`);
    expect(file.body.trimEnd().split('\r\n')).toHaveLength(1 + rows.length);
  }, 60_000);

  it('erases a file after 30 days and says so, keeping the log of who exported it', async () => {
    const { job } = await exported({ kind: 'indicators', format: 'csv' });
    // The per-minute job, 31 days later (the coordinator's session keeps today's clock).
    const later = { ...w.t.ctx(), now: () => new Date(w.t.clock.now().getTime() + 31 * 86_400_000) };
    expect(await dropOldExportFiles(later)).toBeGreaterThan(0);
    const gone = await w.coordinator.client.get(`/api/exports/${job.id}/file`);
    expect(gone.statusCode).toBe(410);
    expect(gone.json().message).toContain('30 giorni');
    const log = (await w.coordinator.client.get('/api/exports')).json() as {
      exports: { id: string; fileName: string | null }[];
    };
    expect(log.exports.find((j) => j.id === job.id)).toMatchObject({ fileName: null });
  });
});
