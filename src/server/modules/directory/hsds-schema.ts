/**
 * The official HSDS 3.0 JSON schemas (vendor/hsds-3.0, CC BY-SA 4.0) checked
 * with ajv (draft 2020-12). The compiled service schema is large: it is read
 * and compiled once, on first use. Problems come back as i18n keys with
 * parameters, so the import report is worded in the reader's language.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { PROJECT_ROOT } from '../../paths';

export const HSDS_DIR = path.join(PROJECT_ROOT, 'vendor/hsds-3.0');

/** The formats the HSDS schemas use (ajv-formats would bring them, but conflicts with another package's peer range). */
const FORMATS: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  'date-time': /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  csv: /^[^\n]*$/,
};

let serviceValidator: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!serviceValidator) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    for (const [name, pattern] of Object.entries(FORMATS)) ajv.addFormat(name, pattern);
    const schema = JSON.parse(readFileSync(path.join(HSDS_DIR, 'schema/compiled/service.json'), 'utf8'));
    serviceValidator = ajv.compile(schema);
  }
  return serviceValidator;
}

export interface SchemaProblem {
  /** The document's field, dotted (e.g. phones.0.number); '' for the document itself. */
  field: string;
  key: string;
  params: Record<string, string>;
}

const KEYS: Record<string, string> = {
  required: 'validation.hsdsRequired',
  type: 'validation.hsdsType',
  format: 'validation.hsdsFormat',
  enum: 'validation.hsdsEnum',
};

function problemOf(error: ErrorObject): SchemaProblem {
  const base = error.instancePath.slice(1).replaceAll('/', '.');
  const params = error.params as Record<string, unknown>;
  const missing = typeof params.missingProperty === 'string' ? params.missingProperty : null;
  const field = missing ? [base, missing].filter(Boolean).join('.') : base;
  return {
    field,
    key: KEYS[error.keyword] ?? 'validation.hsdsInvalid',
    params: {
      keyword: error.keyword,
      type: String(params.type ?? ''),
      format: String(params.format ?? ''),
      values: Array.isArray(params.allowedValues) ? params.allowedValues.join(', ') : '',
    },
  };
}

/** Every way a document breaks the compiled HSDS service schema; empty when it is valid. */
export function checkServiceDocument(document: unknown): SchemaProblem[] {
  const validate = validator();
  if (validate(document)) return [];
  const seen = new Set<string>();
  return (validate.errors ?? []).map(problemOf).filter((p) => {
    const key = `${p.field}|${p.key}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
