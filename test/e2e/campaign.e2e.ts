/**
 * The launch campaign page in a real browser, on the demo data: the
 * coordinator gives the public page a phone number, adds a campaign tag for
 * the posters at the library and sees the address its QR code opens, a
 * resident scans it and reads the page in Arabic, the coordinator downloads
 * the A4 poster in Arabic carrying that tag and sees the visit in the
 * results. A desk operator neither sees the page nor reaches it. axe-core
 * checks the page at each step.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

const TITLE = 'Campagna informativa';

describe('the information campaign page', () => {
  it('a coordinator sets the contacts, adds a tag, downloads the Arabic poster and sees the visit it brought', async () => {
    const page = await signedInAs(browser, server, contexts, 'coordinatore');
    await page
      .getByRole('navigation', { name: 'Navigazione principale' })
      .getByRole('link', { name: TITLE, exact: true })
      .click();
    await heading(page, TITLE);
    // One desk: chosen without asking.
    await page.getByText(`Sportello: ${server.desk.name}.`).waitFor();
    const tags = page.getByRole('table', { name: /^Codici campagna di / });
    await tags.getByRole('rowheader', { name: 'manifesto' }).waitFor();
    await page.getByRole('table', { name: /^Visite alla pagina pubblica/ }).waitFor();
    await expectAccessible(page, 'campaign page');

    // The public page in each language, named in that language.
    const publicPage = page.getByRole('region', { name: 'Pagina pubblica' });
    const arabicPage = publicPage.getByRole('link', { name: 'العربية' });
    expect(await arabicPage.getAttribute('lang')).toBe('ar');
    expect(await arabicPage.getAttribute('href')).toBe(`${server.url}/sportello/${server.desk.id}?lang=ar`);

    // Contact details: a wrong e-mail is refused beside its field, then a new phone is saved.
    const infoUrl = `${server.url}/api/desks/${server.desk.id}/public-info`;
    const before = (await (await page.request.get(infoUrl)).json()) as { email: string; version: number };
    const email = publicPage.getByRole('textbox', { name: 'E-mail' });
    await expect.poll(() => email.inputValue()).toBe(before.email);
    await email.fill('sportello@');
    await publicPage.getByRole('button', { name: 'Salva i recapiti' }).click();
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    await email.fill(before.email);
    await publicPage.getByRole('textbox', { name: 'Telefono' }).fill('011 977 1234');
    await publicPage.getByRole('button', { name: 'Salva i recapiti' }).click();
    await publicPage.getByText('Recapiti salvati').waitFor();
    expect(await (await page.request.get(infoUrl)).json()).toMatchObject({
      phone: '011 977 1234',
      email: before.email,
      version: before.version + 1,
    });

    // Someone else saves meanwhile: the form says so and reloads their version.
    const { csrfToken } = (await (await page.request.get(`${server.url}/api/auth/session`)).json()) as {
      csrfToken: string;
    };
    const elsewhere = await page.request.put(infoUrl, {
      headers: { 'X-CSRF-Token': csrfToken },
      data: { phone: '011 972 0000', email: before.email, version: before.version + 1 },
    });
    expect(elsewhere.status()).toBe(200);
    const phoneField = publicPage.getByRole('textbox', { name: 'Telefono' });
    await phoneField.fill('011 977 9999');
    await publicPage.getByRole('button', { name: 'Salva i recapiti' }).click();
    await publicPage.getByText('Qualcun altro ha modificato questi recapiti').waitFor();
    await expectAccessible(page, 'contact details changed meanwhile');
    await publicPage.getByRole('button', { name: 'Ricarica i recapiti' }).click();
    await expect.poll(() => phoneField.inputValue()).toBe('011 972 0000');

    // A new tag: in the table with the address its QR code opens; the same code twice is refused.
    const newTag = page.getByRole('form', { name: 'Nuovo codice campagna' });
    await newTag.getByRole('textbox', { name: 'Codice' }).fill('biblioteca-nov');
    await newTag.getByRole('textbox', { name: 'Descrizione' }).fill('Manifesti in biblioteca');
    await newTag.getByRole('combobox', { name: 'Mezzo' }).selectOption({ label: 'Manifesto' });
    await newTag.getByRole('button', { name: 'Aggiungi il codice' }).click();
    await newTag.getByText('Codice «biblioteca-nov» aggiunto').waitFor();
    const row = tags.getByRole('row', { name: /biblioteca-nov/ });
    await row.getByRole('cell', { name: 'Manifesti in biblioteca' }).waitFor();
    const qrLink = `${server.url}/sportello/${server.desk.id}?c=biblioteca-nov`;
    expect(await row.getByRole('cell', { name: qrLink }).count()).toBe(1);
    await newTag.getByRole('textbox', { name: 'Codice' }).fill('biblioteca-nov');
    await newTag.getByRole('textbox', { name: 'Descrizione' }).fill('Di nuovo');
    await newTag.getByRole('button', { name: 'Aggiungi il codice' }).click();
    await newTag.getByRole('alert').waitFor();
    expect(await tags.getByRole('row', { name: /biblioteca-nov/ }).count()).toBe(1);
    await expectAccessible(page, 'campaign page with a new tag');

    // A resident scans the QR code and reads the page in Arabic: one visit under the tag.
    const resident = await browser.newContext({ locale: 'ar', viewport: { width: 390, height: 844 } });
    contexts.push(resident);
    const scanner = await resident.newPage();
    const scanned = await scanner.goto(`${qrLink}&lang=ar`);
    expect(scanned?.status()).toBe(200);
    expect(await scanner.locator('html').getAttribute('lang')).toBe('ar');

    // The A4 poster in Arabic carries the new tag once chosen; it downloads as a PDF.
    const poster = page.getByRole('region', { name: 'Manifesto A4' });
    await poster
      .getByRole('combobox', { name: 'Codice campagna del QR code' })
      .selectOption('biblioteca-nov');
    await poster.getByText(`Il QR code porterà a ${qrLink}`).waitFor();
    const arabic = poster.getByRole('list', { name: 'In una lingua' }).getByRole('link', { name: 'العربية' });
    expect(await arabic.getAttribute('lang')).toBe('ar');
    const href = (await arabic.getAttribute('href')) ?? '';
    expect(href).toBe(
      `/api/desks/${server.desk.id}/campaign/material?kind=poster&lang=ar&bilingual=false&tag=biblioteca-nov`,
    );
    const [download] = await Promise.all([page.waitForEvent('download'), arabic.click()]);
    const file = await readFile((await download.path()) ?? '');
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(file.length).toBeGreaterThan(1000);
    const response = await page.request.get(`${server.url}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/pdf/);
    expect((await response.body()).length).toBe(file.length);

    // The results, for the default last eight weeks: the scan counted under the tag, in Arabic.
    await page.reload();
    await heading(page, TITLE);
    const visits = page.getByRole('table', {
      name: 'Visite alla pagina pubblica per codice campagna e lingua, dal 2026-11-17 al 2027-01-11',
    });
    const tagRow = visits.getByRole('row', { name: /biblioteca-nov/ });
    await tagRow.waitFor();
    const cells = await tagRow.getByRole('cell').allTextContents();
    // Columns: IT EN FR RO SQ AR, total.
    expect(cells).toEqual(['0', '0', '0', '0', '0', '1', '1']);
    const heard = page.getByRole('table', { name: /^Contatti per come ci hanno conosciuto/ });
    expect(await heard.getByRole('row').count()).toBeGreaterThan(2);
    await expect(page.getByTestId('campaign-summary').textContent()).resolves.toMatch(
      /^Dal 2026-11-17 al 2027-01-11: [\d.]+ visit[ae] alla pagina pubblica, [\d.]+ da codici campagna \(il più usato: .+\); [\d.]+ contatti su [\d.]+ hanno detto come ci hanno conosciuto, soprattutto «.+» \([\d.]+\)\.$/,
    );

    // Another period, kept in the address.
    await page.getByLabel('Dal', { exact: true }).fill('2027-01-01');
    await page.getByRole('button', { name: 'Mostra i risultati' }).click();
    await page.waitForURL((url) => url.searchParams.get('from') === '2027-01-01');
    await page
      .getByRole('table', {
        name: 'Visite alla pagina pubblica per codice campagna e lingua, dal 2027-01-01 al 2027-01-11',
      })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('desk')).toBe(server.desk.id);
    await expectAccessible(page, 'campaign results');
  });

  it('a desk operator neither sees the campaign page nor reaches it or its files', async () => {
    const operator = await signedInAs(browser, server, contexts, 'operatore.comune');
    const nav = operator.getByRole('navigation', { name: 'Navigazione principale' });
    await nav.getByRole('link', { name: 'Banco' }).waitFor();
    expect(await nav.getByRole('link', { name: TITLE }).count()).toBe(0);
    await operator.goto(`${server.url}/monitoraggio/campagna`);
    await heading(operator, 'Accesso non consentito');
    const material = await operator.request.get(
      `${server.url}/api/desks/${server.desk.id}/campaign/material?kind=poster&lang=ar`,
    );
    expect(material.status()).toBe(403);
  });
});
