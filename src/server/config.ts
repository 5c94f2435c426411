/**
 * The environment, parsed and validated once at start. A wrong value stops the
 * start with one sentence naming the variable and what is expected; nothing
 * else in the server reads process.env.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { languageFromHeader } from '../shared/i18n';
import { translate } from './http/i18n';

const minutes = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(fallback);

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//)
    .optional(),
  PUBLIC_URL: z.url().optional(),
  /** smtp://user:pass@host:port or smtps://…; without it no e-mail is sent (in-app notifications still are). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//)
    .optional(),
  MAIL_FROM: z.email().default('sportello@localhost'),
  SESSION_SECRET: z.string().min(32).optional(),
  SESSION_IDLE_MINUTES: minutes(30),
  SESSION_ABSOLUTE_MINUTES: minutes(12 * 60),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: minutes(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  secureCookies: boolean;
  sessionSecret: string;
  sessionIdleMinutes: number;
  sessionAbsoluteMinutes: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  loginRatePerMinute: number;
  logLevel: string;
  trustProxy: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
}

export class ConfigError extends Error {}

/** Parse the environment; throws ConfigError with a sentence a person understands. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lang = languageFromHeader(env.LANG);
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const [key, params] = expected(issue);
      return translate(lang, 'console.configProblem', {
        name,
        value: env[name] ?? '',
        expected: translate(lang, `console.expected.${key}`, params),
      });
    });
    throw new ConfigError(translate(lang, 'console.configInvalid', { problems: problems.join(' ') }));
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    sessionSecret: e.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteMinutes: e.SESSION_ABSOLUTE_MINUTES,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    loginRatePerMinute: e.LOGIN_RATE_PER_MINUTE,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
  };
}

/** What the variable should have been, as a catalogue key under console.expected and its values. */
function expected(issue: z.core.$ZodIssue): [string, Record<string, unknown>] {
  if (issue.code === 'invalid_value') return ['oneOf', { values: issue.values.join(', ') }];
  if (issue.code === 'too_small') {
    return issue.origin === 'string' ? ['chars', { min: issue.minimum }] : ['min', { min: issue.minimum }];
  }
  if (issue.code === 'too_big') return ['max', { max: issue.maximum }];
  if (issue.code === 'invalid_format') {
    if (issue.format === 'url') return ['url', {}];
    if (issue.format === 'email') return ['email', {}];
    return [issue.path[0] === 'SMTP_URL' ? 'smtpUrl' : 'postgresUrl', {}];
  }
  if (issue.code === 'invalid_type') return [issue.expected === 'number' ? 'number' : 'text', {}];
  return ['text', {}];
}

/** A secret kept beside the database so sessions survive a restart without configuration. */
function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
