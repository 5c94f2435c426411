/**
 * A morning at the desk in a real browser, on the demo data with the clock on
 * a Monday at 10:00 (the desk is open): a walk-in is served and recorded as
 * an anonymous contact asking for information; a second walk-in turns out to
 * be someone the desk already knows, found by typing part of the name with a
 * typo, and their contact gets two requests. Then the records: the person's
 * page with the timeline, the contact's page, and the coordinator's
 * vocabularies, care registry (CSV dry run) and duplicates. axe-core checks
 * every screen and state visited.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser } from '../helpers/browser';
import { type QueueServer, signedInAs, startQueueServer } from './queue-fixtures';
import { goToSection, heading } from './steps';

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

const signedIn = (username: string) => signedInAs(browser, server, contexts, username);

/** "Nuovo arrivo", "Chiama il prossimo", "Inizia": the contact panel opens on its own. */
async function serveNextArrival(page: Page, code: string) {
  const queue = page.getByRole('region', { name: /^Coda/ });
  await queue
    .getByRole('button', { name: /^Nuovo arrivo/ })
    .first()
    .click();
  await queue.getByRole('button', { name: `Chiama ${code}` }).click();
  const mine = page.getByRole('region', { name: 'Il tuo numero' });
  await mine.getByText(code, { exact: true }).waitFor();
  await mine.getByRole('button', { name: /^Inizia/ }).click();
  await page.getByTestId('contact-form').waitFor();
}

/** A person of the demo history with a name nobody else has, and no contact today. */
async function knownPerson() {
  const rows = await server.ctx.db
    .selectFrom('people')
    .select(['id', 'family_name', 'given_name', 'name_key'])
    .where('merged_into_id', 'is', null)
    .where('anonymised_at', 'is', null)
    .execute();
  const count = new Map<string, number>();
  for (const row of rows) count.set(row.family_name, (count.get(row.family_name) ?? 0) + 1);
  const person = rows.find((row) => count.get(row.family_name) === 1 && row.family_name.length >= 5);
  if (!person) throw new Error('the demo data has no person with a unique surname');
  return person;
}

