/**
 * The coordinator's pilot dashboard in a real browser, on six months of demo
 * data with the clock on Monday 11 January 2027 and a pilot started at the
 * desk on 1 August 2026: by default the dashboard shows the pilot's period,
 * the headline shows numbers and the targets met or missed (in words), the
 * charts draw (SVG) beside data tables with rows; the quick periods and the
 * desk filter go into the address (the back button returns to the previous
 * filters); a row of "Domande per area" opens the contacts behind it, each
 * leading to its contact page; an area filter marks the figures about the
 * desk as not filtered; a period without data says so. A desk operator
 * neither sees the section nor reaches it by its address. axe-core checks
 * the dashboard and the drill-down list.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPilot } from '../../src/server/modules/indicators/pilots.service';
import { PilotInput } from '../../src/shared/schemas/indicators';
import { expectAccessible, launchBrowser } from '../helpers/browser';
import { type QueueServer, signedInAs, startQueueServer } from './queue-fixtures';
import { goToSection, heading } from './steps';

let browser: Browser;
let server: QueueServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser(inject('chromiumPath'));
  server = await startQueueServer();
  await startPilot();
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.close();
});

/**
 * The desk's pilot, started by the demo coordinator through the pilots' own service: from 1 August 2026
 * (six months by default), with a wait target it meets and a joint-assessment target it misses.
 */
async function startPilot(): Promise<void> {
  const coordinator = await server.ctx.db
    .selectFrom('users')
    .select(['id', 'tenant_id', 'organisation_id'])
    .where('username', '=', 'coordinatore')
    .executeTakeFirstOrThrow();
  const actor = {
    tenantId: coordinator.tenant_id,
    userId: coordinator.id,
    organisationId: coordinator.organisation_id,
    roles: ['coordinator' as const],
    sessionId: null,
  };
  const input = PilotInput.parse({
    deskId: server.desk.id,
    name: 'Pilota Carmagnola',
    startDate: '2026-08-01',
    targets: { wait_median: 600, joint_assessment_rate: 1 },
  });
  await createPilot({ ...server.ctx, actor }, input);
}

const signedIn = (username: string) => signedInAs(browser, server, contexts, username);
const search = (page: Page) => new URL(page.url()).searchParams;

/** The data table of a chart, found by its caption as a screen reader would. */
const dataTable = (page: Page, caption: string) => page.getByRole('table', { name: caption, exact: true });

