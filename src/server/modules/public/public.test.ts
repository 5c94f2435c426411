import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDesk, makeTenant, makeUser, type TestTenant } from '../../../../test/factories';
import { startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import { publicT } from '../../../shared/i18n/public';
import { PUBLIC_LANGUAGES, PUBLIC_PAGES, publicDeskPath } from '../../../shared/public';
import { ServiceInput } from '../../../shared/schemas/directory';
import { inTransaction } from '../../context';
import { addClosure, addExtraOpening } from '../desks/openings.service';
import { insertService } from '../directory/directory.service';

describeEngines('public site', (db, engine) => {
  let t: TestApp;
  let tenant: TestTenant;
  let deskId: string;
  let deskName: string;
  let serviceId: string;
  let closedServiceId: string;
  let inactiveServiceId: string;

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
  const bodyOf = (response: { rawPayload: Buffer; headers: Record<string, unknown> }) => {
    const encoding = response.headers['content-encoding'];
    if (encoding === 'br') return brotliDecompressSync(response.rawPayload).toString('utf8');
    if (encoding === 'gzip') return gunzipSync(response.rawPayload).toString('utf8');
    return response.rawPayload.toString('utf8');
  };

  beforeAll(async () => {
    t = await startTestApp(db(), { PUBLIC_URL: 'https://sportello.example.it' });
    tenant = await makeTenant(t.ctx(), `pub-${engine}`);
    const desk = await makeDesk(t.ctx(), tenant, {
      name: 'Sportello di Carmagnola',
      patronDay: { date: '01-20', name: 'San Sebastiano' },
    });
    deskId = desk.id;
    deskName = desk.name;
    const admin = t.ctx(tenant.admin);
    await addClosure(admin, deskId, { date: '2027-01-18', reason: 'Formazione del personale' });
    const coordinator = await makeUser(t.ctx(), tenant, { roles: ['coordinator'] });
    await addExtraOpening(t.ctx(coordinator.actor), deskId, {
      date: '2027-01-15',
      opensAt: '14:00',
      closesAt: '17:00',
      note: null,
    });
    const add = (values: Partial<ServiceInput>) =>
      inTransaction(t.ctx(), (tx) =>
        insertService(
          tx,
          tenant.tenantId,
          ServiceInput.parse({
            organisationId: tenant.organisations.consorzio,
            name: 'Servizio',
            ...values,
          }),
        ),
      );
    serviceId = await add({
      name: 'Assistenza domiciliare anziani',
      description: 'Aiuto a casa per le persone anziane non autosufficienti.',
      eligibilityDescription: 'Residenti con più di 65 anni.',
      applicationProcess: 'Domanda allo sportello con ISEE.',
      feesDescription: 'Contributo in base all’ISEE.',
      minimumAge: 65,
      languages: ['italiano', 'francese'],
      interpretationServices: 'Mediatori culturali su richiesta.',
      areaCodes: ['elderly'],
      locations: [
        { name: 'Sede CISA 31', address1: 'Via Cavour 1', city: 'Carmagnola', postalCode: '10022' },
      ],
      schedules: [{ byday: 'MO,WE', opensAt: '09:00', closesAt: '12:00' }],
      phones: [{ number: '011 977 0111' }],
      contacts: [{ name: 'Mario Rossi', title: 'Assistente sociale', email: 'mario.rossi@cisa31.example' }],
      url: 'https://www.cisa31.example/anziani',
      email: 'anziani@cisa31.example',
      alert: 'Chiuso il venerdì pomeriggio.',
    });
    closedServiceId = await add({
      name: 'Centro diurno anziani',
      status: 'temporarily closed',
      areaCodes: ['elderly'],
    });
    inactiveServiceId = await add({
      name: 'Vecchio servizio anziani',
      status: 'inactive',
      areaCodes: ['elderly'],
    });
    await add({ name: 'Affido familiare', areaCodes: ['family_minors'] });
    const now = new Date().toISOString();
    await t
      .ctx()
      .db.insertInto('desk_public_info')
      .values({
        tenant_id: tenant.tenantId,
        desk_id: deskId,
        phone: '011 972 4111',
        email: 'sportello@comune.carmagnola.example',
        accessibility_url: null,
        version: 1,
        updated_by: null,
        updated_at: now,
      })
      .execute();
    await t
      .ctx()
      .db.insertInto('campaign_tags')
      .values({
        tenant_id: tenant.tenantId,
        desk_id: deskId,
        code: 'mercato-sabato',
        label: 'Volantini al mercato',
        medium: 'flyer',
        created_by: null,
        created_at: now,
      })
      .execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves every page in each language, with lang, dir, title and no cookies', async () => {
    for (const lang of PUBLIC_LANGUAGES) {
      const tr = publicT(lang);
      for (const page of PUBLIC_PAGES) {
        const response = await get(`${publicDeskPath(deskId, page.id)}?lang=${lang}`);
        expect(response.statusCode, `${page.id} ${lang}`).toBe(200);
        expect(response.headers['content-type']).toContain('text/html');
        expect(response.headers['set-cookie']).toBeUndefined();
        expect(String(response.headers.vary)).toMatch(/accept-language/i);
        const html = response.body;
        expect(html).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
        expect(html).toContain(`<title>${htmlText(tr(`${page.id}.title`, { desk: deskName }))}</title>`);
        expect(html).toContain(
          `<meta name="description" content="${htmlText(tr(`${page.id}.description`, { desk: deskName }))}"/>`,
        );
        expect(html).toContain('<main id="main-content"');
        expect(html).toContain('data-element="accessibility-link"');
        expect(html).toContain(`hrefLang="x-default"`);
        expect(html).not.toMatch(/[a-z]+\.[a-zA-Z]+Heading\b/); // no untranslated keys
        // Nothing from another host: scripts, styles, images and fonts all come from the site itself.
        expect(html).not.toMatch(/<(script|img)[^>]+src="(https?:)?\/\//);
        expect(html).not.toMatch(/<link[^>]+rel="stylesheet"[^>]+href="(https?:)?\/\//);
        expect(html).not.toMatch(/<script>(?!\s*$)/); // no inline scripts (only the JSON-LD data block)
      }
    }
  });

  it('the home page says who runs it, how it works, when and where, and the live status', async () => {
    const html = (await get(`${publicDeskPath(deskId)}?lang=it`)).body;
    expect(html).toContain('Comune di Carmagnola');
    expect(html).toContain('Consorzio CISA 31');
    expect(html).toContain('Un servizio di Comune di Carmagnola e Consorzio CISA 31');
    expect(html).toContain('Senza appuntamento');
    expect(html).toContain('La tessera sanitaria');
    expect(html).toContain('Persone con disabilità');
    // Monday 11 January 2027, 09:30 in Carmagnola: open now, then Wednesday is the patron day, Friday an extra opening.
    expect(html).toContain('<strong>Aperto</strong> – Aperto fino alle 12:00');
    expect(html).toContain('0 persone in attesa');
    expect(html).toContain('lunedì 11 gennaio, dalle 09:00 alle 12:00');
    expect(html).toContain(
      'venerdì 15 gennaio, dalle 14:00 alle 17:00 <span class="badge public-badge">apertura straordinaria</span>',
    );
    expect(html).toContain('mercoledì 13 gennaio, dalle 09:00 alle 12:00');
    expect(html).not.toContain('lunedì 18 gennaio'); // only the next three openings
  });

  it('the hours page lists weekly hours, next openings and closures with their reasons', async () => {
    const html = (await get(`${publicDeskPath(deskId, 'hours')}?lang=it`)).body;
    expect(html).toContain('lunedì: dalle 09:00 alle 12:00');
    expect(html).toContain('mercoledì: dalle 09:00 alle 12:00');
    expect(html).toContain('lunedì 18 gennaio: <span>Formazione del personale</span> (chiusura)');
    expect(html).toContain('mercoledì 20 gennaio: <span>San Sebastiano</span> (festa patronale)');
    expect(html).not.toContain('lunedì 18 gennaio, dalle');
    const english = (await get(`${publicDeskPath(deskId, 'hours')}?lang=en`)).body;
    expect(english).toContain('Monday: 09:00 to 12:00');
    expect(english).toContain(
      'Monday, January 18: <span lang="it" dir="ltr">Formazione del personale</span>',
    );
    const arabic = (await get(`${publicDeskPath(deskId, 'hours')}?lang=ar`)).body;
    expect(arabic).toContain('09:00'); // Latin digits, as on the posters
    expect(arabic).not.toMatch(/[٠-٩]/);
  });

  it('translates holiday names where the library has them, and marks Italian ones', async () => {
    const saved = t.clock.current;
    t.clock.current = new Date('2027-03-20T10:00:00Z');
    try {
      const english = (await get(`${publicDeskPath(deskId, 'hours')}?lang=en`)).body;
      expect(english).toContain('<span>Easter Monday</span>');
      expect(english).toContain('(public holiday)');
      const arabic = (await get(`${publicDeskPath(deskId, 'hours')}?lang=ar`)).body;
      expect(arabic).toContain('<span lang="it" dir="ltr">Lunedì dell’Angelo</span>');
    } finally {
      t.clock.current = saved;
    }
  });

  it('searches the public directory: published services only, never contacts or internal fields', async () => {
    const list = (await get(`${publicDeskPath(deskId, 'services')}?q=anziani&lang=it`)).body;
    expect(list).toContain('Assistenza domiciliare anziani');
    expect(list).toContain('Centro diurno anziani');
    expect(list).toContain('Temporaneamente chiuso');
    expect(list).not.toContain('Vecchio servizio anziani');
    expect(list).not.toContain('Affido familiare');
    expect(list).toContain('2 servizi trovati');
    expect(list).toContain(`href="${publicDeskPath(deskId, 'services')}/${serviceId}?lang=it"`);
    const byArea = (await get(`${publicDeskPath(deskId, 'services')}?area=family_minors`)).body;
    expect(byArea).toContain('Affido familiare');
    expect(byArea).not.toContain('Assistenza domiciliare anziani');
    // A bad area or an over-long query is ignored, not refused.
    expect(
      (await get(`${publicDeskPath(deskId, 'services')}?area=nope&q=${'x'.repeat(500)}`)).statusCode,
    ).toBe(200);

    const details = (await get(`${publicDeskPath(deskId, 'services')}/${serviceId}?lang=en`)).body;
    for (const text of [
      'Consorzio CISA 31',
      'Aiuto a casa per le persone anziane non autosufficienti.',
      'Residenti con più di 65 anni.',
      'Ages 65 and over',
      'Domanda allo sportello con ISEE.',
      'Contributo in base all’ISEE.',
      'italiano, francese',
      'Mediatori culturali su richiesta.',
      'Via Cavour 1',
      'MO,WE, 09:00–12:00',
      '011 977 0111',
      'anziani@cisa31.example',
      'https://www.cisa31.example/anziani',
      'Chiuso il venerdì pomeriggio.',
      publicT('en')('services.italianNote'),
    ])
      expect(details).toContain(text);
    expect(details).toContain('<h1 lang="it" dir="ltr">Assistenza domiciliare anziani</h1>');
    expect(details).not.toContain('Mario Rossi');
    expect(details).not.toContain('mario.rossi');
    expect(details).not.toContain('Assistente sociale');
    expect((await get(`${publicDeskPath(deskId, 'services')}/${closedServiceId}`)).statusCode).toBe(200);
    const gone = await get(`${publicDeskPath(deskId, 'services')}/${inactiveServiceId}?lang=fr`);
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toContain('<html lang="fr"');
    expect(gone.body).toContain(deskName);
  });

  it('describes the desk as a schema.org GovernmentService', async () => {
    const html = (await get(publicDeskPath(deskId))).body;
    const json = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)?.[1];
    const data = JSON.parse(json!);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      isAccessibleForFree: true,
      url: `https://sportello.example.it/sportello/${deskId}`,
      provider: [
        { '@type': 'GovernmentOrganization', name: 'Comune di Carmagnola' },
        { '@type': 'GovernmentOrganization', name: 'Consorzio CISA 31' },
      ],
      availableChannel: {
        '@type': 'ServiceChannel',
        servicePhone: { telephone: '011 972 4111', email: 'sportello@comune.carmagnola.example' },
        serviceLocation: {
          '@type': 'Place',
          address: { '@type': 'PostalAddress', streetAddress: 'Piazza Manzoni 10, Carmagnola' },
        },
      },
    });
    expect(data.hoursAvailable).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: 'https://schema.org/Monday',
        opens: '09:00',
        closes: '12:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: 'https://schema.org/Wednesday',
        opens: '09:00',
        closes: '12:00',
      },
    ]);
    expect(html).toContain(
      `<link rel="canonical" href="https://sportello.example.it/sportello/${deskId}?lang=it"/>`,
    );
    expect(html).toContain('<meta property="og:title"');
  });

  it('picks the language from the browser, lets ?lang override it, and ignores a bad one', async () => {
    const french = await get(publicDeskPath(deskId), { 'accept-language': 'fr-FR,fr;q=0.9,it;q=0.5' });
    expect(french.body).toContain('<html lang="fr" dir="ltr">');
    // Links keep no ?lang when the browser chose.
    expect(french.body).toContain(`href="${publicDeskPath(deskId, 'hours')}"`);
    const chosen = await get(`${publicDeskPath(deskId)}?lang=ar`, { 'accept-language': 'fr' });
    expect(chosen.body).toContain('<html lang="ar" dir="rtl">');
    expect(chosen.body).toContain(`href="${publicDeskPath(deskId, 'hours')}?lang=ar"`);
    expect(chosen.body).toMatch(
      /<a href="\?lang=ar"|href="[^"]*\?lang=ar" lang="ar" hrefLang="ar" aria-current="true">العربية/,
    );
    const bad = await get(`${publicDeskPath(deskId)}?lang=xx&c=%%%`, { 'accept-language': 'en' });
    expect(bad.statusCode).toBe(200);
    expect(bad.body).toContain('<html lang="en" dir="ltr">');
  });

  it('answers unknown desks, services and pages with a page in the reader’s language', async () => {
    for (const url of [
      '/sportello/01a2176e-0000-7000-8000-000000000000',
      '/sportello/not-a-desk/orari',
      `/sportello/${deskId}/servizi/01a2176e-0000-7000-8000-000000000000`,
      `/sportello/${deskId}/no-such-page`,
    ]) {
      const response = await get(url, { 'accept-language': 'ro' });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toContain('<html lang="ro"');
      expect(response.body).toContain(htmlText(publicT('ro')('errors.notFoundTitle')));
    }
  });

  it('lists the active desks, and moves the old status address permanently', async () => {
    const index = await get('/sportello?lang=en');
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain(`href="/sportello/${deskId}?lang=en"`);
    expect(index.body).toContain('Piazza Manzoni 10, Carmagnola');
    for (const path of ['/sportello/privacy', '/sportello/accessibilita'])
      expect((await get(path)).statusCode).toBe(200);
    expect((await get('/sportello/')).headers.location).toBe('/sportello');
    expect((await get(`/sportello/${deskId}/?lang=en`)).headers.location).toBe(
      `/sportello/${deskId}?lang=en`,
    );
    const moved = await get(`/stato/${deskId}?lang=en`);
    expect(moved.statusCode).toBe(301);
    expect(moved.headers.location).toBe(`/sportello/${deskId}/stato?lang=en`);
    expect((await get(`/stato/${deskId}?lang=zz`)).headers.location).toBe(`/sportello/${deskId}/stato`);
    const status = await get(`/sportello/${deskId}/stato?lang=en`);
    expect(status.body).toContain('<strong>Open</strong> – Open until 12:00');
    expect(status.body).toContain('<script src="/public/status.js" defer="">');
    expect(status.headers['cache-control']).toBe('no-store');
  });

  it('counts visits per day, tag and language — and nothing about the visitor', async () => {
    const base = publicDeskPath(deskId, 'privacy');
    await get(`${base}?c=manifesto&lang=it`);
    await get(`${base}?c=manifesto&lang=it`);
    await get(`${base}?c=mercato-sabato&lang=ar`);
    await get(`${base}?c=sconosciuto&lang=en`);
    await get(`${base}?c=NOT%20A%20TAG`, { 'accept-language': 'sq' });
    const rows = await t
      .ctx()
      .db.selectFrom('public_visits')
      .selectAll()
      .where('desk_id', '=', deskId)
      .where('tag', 'in', ['manifesto', 'mercato-sabato', ''])
      .where('lang', 'in', ['it', 'ar', 'en', 'sq'])
      .execute();
    const count = (tag: string, lang: string) =>
      rows.find((r) => r.tag === tag && r.lang === lang && r.date === '2027-01-11')?.visits ?? 0;
    expect(count('manifesto', 'it')).toBe(2);
    expect(count('mercato-sabato', 'ar')).toBe(1);
    expect(count('', 'en')).toBeGreaterThanOrEqual(1);
    expect(count('', 'sq')).toBeGreaterThanOrEqual(1);
    expect(rows.some((r) => r.tag === 'sconosciuto')).toBe(false);
    expect(Object.keys(rows[0]!).sort()).toEqual(['date', 'desk_id', 'lang', 'tag', 'tenant_id', 'visits']);
    expect(JSON.stringify(rows)).not.toContain('127.0.0.1');
    // An unknown service is a 404, not a visit.
    await get(`/sportello/${deskId}/servizi/01a2176e-0000-7000-8000-000000000000?c=manifesto&lang=it`);
    const after = await t
      .ctx()
      .db.selectFrom('public_visits')
      .select('visits')
      .where('desk_id', '=', deskId)
      .where('tag', '=', 'manifesto')
      .where('lang', '=', 'it')
      .executeTakeFirstOrThrow();
    expect(after.visits).toBe(2);
  });

  it('keeps each page within 60 KB compressed, HTML and stylesheet and script together', async () => {
    const css = await get(
      (await get(publicDeskPath(deskId))).body.match(/<link rel="stylesheet" href="([^"]+)"/)![1]!,
      { 'accept-encoding': 'br, gzip' },
    );
    expect(css.statusCode).toBe(200);
    expect(css.headers['cache-control']).toContain('max-age=31536000');
    expect(css.headers['content-encoding']).toBe('br');
    const script = await get('/public/status.js', { 'accept-encoding': 'gzip' });
    for (const lang of PUBLIC_LANGUAGES) {
      for (const page of PUBLIC_PAGES) {
        const response = await get(`${publicDeskPath(deskId, page.id)}?lang=${lang}`, {
          'accept-encoding': 'br, gzip',
        });
        expect(response.headers['content-encoding']).toBe('br');
        expect(bodyOf(response)).toContain('</html>');
        const total = response.rawPayload.length + css.rawPayload.length + script.rawPayload.length;
        expect(total, `${page.id} ${lang}`).toBeLessThanOrEqual(60 * 1024);
      }
    }
    const font = await get('/public/fonts/titillium-web-400.woff2');
    expect(font.statusCode).toBe(200);
    expect(font.headers['content-type']).toBe('font/woff2');
    expect((await get('/public/fonts/../../package.json')).statusCode).toBe(404);
  });

  it('does not compress the JSON API', async () => {
    const response = await get(`/api/public/desks/${deskId}/status`, { 'accept-encoding': 'br, gzip' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
  });

  it('answers too many requests from one client with a page', async () => {
    let last = await get(publicDeskPath(deskId, 'accessibility'));
    for (let i = 0; i < 310 && last.statusCode !== 429; i++)
      last = await get(publicDeskPath(deskId, 'accessibility'));
    expect(last.statusCode).toBe(429);
    expect(last.headers['content-type']).toContain('text/html');
    expect(last.body).toContain(htmlText(publicT('it')('errors.tooManyTitle')));
  });
  it('still shows the page when the visit cannot be counted (last: it drops the counters)', async () => {
    await sql`drop table public_visits`.execute(t.ctx().db);
    const response = await get(`${publicDeskPath(deskId, 'hours')}?c=manifesto`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('data-element="weekly-hours"');
  });
});

describe('public stylesheet', () => {
  it('is the one the generator makes from Bootstrap Italia and the templates (npm run css:public)', async () => {
    const { readFileSync } = await import('node:fs');
    const { buildPublicCss, OUTPUT } = await import('../../../../scripts/public-css.mjs');
    expect(readFileSync(OUTPUT, 'utf8')).toBe(await buildPublicCss());
  }, 60_000);
});

/** What React writes for a text or attribute value. */
function htmlText(text: string) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;').replace(/</g, '&lt;');
}
