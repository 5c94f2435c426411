/**
 * The public site speaks six languages: every string the pages and the
 * campaign materials ask for exists in Italian, and every language holds every
 * Italian string — in each plural form that language uses — with the same
 * placeholders, and nothing the Italian catalogue does not have. A missing
 * translation would silently fall back to Italian, so it fails here instead.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PUBLIC_LANGUAGES } from '../../public';
import { PUBLIC_CATALOGUES } from '.';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const USERS = ['server/modules/public', 'server/modules/campaign'].map((dir) => path.join(SRC, dir));
const PLURAL = /_(zero|one|two|few|many|other)$/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) && !name.includes('.test.') ? [file] : [];
  });
}

function strings(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? strings(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const italian = new Map(strings(PUBLIC_CATALOGUES.it));
const italianBases = new Set([...italian.keys()].map((key) => key.replace(PLURAL, '')));

describe('public catalogues', () => {
  it('hold every key the public pages and the campaign materials ask for', () => {
    const used = new Set(
      USERS.flatMap(sources).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'/g)].map((m) => m[1]!),
      ),
    );
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !italianBases.has(key))).toEqual([]);
  });

  it.each(PUBLIC_LANGUAGES.filter((lang) => lang !== 'it'))(
    'translate every Italian string into %s, in each plural form, with the same placeholders',
    (lang) => {
      const translated = new Map(strings(PUBLIC_CATALOGUES[lang]));
      const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const needed = [...italianBases].flatMap((base) =>
        italian.has(base) ? [base] : forms.map((form) => `${base}_${form}`),
      );
      expect(needed.length).toBeGreaterThan(150);
      expect(needed.filter((key) => !translated.has(key))).toEqual([]);
      expect([...translated.keys()].filter((key) => !italianBases.has(key.replace(PLURAL, '')))).toEqual([]);
      expect([...translated].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
      const differing = [...translated].filter(([key, text]) => {
        const source = italian.get(key) ?? italian.get(`${key.replace(PLURAL, '')}_other`) ?? '';
        const own = placeholders(text).filter((name) => name !== 'count');
        return (
          own.join() !==
          placeholders(source)
            .filter((name) => name !== 'count')
            .join()
        );
      });
      expect(differing.map(([key]) => key)).toEqual([]);
    },
  );
});
