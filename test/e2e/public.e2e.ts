/**
 * The public pages as residents meet them: on a phone, in their own language
 * (the browser's, or one they pick), Arabic right to left, every page with no
 * axe-core violation and all its content there with JavaScript off. A QR
 * link's campaign tag is counted, and nothing is stored about the reader:
 * no cookie, no request to anyone but the server.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publicT } from '../../src/shared/i18n/public';
import { LANGUAGE_AUTONYMS, PUBLIC_LANGUAGES, type PublicLanguage } from '../../src/shared/public';
import { expectAccessible, launchBrowser } from '../helpers/browser';
import { clockFor, type QueueServer, startQueueServer } from './queue-fixtures';

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

interface Opened {
  page: Page;
  context: BrowserContext;
  outside: string[];
}

async function phone(options: { javaScriptEnabled?: boolean; locale?: string } = {}): Promise<Opened> {
  const context = await browser.newContext({
    locale: options.locale ?? 'it-IT',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 390, height: 844 },
    reducedMotion: 'reduce',
  });
  contexts.push(context);
  if (options.javaScriptEnabled !== false) await clockFor(context, server);
  const page = await context.newPage();
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:'))
      outside.push(request.url());
  });
  return { page, context, outside };
}

const deskUrl = (path = '') => `${server.url}/sportello/${server.desk.id}${path}`;

/** Each page, its address and the heading it opens with in a language. */
function pages(serviceId: string, serviceName: string) {
  return [
    { name: 'desks', url: `${server.url}/sportello`, heading: (t: T) => t('desks.heading') },
    { name: 'home', url: deskUrl(), heading: (t: T) => t('home.heading') },
    { name: 'hours', url: deskUrl('/orari'), heading: (t: T) => t('hours.heading') },
    { name: 'services', url: deskUrl('/servizi'), heading: (t: T) => t('services.heading') },
    { name: 'service', url: deskUrl(`/servizi/${serviceId}`), heading: () => serviceName },
    { name: 'status', url: deskUrl('/stato'), heading: (t: T) => t('status.heading') },
    { name: 'privacy', url: deskUrl('/privacy'), heading: (t: T) => t('privacy.heading') },
    { name: 'accessibility', url: deskUrl('/accessibilita'), heading: (t: T) => t('accessibility.heading') },
  ];
}
type T = ReturnType<typeof publicT>;

const withLang = (url: string, lang: PublicLanguage) => `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`;
/** The text a reader sees in <main> (innerText leaves hidden parts out). */
const mainText = async (page: Page) =>
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
  (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim();

async function aService() {
  const service = await server.ctx.db
    .selectFrom('directory_services')
    .select(['id', 'name'])
    .where('status', '=', 'active')
    .orderBy('name')
    .executeTakeFirstOrThrow();
  return service;
}

describe('every public page in every language', () => {
  for (const lang of PUBLIC_LANGUAGES) {
    it(`${LANGUAGE_AUTONYMS[lang]}: the right language and direction, no axe violation, the same content without JavaScript`, async () => {
      const t = publicT(lang);
      const service = await aService();
      const on = await phone();
      const off = await phone({ javaScriptEnabled: false });
      for (const { name, url, heading } of pages(service.id, service.name)) {
        const address = withLang(url, lang);
        const response = await on.page.goto(address);
        expect(response?.status(), `${name} in ${lang}`).toBe(200);
        expect(await on.page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await on.page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        await on.page.getByRole('heading', { level: 1, name: heading(t), exact: true }).waitFor();
        expect(await on.page.title()).not.toBe('');
        // The AgID footer link to the accessibility statement, on every page.
        expect(await on.page.locator('footer [data-element="accessibility-link"]').count()).toBe(1);
        await expectAccessible(on.page, `${name} in ${lang}`);

        await off.page.goto(address);
        await off.page.getByRole('heading', { level: 1, name: heading(t), exact: true }).waitFor();
        expect(await mainText(off.page), `${name} in ${lang} without JavaScript`).toBe(
          await mainText(on.page),
        );
      }
      expect(on.outside).toEqual([]);
      expect(off.outside).toEqual([]);
      expect(await on.context.cookies()).toEqual([]);
    });
  }
});

it('speaks the browser’s language, switches on request, and mirrors for Arabic', async () => {
  const { page } = await phone({ locale: 'ro-RO' });
  await page.goto(deskUrl());
  await page.getByRole('heading', { level: 1, name: publicT('ro')('home.heading'), exact: true }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('ro');

  await page.getByRole('link', { name: LANGUAGE_AUTONYMS.ar, exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: publicT('ar')('home.heading'), exact: true }).waitFor();
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  expect(await page.locator('main').evaluate((main) => getComputedStyle(main).direction)).toBe('rtl');
  // The chosen language sticks while reading on: the next page is Arabic too.
  await page
    .getByRole('link', { name: publicT('ar')('nav.hours'), exact: true })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: publicT('ar')('hours.heading'), exact: true }).waitFor();
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl');

  await page.getByRole('link', { name: LANGUAGE_AUTONYMS.it, exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: publicT('it')('hours.heading'), exact: true }).waitFor();
  expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
});

it('finds a service without JavaScript and opens it', async () => {
  const service = await aService();
  const { page } = await phone({ javaScriptEnabled: false });
  await page.goto(deskUrl('/servizi'));
  const t = publicT('it');
  await page.getByRole('searchbox', { name: t('services.searchLabel') }).fill(service.name.split(' ')[0]!);
  await page.getByRole('button', { name: t('services.search'), exact: true }).click();
  await page.getByRole('link', { name: service.name }).first().click();
  await page.getByRole('heading', { level: 1, name: service.name, exact: true }).waitFor();
});

it('counts a QR code’s campaign tag, per day and language, and nothing about the reader', async () => {
  const visits = () =>
    server.ctx.db
      .selectFrom('public_visits')
      .select(['tag', 'lang', 'visits'])
      .where('desk_id', '=', server.desk.id)
      .where('tag', '=', 'manifesto')
      .execute();
  const before = (await visits()).reduce((sum, row) => sum + row.visits, 0);
  const { page, context } = await phone({ locale: 'fr-FR' });
  await page.goto(deskUrl('?c=manifesto'));
  await page.getByRole('heading', { level: 1, name: publicT('fr')('home.heading'), exact: true }).waitFor();
  // Reading on inside the site is not another arrival from the poster.
  await page
    .getByRole('link', { name: publicT('fr')('nav.hours'), exact: true })
    .first()
    .click();
  const rows = await visits();
  expect(rows.reduce((sum, row) => sum + row.visits, 0)).toBe(before + 1);
  expect(rows.find((row) => row.lang === 'fr')?.visits).toBeGreaterThanOrEqual(1);
  expect(await context.cookies()).toEqual([]);
  const stored = JSON.stringify(await server.ctx.db.selectFrom('public_visits').selectAll().execute());
  expect(stored).not.toContain('127.0.0.1');
});
