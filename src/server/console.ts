/**
 * What the server and the CLI print for the person at the console: plain
 * sentences from the i18n catalogues, in the language of the console's LANG
 * (Italian unless it names English). Never through the logger.
 */
import { languageFromHeader } from '../shared/i18n';
import type { Config } from './config';
import type { DemoCredentials } from './demo/seed';
import { translate } from './http/i18n';
import { SETUP_TOKEN_MINUTES } from './modules/accounts/setup.service';

export const consoleLanguage = languageFromHeader(process.env.LANG);

/** A console sentence from the catalogue (key under `console.`). */
export const say = (key: string, params: Record<string, unknown> = {}) =>
  translate(consoleLanguage, `console.${key}`, params);

export function setupLink(config: Config, token: string): string {
  // The token travels in the fragment, which browsers never send to servers or proxies' logs.
  return `${config.publicUrl}/setup#token=${token}`;
}

export function printSetupLink(config: Config, token: string): void {
  console.log(
    [
      '',
      say('setupIntro'),
      '',
      `    ${setupLink(config, token)}`,
      '',
      say('setupValidity', { minutes: SETUP_TOKEN_MINUTES }),
      '',
    ].join('\n'),
  );
}

export function printDemoCredentials(config: Config, demo: DemoCredentials): void {
  const width = Math.max(...demo.users.map((u) => u.username.length));
  console.log(
    [
      '',
      say(demo.created ? 'demoLoaded' : 'demoReset'),
      say('signInAt', { url: `${config.publicUrl}/login` }),
      '',
      ...demo.users.map((u) => `    ${u.username.padEnd(width)}  ${u.password}   (${u.roles.join(', ')})`),
      '',
      ...(demo.devices.length > 0
        ? [
            say('demoDevices'),
            ...demo.devices.map((d) => `    ${d.name}: ${d.pairingUrl}`),
            '',
            say('demoStatusPage', { url: `${config.publicUrl}/sportello/${demo.devices[0]!.deskId}` }),
            '',
          ]
        : []),
    ].join('\n'),
  );
}