describe('the pilot dashboard in the browser', () => {
  it('the coordinator reads the indicators, filters them and drills down to a contact', async () => {
    const coordinator = await signedIn('coordinatore');
    await goToSection(coordinator, 'Indicatori');

    // By default, the pilot of my only desk, up to today; its targets against the figures.
    const caption = coordinator.getByTestId('report-caption');
    await caption.getByText('dal 01/08/2026 al 11/01/2027', { exact: false }).waitFor();
    await caption.getByText('Pilota Carmagnola, dal 01/08/2026 al 01/02/2027').waitFor();
    const contacts = coordinator.getByTestId('indicator-contacts');
    await contacts.waitFor();
    expect(await contacts.locator('.indicator-value').textContent()).toMatch(/^\d[\d.]*$/);
    expect(
      await coordinator.getByTestId('indicator-requests').locator('.indicator-value').textContent(),
    ).toMatch(/\d/);
    const byArea = coordinator.getByTestId('chart-by_area');
    await byArea.locator('svg').first().waitFor();
    expect(await byArea.getByTestId('indicator-chart').getAttribute('aria-label')).toMatch(
      /^La voce più frequente è .+%/,
    );
    const areas = dataTable(coordinator, 'Domande per area');
    expect(await areas.locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await coordinator.getByTestId('indicator-wait_median').textContent()).toContain(
      'Obiettivo: al massimo 10 h — raggiunto',
    );
    expect(await coordinator.getByTestId('indicator-joint_assessment_rate').textContent()).toContain(
      'Obiettivo: almeno 100% — non raggiunto',
    );
    await coordinator.getByRole('heading', { name: 'Tutti gli indicatori' }).waitFor();
    await expectAccessible(coordinator, 'indicators dashboard');

    // The period, by a quick button: the last month up to the clock's today.
    await coordinator.getByRole('button', { name: 'Ultimo mese', exact: true }).click();
    await coordinator.waitForURL((url) => url.searchParams.get('from') === '2026-12-12');
    expect(search(coordinator).get('to')).toBe('2027-01-11');
    await caption.getByText('dal 12/12/2026 al 11/01/2027', { exact: false }).waitFor();

    // One desk instead of all of mine.
    await coordinator.getByLabel('Sportello', { exact: true }).selectOption({ label: server.desk.name });
    await coordinator.getByRole('button', { name: 'Applica i filtri' }).click();
    await coordinator.waitForURL((url) => url.searchParams.get('deskId') === server.desk.id);
    expect(search(coordinator).get('from')).toBe('2026-12-12');

    // Back: all my desks again, same period.
    await coordinator.goBack();
    await coordinator.waitForURL((url) => !url.searchParams.has('deskId'));
    await expect
      .poll(() => coordinator.getByLabel('Sportello', { exact: true }).inputValue(), { timeout: 10_000 })
      .toBe('');
    await coordinator.goForward();
    await coordinator.waitForURL((url) => url.searchParams.get('deskId') === server.desk.id);

    // Back to the pilot's period with its quick button.
    await coordinator.getByRole('button', { name: 'Progetto pilota', exact: true }).click();
    await coordinator.waitForURL((url) => url.searchParams.get('from') === '2026-08-01');
    expect(search(coordinator).get('deskId')).toBe(server.desk.id);
    await caption.getByText('dal 01/08/2026 al 11/01/2027', { exact: false }).waitFor();

    // Drill-down: the contacts behind the first area.
    const firstArea = (await areas.locator('tbody tr th').first().textContent())?.trim() ?? '';
    await areas.getByRole('link', { name: `Contatti di ${firstArea}` }).click();
    await heading(coordinator, `Domande per area: ${firstArea}`);
    const list = coordinator.getByRole('table', { name: /^Domande per area: .+: \d+ contatti$/ });
    await list.waitFor();
    expect(await list.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await list.locator('tbody tr').first().textContent()).toContain(firstArea);
    await expectAccessible(coordinator, 'drill-down list');
    await list
      .getByRole('link', { name: /^Apri il contatto del / })
      .first()
      .click();
    await heading(coordinator, /^Contatto del /);

    // An area filter: the figures about the desk itself say they ignore it.
    await coordinator.goBack();
    await heading(coordinator, `Domande per area: ${firstArea}`);
    await coordinator.getByRole('link', { name: 'Torna agli indicatori' }).click();
    await heading(coordinator, 'Indicatori');
    expect(search(coordinator).get('from')).toBe('2026-08-01');
    await coordinator.getByLabel('Area', { exact: true }).selectOption({ label: firstArea });
    await coordinator.getByRole('button', { name: 'Applica i filtri' }).click();
    await coordinator.waitForURL((url) => url.searchParams.has('areaCode'));
    await caption.getByText(firstArea, { exact: true }).waitFor();
    await coordinator
      .getByTestId('indicator-wait_median')
      .getByText('Riguarda lo sportello: non filtrabile per ente, comune o area.')
      .waitFor();
    expect(await coordinator.getByTestId('indicator-contacts').textContent()).not.toContain(
      'Riguarda lo sportello',
    );

    // A period before the desk opened: nothing to show, said once.
    await coordinator.goto(`${server.url}/monitoraggio/indicatori?from=2025-01-01&to=2025-01-31`);
    await coordinator.getByText('Nessun dato nel periodo.', { exact: true }).waitFor();
    expect(await coordinator.getByTestId('indicator-contacts').count()).toBe(0);
  });

  it('a desk operator neither sees the indicators nor reaches them by their address', async () => {
    const operator = await signedIn('operatore.comune');
    const nav = operator.getByRole('navigation', { name: 'Navigazione principale' });
    await nav.getByRole('link', { name: 'Banco' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Indicatori' }).count()).toBe(0);
    await operator.goto(`${server.url}/monitoraggio/indicatori`);
    await heading(operator, 'Accesso non consentito');
  });
});
