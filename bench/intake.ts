/**
 * How fast a contact is recorded at the desk screen, driven in Chromium the
 * way an operator works: the ticket is being served and the contact panel
 * has opened; the clock runs from there until the server has confirmed the
 * save. Actions = clicks + fields typed or chosen + key presses (Ctrl+Enter).
 *
 * - anonymous: one request (area, category, outcome), age band and sex.
 * - identified: a person already on record, found by typing part of the name,
 *   with two requests.
 *
 * The server runs as `npm start` runs it, on the demo data plus a desk open
 * around the clock. Each scenario runs --runs times (5); seconds are medians.
 * Baseline in the same run, since machines are noisy: the time to fill one
 * text field of the same form and read it back (a bare UI round trip),
 * reported as `baseline_ms`, with each median as a multiple of it.
 *
 * Last line: {"anonymous_s":…,"anonymous_actions":…,"identified_s":…,"identified_actions":…}
 */
import type { Locator, Page } from 'playwright-core';
import { findChromium, launchBrowser } from '../test/helpers/browser';
import { startBenchServer } from './_server';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 5);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Counts what the operator does. */
class Operator {
  actions = 0;
  constructor(readonly page: Page) {}
  async click(target: Locator) {
    this.actions += 1;
    await target.click();
  }
  async type(target: Locator, text: string) {
    this.actions += 1;
    await target.fill(text);
  }
  async choose(target: Locator, value: string) {
    this.actions += 1;
    await target.selectOption(value);
  }
  async press(keys: string) {
    this.actions += 1;
    await this.page.keyboard.press(keys);
  }
}

/** Call the API from inside the page, with its session and CSRF token (setup steps, not timed). */
async function api(page: Page, method: string, url: string, body?: unknown) {
  return page.evaluate(
    async ({ method, url, body }) => {
      const session = await (await fetch('/api/auth/session')).json();
      const response = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    { method, url, body },
  );
}

/** A new ticket called and served by me: the contact panel opens by itself. */
async function serveNewTicket(page: Page, deskId: string) {
  await api(page, 'POST', `/api/desks/${deskId}/tickets`, { priorityReason: null });
  const { ticket } = await api(page, 'POST', `/api/desks/${deskId}/queue/call-next`, {});
  await api(page, 'POST', `/api/tickets/${ticket.id}/serve`, { version: ticket.version });
  await page.getByTestId('contact-form').waitFor();
}

async function chooseRequest(op: Operator, index: number, area: string, category: string, outcome: string) {
  const request = op.page.getByTestId(`request-${index}`);
  await op.click(request.getByTestId(`area-chip-${area}`));
  await op.click(request.getByTestId(`category-chip-${category}`));
  await op.click(request.getByTestId(`outcome-${outcome}`));
}

async function saved(page: Page) {
  await page.getByTestId('contact-saved').waitFor();
}

const server = await startBenchServer('intake');
const browser = await launchBrowser(await findChromium());
try {
  const context = await browser.newContext({ locale: 'it-IT', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.base}/`);
  await page.getByLabel('Nome utente', { exact: true }).fill(server.setup.operator.username);
  await page.getByLabel('Password', { exact: true }).fill(server.setup.operator.password);
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/accesso') && !url.pathname.startsWith('/login'));
  await api(page, 'POST', `/api/desks/${server.setup.deskId}/presence/check-in`, { counter: 'Postazione 1' });
  await page.goto(`${server.base}/banco/${server.setup.deskId}`);
  await page.getByText('Aggiornamento in tempo reale').waitFor();

  // People already on record, one per identified run (the same person twice a day would join one contact).
  const known = [
    'Bertolino Giovanna',
    'Cravero Ottavio',
    'Demaria Carla',
    'Gribaudo Ernesto',
    'Operti Silvana',
  ];
  for (let i = 0; i < RUNS; i++) {
    const [familyName, givenName] = known[i % known.length]!.split(' ');
    await api(page, 'POST', '/api/people', {
      givenName: i < known.length ? givenName : `${givenName}${i}`,
      familyName,
      birthDate: `19${50 + i}-04-1${i % 10}`,
      consents: { method: 'oral', privacyNotice: true, recordData: true },
    });
  }

  const baseline: number[] = [];
  const anonymous: { s: number; actions: number }[] = [];
  const identified: { s: number; actions: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    await serveNewTicket(page, server.setup.deskId);
    const probe = page.getByTestId('contact-form').getByRole('textbox').last();
    const b0 = performance.now();
    await probe.fill('x');
    await probe.inputValue();
    await probe.fill('');
    baseline.push(performance.now() - b0);

    const op = new Operator(page);
    const t0 = performance.now();
    await chooseRequest(op, 0, 'poverty_adults', 'economic_support', 'information');
    await op.choose(page.getByLabel("Fascia d'età"), '35-44');
    await op.choose(page.getByLabel('Sesso'), 'female');
    await op.press('Control+Enter');
    await saved(page);
    anonymous.push({ s: (performance.now() - t0) / 1000, actions: op.actions });
  }
  for (let run = 0; run < RUNS; run++) {
    await serveNewTicket(page, server.setup.deskId);
    const op = new Operator(page);
    const t0 = performance.now();
    const [familyName, givenName] = known[run % known.length]!.split(' ');
    await op.type(page.getByTestId('person-search'), `${familyName!.slice(0, 6)} ${givenName!.slice(0, 3)}`);
    await op.click(page.getByTestId('person-result').first());
    await page.getByTestId('chosen-person').waitFor();
    await chooseRequest(op, 0, 'elderly', 'home_care', 'orientation');
    await op.type(page.getByTestId('request-0').getByTestId('service-name'), 'SAD Consorzio');
    await op.click(page.getByTestId('add-request'));
    await chooseRequest(op, 1, 'poverty_adults', 'economic_support', 'information');
    await op.press('Control+Enter');
    await saved(page);
    identified.push({ s: (performance.now() - t0) / 1000, actions: op.actions });
  }

  const anonymousS = median(anonymous.map((r) => r.s));
  const identifiedS = median(identified.map((r) => r.s));
  const baselineMs = median(baseline);
  console.log(
    `intake: anonymous ${round2(anonymousS)} s in ${anonymous[0]!.actions} actions; ` +
      `identified (two requests) ${round2(identifiedS)} s in ${identified[0]!.actions} actions; ` +
      `baseline field round trip ${round2(baselineMs)} ms (medians of ${RUNS})`,
  );
  console.log(
    JSON.stringify({
      anonymous_s: round2(anonymousS),
      anonymous_actions: Math.max(...anonymous.map((r) => r.actions)),
      identified_s: round2(identifiedS),
      identified_actions: Math.max(...identified.map((r) => r.actions)),
      runs: RUNS,
      baseline_ms: round2(baselineMs),
      anonymous_vs_baseline: round2((anonymousS * 1000) / baselineMs),
      identified_vs_baseline: round2((identifiedS * 1000) / baselineMs),
    }),
  );
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}