describe('contacts at the desk in the browser', () => {
  it('a morning: an anonymous request for information, then a known person with two requests', async () => {
    const operator = await signedIn('operatore.comune');
    await operator
      .getByRole('navigation', { name: 'Navigazione principale' })
      .getByRole('link', { name: 'Banco' })
      .click();
    await heading(operator, server.desk.name);
    await operator.getByText('Aggiornamento in tempo reale').waitFor();
    await operator.getByLabel('Postazione').selectOption('Postazione 1');
    await operator.getByRole('button', { name: 'Check-in' }).click();
    await operator.getByText('La tua postazione: Postazione 1').waitFor();

    // First walk-in: anonymous, asks for information about economic support.
    await serveNextArrival(operator, 'A001');
    await expectAccessible(operator, 'contact panel open for A001');
    const first = operator.getByTestId('request-0');
    await first.getByTestId('area-chip-poverty_adults').click();
    await first.getByTestId('category-chip-economic_support').click();
    await first.getByTestId('outcome-information').click();
    await operator.getByLabel("Fascia d'età").selectOption('35-44');
    await operator.keyboard.press('Control+Enter');
    await operator.getByTestId('contact-saved').waitFor();
    await operator
      .getByRole('region', { name: 'Il tuo numero' })
      .getByText('Nessun numero in corso.')
      .waitFor();

    // Second walk-in: someone the desk knows. Part of the surname, with a typo, and the name's start.
    const person = await knownPerson();
    await serveNextArrival(operator, 'A002');
    const typed = `${person.given_name.slice(0, 3)} ${person.family_name.slice(0, 2)}${person.family_name.slice(3)}`;
    await operator.getByTestId('person-search').fill(typed);
    const result = operator.getByTestId('person-result').filter({ hasText: person.family_name }).first();
    await result.waitFor();
    await expectAccessible(operator, 'person search results');
    await result.click();
    await operator.getByTestId('chosen-person').getByText(person.family_name).waitFor();
    await operator.getByTestId('person-panel').waitFor();
    await expectAccessible(operator, 'person identified, with the right panel');

    const one = operator.getByTestId('request-0');
    await one.getByTestId('area-chip-elderly').click();
    await one.getByTestId('category-chip-home_care').click();
    await one.getByTestId('outcome-orientation').click();
    await one.getByTestId('service-name').fill('Servizio di assistenza domiciliare');
    await operator.getByTestId('add-request').click();
    const two = operator.getByTestId('request-1');
    await two.getByTestId('area-chip-poverty_adults').click();
    await two.getByTestId('category-chip-housing').click();
    await two.getByTestId('outcome-practical_support').click();
    await operator.getByTestId('save-contact').click();
    const saved = operator.getByTestId('contact-saved');
    await saved.waitFor();

    const stored = await server.ctx.db
      .selectFrom('contacts')
      .innerJoin('tickets', 'tickets.contact_id', 'contacts.id')
      .select(['contacts.id', 'contacts.person_id', 'tickets.code', 'tickets.status', 'contacts.channel'])
      .where('contacts.date', '=', '2027-01-11')
      .orderBy('tickets.code')
      .execute();
    expect(stored).toEqual([
      expect.objectContaining({ code: 'A001', status: 'done', person_id: null, channel: 'walk_in' }),
      expect.objectContaining({ code: 'A002', status: 'done', person_id: person.id, channel: 'walk_in' }),
    ]);
    const requests = await server.ctx.db
      .selectFrom('contact_requests')
      .select(['area_code', 'category_code', 'outcome_code', 'service_name'])
      .where('contact_id', '=', stored[1]!.id)
      .orderBy('position')
      .execute();
    expect(requests).toEqual([
      {
        area_code: 'elderly',
        category_code: 'home_care',
        outcome_code: 'orientation',
        service_name: 'Servizio di assistenza domiciliare',
      },
      {
        area_code: 'poverty_adults',
        category_code: 'housing',
        outcome_code: 'practical_support',
        service_name: null,
      },
    ]);

    // The contact's page, then the person's page with today's contact on the timeline.
    await saved.getByRole('link').click();
    await operator.getByRole('heading', { level: 1 }).waitFor();
    await operator.getByText('Servizio di assistenza domiciliare').waitFor();
    await expectAccessible(operator, 'contact page');
    await operator.goto(`${server.url}/persone/${person.id}`);
    await operator.getByRole('heading', { name: 'Storia', exact: true }).waitFor();
    await operator.getByText('Servizio di assistenza domiciliare').first().waitFor();
    await expectAccessible(operator, 'person page with timeline');
  });

  it('the coordinator keeps the vocabularies, checks a care registry file and sees likely duplicates', async () => {
    const coordinator = await signedIn('coordinatore');
    await goToSection(coordinator, 'Vocabolari');
    await coordinator.getByRole('tablist', { name: 'Tipi di vocabolario' }).waitFor();
    await coordinator.getByRole('cell', { name: 'Famiglia e minori' }).waitFor();
    await expectAccessible(coordinator, 'vocabularies');

    await goToSection(coordinator, 'Prese in carico');
    await expectAccessible(coordinator, 'care registry');
    await coordinator.goto(`${server.url}/monitoraggio/prese-in-carico/importa`);
    const csv = [
      'id_esterno;codice_fiscale;cognome;nome;data_nascita;ente;servizio;operatore;recapito_operatore;dal;al',
      'E1;RSSMRA80A01L219X;Rossi;Mario;;Consorzio CISA 31;Area adulti;Elena Bruno;;2026-01-10;',
      'E2;;Verdi;Anna;1950-02-30;Ente che non esiste;Area anziani;Davide Conti;;2026-01-10;',
    ].join('\n');
    await coordinator.locator('input[type="file"]').setInputFiles({
      name: 'prese-in-carico.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await coordinator.getByRole('button', { name: 'Controlla il file' }).click();
    await coordinator.getByRole('table').filter({ hasText: 'codice_fiscale' }).waitFor();
    expect(await coordinator.getByRole('button', { name: 'Importa' }).isDisabled()).toBe(true);
    await expectAccessible(coordinator, 'care import dry run with errors');

    await goToSection(coordinator, 'Doppioni');
    await expectAccessible(coordinator, 'duplicates');
  });
});
