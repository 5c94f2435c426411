/**
 * The administration sections and the audit trail, as an administrator and a
 * privacy officer use them; every page and dialog is checked with axe-core.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectAccessible } from '../helpers/browser';
import { confirmRowAction, goToSection, heading } from './steps';

async function save(page: Page, listHeading: string, flash: string) {
  await page.getByRole('button', { name: 'Salva', exact: true }).click();
  await heading(page, listHeading);
  await page.getByText(flash).waitFor();
}

async function organisations(page: Page) {
  await goToSection(page, 'Enti');
  await page.getByRole('row', { name: /Consorzio CISA 31/ }).waitFor();
  await expectAccessible(page, 'organisations list');

  await page.getByRole('link', { name: 'Nuovo ente' }).click();
  await heading(page, 'Nuovo ente');
  await page.getByLabel('Nome', { exact: true }).fill('ASL TO5');
  await page.getByLabel('Tipo di ente').selectOption('asl');
  await page.getByLabel('Telefono (facoltativo)').fill('011 000 0000');
  await expectAccessible(page, 'organisation form');
  await save(page, 'Enti', 'Ente ASL TO5 salvato.');

  await page.getByRole('link', { name: 'Modifica ASL TO5' }).click();
  await heading(page, 'Modifica ente');
  expect(await page.getByLabel('Nome', { exact: true }).inputValue()).toBe('ASL TO5');
  await page.getByLabel('E-mail (facoltativa)').fill('asl@example.it');
  await save(page, 'Enti', 'Ente ASL TO5 salvato.');
  const row = page.getByRole('row', { name: /ASL TO5/ });
  expect(await row.textContent()).toContain('asl@example.it');
  expect(await row.textContent()).toContain('ASL');

  await confirmRowAction(page, 'Disattiva ASL TO5', 'Disattiva', 'deactivate organisation dialog');
  await row.getByText('Disattivato').waitFor();
}

async function municipalities(page: Page) {
  await goToSection(page, 'Comuni di residenza');
  await expectAccessible(page, 'municipalities list');
  await page.getByRole('link', { name: 'Nuovo comune' }).click();
  await heading(page, 'Nuovo comune');
  await page.getByRole('button', { name: 'Salva', exact: true }).click();
  await page.getByText('Il codice ISTAT ha 6 cifre').waitFor();
  await expectAccessible(page, 'municipality form with its errors');

  await page.getByLabel('Codice ISTAT').fill('001059');
  await page.getByLabel('Nome', { exact: true }).fill('Carmagnola');
  await page.getByLabel('Provincia').fill('to');
  await page.getByLabel('Popolazione', { exact: true }).fill('28500');
  await page.getByLabel('Anno della popolazione (facoltativo)').fill('2024');
  await save(page, 'Comuni di residenza', 'Comune Carmagnola salvato.');
  const row = page.getByRole('row', { name: /Carmagnola/ });
  expect(await row.textContent()).toMatch(/001059.*Carmagnola.*TO.*28\.500.*2024/);
  await expectAccessible(page, 'municipalities list with a municipality');
}

async function desks(page: Page) {
  await goToSection(page, 'Sportelli');
  await page.getByRole('link', { name: 'Nuovo sportello' }).click();
  await heading(page, 'Nuovo sportello');
  await page.getByLabel('Nome', { exact: true }).fill('Sportello Sociale Carmagnola');
  await page.getByLabel('Indirizzo').fill('Via Roma 12, Carmagnola');
  await page.getByLabel('Comune (facoltativo)').selectOption({ label: 'Carmagnola (TO)' });
  expect(await page.getByLabel('Fuso orario').inputValue()).toBe('Europe/Rome');
  const staffing = page.getByRole('group', { name: 'Enti che gestiscono lo sportello' });
  for (const name of ['Comune di Carmagnola', 'Consorzio CISA 31'])
    await staffing.getByLabel(name).check({ force: true });

  await page.getByRole('button', { name: 'Aggiungi una fascia oraria' }).click();
  await page.getByRole('button', { name: 'Aggiungi una fascia oraria' }).click();
  const wednesday = page.getByRole('group', { name: 'Fascia oraria 2' });
  await wednesday.getByLabel('Giorno').selectOption('3');
  await wednesday.getByLabel('Apre alle').fill('09:00');
  await wednesday.getByLabel('Chiude alle').fill('12:00');
  await expectAccessible(page, 'desk form');
  await save(page, 'Sportelli', 'Sportello Sportello Sociale Carmagnola salvato.');
  const row = page.getByRole('row', { name: /Sportello Sociale Carmagnola/ });
  expect(await row.textContent()).toMatch(/lunedì 09:00–12:00; mercoledì 09:00–12:00/);
  await expectAccessible(page, 'desks list');
}

/** Organisations, a municipality and a desk staffed by both organisations; then back to the users page. */
export async function configureAdministration(page: Page) {
  await organisations(page);
  await municipalities(page);
  await desks(page);
  await goToSection(page, 'Utenti');
}

/** The privacy officer reads the trail, verifies the chain, filters it, and opens their own account page. */
export async function readAuditTrail(page: Page) {
  await page
    .getByRole('region', { name: 'Protezione dei dati' })
    .getByRole('link', { name: 'Registro accessi' })
    .click();
  await heading(page, 'Registro accessi');
  await page.getByRole('cell', { name: 'Password cambiata user.password_changed' }).waitFor();
  await expectAccessible(page, 'audit trail');

  await page.getByRole('button', { name: 'Verifica la catena' }).click();
  await page.getByText(/Registro integro: \d+ eventi verificati/).waitFor();
  await expectAccessible(page, 'audit chain verified');

  await page.getByLabel('Azione', { exact: true }).selectOption({ label: 'Utente creato' });
  await page.getByRole('button', { name: 'Applica i filtri' }).click();
  await page.getByText('Eventi dal più recente: 2 mostrati').waitFor();
  expect(await page.getByRole('cell', { name: 'Utente creato user.created' }).count()).toBe(2);

  await page
    .getByRole('banner')
    .getByRole('button', { name: /Menu utente/ })
    .click();
  await page.getByRole('banner').getByRole('link', { name: 'Il mio account' }).click();
  await heading(page, 'Il mio account');
  await expectAccessible(page, 'account page');
}
