/**
 * Satisfaction feedback in real browsers: a visitor back at the kiosk after
 * the meeting says how it went (score, comment, thanks, back to the start);
 * another answers on a phone through the receipt's QR code with JavaScript
 * off — a plain HTML form, an error beside the field, then thanks. axe-core
 * checks every screen.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser } from '../helpers/browser';
import { clockFor, type QueueServer, startQueueServer } from './queue-fixtures';
import { heading, watchAssets } from './steps';

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

async function openContext(options: {
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
}) {
  const context = await browser.newContext({ locale: 'it-IT', reducedMotion: 'reduce', ...options });
  contexts.push(context);
  if (options.javaScriptEnabled !== false) await clockFor(context, server);
  return watchAssets(await context.newPage());
}

const answers = () =>
  server.ctx.db
    .selectFrom('feedback')
    .select(['channel', 'score', 'comment'])
    .orderBy('created_at')
    .execute();

it('at the kiosk: how did it go, a score and a comment, thanks, back to the start', async () => {
  const kiosk: Page = await openContext({ viewport: { width: 1280, height: 800 } });
  await kiosk.goto(server.pairingUrl('kiosk'));
  await heading(kiosk, 'Benvenuti allo Sportello Sociale');
  const before = (await answers()).length;

  await kiosk.getByRole('button', { name: /^Com'è andata\?/ }).click();
  await heading(kiosk, "Com'è andata?");
  await expectAccessible(kiosk, 'kiosk feedback form');
  await kiosk.getByRole('button', { name: 'Invia' }).click();
  await kiosk.getByRole('alert').getByText('Scegli un voto da 1 a 5.').waitFor();

  await kiosk.getByRole('radio', { name: '5 su 5: Molto bene' }).check();
  await kiosk.getByLabel('Vuoi aggiungere qualcosa? (facoltativo)').fill('Molto disponibili');
  await expectAccessible(kiosk, 'kiosk feedback form with a score chosen');
  await kiosk.getByRole('button', { name: 'Invia' }).click();
  await heading(kiosk, 'Grazie!');
  await expectAccessible(kiosk, 'kiosk feedback thanks');
  expect((await answers()).slice(before)).toEqual([
    { channel: 'kiosk', score: 5, comment: 'Molto disponibili' },
  ]);
  await kiosk.getByRole('button', { name: "Torna all'inizio" }).click();
  await heading(kiosk, 'Benvenuti allo Sportello Sociale');

  // The receipt carries the QR code of the form, with its caption.
  await kiosk.getByRole('button', { name: 'Prendi il numero' }).click();
  await heading(kiosk, 'Il tuo numero');
  await kiosk.getByRole('img', { name: /Codice QR/ }).waitFor();
  await kiosk.getByText("Dopo il colloquio, dicci com'è andata").first().waitFor();
});

/**
 * axe-core runs as a script, which a page with JavaScript off cannot run: check the very HTML the
 * server sent in a second page that runs scripts (the form's page has none of its own).
 */
async function expectAccessibleHtml(html: string, label: string) {
  const checker = await openContext({ viewport: { width: 390, height: 844 } });
  await checker.setContent(html);
  await expectAccessible(checker, label);
  await checker.close();
}

/** Click the form's button and wait for the page the server answers with. */
async function submit(phone: Page) {
  const [response] = await Promise.all([
    phone.waitForResponse((r) => r.request().method() === 'POST'),
    phone.getByRole('button', { name: 'Invia la risposta' }).click(),
  ]);
  return response;
}

it('on a phone without JavaScript: the QR code’s form, an error beside the field, thanks', async () => {
  const phone = await openContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  phone.setDefaultTimeout(15_000);
  const form = await phone.goto(`${server.url}/valuta/${server.desk.id}`);
  await phone.getByRole('heading', { level: 2, name: "Com'è andata?" }).waitFor();
  await expectAccessibleHtml(await form!.text(), 'public feedback form');
  const before = (await answers()).length;

  await phone.getByLabel('Commento (facoltativo)').fill('Chiarissimi');
  const refused = await submit(phone);
  expect(refused.status()).toBe(400);
  await phone.getByText('Il voto va da 1 a 5').waitFor();
  expect(await phone.getByLabel('Commento (facoltativo)').inputValue()).toBe('Chiarissimi');
  await expectAccessibleHtml(await refused.text(), 'public feedback form with an error');

  await phone.getByRole('radio', { name: '4 su 5: Bene' }).check();
  const thanks = await submit(phone);
  await phone.getByRole('heading', { level: 2, name: 'Grazie per la tua risposta' }).waitFor();
  await expectAccessibleHtml(await thanks.text(), 'public feedback thanks');
  expect((await answers()).slice(before)).toEqual([{ channel: 'link', score: 4, comment: 'Chiarissimi' }]);
});
