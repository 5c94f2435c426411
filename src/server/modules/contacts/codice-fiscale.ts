/**
 * The codice fiscale, checked and decoded with codice-fiscale-js (checksum,
 * omocodia, birth date, sex, place from the official municipality and country
 * codes). When a code is refused the caller gets the reason as an i18n key —
 * the shape, the month, the day, the check character or the place — because
 * "invalid" alone does not tell an operator which character to look at.
 */
import cf from 'codice-fiscale-js';
import type { ICodiceFiscaleObject } from 'codice-fiscale-js/types/codice-fiscale';

const { CodiceFiscale } = cf as unknown as { CodiceFiscale: typeof import('codice-fiscale-js').default };

export type CodiceFiscaleResult =
  | {
      ok: true;
      code: string;
      birthDate: string;
      sex: 'female' | 'male';
      birthPlace: string | null;
      province: string | null;
      bornAbroad: boolean;
    }
  | { ok: false; reason: string };

// Omocodia replaces digits with these letters, in order 0–9.
const OMOCODE = 'LMNPQRSTUV';
const DIGIT = `[0-9${OMOCODE}]`;
const MONTHS = 'ABCDEHLMPRST';
const SHAPE = new RegExp(`^[A-Z]{6}${DIGIT}{2}[A-Z]${DIGIT}{2}[A-Z]${DIGIT}{3}[A-Z]$`);

const digitOf = (char: string) => (/\d/.test(char) ? char : String(OMOCODE.indexOf(char)));

export function normaliseCodiceFiscale(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function checkCodiceFiscale(value: string): CodiceFiscaleResult {
  const code = normaliseCodiceFiscale(value);
  if (!/^[A-Z0-9]{16}$/.test(code)) return { ok: false, reason: 'validation.cfFormat' };
  if (!SHAPE.test(code)) return { ok: false, reason: 'validation.cfPattern' };
  if (!MONTHS.includes(code[8]!)) return { ok: false, reason: 'validation.cfMonth' };
  if (CodiceFiscale.getCheckCode(code.slice(0, 15)) !== code[15])
    return { ok: false, reason: 'validation.cfChecksum' };
  const dayCode = Number(digitOf(code[9]!) + digitOf(code[10]!));
  const day = dayCode > 40 ? dayCode - 40 : dayCode;
  if (day < 1 || day > 31) return { ok: false, reason: 'validation.cfDay' };
  let decoded: ICodiceFiscaleObject;
  try {
    decoded = new CodiceFiscale(code).toJSON();
  } catch {
    return { ok: false, reason: 'validation.cfPlace' };
  }
  // The library rolls 30 February over to March: check the day against the month's length ourselves.
  const month = MONTHS.indexOf(code[8]!) + 1;
  if (day > new Date(Date.UTC(decoded.year, month, 0)).getUTCDate())
    return { ok: false, reason: 'validation.cfDay' };
  const birthDate = `${decoded.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const province = decoded.birthplaceProvincia || null;
  return {
    ok: true,
    code,
    birthDate,
    sex: decoded.gender === 'F' ? 'female' : 'male',
    birthPlace: decoded.birthplace ? titleCase(decoded.birthplace) : null,
    province: province === 'EE' ? null : province,
    bornAbroad: code[11] === 'Z',
  };
}

function titleCase(value: string): string {
  return value.toLowerCase().replace(/(^|[\s'-])\p{L}/gu, (m) => m.toUpperCase());
}
