/**
 * What the queue journeys need before a browser opens, prepared through the
 * server's own services (no UI): a real server whose clock starts on a Monday
 * at 10:00 in Rome, while the demo desk is open (Mon and Wed 9–12), and flows
 * from there; the demo data — the desk, its operators, six months of history
 * up to yesterday, and a kiosk and a display with their one-time pairing links.
 * Browsers get the same clock (`clockFor`), so the times they compute (time
 * left, minutes waiting) agree with the server's.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedDemo } from '../../src/server/demo/seed';
import { startServer } from '../helpers/server';
import { heading, signIn, watchAssets } from './steps';

/** Monday 11 January 2027, 10:00 in Rome (CET, UTC+1). */
export const MONDAY_AT_TEN = '2027-01-11T09:00:00.000Z';

export type QueueServer = Awaited<ReturnType<typeof startQueueServer>>;

export async function startQueueServer(at: string = MONDAY_AT_TEN) {
  const offset = Date.parse(at) - Date.now();
  const now = () => new Date(Date.now() + offset);
  const server = await startServer({ now });
  const demo = await seedDemo(server.ctx);
  const desk = await server.ctx.db.selectFrom('desks').select(['id', 'name']).executeTakeFirstOrThrow();
  const pairingPath = (kind: 'kiosk' | 'display') => {
    const device = demo.devices.find((candidate) => candidate.kind === kind);
    if (!device) throw new Error(`the demo data has no ${kind}`);
    return new URL(device.pairingUrl, server.url).pathname + new URL(device.pairingUrl, server.url).hash;
  };
  return {
    ...server,
    now,
    desk,
    password(username: string): string {
      const user = demo.users.find((candidate) => candidate.username === username);
      if (!user) throw new Error(`no demo user ${username}`);
      return user.password;
    },
    /** The one-time pairing address of the demo kiosk or display, on this server. */
    pairingUrl: (kind: 'kiosk' | 'display') => `${server.url}${pairingPath(kind)}`,
  };
}

/** Give a browser context the server's clock (it keeps flowing from there). */
export async function clockFor(context: BrowserContext, server: QueueServer): Promise<void> {
  await context.clock.install({ time: server.now() });
}

/**
 * A fresh browser profile on the server's clock, signed in as a demo user, on
 * the home page. Reduced motion lets axe see dialogs after their fade-in.
 */
export async function signedInAs(
  browser: Browser,
  server: QueueServer,
  contexts: BrowserContext[],
  username: string,
): Promise<Page> {
  const context = await browser.newContext({
    locale: 'it-IT',
    reducedMotion: 'reduce',
    viewport: { width: 1440, height: 900 },
  });
  contexts.push(context);
  await clockFor(context, server);
  const page = watchAssets(await context.newPage());
  await page.goto(`${server.url}/login`);
  await heading(page, 'Accedi a Sportello');
  await signIn(page, username, server.password(username));
  await heading(page, /^Ti diamo il benvenuto/);
  return page;
}
