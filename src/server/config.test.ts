import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  const dataDir = () => mkdtempSync(path.join(os.tmpdir(), 'sportello-config-'));

  it('has working defaults: port 3000, ./data, 30-minute idle and 12-hour sessions', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      port: 3000,
      dataDir: dir,
      databaseUrl: undefined,
      publicUrl: 'http://localhost:3000',
      secureCookies: false,
      sessionIdleMinutes: 30,
      sessionAbsoluteMinutes: 720,
    });
  });

  it('generates a session secret once and keeps it in the data directory', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(existsSync(path.join(dir, 'session-secret'))).toBe(true);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(first);
    expect(readFileSync(path.join(dir, 'session-secret'), 'utf8').trim()).toBe(first);
  });

  it('uses secure cookies when the public address is https', () => {
    const config = loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: 'https://sportello.comune.example.it/' });
    expect(config.secureCookies).toBe(true);
    expect(config.publicUrl).toBe('https://sportello.comune.example.it');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT="abc" is not valid: expected a number.'],
    [{ PORT: '70000' }, 'PORT="70000" is not valid: expected a number of at most 65535.'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL="mysql://x" is not valid: expected a PostgreSQL URL'],
    [{ PUBLIC_URL: 'sportello' }, 'PUBLIC_URL="sportello" is not valid: expected an absolute URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL="loud" is not valid: expected one of fatal, error'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET="short" is not valid: expected at least 32 characters.'],
  ])('stops with a sentence naming the variable: %o', (env, sentence) => {
    const english = { DATA_DIR: dataDir(), LANG: 'en_GB.UTF-8', ...env };
    expect(() => loadConfig(english)).toThrow(ConfigError);
    expect(() => loadConfig(english)).toThrow(sentence);
  });

  it('says it in Italian on an Italian (or unspecified) console', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORT: 'abc' })).toThrow(
      'Sportello non può partire. PORT="abc" non è valido: serve un numero.',
    );
  });
});
