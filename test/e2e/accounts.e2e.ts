/**
 * The accounts journeys in a real browser against a real server: first-run
 * setup, an administrator creating a desk operator, the operator's first
 * sign-in with the temporary password and the forced password change; the
 * administration sections and the audit trail; the language switch; and the
 * app under the server's own Content-Security-Policy. axe-core checks every
 * page and state visited.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser } from '../helpers/browser';
import { startServer } from '../helpers/server';
import { configureAdministration, readAuditTrail } from './admin-steps';
import {
  completeSetup,
  createUser,
  expectNavigationFits,
  heading,
  type Person,
  replaceTemporaryPassword,
  type Server,
  signIn,
  signOut,
  watchAssets,
} from './steps';

const ADMIN: Person = {
  fullName: 'Ada Amministratrice',
  username: 'ada.admin',
  password: 'Girasole-Trampolino-Vetro-91',
};
const OPERATOR: Person = {
  fullName: 'Olga Operatrice',
  username: 'olga.op',
  password: 'Tramonto-Ciliegia-Lanterna-57',
};
const OFFICER: Person = {
  fullName: 'Paola Riservatezza',
  username: 'paola.dpo',
  password: 'Mongolfiera-Basilico-Ottone-33',
};

let browser: Browser;
const servers: Server[] = [];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser(inject('chromiumPath'));
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

/** A real server over a fresh database, for one journey. */
async function freshServer(): Promise<Server> {
  const server = await startServer();
  servers.push(server);
  return server;
}

/**
 * A fresh browser profile, under the server's real CSP. Reduced motion (honoured by
 * Bootstrap Italia) lets axe see dialogs after, not during, their fade-in.
 */
async function openPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'it-IT', reducedMotion: 'reduce' });
  contexts.push(context);
  return watchAssets(await context.newPage());
}

