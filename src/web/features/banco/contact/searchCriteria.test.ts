import { describe, expect, it } from 'vitest';
import { parseTypedDate, searchCriteria } from './searchCriteria';

describe('the person search box reads what was typed', () => {
  it('as a codice fiscale, in capitals and without spaces', () => {
    expect(searchCriteria('rssmra50c12l219 x')).toEqual({ codiceFiscale: 'RSSMRA50C12L219X', limit: 10 });
  });

  it('as a birth date, either way round', () => {
    expect(searchCriteria('12/03/1950')).toEqual({ birthDate: '1950-03-12', limit: 10 });
    expect(searchCriteria('1950-03-12')).toEqual({ birthDate: '1950-03-12', limit: 10 });
    expect(parseTypedDate('31/02/1950')).toBeNull();
  });

  it('as a phone number when mostly digits', () => {
    expect(searchCriteria('333 123 4567')).toEqual({ phone: '333 123 4567', limit: 10 });
    expect(searchCriteria('+39 011-555 1234')).toEqual({ phone: '+39 011-555 1234', limit: 10 });
  });

  it('as a name, with a date beside it when one is typed', () => {
    expect(searchCriteria("  D'Angelo   Rosa ")).toEqual({ name: "D'Angelo Rosa", limit: 10 });
    expect(searchCriteria('Rossi 12/03/1950')).toEqual({ name: 'Rossi', birthDate: '1950-03-12', limit: 10 });
  });

  it('as nothing when too short', () => {
    expect(searchCriteria('r')).toBeNull();
    expect(searchCriteria('   ')).toBeNull();
  });
});
