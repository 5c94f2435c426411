/** The campaign page's pure parts: the period, totals, the results sentence, material and QR addresses. */
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n';
import type { CampaignStats, CampaignTag } from '../../../shared/schemas/campaign';
import { defaultTagFor, materialUrl } from './links';
import { lastEightWeeks, periodFromParams, resultsSummary, totalsOf } from './results';

let t: TFunction;
beforeAll(async () => {
  t = await i18next.createInstance().init({
    lng: 'it',
    resources: { it: { translation: CATALOGUES.it } },
    interpolation: { escapeValue: false },
  });
});

const stats = (overrides: Partial<CampaignStats> = {}): CampaignStats => ({
  deskId: 'd1',
  from: '2026-11-16',
  to: '2027-01-10',
  tags: [
    { code: 'manifesto', label: 'Manifesti', medium: 'poster', visits: 30, byLanguage: { it: 20, ar: 10 } },
    { code: 'volantino', label: 'Volantini', medium: 'flyer', visits: 12, byLanguage: { it: 12 } },
  ],
  untaggedVisits: 8,
  byDay: [],
  heardFrom: [
    { code: 'poster', label: 'Manifesto', contacts: 3 },
    { code: 'friend', label: 'Passaparola', contacts: 7 },
    { code: '', label: 'Non indicato', contacts: 12 },
  ],
  ...overrides,
});

describe('the results period', () => {
  it('is by default the last eight weeks (56 days), today included', () => {
    expect(lastEightWeeks('2027-01-11')).toEqual({ from: '2026-11-17', to: '2027-01-11' });
    expect(lastEightWeeks('2027-01-10')).toEqual({ from: '2026-11-16', to: '2027-01-10' });
    expect(periodFromParams(new URLSearchParams('desk=d1'), '2027-01-10')).toEqual({
      from: '2026-11-16',
      to: '2027-01-10',
    });
  });

  it('comes from the address when valid, else falls back to the default', () => {
    const valid = new URLSearchParams('from=2026-12-01&to=2026-12-31');
    expect(periodFromParams(valid, '2027-01-10')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    const reversed = new URLSearchParams('from=2026-12-31&to=2026-12-01');
    expect(periodFromParams(reversed, '2027-01-10').from).toBe('2026-11-16');
    expect(periodFromParams(new URLSearchParams('from=ieri&to=oggi'), '2027-01-10').to).toBe('2027-01-10');
  });
});

describe('the results', () => {
  it('add tagged and untagged visits, and the contacts that said how they heard of us', () => {
    expect(totalsOf(stats())).toEqual({ tagged: 42, visits: 50, contacts: 22, answered: 10 });
  });

  it('say in one sentence which tag and which answer lead, "not given" aside', () => {
    expect(resultsSummary(stats(), t, 'it')).toBe(
      'Dal 2026-11-16 al 2027-01-10: 50 visite alla pagina pubblica, 42 da codici campagna ' +
        '(il più usato: Manifesti, 30); 10 contatti su 22 hanno detto come ci hanno conosciuto, ' +
        'soprattutto «Passaparola» (7).',
    );
  });

  it('say so when nothing came through a tag and nobody said how they heard of us', () => {
    const quiet = stats({
      tags: [{ code: 'social', label: 'Social', medium: 'social', visits: 0, byLanguage: {} }],
      untaggedVisits: 1,
      heardFrom: [
        { code: 'poster', label: 'Manifesto', contacts: 0 },
        { code: '', label: 'Non indicato', contacts: 4 },
      ],
    });
    expect(resultsSummary(quiet, t, 'it')).toBe(
      'Dal 2026-11-16 al 2027-01-10: 1 visita alla pagina pubblica, nessuna da codici campagna; ' +
        'nessun contatto ha detto come ci ha conosciuto.',
    );
  });
});

describe('materials', () => {
  const tag = (code: string, medium: CampaignTag['medium']): CampaignTag => ({
    code,
    label: code,
    medium,
    createdAt: '2027-01-01T00:00:00.000Z',
    visits: 0,
  });

  it('carry by default the first tag of their medium', () => {
    const tags = [tag('manifesto', 'poster'), tag('biblioteca', 'poster'), tag('volantino', 'flyer')];
    expect(defaultTagFor('poster', tags)).toBe('manifesto');
    expect(defaultTagFor('flyer', tags)).toBe('volantino');
    expect(defaultTagFor('social', tags)).toBe('');
  });

  it('are downloaded from an address naming kind, language, bilingual and tag', () => {
    expect(materialUrl('d1', { kind: 'poster', lang: 'ar', isBilingual: true, tag: 'biblioteca' })).toBe(
      '/api/desks/d1/campaign/material?kind=poster&lang=ar&bilingual=true&tag=biblioteca',
    );
    expect(materialUrl('d1', { kind: 'social', lang: 'it', isBilingual: false, tag: '' })).toBe(
      '/api/desks/d1/campaign/material?kind=social&lang=it&bilingual=false',
    );
  });
});
