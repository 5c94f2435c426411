/**
 * The walk-in queue in real browsers against a real server whose clock is a
 * Monday at 10:00 (the demo desk is open): the kiosk at the entrance issues
 * tickets (in Italian, and in Arabic laid out right to left), an operator on
 * the desk screen checks in and calls them, the waiting-room display — a
 * third browser — shows each call with its counter; the public status page
 * agrees. Then the administration side: a new kiosk with its one-time
 * pairing link, and a desk's calendar with a closure. axe-core checks every
 * screen and state visited.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser } from '../helpers/browser';
import { clockFor, type QueueServer, startQueueServer } from './queue-fixtures';
import { goToSection, heading, signIn, watchAssets } from './steps';

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

/** A fresh browser profile on the server's clock. Reduced motion lets axe see dialogs after their fade-in. */
async function openContext(viewport = { width: 1366, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ locale: 'it-IT', reducedMotion: 'reduce', viewport });
  contexts.push(context);
  await clockFor(context, server);
  return watchAssets(await context.newPage());
}

/**
 * A tablet or TV opening its one-time pairing link. Its audio starts
 * suspended, as in a browser nobody has touched yet (headless Chromium would
 * allow it), so the display's "turn on sound" button shows.
 */
async function pairDevice(kind: 'kiosk' | 'display', viewport: { width: number; height: number }) {
  const page = await openContext(viewport);
  await page.addInitScript(() => {
    const Real = window.AudioContext;
    window.AudioContext = class extends Real {
      constructor(options?: AudioContextOptions) {
        super(options);
        void this.suspend();
      }
    };
  });
  await page.goto(server.pairingUrl(kind));
  await page.waitForURL(`${server.url}/${kind}`);
  expect(new URL(page.url()).hash).toBe('');
  return page;
}

async function signInAsOperator(username: string): Promise<Page> {
  const page = await openContext();
  await page.goto(`${server.url}/login`);
  await heading(page, 'Accedi a Sportello');
  await signIn(page, username, server.password(username));
  await heading(page, /^Ti diamo il benvenuto/);
  return page;
}

const displayCode = (page: Page) => page.locator('.display-current .display-code');

