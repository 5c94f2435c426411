/**
 * Every key the web app asks for exists in both catalogues, and the two
 * catalogues hold the same keys: a missing translation shows as a raw key.
 * The kiosk languages (French, Arabic) hold every string a visitor reads on
 * the kiosk and the display, in every plural form their language uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, KIOSK_CATALOGUES } from '../../shared/i18n';

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [file] : [];
  });
}

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Literal keys: t('a.b'), labelKey: 'a.b', and i18n keys used as messages ('users.organisationRequired'). */
function usedKeys(): string[] {
  const pattern = /(?:\bt\(|labelKey: |message: )'([a-zA-Z]+\.[a-zA-Z.]+)'/g;
  return [
    ...new Set(
      sources(WEB).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1] ?? ''),
      ),
    ),
  ];
}

/** The namespaces a visitor reads on a kiosk or a display (and a device's pairing page). */
const VISITOR_NAMESPACES = ['kiosk', 'display', 'device', 'priorityReasons'];
const PLURAL = /_(zero|one|two|few|many|other)$/;

describe('i18n catalogues', () => {
  const italian = new Set(keysOf(CATALOGUES.it));
  const english = new Set(keysOf(CATALOGUES.en));

  it('hold the same keys in Italian and English', () => {
    expect([...italian].filter((key) => !english.has(key))).toEqual([]);
    expect([...english].filter((key) => !italian.has(key))).toEqual([]);
  });

  it('hold every key the web app uses (plural keys as _one/_other)', () => {
    const used = usedKeys();
    expect(used.length).toBeGreaterThan(150);
    const missing = used.filter((key) => !italian.has(key) && !italian.has(`${key}_other`));
    expect(missing).toEqual([]);
  });

  it.each(['fr', 'ar'] as const)(
    'hold every kiosk and display string in %s, in each plural form',
    (language) => {
      const visitor = [...italian].filter((key) => VISITOR_NAMESPACES.includes(key.split('.')[0] ?? ''));
      const translated = new Set(keysOf(KIOSK_CATALOGUES[language]));
      const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const needed = [
        ...new Set(
          visitor.map((key) => {
            const base = key.replace(PLURAL, '');
            return base === key ? [key] : forms.map((form) => `${base}_${form}`);
          }),
        ),
      ].flat();
      expect(needed.length).toBeGreaterThan(60);
      expect([...new Set(needed)].filter((key) => !translated.has(key))).toEqual([]);
      const italianBases = new Set([...italian].map((key) => key.replace(PLURAL, '')));
      expect([...translated].filter((key) => !italianBases.has(key.replace(PLURAL, '')))).toEqual([]);
    },
  );

  it('hold in fr and ar every kiosk and display key the web app uses', () => {
    const used = usedKeys().filter((key) => VISITOR_NAMESPACES.includes(key.split('.')[0] ?? ''));
    expect(used.length).toBeGreaterThan(30);
    for (const language of ['fr', 'ar'] as const) {
      const translated = new Set(keysOf(KIOSK_CATALOGUES[language]).map((key) => key.replace(PLURAL, '')));
      expect(used.filter((key) => !translated.has(key))).toEqual([]);
    }
  });
});
