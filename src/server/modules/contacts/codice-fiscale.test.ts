import cf from 'codice-fiscale-js';
import { describe, expect, it } from 'vitest';
import { checkCodiceFiscale } from './codice-fiscale';

const { CodiceFiscale } = cf as unknown as { CodiceFiscale: typeof import('codice-fiscale-js').default };
/** A code with a correct check character, whatever the first fifteen say. */
const withCheck = (first15: string) => first15 + CodiceFiscale.getCheckCode(first15);

describe('codice fiscale', () => {
  it('decodes birth date, sex and place, in any case and with spaces', () => {
    expect(checkCodiceFiscale('rssmra80a01 l219m')).toEqual({
      ok: true,
      code: 'RSSMRA80A01L219M',
      birthDate: '1980-01-01',
      sex: 'male',
      birthPlace: 'Torino',
      province: 'TO',
      bornAbroad: false,
    });
    expect(checkCodiceFiscale('RSSMRA80A41L219Q')).toMatchObject({
      ok: true,
      sex: 'female',
      birthDate: '1980-01-01',
    });
  });

  it('accepts omocodia (digits replaced by letters)', () => {
    expect(checkCodiceFiscale('RSSMRAU0A01L219J')).toMatchObject({ ok: true, birthDate: '1980-01-01' });
  });

  it('recognises people born abroad', () => {
    const code = withCheck('BNCGLI85M45Z330');
    expect(checkCodiceFiscale(code)).toMatchObject({
      ok: true,
      bornAbroad: true,
      sex: 'female',
      birthDate: '1985-08-05',
    });
  });

  it('says why a code is refused', () => {
    expect(checkCodiceFiscale('RSSMRA80')).toEqual({ ok: false, reason: 'validation.cfFormat' });
    expect(checkCodiceFiscale('RSSMRA8XA01L219M')).toEqual({ ok: false, reason: 'validation.cfPattern' });
    expect(checkCodiceFiscale(withCheck('RSSMRA80Z01L219'))).toEqual({
      ok: false,
      reason: 'validation.cfMonth',
    });
    expect(checkCodiceFiscale('RSSMRA80A01L219X')).toEqual({ ok: false, reason: 'validation.cfChecksum' });
    expect(checkCodiceFiscale(withCheck('RSSMRA80A32L219'))).toEqual({
      ok: false,
      reason: 'validation.cfDay',
    });
    expect(checkCodiceFiscale(withCheck('RSSMRA80B30L219'))).toEqual({
      ok: false,
      reason: 'validation.cfDay',
    });
    expect(checkCodiceFiscale(withCheck('RSSMRA80A01Z999'))).toEqual({
      ok: false,
      reason: 'validation.cfPlace',
    });
  });
});
