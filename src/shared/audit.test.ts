import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from './audit';
import { CATALOGUES } from './i18n';

const lookup = (tree: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('audit vocabulary', () => {
  it.each(Object.keys(CATALOGUES))('names every action and entity in %s', (lang) => {
    const catalogue = CATALOGUES[lang as keyof typeof CATALOGUES];
    const missing = [
      ...AUDIT_ACTIONS.filter((action) => typeof lookup(catalogue, `auditActions.${action}`) !== 'string'),
      ...AUDIT_ENTITIES.filter((entity) => typeof lookup(catalogue, `auditEntities.${entity}`) !== 'string'),
    ];
    expect(missing).toEqual([]);
  });
});
