/**
 * Reading the care registry CSV (docs/CARE-IMPORT.md): delimiter and BOM,
 * the header, and every row checked on its own — dates, codice fiscale,
 * organisation, required columns — with each problem kept against the file's
 * line. Pure: it never touches the database.
 */
import { parse } from 'csv-parse/sync';

import { DateTime } from 'luxon';
import type { Sex } from '../../../shared/contacts';
import { checkCodiceFiscale } from '../contacts/codice-fiscale';

export const CARE_COLUMNS = [
  'id_esterno',
  'codice_fiscale',
  'cognome',
  'nome',
  'data_nascita',
  'ente',
  'servizio',
  'operatore',
  'recapito_operatore',
  'dal',
  'al',
] as const;
type Column = (typeof CARE_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['cognome', 'nome', 'ente', 'servizio', 'operatore', 'dal'];
const MAX_LENGTH: Record<Column, number> = {
  id_esterno: 80,
  codice_fiscale: 40,
  cognome: 80,
  nome: 80,
  data_nascita: 10,
  ente: 200,
  servizio: 200,
  operatore: 120,
  recapito_operatore: 200,
  dal: 10,
  al: 10,
};

/** A problem before wording: the file's line (header = 1), the column, the i18n key. */
export interface Problem {
  line: number;
  field: string | null;
  key: string;
}

/** One checked row of the file. */
export interface CareRow {
  line: number;
  externalRef: string | null;
  codiceFiscale: string | null;
  familyName: string;
  givenName: string;
  /** From data_nascita, else from the codice fiscale. */
  birthDate: string | null;
  sex: Sex;
  organisationId: string;
  serviceName: string;
  caseWorkerName: string;
  caseWorkerContact: string | null;
  startDate: string;
  endDate: string | null;
}

interface Organisation {
  id: string;
  name: string;
  tax_code: string | null;
}

export interface CareCsv {
  /** The rows without problems. */
  rows: CareRow[];
  /** How many data rows the file has (blank lines aside). */
  records: number;
  problems: Problem[];
}

/** Parse and check the whole file, collecting every problem; rows are returned only when all are fine. */
export function readCareCsv(text: string, organisations: Organisation[], now: DateTime): CareCsv {
  const parsed = parseCsv(text);
  if ('problem' in parsed) return { rows: [], records: 0, problems: [parsed.problem] };
  const [header, ...records] = parsed.records;
  const refused = (problems: Problem[]) => ({ rows: [], records: records.length, problems });
  if (!header) return refused([{ line: 1, field: null, key: 'validation.csvEmpty' }]);
  const columns = header.values.map((name) => name.trim().toLowerCase());
  const problems = headerProblems(columns);
  if (problems.length > 0) return refused(problems);
  if (records.length === 0) return refused([{ line: 2, field: null, key: 'validation.csvEmpty' }]);
  const organisationOf = organisationFinder(organisations);
  const today = now.toISODate()!;
  const rows: CareRow[] = [];
  const refs = new Set<string>();
  for (const record of records) {
    const problem = (field: string | null, key: string) => problems.push({ line: record.line, field, key });
    if (record.values.length !== columns.length) {
      problem(null, 'validation.csvColumnCount');
      continue;
    }
    const cell = new Map(columns.map((column, i) => [column as Column, record.values[i]!.trim()]));
    const row = checkRow(record.line, cell, organisationOf, today, problem);
    if (!row) continue;
    if (row.externalRef) {
      const ref = `${row.organisationId}|${row.externalRef}`;
      if (refs.has(ref)) problem('id_esterno', 'validation.csvDuplicateRef');
      refs.add(ref);
    }
    rows.push(row);
  }
  return { rows, records: records.length, problems };
}

interface CsvRecord {
  line: number;
  values: string[];
}

/** UTF-8 text with an optional BOM; the delimiter (`,` or `;`) is whichever the header line uses more. */
function parseCsv(text: string): { records: CsvRecord[] } | { problem: Problem } {
  // One kind of line end: the parser counts a CR inside a quoted value as a line of its own.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const headerLine = body.slice(0, body.search(/\n|$/));
  const delimiter = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
  try {
    const parsed = parse(body, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return {
      records: parsed
        .filter(({ record }) => record.some((value) => value.trim() !== ''))
        .map(({ record, info }) => ({
          // info.lines is where the record ends; a quoted value may span lines.
          line: info.lines - record.reduce((n, value) => n + count(value, '\n'), 0),
          values: record,
        })),
    };
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { problem: { line, field: null, key: 'validation.csvMalformed' } };
  }
}

const count = (text: string, char: string) => text.split(char).length - 1;

function headerProblems(columns: string[]): Problem[] {
  const problems: Problem[] = [];
  columns.forEach((column, i) => {
    if (!(CARE_COLUMNS as readonly string[]).includes(column))
      problems.push({ line: 1, field: column, key: 'validation.csvUnknownColumn' });
    else if (columns.indexOf(column) !== i)
      problems.push({ line: 1, field: column, key: 'validation.csvDuplicateColumn' });
  });
  for (const column of REQUIRED) {
    if (!columns.includes(column))
      problems.push({ line: 1, field: column, key: 'validation.csvMissingColumn' });
  }
  if (!columns.includes('codice_fiscale') && !columns.includes('data_nascita'))
    problems.push({ line: 1, field: 'codice_fiscale', key: 'validation.csvMissingColumn' });
  return problems;
}

function organisationFinder(organisations: Organisation[]) {
  const byKey = new Map<string, string>();
  for (const organisation of organisations) {
    byKey.set(organisation.name.trim().toLowerCase(), organisation.id);
    if (organisation.tax_code) byKey.set(organisation.tax_code.trim().toLowerCase(), organisation.id);
  }
  return (value: string) => byKey.get(value.toLowerCase());
}

/** Check one row, reporting each problem; the row when it has none. */
function checkRow(
  line: number,
  cell: Map<Column, string>,
  organisationOf: (value: string) => string | undefined,
  today: string,
  problem: (field: string | null, key: string) => void,
): CareRow | null {
  const found: { field: Column; key: string }[] = [];
  const report = (field: Column, key: string) => found.push({ field, key });
  const text = (column: Column): string | null => {
    const value = cell.get(column) ?? '';
    if (value === '') {
      if (REQUIRED.includes(column)) report(column, 'validation.required');
      return null;
    }
    if (value.length > MAX_LENGTH[column]) {
      report(column, 'validation.tooLong');
      return null;
    }
    return value;
  };
  const date = (column: Column): string | null => {
    const value = text(column);
    if (value === null) return null;
    const parsed = parseDate(value);
    if (!parsed) report(column, 'validation.csvDate');
    return parsed;
  };

  const values = {
    externalRef: text('id_esterno'),
    familyName: text('cognome'),
    givenName: text('nome'),
    serviceName: text('servizio'),
    caseWorkerName: text('operatore'),
    caseWorkerContact: text('recapito_operatore'),
  };
  let birthDate = date('data_nascita');
  if (birthDate && birthDate > today) report('data_nascita', 'validation.futureDate');
  else if (birthDate && birthDate < '1900-01-01') report('data_nascita', 'validation.tooOld');

  let codiceFiscale: string | null = null;
  let sex: Sex = 'unknown';
  const cfText = text('codice_fiscale');
  if (cfText) {
    const checked = checkCodiceFiscale(cfText);
    if (!checked.ok) report('codice_fiscale', checked.reason);
    else {
      codiceFiscale = checked.code;
      sex = checked.sex;
      if (birthDate && birthDate !== checked.birthDate) report('data_nascita', 'validation.cfMismatch');
      birthDate ??= checked.birthDate;
    }
  } else if (!cell.get('data_nascita')) report('codice_fiscale', 'validation.cfOrBirthDate');

  const organisationText = text('ente');
  const organisationId = organisationText ? organisationOf(organisationText) : undefined;
  if (organisationText && !organisationId) report('ente', 'validation.unknownOrganisation');

  const startDate = date('dal');
  const endDate = date('al');
  if (startDate && endDate && endDate < startDate) report('al', 'validation.endBeforeStart');

  if (found.length > 0) {
    // In the order of the columns, as a person reads the line.
    found.sort((a, b) => CARE_COLUMNS.indexOf(a.field) - CARE_COLUMNS.indexOf(b.field));
    for (const { field, key } of found) problem(field, key);
    return null;
  }
  return {
    line,
    ...values,
    familyName: values.familyName!,
    givenName: values.givenName!,
    serviceName: values.serviceName!,
    caseWorkerName: values.caseWorkerName!,
    codiceFiscale,
    birthDate,
    sex,
    organisationId: organisationId!,
    startDate: startDate!,
    endDate,
  };
}

/** YYYY-MM-DD or DD/MM/YYYY (also D/M/YYYY), a real calendar day. */
function parseDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const italian = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : italian
      ? [italian[3], italian[2], italian[1]]
      : [];
  if (!year) return null;
  const parsed = DateTime.fromObject({ year: Number(year), month: Number(month), day: Number(day) });
  return parsed.isValid ? parsed.toISODate() : null;
}
