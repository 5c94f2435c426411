/**
 * `npm run sportello -- <command>`: what an operator does from the machine's
 * console. Commands act on the configured database (DATA_DIR or DATABASE_URL)
 * and print plain sentences in the console's language; a failure exits with 1.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { read } from 'read';
import type { OrganisationKind } from '../shared/roles';
import { SetupInput } from '../shared/schemas/accounts';
import { listTenantsWithTrail, verifyChain } from './audit/trail';
import { hashPassword, temporaryPassword } from './auth/passwords';
import { ConfigError, loadConfig } from './config';
import { consoleLanguage as lang, printDemoCredentials, printSetupLink, say } from './console';
import { type Ctx, consoleContext, inTransaction } from './context';
import { type Database, openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { generate } from './demo/generate';
import { seedDemo } from './demo/seed';
import { DomainError } from './errors';
import { issueMessage, translate } from './http/i18n';
import { addTenantFromCli, issueSetupToken, setupFromCli } from './modules/accounts/setup.service';
import { findLogin, setPasswordFromConsole } from './modules/accounts/users.service';
import { importCareFromConsole } from './modules/care/care-import';
import { findTenantByCode } from './modules/directory/directory.repo';
import { exportDocuments } from './modules/directory/directory-export';
import {
  importFromConsole,
  parseCsvDocuments,
  parseJsonDocuments,
} from './modules/directory/directory-import';
import { toDatapackage } from './modules/directory/hsds-csv';
import { ensureAllTenantsTerms } from './modules/vocabularies/vocabularies.service';

const help = (key: string) => say(`help.${key}`);

async function withDatabase(run: (ctx: Ctx, database: Database) => Promise<void>) {
  const config = loadConfig();
  const database = openDatabase(config);
  try {
    await migrateToLatest(database);
    const ctx = consoleContext(database, config);
    await ensureAllTenantsTerms(ctx);
    await run(ctx, database);
  } finally {
    await database.close();
  }
}

const program = new Command('sportello').description(help('program'));

program
  .command('migrate')
  .description(help('migrate'))
  .action(() =>
    withDatabase(async (_ctx, database) => console.log(say('migrated', { engine: database.describe() }))),
  );

function tenantCommand(name: string, description: string, create: typeof setupFromCli) {
  program
    .command(name)
    .description(description)
    .requiredOption('--tenant-name <name>', help('tenantName'))
    .requiredOption('--tenant-code <code>', help('tenantCode'))
    .requiredOption('--organisation <kind:name...>', help('organisation'))
    .requiredOption('--admin-name <name>', help('adminName'))
    .requiredOption('--admin-username <username>', help('adminUsername'))
    .option('--admin-email <email>', help('adminEmail'))
    .option('--admin-organisation <index>', help('adminOrganisation'), '0')
    .addHelpText('after', `\n${help('passwordSource')}`)
    .action((options) =>
      withDatabase(async (ctx) => {
        const password = process.env.SPORTELLO_ADMIN_PASSWORD ?? (await askPassword());
        const parsed = SetupInput.omit({ token: true }).safeParse({
          tenant: { name: options.tenantName, code: options.tenantCode },
          organisations: (options.organisation as string[]).map(parseOrganisation),
          admin: {
            fullName: options.adminName,
            username: options.adminUsername,
            email: options.adminEmail ?? null,
            password,
            organisationIndex: Number(options.adminOrganisation),
            locale: lang,
          },
        });
        if (!parsed.success) {
          for (const issue of parsed.error.issues)
            console.error(`${issue.path.join('.')}: ${issueMessage(lang, issue)}`);
          process.exitCode = 1;
          return;
        }
        await create(ctx, parsed.data);
        console.log(say('tenantCreated', { tenant: options.tenantName, username: options.adminUsername }));
      }),
    );
}

tenantCommand('setup', help('setup'), setupFromCli);
tenantCommand('tenant-add', help('tenantAdd'), addTenantFromCli);

program
  .command('setup-link')
  .description(help('setupLink'))
  .action(() =>
    withDatabase(async (ctx) => {
      const token = await issueSetupToken(ctx);
      if (token) printSetupLink(ctx.config, token);
      else console.log(say('setupDone'));
    }),
  );

program
  .command('seed-demo')
  .description(help('seedDemo'))
  .action(() => withDatabase(async (ctx) => printDemoCredentials(ctx.config, await seedDemo(ctx))));

program
  .command('generate')
  .description(help('generate'))
  .requiredOption('--desks <n>', help('generateDesks'), Number)
  .requiredOption('--years <y>', help('generateYears'), Number)
  .option('--tenant <code>', help('generateTenant'))
  .option('--contacts-per-day <k>', help('generateContactsPerDay'), Number)
  .option('--seed <s>', help('generateSeed'), Number, 1)
  .action(
    (options: { desks: number; years: number; tenant?: string; contactsPerDay?: number; seed: number }) =>
      withDatabase(async (ctx) => {
        const invalid = (['desks', 'years', 'contactsPerDay', 'seed'] as const).filter(
          (key) => options[key] !== undefined && !(Number(options[key]) > 0),
        );
        if (invalid.length > 0 || !Number.isInteger(options.desks)) {
          for (const key of invalid.length > 0 ? invalid : ['desks'])
            console.error(
              `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${translate(lang, 'validation.number')}`,
            );
          process.exitCode = 1;
          return;
        }
        const result = await generate(ctx, {
          desks: options.desks,
          years: options.years,
          tenantCode: options.tenant,
          contactsPerDay: options.contactsPerDay,
          seed: options.seed,
          onProgress: (stage, done, total) =>
            process.stderr.write(
              `generate ${stage}: ${done}/${total} (${Math.round((100 * done) / total)}%)\n`,
            ),
        });
        const { desks, contacts, requests, tickets, seconds } = result;
        console.log(JSON.stringify({ desks, contacts, requests, tickets, seconds }));
      }),
  );

const audit = program.command('audit').description(help('audit'));
audit
  .command('verify')
  .description(help('auditVerify'))
  .action(() =>
    withDatabase(async (ctx) => {
      for (const tenant of await listTenantsWithTrail(ctx)) {
        const result = await verifyChain(ctx, tenant);
        const params = { tenant, count: result.checked, seq: result.brokenAt, reason: result.reason };
        console.log(say(result.ok ? 'auditIntact' : 'auditBroken', params));
        if (!result.ok) process.exitCode = 1;
      }
    }),
  );

const users = program.command('users').description(help('users'));
users
  .command('reset-password <username>')
  .description(help('resetPassword'))
  .action((username: string) =>
    withDatabase(async (ctx) => {
      const password = temporaryPassword();
      const passwordHash = await hashPassword(password);
      const found = await inTransaction(ctx, async (tx) => {
        const login = await findLogin(tx, username.toLowerCase());
        if (login) await setPasswordFromConsole(tx, login.tenantId, login.id, passwordHash, true);
        return login !== null;
      });
      if (!found) {
        console.error(`${username}: ${translate(lang, 'errors.notFound')}`);
        process.exitCode = 1;
        return;
      }
      console.log(say('temporaryPassword', { username, password }));
      console.log(say('mustChange'));
    }),
  );

const care = program.command('care').description(help('care'));
care
  .command('import <file>')
  .description(help('careImport'))
  .requiredOption('--tenant <code>', help('careImportTenant'))
  .option('--dry-run', help('careImportDryRun'))
  .action((file: string, options: { tenant: string; dryRun?: boolean }) =>
    withDatabase(async (ctx) => {
      const csv = readFileSync(file, 'utf8');
      const result = await importCareFromConsole(
        ctx,
        options.tenant,
        { csv, dryRun: options.dryRun === true },
        lang,
      );
      if (!result) {
        console.error(say('tenantUnknown', { code: options.tenant }));
        process.exitCode = 1;
        return;
      }
      for (const problem of result.errors)
        console.error(say('careImportProblem', { ...problem, field: problem.field ?? '-' }));
      if (!result.ok) {
        console.error(say('careImportFailed', { count: result.errors.length }));
        process.exitCode = 1;
        return;
      }
      console.log(say('careImportSummary', result));
      console.log(say(result.dryRun ? 'careImportDryRun' : 'careImportDone'));
    }),
  );

const directory = program.command('directory').description(help('directory'));
directory
  .command('export')
  .description(help('directoryExport'))
  .requiredOption('--tenant <code>', help('directoryTenant'))
  .requiredOption('--out <path>', help('directoryOut'))
  .option('--format <format>', help('directoryFormat'), 'json')
  .action((options: { tenant: string; out: string; format: string }) =>
    withDatabase(async (ctx) => {
      const tenant = await findTenantByCode(ctx.db, options.tenant);
      if (!tenant) {
        console.error(say('tenantUnknown', { code: options.tenant }));
        process.exitCode = 1;
        return;
      }
      const documents = await exportDocuments(ctx, tenant.id);
      if (options.format === 'csv') {
        mkdirSync(options.out, { recursive: true });
        for (const file of toDatapackage(documents))
          writeFileSync(path.join(options.out, file.path), file.text);
      } else writeFileSync(options.out, `${JSON.stringify(documents, null, 2)}\n`);
      console.log(say('directoryExported', { count: documents.length, path: options.out }));
    }),
  );
directory
  .command('import <path>')
  .description(help('directoryImport'))
  .requiredOption('--tenant <code>', help('directoryTenant'))
  .option('--dry-run', help('directoryDryRun'))
  .action((source: string, options: { tenant: string; dryRun?: boolean }) =>
    withDatabase(async (ctx) => {
      const documents = statSync(source).isDirectory()
        ? parseCsvDocuments((file) => {
            const full = path.join(source, file);
            return existsSync(full) ? readFileSync(full, 'utf8') : null;
          })
        : parseJsonDocuments(readFileSync(source, 'utf8'));
      const result = await importFromConsole(ctx, options.tenant, documents, options.dryRun === true, lang);
      if (!result) {
        console.error(say('tenantUnknown', { code: options.tenant }));
        process.exitCode = 1;
        return;
      }
      for (const problem of result.errors) {
        const where = problem.file ? `${problem.file}:${problem.line ?? '-'}` : `#${problem.index ?? '-'}`;
        console.error(
          say('directoryImportProblem', { where, field: problem.field ?? '-', message: problem.message }),
        );
      }
      if (!result.ok) {
        console.error(say('directoryImportFailed', { count: result.errors.length }));
        process.exitCode = 1;
        return;
      }
      console.log(say('directoryImportSummary', result));
      console.log(say(result.dryRun ? 'directoryImportDryRun' : 'directoryImportDone'));
    }),
  );

function parseOrganisation(value: string): { kind: OrganisationKind; name: string } {
  const colon = value.indexOf(':');
  return { kind: value.slice(0, colon) as OrganisationKind, name: value.slice(colon + 1) };
}

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new Error(say('noPasswordSource'));
  return read({ prompt: say('passwordPrompt'), silent: true, replace: '*' });
}

program.parseAsync().catch((error: Error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof DomainError) {
    console.error(translate(lang, error.messageKey, error.params));
    for (const field of error.fields) console.error(`  ${field.field}: ${translate(lang, field.message)}`);
  } else console.error(error.message);
  process.exit(1);
});
