/**
 * The pseudonymised contact-level dataset for analysts: one row per request,
 * with coded fields only. It must never carry a name, codice fiscale, birth
 * date, phone, e-mail, free-text description or note. Contacts and people
 * appear as HMAC-SHA256 pseudonyms under the export's key: the same key gives
 * the same pseudonyms across exports; without one, a random key is used
 * once and forgotten. Values are vocabulary codes; column names are stable
 * codes (analysts script against them), in English.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import type { Ctx } from '../../context';
import { contactBatch, countContacts, type DatasetFilter, requestsOf } from './export-dataset.repo';
import { csvFile, csvLines, type Separator, sheetName } from './export-files';

export const DATASET_COLUMNS = [
  'contact_pseudonym',
  'person_pseudonym',
  'date',
  'weekday',
  'hour',
  'desk',
  'channel',
  'visitor_type',
  'age_band',
  'sex',
  'municipality_istat',
  'citizenship_group',
  'heard_from',
  'language',
  'interpreter',
  'joint',
  'request_position',
  'area',
  'category',
  'outcome',
  'outcome_group',
] as const;

type DatasetRow = (string | number)[];

/** Contacts read per batch; the runner yields to other requests between batches. */
export const DATASET_BATCH = 500;

export const randomPseudonymKey = () => randomBytes(32).toString('hex');

/** First 16 hex characters of HMAC-SHA256(key, tenantId:id). */
export function pseudonym(key: string, tenantId: string, id: string): string {
  return createHmac('sha256', key).update(`${tenantId}:${id}`).digest('hex').slice(0, 16);
}

type Contact = Awaited<ReturnType<typeof contactBatch>>[number];
type Request = Awaited<ReturnType<typeof requestsOf>>[number];

function rowOf(key: string, tenantId: string, c: Contact, r: Request): DatasetRow {
  const started = DateTime.fromJSDate(new Date(c.started_at), { zone: c.timezone });
  return [
    pseudonym(key, tenantId, c.id),
    c.person_id ? pseudonym(key, tenantId, c.person_id) : '',
    c.date,
    DateTime.fromISO(c.date).weekday,
    started.toFormat('HH'),
    c.desk_name,
    c.channel,
    c.visitor_type,
    c.age_band,
    c.sex,
    c.istat_code ?? '',
    c.citizenship_group,
    c.heard_from ?? '',
    c.language,
    Number(c.interpreter),
    Number(c.is_joint),
    r.position,
    r.area_code,
    r.category_code,
    r.outcome_code,
    r.outcome_group ?? '',
  ];
}

/**
 * Walk the covered contacts in (date, id) batches and hand over their rows;
 * `progress` (0–1) runs between batches and is where the caller yields.
 */
async function eachBatch(
  ctx: Ctx,
  filter: DatasetFilter,
  key: string,
  onRows: (rows: DatasetRow[]) => void,
  progress: (done: number) => Promise<void>,
) {
  const total = await countContacts(ctx.db, filter);
  let after: { date: string; id: string } | null = null;
  let seen = 0;
  for (;;) {
    const contacts = await contactBatch(ctx.db, filter, after, DATASET_BATCH);
    if (contacts.length === 0) break;
    const requests = await requestsOf(
      ctx.db,
      filter.tenantId,
      contacts.map((c) => c.id),
      filter.areaCode,
    );
    const byContact = new Map<string, Request[]>();
    for (const r of requests) byContact.set(r.contact_id, [...(byContact.get(r.contact_id) ?? []), r]);
    onRows(
      contacts.flatMap((c) => (byContact.get(c.id) ?? []).map((r) => rowOf(key, filter.tenantId, c, r))),
    );
    const last = contacts[contacts.length - 1] as Contact;
    after = { date: last.date, id: last.id };
    seen += contacts.length;
    await progress(total === 0 ? 1 : Math.min(1, seen / total));
  }
}

/** The dataset as CSV (UTF-8 with BOM). */
export async function datasetCsv(
  ctx: Ctx,
  filter: DatasetFilter,
  key: string,
  separator: Separator,
  progress: (done: number) => Promise<void>,
): Promise<Buffer> {
  const parts = [csvLines([[...DATASET_COLUMNS]], separator)];
  await eachBatch(ctx, filter, key, (rows) => parts.push(csvLines(rows, separator)), progress);
  return csvFile(parts.join(''));
}

/** The dataset as XLSX, written as a stream so a large one never sits whole in a workbook model. */
export async function datasetXlsx(
  ctx: Ctx,
  filter: DatasetFilter,
  key: string,
  progress: (done: number) => Promise<void>,
): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet(sheetName('dataset'));
  sheet.addRow([...DATASET_COLUMNS]).commit();
  await eachBatch(
    ctx,
    filter,
    key,
    (rows) => {
      for (const row of rows) sheet.addRow(row).commit();
    },
    progress,
  );
  sheet.commit();
  await book.commit();
  return Buffer.concat(chunks);
}