describe('the walk-in queue in the browser', () => {
  it('kiosk issues a ticket, an operator calls it, the display shows it with its counter', async () => {
    const display = await pairDevice('display', { width: 1920, height: 1080 });
    await display.getByRole('heading', { level: 1, name: 'Numero chiamato' }).waitFor();
    await display.getByText('In attesa della prima chiamata').waitFor();
    await display.getByRole('button', { name: "Attiva l'audio" }).click();
    await display.getByRole('button', { name: "Attiva l'audio" }).waitFor({ state: 'detached' });
    await expectAccessible(display, 'display, nothing called yet');

    const kiosk = await pairDevice('kiosk', { width: 1280, height: 800 });
    await heading(kiosk, 'Benvenuti allo Sportello Sociale');
    expect(await kiosk.getAttribute('html', 'lang')).toBe('it');
    await expectAccessible(kiosk, 'kiosk in Italian');
    await kiosk.getByRole('button', { name: 'Prendi il numero' }).click();
    await heading(kiosk, 'Il tuo numero');
    expect(await kiosk.locator('.kiosk-code').textContent()).toBe('A001');
    await kiosk.getByRole('main').getByText('Nessuno prima di te.').waitFor();
    await expectAccessible(kiosk, 'kiosk receipt in Italian');
    // The demo kiosk has an 80 mm printer: on paper, only the receipt.
    await kiosk.emulateMedia({ media: 'print' });
    expect(await kiosk.getByRole('main').isVisible()).toBe(false);
    const paper = kiosk.locator('.kiosk-print-80mm');
    expect(await paper.isVisible()).toBe(true);
    expect(await paper.textContent()).toMatch(/Il tuo numero\s*A001/);
    await kiosk.emulateMedia({ media: 'screen' });
    await kiosk.getByRole('button', { name: 'Fatto' }).click();
    await heading(kiosk, 'Benvenuti allo Sportello Sociale');

    await kiosk.getByRole('button', { name: 'العربية' }).click();
    await heading(kiosk, 'مرحبًا بكم في مكتب الخدمات الاجتماعية');
    expect(await kiosk.getAttribute('html', 'lang')).toBe('ar');
    expect(await kiosk.getAttribute('html', 'dir')).toBe('rtl');
    await kiosk.getByRole('main').getByText('شخص واحد في الانتظار.').waitFor();
    await expectAccessible(kiosk, 'kiosk in Arabic, right to left');
    await kiosk.getByRole('button', { name: /لديّ حق الأولوية/ }).click();
    await heading(kiosk, 'لماذا لديك حق الأولوية؟');
    await expectAccessible(kiosk, 'kiosk priority reasons in Arabic');
    await kiosk.getByRole('button', { name: 'حمل' }).click();
    await heading(kiosk, 'رقمك ذو الأولوية');
    expect(await kiosk.locator('.kiosk-code').textContent()).toBe('P001');
    await expectAccessible(kiosk, 'kiosk priority receipt in Arabic');
    // The next visitor starts in Italian.
    await kiosk.getByRole('button', { name: 'تم' }).click();
    await heading(kiosk, 'Benvenuti allo Sportello Sociale');
    expect(await kiosk.getAttribute('html', 'dir')).toBe('ltr');

    const operator = await signInAsOperator('operatore.comune');
    await operator
      .getByRole('navigation', { name: 'Navigazione principale' })
      .getByRole('link', { name: 'Banco' })
      .click();
    await heading(operator, server.desk.name);
    expect(operator.url()).toBe(`${server.url}/banco/${server.desk.id}`);
    await operator.getByText('Aggiornamento in tempo reale').waitFor();
    const queue = operator.getByRole('region', { name: /^Coda/ });
    expect(await queue.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^P001.*Precedenza: Gravidanza/),
      expect.stringMatching(/^A001/),
    ]);
    await operator.getByText(/Manca un operatore di .*Consorzio CISA 31/).waitFor();
    await expectAccessible(operator, 'desk screen before check-in');

    await operator.getByLabel('Postazione').selectOption('Postazione 1');
    await operator.getByRole('button', { name: 'Check-in' }).click();
    await operator.getByText('La tua postazione: Postazione 1').waitFor();
    await operator.getByText('Manca un operatore di Consorzio CISA 31').waitFor();
    // Keyboard first: C calls the next by the queue policy (the priority ticket).
    await operator.locator('main').click({ position: { x: 5, y: 5 } });
    await operator.keyboard.press('c');
    const mine = operator.getByRole('region', { name: 'Il tuo numero' });
    await mine.getByText('P001', { exact: true }).waitFor();
    await operator.getByRole('status').getByText('Chiamato P001 alla Postazione 1.').waitFor();

    await expect.poll(() => displayCode(display).textContent()).toBe('P001');
    expect(await display.locator('.display-current .display-counter').textContent()).toContain(
      'Postazione 1',
    );
    expect(await display.locator('.display-current').getAttribute('class')).toContain('is-flashing');
    await expectAccessible(display, 'display showing a call');

    await operator.keyboard.press('r');
    await mine.getByText('richiamato 1 volta').waitFor();
    await expectAccessible(operator, 'desk screen with a called ticket');
    await operator.keyboard.press('s');
    await mine.getByText('Allo sportello', { exact: true }).waitFor();
    await mine.getByRole('button', { name: 'Termina' }).click();
    await mine.getByText('Nessun numero in corso.').waitFor();
    await queue.getByRole('button', { name: 'Chiama A001' }).click();
    await mine.getByText('A001', { exact: true }).waitFor();

    await expect.poll(() => displayCode(display).textContent()).toBe('A001');
    const history = display.getByRole('region', { name: 'Ultime chiamate' });
    expect(await history.getByRole('listitem').first().textContent()).toMatch(/P001\s*Postazione 1/);
    await display.getByText('Nessuno in attesa').waitFor();
    await expectAccessible(display, 'display after two calls');

    // The Consorzio's operator arrives: co-presence is complete, and A001 is handed over to him.
    const colleague = await signInAsOperator('operatore.cisa');
    await colleague.goto(`${server.url}/banco`);
    await heading(colleague, server.desk.name);
    await colleague.getByLabel('Postazione').selectOption('Postazione 2');
    await colleague.getByRole('button', { name: 'Check-in' }).click();
    await colleague.getByText('La tua postazione: Postazione 2').waitFor();
    await operator.getByText('Marco Operatore CISA').waitFor();
    await operator.getByText(/Manca un operatore/).waitFor({ state: 'detached' });
    await mine.getByRole('button', { name: 'Trasferisci' }).click();
    const transfer = operator.getByRole('dialog', { name: 'Trasferisci A001' });
    await transfer.waitFor();
    await operator.locator('.modal.show').waitFor();
    expect(await transfer.getByLabel(/Marco Operatore CISA/).isChecked()).toBe(true);
    await expectAccessible(operator, 'transfer dialog');
    await transfer.getByRole('button', { name: 'Trasferisci' }).click();
    await operator.getByText('A001 trasferito a Marco Operatore CISA.').waitFor();
    await colleague.getByText('per Marco Operatore CISA').waitFor();
    await colleague.locator('main').click({ position: { x: 5, y: 5 } });
    await colleague.keyboard.press('c');
    await colleague
      .getByRole('region', { name: 'Il tuo numero' })
      .getByText('A001', { exact: true })
      .waitFor();
    await expect
      .poll(() => display.locator('.display-current .display-counter').textContent())
      .toContain('Postazione 2');
    await display.screenshot({ path: '/tmp/q-e2e-display.png' });

    // Closing time: the opening is closed from the desk screen, and every screen says so.
    await colleague.getByRole('button', { name: "Chiudi l'apertura" }).click();
    const closing = colleague.getByRole('dialog', { name: "Chiudi l'apertura" });
    await closing.waitFor();
    await colleague.locator('.modal.show').waitFor();
    await expectAccessible(colleague, 'close the opening: confirmation');
    await closing.getByRole('button', { name: "Chiudi l'apertura" }).click();
    await colleague.getByText('Apertura chiusa.').waitFor();
    await operator.getByText(/prossima apertura mercoledì 13 gennaio/).waitFor();
    await display.getByRole('heading', { level: 1, name: 'Sportello chiuso' }).waitFor();
    await expectAccessible(display, 'display after closing');

    const status = await openContext();
    // The old address on the door's QR code leads to the public site's status page.
    await status.goto(`${server.url}/stato/${server.desk.id}`);
    await status.getByRole('heading', { level: 1, name: 'Attesa in tempo reale' }).waitFor();
    await status.getByText(server.desk.name).first().waitFor();
    await expectAccessible(status, 'public status page');
    await status.goto(`${server.url}/stato/${server.desk.id}?lang=en`);
    await expectAccessible(status, 'public status page in English');
  });

  it('says plainly when a pairing link is not valid, or a device is not paired', async () => {
    const page = await openContext();
    await page.goto(`${server.url}/device/pair#code=${'x'.repeat(40)}`);
    await heading(page, 'Associazione del dispositivo');
    await page.getByText('Il link di associazione non è valido, è scaduto o è già stato usato.').waitFor();
    await expectAccessible(page, 'pairing page with a bad link');
    await page.goto(`${server.url}/kiosk`);
    await heading(page, 'Dispositivo non associato');
    await expectAccessible(page, 'kiosk without a pairing');
  });

  it('an administrator adds a kiosk and a closure; a coordinator sees the calendar', async () => {
    const admin = await signInAsOperator('admin');
    await goToSection(admin, 'Dispositivi');
    await admin.getByRole('row', { name: /Chiosco all’ingresso/ }).waitFor();
    await expectAccessible(admin, 'devices list');
    await admin.getByRole('link', { name: 'Nuovo dispositivo' }).click();
    await heading(admin, 'Nuovo dispositivo');
    await admin.getByRole('button', { name: 'Crea il dispositivo' }).click();
    await admin.getByText('Scegli lo sportello').waitFor();
    await expectAccessible(admin, 'device form with its errors');
    await admin.getByLabel('Nome', { exact: true }).fill('Chiosco del piano terra');
    await admin.getByLabel('Sportello', { exact: true }).selectOption({ label: server.desk.name });
    await admin.getByLabel('Stampante di scontrini').selectOption('58mm');
    await admin.getByRole('button', { name: 'Crea il dispositivo' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Link di associazione' });
    await dialog.waitFor();
    await admin.locator('.modal.show').waitFor();
    expect(await dialog.locator('code').textContent()).toMatch(/\/device\/pair#code=.{20,}/);
    await expectAccessible(admin, 'pairing link shown once');
    await dialog.getByRole('button', { name: 'Fatto, chiudi' }).click();
    await heading(admin, 'Dispositivi');
    await admin.getByText('Dispositivo Chiosco del piano terra creato.').waitFor();
    const row = admin.getByRole('row', { name: /Chiosco del piano terra/ });
    expect(await row.textContent()).toMatch(/Chiosco.*Rotolo da 58 mm.*In attesa di associazione/);
    await row.getByRole('button', { name: 'Revoca Chiosco del piano terra' }).click();
    const revoke = admin.getByRole('dialog', { name: 'Revoca' });
    await revoke.waitFor();
    await admin.locator('.modal.show').waitFor();
    await expectAccessible(admin, 'revoke confirmation');
    await revoke.getByRole('button', { name: 'Revoca' }).click();
    await row.getByText(/Revocato il/).waitFor();

    await goToSection(admin, 'Sportelli');
    await admin.getByRole('link', { name: `Calendario ${server.desk.name}` }).click();
    await heading(admin, `Calendario di ${server.desk.name}`);
    await admin.getByRole('table', { name: /Aperture delle prossime 8 settimane/ }).waitFor();
    await expectAccessible(admin, 'desk calendar');
    await admin.getByLabel('Data', { exact: true }).fill('2027-01-20');
    await admin.getByLabel('Motivo').fill('Formazione del personale');
    await admin.getByRole('button', { name: 'Aggiungi una chiusura' }).click();
    await admin.getByText('Chiusura di mercoledì 20 gennaio 2027 aggiunta.').waitFor();
    await admin.getByRole('row', { name: /Formazione del personale/ }).waitFor();
    await expectAccessible(admin, 'desk calendar with a closure');

    const coordinator = await signInAsOperator('coordinatore');
    await coordinator.getByRole('link', { name: `Calendario ${server.desk.name}` }).click();
    await heading(coordinator, `Calendario di ${server.desk.name}`);
    await coordinator.getByRole('row', { name: /Formazione del personale/ }).waitFor();
    await coordinator.getByRole('heading', { name: "Aggiungi un'apertura straordinaria" }).waitFor();
    await expectAccessible(coordinator, 'desk calendar for a coordinator');
  });
});
