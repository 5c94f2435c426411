/**
 * `npm run sportello -- <command>`: what an operator does from the machine's
 * console. Commands act on the configured database (DATA_DIR or DATABASE_URL)
 * and print plain sentences; a failure exits with status 1.
 */
import { Command } from 'commander';
import { read } from 'read';
import { languageFromHeader } from '../shared/i18n';
import type { OrganisationKind } from '../shared/roles';
import { SetupInput } from '../shared/schemas/accounts';
import { listTenantsWithTrail, verifyChain } from './audit/trail';
import { hashPassword, temporaryPassword } from './auth/passwords';
import { ConfigError, loadConfig } from './config';
import { printDemoCredentials, printSetupLink } from './console';
import { type Ctx, inTransaction } from './context';
import { type Database, openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { seedDemo } from './demo/seed';
import { DomainError } from './errors';
import { issueMessage, translate } from './http/i18n';
import { addTenantFromCli, issueSetupToken, setupFromCli } from './modules/accounts/setup.service';
import { findLogin, setPasswordFromConsole } from './modules/accounts/users.service';

const lang = languageFromHeader((process.env.LANG ?? 'it').replace('_', '-'));

async function withDatabase(run: (ctx: Ctx, database: Database) => Promise<void>) {
  const config = loadConfig();
  const database = openDatabase(config);
  try {
    await migrateToLatest(database);
    await run(
      {
        db: database.db,
        dialect: database.dialect,
        config,
        actor: null,
        now: () => new Date(),
        requestId: null,
      },
      database,
    );
  } finally {
    await database.close();
  }
}

const program = new Command('sportello').description(
  'Sportello Sociale: console commands / comandi da console',
);

program
  .command('migrate')
  .description('Apply pending database migrations / applica le migrazioni')
  .action(() =>
    withDatabase(async (_ctx, database) => {
      console.log(`Database aggiornato / up to date (${database.describe()}).`);
    }),
  );

function tenantCommand(name: string, description: string, create: typeof setupFromCli) {
  program
    .command(name)
    .description(description)
    .requiredOption('--tenant-name <name>', 'ambito territoriale, e.g. "CISA 31"')
    .requiredOption('--tenant-code <code>', 'short code, e.g. cisa31')
    .requiredOption(
      '--organisation <kind:name...>',
      'organisation, e.g. "comune:Comune di Carmagnola" (repeatable)',
    )
    .requiredOption('--admin-name <name>', 'administrator full name')
    .requiredOption('--admin-username <username>', 'administrator sign-in name')
    .option('--admin-email <email>', 'administrator e-mail')
    .option('--admin-organisation <index>', 'which --organisation the administrator works for (0-based)', '0')
    .addHelpText('after', '\nThe password is read from SPORTELLO_ADMIN_PASSWORD or asked for at the prompt.')
    .action((options) =>
      withDatabase(async (ctx) => {
        const password =
          process.env.SPORTELLO_ADMIN_PASSWORD ??
          (await ask('Password amministratore / administrator password: '));
        const parsed = SetupInput.omit({ token: true }).safeParse({
          tenant: { name: options.tenantName, code: options.tenantCode },
          organisations: (options.organisation as string[]).map(parseOrganisation),
          admin: {
            fullName: options.adminName,
            username: options.adminUsername,
            email: options.adminEmail ?? null,
            password,
            organisationIndex: Number(options.adminOrganisation),
          },
        });
        if (!parsed.success) {
          for (const issue of parsed.error.issues)
            console.error(`${issue.path.join('.')}: ${issueMessage(lang, issue)}`);
          process.exitCode = 1;
          return;
        }
        await create(ctx, parsed.data);
        console.log(`Fatto / Done: ${options.tenantName}, admin ${options.adminUsername}.`);
      }),
    );
}

tenantCommand(
  'setup',
  'First-run setup without the browser / configurazione iniziale da console',
  setupFromCli,
);
tenantCommand(
  'tenant-add',
  'Add a further tenant (ambito) with its administrator / aggiunge un ambito',
  addTenantFromCli,
);

program
  .command('setup-link')
  .description('Print a fresh one-time setup link while setup is pending / nuovo link di configurazione')
  .action(() =>
    withDatabase(async (ctx) => {
      const token = await issueSetupToken(ctx);
      if (token) printSetupLink(ctx.config, token);
      else console.log(translate(lang, 'errors.setupDone'));
    }),
  );

program
  .command('seed-demo')
  .description(
    'Load the demonstration data (CISA 31) without starting the server / carica i dati dimostrativi',
  )
  .action(() => withDatabase(async (ctx) => printDemoCredentials(ctx.config, await seedDemo(ctx))));

const audit = program.command('audit').description('Audit trail / registro accessi');
audit
  .command('verify')
  .description('Verify every tenant’s hash chain; exit 1 at the first broken link / verifica la catena')
  .action(() =>
    withDatabase(async (ctx) => {
      for (const tenantId of await listTenantsWithTrail(ctx)) {
        const result = await verifyChain(ctx, tenantId);
        if (result.ok) {
          console.log(`tenant ${tenantId}: OK, ${result.checked} eventi / events`);
        } else {
          console.log(
            `tenant ${tenantId}: CATENA INTERROTTA / CHAIN BROKEN at event ${result.brokenAt} (${result.reason}), ` +
              `${result.checked} eventi integri prima / intact events before it`,
          );
          process.exitCode = 1;
        }
      }
    }),
  );

const users = program.command('users').description('Staff accounts / utenti');
users
  .command('reset-password <username>')
  .description('Give a user a temporary password (e.g. a locked-out administrator) / password temporanea')
  .action((username: string) =>
    withDatabase(async (ctx) => {
      const password = temporaryPassword();
      const passwordHash = await hashPassword(password);
      const found = await inTransaction(ctx, async (tx) => {
        const login = await findLogin(tx, username.toLowerCase());
        if (!login) return false;
        await setPasswordFromConsole(tx, login.tenantId, login.id, passwordHash, true);
        return true;
      });
      if (!found) {
        console.error(`${username}: ${translate(lang, 'errors.notFound')}`);
        process.exitCode = 1;
        return;
      }
      console.log(`Password temporanea per / temporary password for ${username}: ${password}`);
      console.log('Va cambiata al primo accesso / must be changed at first sign-in.');
    }),
  );

function parseOrganisation(value: string): { kind: OrganisationKind; name: string } {
  const colon = value.indexOf(':');
  return { kind: value.slice(0, colon) as OrganisationKind, name: value.slice(colon + 1) };
}

async function ask(prompt: string): Promise<string> {
  if (!process.stdin.isTTY)
    throw new Error('SPORTELLO_ADMIN_PASSWORD is not set and there is no terminal to ask');
  return read({ prompt, silent: true, replace: '*' });
}

program.parseAsync().catch((error: Error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof DomainError) {
    console.error(translate(lang, error.messageKey, error.params));
    for (const field of error.fields) console.error(`  ${field.field}: ${translate(lang, field.message)}`);
  } else console.error(error.message);
  process.exit(1);
});
