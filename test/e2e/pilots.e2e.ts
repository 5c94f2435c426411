/**
 * The pilot project page in a real browser, on the demo data: the
 * coordinator starts a second pilot phase with a target, writes their
 * organisation's evaluators' notes (the other organisation's section stays
 * read-only), then asks for the indicators as XLSX from the export panel and
 * sees it ready to download. axe-core checks the page at each step.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser } from '../helpers/browser';
import { type QueueServer, signedInAs, startQueueServer } from './queue-fixtures';
import { heading } from './steps';

let browser: Browser;
let server: QueueServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser(inject('chromiumPath'));
  server = await startQueueServer();
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.close();
});

it('a coordinator starts a pilot with targets, writes notes and exports the indicators as XLSX', async () => {
  const page = await signedInAs(browser, server, contexts, 'coordinatore');
  await page.goto(`${server.url}/monitoraggio/progetto`);
  await heading(page, 'Progetto pilota');
  await expectAccessible(page, 'pilots page');

  await page.getByRole('button', { name: 'Nuovo progetto pilota' }).click();
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Nuovo progetto pilota' }) });
  await form.getByLabel('Nome').fill('Seconda fase');
  await form.getByLabel('Inizio').fill('2027-07-12');
  await form.getByRole('textbox', { name: /^Attesa mediana/ }).fill('20');
  await form.getByRole('textbox', { name: /^Copertura della co-presenza/ }).fill('80');
  await expectAccessible(page, 'pilot form');
  await form.getByRole('button', { name: 'Salva' }).click();
  await page.getByText('Progetto pilota «Seconda fase» salvato').waitFor();

  const pilot = page.getByRole('article', { name: 'Seconda fase' });
  await pilot.getByText('dal 2027-07-12 al 2028-01-12').waitFor();
  await pilot.getByText(/≥ 80%/).waitFor();
  const notes = pilot.getByRole('textbox', { name: /^Note di / });
  await expect(notes.count()).resolves.toBe(1);
  await notes.fill('Prima valutazione: code brevi, molte domande sulla casa.');
  await pilot.getByRole('button', { name: 'Salva le note' }).click();
  await pilot.getByText('Note salvate').waitFor();
  await expectAccessible(page, 'pilot with notes');

  // Bootstrap Italia draws the radio on its label: a person clicks the label.
  await page.locator('label', { hasText: 'Dati pseudonimizzati per contatto' }).click();
  await page.getByRole('textbox', { name: 'Chiave degli pseudonimi' }).waitFor();
  await expectAccessible(page, 'dataset export options');
  await page.locator('label', { hasText: 'Indicatori (aggregati)' }).click();
  await expect(page.getByRole('radio', { name: 'Indicatori (aggregati)' }).isChecked()).resolves.toBe(true);
  await expect(page.getByRole('combobox', { name: 'Formato' }).inputValue()).resolves.toBe('xlsx');
  await expect(
    page.getByRole('checkbox', { name: 'Nascondi i numeri piccoli (<5)' }).isChecked(),
  ).resolves.toBe(true);
  await page.getByRole('button', { name: 'Prepara il file' }).click();
  await page.getByText('Esportazione richiesta: il file è in preparazione.').waitFor();
  const log = page.getByRole('table');
  await log.getByRole('cell', { name: 'Pronto' }).first().waitFor({ timeout: 30_000 });
  await expect(log.getByRole('link', { name: /^Scarica/ }).count()).resolves.toBeGreaterThan(0);
  await expectAccessible(page, 'export done');
});
