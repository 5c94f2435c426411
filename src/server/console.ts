/** What the server and the CLI print for people at the console (bilingual, no logger). */
import type { Config } from './config';
import type { DemoCredentials } from './demo/seed';
import { SETUP_TOKEN_MINUTES } from './modules/accounts/setup.service';

export function setupLink(config: Config, token: string): string {
  // The token travels in the fragment, which browsers never send to servers or proxies' logs.
  return `${config.publicUrl}/setup#token=${token}`;
}

export function printSetupLink(config: Config, token: string): void {
  console.log(
    [
      '',
      'Primo avvio: apri questo link per creare l’ambito, gli enti e il tuo account di amministratore.',
      `First start: open this link to create the tenant, the organisations and your administrator account.`,
      '',
      `    ${setupLink(config, token)}`,
      '',
      `Il link vale ${SETUP_TOKEN_MINUTES} minuti e una sola volta / valid for ${SETUP_TOKEN_MINUTES} minutes, once.`,
      '',
    ].join('\n'),
  );
}

export function printDemoCredentials(config: Config, demo: DemoCredentials): void {
  const width = Math.max(...demo.users.map((u) => u.username.length));
  console.log(
    [
      '',
      demo.created
        ? 'Dati dimostrativi caricati / Demo data loaded.'
        : 'Dati dimostrativi già presenti: nuove password / Demo data present: new passwords.',
      `Accedi a / Sign in at ${config.publicUrl}/login`,
      '',
      ...demo.users.map((u) => `    ${u.username.padEnd(width)}  ${u.password}   (${u.roles.join(', ')})`),
      '',
    ].join('\n'),
  );
}
