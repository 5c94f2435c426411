/**
 * Every key the web app asks for exists in both catalogues, and the two
 * catalogues hold the same keys: a missing translation shows as a raw key.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../shared/i18n';

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
});