describe('accounts in the browser', () => {
  it('sets up Sportello, creates a desk operator, and the operator replaces the temporary password', async () => {
    const server = await freshServer();
    const page = await openPage();
    await completeSetup(page, server, ADMIN);
    await page.getByText('Configurazione completata').waitFor();
    expect(await page.getByRole('main').textContent()).toContain('Consorzio CISA 31');
    await expectAccessible(page, 'administrator home');

    await page
      .getByRole('navigation', { name: 'Navigazione principale' })
      .getByRole('link', { name: 'Utenti' })
      .click();
    await heading(page, 'Utenti');
    await page.getByRole('row', { name: new RegExp(ADMIN.fullName) }).waitFor();
    await expectAccessible(page, 'users list');
    const operator = { ...OPERATOR, organisation: 'Comune di Carmagnola', roles: ['Operatore di sportello'] };
    const temporaryPassword = await createUser(page, operator, async (step) => {
      if (step === 'user form') {
        await page.getByRole('button', { name: "Crea l'utente" }).click();
        await page.getByText('Scegli almeno un ruolo').waitFor();
        expect(await page.getByLabel('Nome e cognome', { exact: true }).getAttribute('aria-invalid')).toBe(
          'true',
        );
      }
      await expectAccessible(page, step);
    });
    const row = page.getByRole('row', { name: new RegExp(OPERATOR.fullName) });
    await row.getByText('Deve cambiare la password').waitFor();
    expect(await row.textContent()).toContain('Operatore di sportello');
    await signOut(page, ADMIN.fullName);
    await expectAccessible(page, 'sign-in page');

    await signIn(page, OPERATOR.username, temporaryPassword);
    await heading(page, 'Scegli una nuova password');
    await expectAccessible(page, 'forced password change');
    await page.goto(`${server.url}/admin/users`);
    await heading(page, 'Scegli una nuova password');

    await page.getByLabel('Password attuale').fill(temporaryPassword);
    await page.getByLabel('Nuova password', { exact: true }).fill('password1234');
    await page.getByLabel('Ripeti la nuova password').fill('password1234');
    await page.getByRole('button', { name: 'Salva la nuova password' }).click();
    await page.getByText('Questa password è tra le più usate').waitFor();
    expect(await page.getByLabel('Nuova password', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expectAccessible(page, 'password change with the server refusing a common password');

    await page.getByLabel('Nuova password', { exact: true }).fill(OPERATOR.password);
    await page.getByLabel('Ripeti la nuova password').fill(OPERATOR.password);
    await page.getByRole('button', { name: 'Salva la nuova password' }).click();

    await heading(page, `Ti diamo il benvenuto, ${OPERATOR.fullName}`);
    await page.getByText('Password cambiata').waitFor();
    await page.getByRole('heading', { name: 'I tuoi sportelli' }).waitFor();
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('Comune di Carmagnola');
    expect(main).toContain('Operatore di sportello');
    const navigation = page.getByRole('navigation', { name: 'Navigazione principale' });
    expect(await navigation.getByRole('link', { name: 'Utenti' }).count()).toBe(0);
    await expectAccessible(page, 'desk operator home');

    await signOut(page, OPERATOR.fullName);
  });

  it('configures organisations, municipalities and desks; a privacy officer checks the audit trail', async () => {
    const server = await freshServer();
    const page = await openPage();
    await completeSetup(page, server, ADMIN);
    await configureAdministration(page);

    const officer = {
      ...OFFICER,
      organisation: 'Consorzio CISA 31',
      roles: ['Coordinatore', 'Referente privacy (DPO)'],
    };
    const temporaryPassword = await createUser(page, officer);
    await signOut(page, ADMIN.fullName);
    await replaceTemporaryPassword(page, temporaryPassword, OFFICER);

    const desk = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Sportello Sociale Carmagnola' }) });
    await desk.waitFor();
    expect(await desk.textContent()).toMatch(/lunedì: 09:00–12:00.*mercoledì: 09:00–12:00/);
    await expectAccessible(page, 'coordinator and privacy officer home');
    // The longest navigation (coordinator and privacy officer) wraps inside the window on a laptop and a desktop.
    for (const width of [1024, 1280, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      await expectNavigationFits(page);
    }
    await readAuditTrail(page);

    // The session ends on the server (as after the idle timeout): the next action lands on sign-in, saying why.
    await server.ctx.db.deleteFrom('sessions').execute();
    await page.getByLabel('Password attuale').fill(OFFICER.password);
    await page.getByLabel('Nuova password', { exact: true }).fill('Quaderno-Fagiano-Rubino-48');
    await page.getByLabel('Ripeti la nuova password').fill('Quaderno-Fagiano-Rubino-48');
    await page.getByRole('button', { name: 'Salva la nuova password' }).click();
    await heading(page, 'Accedi a Sportello');
    await page.getByText('La sessione è scaduta: accedi di nuovo').waitFor();
    await expectAccessible(page, 'sign-in after the session expired');
  });

  it('switches the interface to English and back, keeping it accessible', async () => {
    const server = await freshServer();
    const page = await openPage();
    await page.goto(`${server.url}/login`);
    await heading(page, 'Accedi a Sportello');
    expect(await page.getAttribute('html', 'lang')).toBe('it');

    await page.getByRole('button', { name: 'English' }).click();
    await heading(page, 'Sign in to Sportello');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByLabel('Username', { exact: true }).waitFor();
    await expectAccessible(page, 'sign-in page in English');

    await page.getByLabel('Username', { exact: true }).fill('nobody');
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').getByText('Wrong username or password').waitFor();
    await expectAccessible(page, 'sign-in refused, in English');

    await page.reload();
    await heading(page, 'Sign in to Sportello');
    await page.getByRole('button', { name: 'Italiano' }).click();
    await heading(page, 'Accedi a Sportello');
  });

  it('runs under the server’s Content-Security-Policy with self-hosted fonts and no third-party request', async () => {
    const server = await freshServer();
    const page = await openPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:'))
        problems.push(request.url());
    });

    await page.goto(`${server.url}/login`);
    await heading(page, 'Accedi a Sportello');
    const loadedFonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family);
    });
    expect(loadedFonts.map((family) => family.replaceAll('"', ''))).toContain('Titillium Web');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Titillium Web');
    await page.goto(`${server.url}/no-such-page`);
    await heading(page, 'Pagina non trovata');
    expect(problems).toEqual([]);
  });
});
