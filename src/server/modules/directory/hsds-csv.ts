/**
 * The HSDS 3.0 tabular form (a CSV datapackage: datapackage.json and one CSV
 * per table, as vendor/hsds-3.0/examples/csv) ⇄ compiled service documents.
 * The tables and their columns come from the official tabular schema
 * (schema/compiled/tabular.json); how the tables nest into a service follows
 * their foreign keys, in NESTING below. Pure apart from reading the schema.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { HsdsObject } from './hsds';
import { HSDS_DIR } from './hsds-schema';

interface TableSpec {
  name: string;
  path: string;
  columns: { name: string; type: string; format?: string }[];
}

let tables: Map<string, TableSpec> | undefined;

function tableSpecs(): Map<string, TableSpec> {
  if (!tables) {
    const tabular = JSON.parse(readFileSync(path.join(HSDS_DIR, 'schema/compiled/tabular.json'), 'utf8')) as {
      properties: Record<
        string,
        {
          items: {
            name: string;
            path: string;
            properties: Record<string, { type: string; format?: string }>;
          };
        }
      >;
    };
    tables = new Map(
      Object.entries(tabular.properties).map(([name, { items }]) => [
        name,
        {
          name,
          path: items.path,
          columns: Object.entries(items.properties)
            .filter(([, p]) => p.type !== 'array' && p.type !== 'object')
            .map(([column, p]) => ({
              name: column,
              type: p.type,
              ...(p.format ? { format: p.format } : {}),
            })),
        },
      ]),
    );
  }
  return tables;
}

/** A nested list (rows whose `column` names the parent's id) or a nested object (the row the parent's `column` names). */
interface Nest {
  key: string;
  table: string;
  column: string;
  many: boolean;
  children: Nest[];
}
const many = (key: string, table: string, column: string, children: Nest[] = []): Nest => ({
  key,
  table,
  column,
  many: true,
  children,
});
const one = (key: string, table: string, column: string, children: Nest[] = []): Nest => ({
  key,
  table,
  column,
  many: false,
  children,
});

const languagesOf = (column: string) => many('languages', 'language', column);
const phonesOf = (column: string) => many('phones', 'phone', column, [languagesOf('phone_id')]);
const contactsOf = (column: string) => many('contacts', 'contact', column, [phonesOf('contact_id')]);
const attributesOf = () =>
  many('attributes', 'attribute', 'link_id', [
    one('taxonomy_term', 'taxonomy_term', 'taxonomy_term_id', [
      one('taxonomy_detail', 'taxonomy', 'taxonomy_id'),
    ]),
  ]);

function locationChildren(): Nest[] {
  return [
    languagesOf('location_id'),
    many('addresses', 'address', 'location_id'),
    contactsOf('location_id'),
    many('accessibility', 'accessibility', 'location_id'),
    phonesOf('location_id'),
    many('schedules', 'schedule', 'location_id'),
  ];
}

/** How the tables nest into a compiled service document. */
const NESTING: Nest[] = [
  phonesOf('service_id'),
  many('schedules', 'schedule', 'service_id'),
  many('service_areas', 'service_area', 'service_id'),
  languagesOf('service_id'),
  many('funding', 'funding', 'service_id'),
  many('cost_options', 'cost_option', 'service_id'),
  many('required_documents', 'required_document', 'service_id'),
  contactsOf('service_id'),
  attributesOf(),
  many('metadata', 'metadata', 'resource_id'),
  one('organization', 'organization', 'organization_id', [
    many('funding', 'funding', 'organization_id'),
    contactsOf('organization_id'),
    phonesOf('organization_id'),
    many('locations', 'location', 'organization_id', locationChildren()),
    many('programs', 'program', 'organization_id'),
    many('organization_identifiers', 'organization_identifier', 'organization_id'),
  ]),
  one('program', 'program', 'program_id'),
  many('service_at_locations', 'service_at_location', 'service_id', [
    contactsOf('service_at_location_id'),
    phonesOf('service_at_location_id'),
    many('schedules', 'schedule', 'service_at_location_id'),
    one('location', 'location', 'location_id', locationChildren()),
  ]),
];

const isObject = (value: unknown): value is HsdsObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// ── export: documents → tables ──

export interface CsvFile {
  path: string;
  text: string;
}

