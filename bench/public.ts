/**
 * `npm run bench -- public`: every public page in every language, loaded in
 * Chromium from a cold profile twice — JavaScript on, then off — against the
 * server as `npm start` runs it on the demo data.
 *
 * Per page it measures what crossed the wire (compressed bodies and headers,
 * fonts excluded), the time to the load event, whether the page's content is
 * all there with JavaScript off (the text of <main> equals the one with
 * JavaScript on), and runs axe-core (WCAG 2.1 A/AA). It also watches for
 * cookies and for any request leaving the server. Load times are noisy on a
 * shared machine, so they come with a baseline measured in the same run: a
 * tiny static file loaded the same way.
 *
 * Last line: {"pages","max_transfer_kb","max_load_ms","readable_without_js","axe_violations",…}.
 * Targets: ≤ 60 KB per page excluding fonts; readable without JavaScript; no axe violations.
 */
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { PUBLIC_LANGUAGES, type PublicLanguage } from '../src/shared/public';
import { findChromium, launchBrowser } from '../test/helpers/browser';
import { startBenchServer } from './_server';

const TARGET_KB = 60;

interface Load {
  transferBytes: number;
  loadMs: number;
  mainText: string;
  heading: string;
  thirdParty: string[];
  cookies: number;
  status: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function load(browser: Browser, base: string, url: string, javaScriptEnabled: boolean): Promise<Load> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const origin = new URL(base).origin;
  const finished: Promise<number>[] = [];
  const thirdParty: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
      thirdParty.push(request.url());
  });
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'font') return;
    finished.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  const started = performance.now();
  const response = await page.goto(url, { waitUntil: 'load' });
  const loadMs = performance.now() - started;
  const transferBytes = (await Promise.all(finished)).reduce((sum, bytes) => sum + bytes, 0);
  // innerText, not textContent: the text a reader sees, without hidden parts.
  // biome-ignore lint/performance/useDomNodeTextContent: see above
  const mainText = (await page.locator('main').first().innerText()).replace(/\s+/g, ' ').trim();
  // biome-ignore lint/performance/useDomNodeTextContent: see above
  const heading = (await page.locator('h1').first().innerText()).trim();
  const cookies = (await context.cookies()).length;
  await context.close();
  return { transferBytes, loadMs, mainText, heading, thirdParty, cookies, status: response?.status() ?? 0 };
}

/** Time to the load event of a tiny static file, in a cold profile: the baseline. */
async function baselineLoad(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  const ms = performance.now() - started;
  await context.close();
  return ms;
}

async function axeViolations(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page: Page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(axe.source);
  const ids = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  await context.close();
  return ids;
}

const server = await startBenchServer('public');
const browser = await launchBrowser(await findChromium());
try {
  const { base, setup } = server;
  const desk = `${base}/sportello/${setup.deskId}`;
  const services = await (await fetch(`${desk}/servizi?lang=it`)).text();
  const serviceId = services.match(/\/servizi\/([0-9a-f-]{36})/)?.[1];
  if (!serviceId) throw new Error('the services page lists no service to open');
  const pages: Record<string, string> = {
    desks: `${base}/sportello`,
    home: desk,
    hours: `${desk}/orari`,
    services: `${desk}/servizi`,
    search: `${desk}/servizi?q=anziani`,
    service: `${desk}/servizi/${serviceId}`,
    status: `${desk}/stato`,
    privacy: `${desk}/privacy`,
    accessibility: `${desk}/accessibilita`,
  };
  const withLang = (url: string, lang: PublicLanguage) =>
    `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`;

  // The baseline: a tiny static file, loaded the same way (cold profile, load event).
  const baselines: number[] = [];
  for (let i = 0; i < 5; i++) baselines.push(await baselineLoad(browser, `${base}/healthz`));
  const baselineMs = median(baselines);

  const rows: {
    page: string;
    lang: PublicLanguage;
    kb: number;
    ms: number;
    readable: boolean;
    axe: string[];
  }[] = [];
  const problems: string[] = [];
  for (const [name, url] of Object.entries(pages)) {
    for (const lang of PUBLIC_LANGUAGES) {
      const address = withLang(url, lang);
      let on = await load(browser, base, address, true);
      let off = await load(browser, base, address, false);
      const same = () => off.status === 200 && off.heading.length > 0 && off.mainText === on.mainText;
      if (!same()) {
        // The status page says "updated at HH:mm": a minute may have turned
        // between the two loads. Load both again once before judging.
        on = await load(browser, base, address, true);
        off = await load(browser, base, address, false);
      }
      const readable = same();
      const violations = await axeViolations(browser, address);
      if (on.status !== 200) problems.push(`${name}/${lang}: HTTP ${on.status}`);
      if (!readable) problems.push(`${name}/${lang}: content differs or is missing with JavaScript off`);
      if (on.thirdParty.length + off.thirdParty.length > 0)
        problems.push(
          `${name}/${lang}: third-party requests ${[...on.thirdParty, ...off.thirdParty].join(', ')}`,
        );
      if (on.cookies + off.cookies > 0) problems.push(`${name}/${lang}: cookies set`);
      for (const v of violations) problems.push(`${name}/${lang}: axe ${v}`);
      const kb = Math.max(on.transferBytes, off.transferBytes) / 1024;
      if (kb > TARGET_KB) problems.push(`${name}/${lang}: ${kb.toFixed(1)} KB > ${TARGET_KB} KB`);
      rows.push({ page: name, lang, kb, ms: Math.max(on.loadMs, off.loadMs), readable, axe: violations });
      console.log(
        `${name.padEnd(13)} ${lang}  ${kb.toFixed(1).padStart(5)} KB  ${on.loadMs.toFixed(0).padStart(4)} ms on  ` +
          `${off.loadMs.toFixed(0).padStart(4)} ms off  ${readable ? 'readable without JS' : 'NOT READABLE WITHOUT JS'}  ` +
          `axe ${violations.length}`,
      );
    }
  }
  for (const problem of problems) console.log(`problem: ${problem}`);
  const maxLoad = Math.max(...rows.map((r) => r.ms));
  console.log(
    JSON.stringify({
      pages: rows.length,
      languages: PUBLIC_LANGUAGES.length,
      max_transfer_kb: Number(Math.max(...rows.map((r) => r.kb)).toFixed(1)),
      median_transfer_kb: Number(median(rows.map((r) => r.kb)).toFixed(1)),
      max_load_ms: Math.round(maxLoad),
      median_load_ms: Math.round(median(rows.map((r) => r.ms))),
      baseline_load_ms: Math.round(baselineMs),
      max_load_vs_baseline: Number((maxLoad / baselineMs).toFixed(1)),
      readable_without_js: rows.every((r) => r.readable),
      axe_violations: rows.reduce((sum, r) => sum + r.axe.length, 0),
      third_party_requests: problems.filter((p) => p.includes('third-party')).length,
      cookies: problems.filter((p) => p.includes('cookies')).length,
    }),
  );
} finally {
  await browser.close();
  await server.stop();
}
