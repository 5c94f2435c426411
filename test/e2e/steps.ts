/**
 * What a person does in the browser, step by step, for the journeys in
 * *.e2e.ts. Locators go by role and label, as a screen-reader user would
 * find things, so the steps also prove the forms are labelled.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectAccessible } from '../helpers/browser';
import type { startServer } from '../helpers/server';

export type Server = Awaited<ReturnType<typeof startServer>>;

export interface Person {
  fullName: string;
  username: string;
  password: string;
}

const failedAssets = new WeakMap<Page, string[]>();

/** Remember app files the server refused, so a page that never renders says why. */
export function watchAssets(page: Page): Page {
  const failures: string[] = [];
  failedAssets.set(page, failures);
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname.startsWith('/assets/')) {
      failures.push(`${response.status()} ${new URL(response.url()).pathname}`);
    }
  });
  return page;
}

export async function heading(page: Page, name: string | RegExp) {
  const h1 = page.getByRole('heading', { level: 1, name, exact: true });
  try {
    await h1.waitFor();
  } catch (error) {
    const failures = failedAssets.get(page) ?? [];
    if (failures.length === 0) throw error;
    throw new Error(`The web app did not load: the server refused ${failures.slice(0, 3).join(', ')}`, {
      cause: error,
    });
  }
  return h1;
}

export async function goToSection(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Navigazione principale' })
    .getByRole('link', { name, exact: true })
    .click();
  await heading(page, name);
}

/** Every link of the main navigation lies inside the window, and the page scrolls no sideways. */
export async function expectNavigationFits(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Navigazione principale' });
  await nav.getByRole('link').first().waitFor();
  const layout = await nav.evaluate((element) => ({
    width: window.innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    links: [...element.querySelectorAll('a')].map((a) => {
      const box = a.getBoundingClientRect();
      return { text: a.textContent?.trim(), left: box.left, right: box.right };
    }),
  }));
  expect(layout.links.length).toBeGreaterThan(1);
  expect(layout.links.filter((l) => l.left < 0 || l.right > layout.width)).toEqual([]);
  expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
}

export async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('Nome utente', { exact: true }).fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
}

export async function signOut(page: Page, fullName: string) {
  const banner = page.getByRole('banner');
  await banner.getByRole('button', { name: `Menu utente: ${fullName}` }).click();
  await banner.getByRole('button', { name: 'Esci' }).click();
  await heading(page, 'Accedi a Sportello');
}

/** The first-run page, from the link the server prints, with its two organisations. */
export async function completeSetup(page: Page, server: Server, admin: Person) {
  const token = await server.issueSetupToken();
  expect(token).toMatch(/^[\w-]{40,}$/);
  await page.goto(`${server.url}/setup#token=${token}`);
  await heading(page, 'Configurazione iniziale');
  await page.getByLabel("Nome dell'ambito", { exact: true }).waitFor();
  await expectAccessible(page, 'setup page');

  await page.getByLabel("Nome dell'ambito", { exact: true }).fill('Ambito CISA 31');
  await page.getByLabel("Codice dell'ambito", { exact: true }).fill('cisa31');
  const first = page.getByRole('group', { name: 'Ente 1' });
  await first.getByLabel('Nome', { exact: true }).fill('Comune di Carmagnola');
  await first.getByLabel('Tipo di ente').selectOption('comune');
  const second = page.getByRole('group', { name: 'Ente 2' });
  await second.getByLabel('Nome', { exact: true }).fill('Consorzio CISA 31');
  await second.getByLabel('Tipo di ente').selectOption('consorzio');
  await page.getByLabel('Nome e cognome', { exact: true }).fill(admin.fullName);
  await page.getByLabel('Nome utente', { exact: true }).fill(admin.username);
  await page.getByLabel('E-mail (facoltativa)').fill('ada@example.it');
  await page.getByLabel('Ente per cui lavori').selectOption({ label: 'Consorzio CISA 31' });
  await page.getByLabel('Password', { exact: true }).fill(admin.password);
  await page.getByLabel('Ripeti la nuova password').fill(admin.password);
  await page.getByRole('button', { name: 'Completa la configurazione' }).click();
  await heading(page, `Ti diamo il benvenuto, ${admin.fullName}`);
}

export interface NewUser {
  fullName: string;
  username: string;
  organisation: string;
  roles: string[];
}

/** Creates a user from the users page; returns the temporary password shown once. */
export async function createUser(
  page: Page,
  user: NewUser,
  check = async (_step: string) => {},
): Promise<string> {
  await page.getByRole('link', { name: 'Nuovo utente' }).click();
  await heading(page, 'Nuovo utente');
  await page.getByLabel('Nome e cognome', { exact: true }).waitFor();
  await check('user form');
  await page.getByLabel('Nome e cognome', { exact: true }).fill(user.fullName);
  await page.getByLabel('Nome utente', { exact: true }).fill(user.username);
  await page.getByLabel('Ente', { exact: true }).selectOption({ label: user.organisation });
  for (const role of user.roles) {
    // Bootstrap Italia draws the box on the label, over the native input: the click goes to the label.
    const box = page.getByRole('group', { name: 'Ruoli' }).getByLabel(role);
    await box.check({ force: true });
    expect(await box.isChecked()).toBe(true);
  }
  await page.getByRole('button', { name: "Crea l'utente" }).click();

  const dialog = page.getByRole('dialog', { name: 'Password temporanea' });
  await dialog.waitFor();
  await page.locator('.modal.show').waitFor();
  await dialog.getByText('Consegnala di persona').waitFor();
  const password = (await dialog.locator('code').textContent())?.trim() ?? '';
  expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  await check('temporary password dialog');
  await dialog.getByRole('button', { name: 'Ho preso nota, chiudi' }).click();

  await heading(page, 'Utenti');
  await page.getByText(`Utente ${user.fullName} creato.`).waitFor();
  return password;
}

/** First sign-in with a temporary password: the new-password page, whatever address is asked for. */
export async function replaceTemporaryPassword(page: Page, temporary: string, person: Person) {
  await signIn(page, person.username, temporary);
  await heading(page, 'Scegli una nuova password');
  await page.getByLabel('Password attuale').fill(temporary);
  await page.getByLabel('Nuova password', { exact: true }).fill(person.password);
  await page.getByLabel('Ripeti la nuova password').fill(person.password);
  await page.getByRole('button', { name: 'Salva la nuova password' }).click();
  await heading(page, `Ti diamo il benvenuto, ${person.fullName}`);
}

/** Open the confirmation dialog of a row action, check it, confirm it. */
export async function confirmRowAction(page: Page, button: string, title: string, label: string) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  await page.locator('.modal.show').waitFor();
  await expectAccessible(page, label);
  await dialog.getByRole('button', { name: title }).click();
  await dialog.waitFor({ state: 'hidden' });
}