/** The datapackage of these service documents: datapackage.json and one CSV per table (header only when empty). */
export function toDatapackage(documents: HsdsObject[]): CsvFile[] {
  const rows = new Map<string, Map<string, HsdsObject>>();
  const add = (table: string, row: HsdsObject) => {
    const id = String(row.id);
    const byId = rows.get(table) ?? new Map<string, HsdsObject>();
    rows.set(table, byId);
    byId.set(id, { ...byId.get(id), ...row });
  };
  const flatten = (object: HsdsObject, table: string, nests: Nest[]) => {
    add(table, object);
    for (const nest of nests) {
      const value = object[nest.key];
      if (nest.many && Array.isArray(value)) {
        for (const child of value.filter(isObject))
          flatten({ ...child, [nest.column]: object.id }, nest.table, nest.children);
      } else if (!nest.many && isObject(value)) {
        add(table, { ...object, [nest.column]: value.id });
        flatten(value, nest.table, nest.children);
      }
    }
  };
  for (const document of documents) flatten(document, 'service', NESTING);
  const files: CsvFile[] = [];
  const resources = [];
  for (const spec of tableSpecs().values()) {
    const lines = [spec.columns.map((c) => c.name)];
    for (const row of rows.get(spec.name)?.values() ?? [])
      lines.push(spec.columns.map((c) => cell(row[c.name])));
    files.push({ path: spec.path, text: `${lines.map((line) => line.map(quote).join(',')).join('\n')}\n` });
    resources.push({
      name: spec.name,
      path: spec.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      schema: { fields: spec.columns, primaryKey: 'id' },
    });
  }
  const datapackage = { name: 'sportello-hsds', profile: 'tabular-data-package', resources };
  files.unshift({ path: 'datapackage.json', text: `${JSON.stringify(datapackage, null, 2)}\n` });
  return files;
}

const cell = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);
const quote = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

// ── import: tables → documents ──

export interface CsvProblem {
  file: string;
  line: number | null;
  field: string | null;
  key: string;
  params?: Record<string, string>;
}

export interface CsvRow {
  file: string;
  line: number;
  values: HsdsObject;
}

/** Read the tables of a datapackage directory: services.csv is required, the others are optional. */
export function readDatapackage(read: (file: string) => string | null): {
  tables: Map<string, CsvRow[]>;
  problems: CsvProblem[];
} {
  const result = new Map<string, CsvRow[]>();
  const problems: CsvProblem[] = [];
  for (const spec of tableSpecs().values()) {
    const text = read(spec.path);
    if (text === null) {
      if (spec.name === 'service')
        problems.push({
          file: spec.path,
          line: null,
          field: null,
          key: 'validation.hsdsCsvMissing',
          params: { file: spec.path },
        });
      continue;
    }
    try {
      const records = parse(text.replace(/^\uFEFF/, ''), {
        columns: true,
        info: true,
        skip_empty_lines: true,
      }) as {
        record: Record<string, string>;
        info: { lines: number };
      }[];
      const types = new Map(spec.columns.map((c) => [c.name, c.type]));
      result.set(
        spec.name,
        records.map(({ record, info }) => ({
          file: spec.path,
          line: info.lines,
          values: typed(record, types),
        })),
      );
    } catch (error) {
      problems.push({
        file: spec.path,
        line: (error as { lines?: number }).lines ?? null,
        field: null,
        key: 'validation.csvMalformed',
      });
    }
  }
  return { tables: result, problems };
}

/** CSV text as the JSON types of the schema: numbers as numbers; empty cells are absent. */
function typed(record: Record<string, string>, types: Map<string, string>): HsdsObject {
  const values: HsdsObject = {};
  for (const [column, text] of Object.entries(record)) {
    if (text === '') continue;
    const type = types.get(column);
    const number = Number(text);
    values[column] =
      (type === 'number' || type === 'integer') && text.trim() !== '' && Number.isFinite(number)
        ? number
        : text;
  }
  return values;
}

/** One compiled service document per row of services.csv, with what the other tables say about it. */
export function assembleServices(tables: Map<string, CsvRow[]>): { row: CsvRow; document: HsdsObject }[] {
  const byColumn = (table: string, column: string, value: unknown) =>
    (tables.get(table) ?? []).filter((row) => row.values[column] === value).map((row) => row.values);
  const assemble = (object: HsdsObject, nests: Nest[], depth: number): HsdsObject => {
    const result: HsdsObject = { ...object };
    if (depth > 4) return result;
    for (const nest of nests) {
      if (nest.many) {
        const children = byColumn(nest.table, nest.column, object.id);
        if (children.length > 0)
          result[nest.key] = children.map((child) => assemble(child, nest.children, depth + 1));
      } else if (object[nest.column] !== undefined) {
        const [target] = byColumn(nest.table, 'id', object[nest.column]);
        if (target) result[nest.key] = assemble(target, nest.children, depth + 1);
      }
    }
    return result;
  };
  return (tables.get('service') ?? []).map((row) => ({ row, document: assemble(row.values, NESTING, 0) }));
}
