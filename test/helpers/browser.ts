/**
 * The browser for end-to-end tests, found in this order: CHROMIUM_PATH; a
 * system Chromium or Chrome (Debian's /usr/bin/chromium); on Linux x64 the
 * Chromium inside the @sparticuz/chromium package. None found is a failure
 * that says how to get one — never a skipped suite.
 */
import { existsSync } from 'node:fs';
import axe from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
  }
  const system = SYSTEM_CHROMIUMS.find((candidate) => existsSync(candidate));
  if (system) return system;
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      const { default: packaged } = await import('@sparticuz/chromium');
      return await packaged.executablePath();
    } catch (error) {
      throw new Error(
        `No system Chromium, and the one in @sparticuz/chromium did not unpack: ${(error as Error).message}`,
      );
    }
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one (Debian/Ubuntu: apt-get install chromium) ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
  );
}

export async function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** Run axe-core (WCAG 2.1 A and AA) on the page as it is now; throws listing every violation. */
export async function expectAccessible(page: Page, label = page.url()): Promise<void> {
  // Evaluated, not injected as a <script>: the app's CSP rightly refuses inline scripts.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  if (violations.length > 0) {
    throw new Error(
      `axe-core found ${violations.length} violation(s) on ${label}:\n${JSON.stringify(violations, null, 2)}`,
    );
  }
}
