import jsQR from 'jsqr';
import { PDFParse } from 'pdf-parse';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeDesk, makeTenant, type TestTenant } from '../../../../test/factories';
import { startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import type { DeskView } from '../../../shared/schemas/accounts';
import { MaterialQuery } from '../../../shared/schemas/campaign';
import type { Ctx } from '../../context';
import { updateDesk } from '../desks/desks.service';
import { addClosure } from '../desks/openings.service';
import { savePublicInfo } from './campaign.service';
import { campaignMaterial, deskSlug } from './materials.service';
import { qrCode } from './qr';

/** The text of each page, and each page's size in points. */
async function readPdf(pdf: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo({ parsePageInfo: true });
    return {
      pages: text.pages.map((p) => p.text.replace(/\s+/g, ' ')),
      text: text.text.replace(/\s+/g, ' '),
      // Long addresses wrap: compare them without any white space.
      compact: text.text.replace(/\s+/g, ''),
      sizes: info.pages.map((p) => [Number(p.width.toFixed(2)), Number(p.height.toFixed(2))]),
    };
  } finally {
    await parser.destroy();
  }
}

const A4 = [595.28, 841.89];
const A6 = [297.64, 419.53];

describeEngines('campaign materials: poster, flyer and social image from the desk’s configuration', (db) => {
  let t: TestApp;
  let tenant: TestTenant;
  let desk: DeskView;
  let admin: Ctx;

  const make = (query: Record<string, string>) =>
    campaignMaterial(admin, desk.id, MaterialQuery.parse(query), 'it');

  beforeAll(async () => {
    t = await startTestApp(db(), { PUBLIC_URL: 'https://sportello.example.it' });
    tenant = await makeTenant(t.ctx(), 'materials');
    desk = await makeDesk(t.ctx(), tenant, { name: 'Sportello Sociale di Carmagnola' });
    admin = t.ctx(tenant.admin);
    await savePublicInfo(admin, desk.id, {
      phone: '011 972 4211',
      email: 'sportello@carmagnola.example.it',
      accessibilityUrl: null,
    });
    // The clock stands on Monday 11 January 2027: the next Monday is closed.
    await addClosure(admin, desk.id, { date: '2027-01-18', reason: 'Formazione del personale' });
  });
  afterAll(() => t.close());

  it('makes an A4 poster in Italian with the desk, its hours, closures, contacts and the tagged link', async () => {
    const poster = await make({ kind: 'poster', lang: 'it' });
    expect(poster.fileName).toBe('sportello-carmagnola-manifesto-a4-it.pdf');
    expect(poster.contentType).toBe('application/pdf');
    const pdf = await readPdf(poster.file);
    expect(pdf.sizes).toEqual([A4]);
    expect(pdf.text).toContain('Sportello Sociale di Carmagnola');
    expect(pdf.text).toContain('Lunedì: dalle 09:00 alle 12:00');
    expect(pdf.text).toContain('Mercoledì: dalle 09:00 alle 12:00');
    expect(pdf.text).toContain('Lunedì 18 gennaio – Formazione del personale');
    expect(pdf.text).toContain('Telefono: 011 972 4211');
    expect(pdf.text).toContain('Gratuito');
    expect(pdf.text).toContain('Senza appuntamento');
    expect(pdf.text).toContain('Comune di Carmagnola e Consorzio CISA 31');
    expect(pdf.text).toContain("Porta un documento d'identità e la tessera sanitaria.");
    expect(pdf.compact).toContain('PiazzaManzoni10,Carmagnola');
    expect(pdf.compact).toContain(`https://sportello.example.it/sportello/${desk.id}?c=manifesto&lang=it`);
  });

  it('writes weekday names in French, Romanian and Albanian', async () => {
    const expected = { fr: ['Lundi', 'Mercredi'], ro: ['Luni', 'Miercuri'], sq: ['E hënë', 'E mërkurë'] };
    for (const [lang, days] of Object.entries(expected)) {
      const pdf = await readPdf((await make({ kind: 'poster', lang })).file);
      // The catalogue's own typography decides the space before the colon (French writes « Lundi : »).
      for (const day of days) expect(pdf.text).toMatch(new RegExp(`${day} ?: [^–]*09:00`));
      expect(pdf.compact).toContain(`?c=manifesto&lang=${lang}`);
    }
  });

  it('makes an A6 flyer, and a bilingual one with Italian on the front and Romanian on the back', async () => {
    const single = await make({ kind: 'flyer', lang: 'it' });
    const one = await readPdf(single.file);
    expect(one.sizes).toEqual([A6]);
    expect(one.text).toContain('Lunedì: dalle 09:00 alle 12:00');
    expect(one.compact).toContain('?c=volantino&lang=it');
    const bilingual = await make({ kind: 'flyer', lang: 'ro', bilingual: 'true' });
    expect(bilingual.fileName).toBe('sportello-carmagnola-volantino-a6-it-ro.pdf');
    const two = await readPdf(bilingual.file);
    expect(two.sizes).toEqual([A6, A6]);
    expect(two.pages[0]).toContain('Lunedì');
    expect(two.pages[0]).not.toContain('Luni:');
    expect(two.pages[1]).toContain('Luni:');
    expect(two.pages[1]).toContain('Miercuri:');
    // One link for both languages: the page picks the reader's language.
    expect(two.compact).toContain(`/sportello/${desk.id}?c=volantino`);
    expect(two.compact).not.toContain('lang=');
  });

  it('puts Italian and Arabic on one A4 poster, with the Arabic in Arabic script', async () => {
    const pdf = await readPdf((await make({ kind: 'poster', lang: 'ar', bilingual: 'true' })).file);
    expect(pdf.sizes).toEqual([A4]);
    expect(pdf.text).toContain('Lunedì: dalle 09:00 alle 12:00');
    expect(pdf.text).toMatch(/[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]{3}/);
    const arabic = await readPdf((await make({ kind: 'poster', lang: 'ar' })).file);
    expect(arabic.sizes).toEqual([A4]);
    expect(arabic.text).toMatch(/[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]{3}/);
    expect(arabic.text).toContain('09:00');
  });

  it('makes a 1200×630 PNG for social media whose QR code a phone reads as the tagged link', async () => {
    const image = await make({ kind: 'social', lang: 'ar', tag: 'social' });
    expect(image.fileName).toBe('sportello-carmagnola-social-1200x630-ar.png');
    const png = PNG.sync.read(image.file);
    expect([png.width, png.height]).toEqual([1200, 630]);
    const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(read?.data).toBe(`https://sportello.example.it/sportello/${desk.id}?c=social&lang=ar`);
  });

  it('draws QR codes that decode to their link, long ones too', async () => {
    const url = `https://sportello.example.it/sportello/${desk.id}?c=mercato-del-venerdi&lang=sq`;
    const qr = await qrCode(url);
    // Draw the runs as pixels, 4 per module, inside the quiet zone a printer leaves white.
    const scale = 4;
    const side = (qr.size + 8) * scale;
    const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
    for (const run of qr.runs)
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < run.length * scale; dx++) {
          const at = (((run.y + 4) * scale + dy) * side + (run.x + 4) * scale + dx) * 4;
          pixels.fill(0, at, at + 3);
        }
    expect(jsQR(pixels, side, side)?.data).toBe(url);
  });

  it('prints the new hours as soon as the desk’s schedule changes', async () => {
    await updateDesk(admin, desk.id, {
      name: desk.name,
      address: desk.address,
      municipalityId: null,
      timezone: desk.timezone,
      organisationIds: desk.organisations.map((o) => o.id),
      counters: desk.counters,
      patronDay: null,
      queue: desk.queue,
      hours: [{ weekday: 5, opensAt: '14:00', closesAt: '17:30' }],
      version: desk.version,
    });
    const pdf = await readPdf((await make({ kind: 'poster', lang: 'it' })).file);
    expect(pdf.text).toContain('Venerdì: dalle 14:00 alle 17:30');
    expect(pdf.text).not.toContain('Lunedì: dalle');
    // No opening on Mondays any more: the Monday closure is no news.
    expect(pdf.text).not.toContain('Formazione del personale');
  });

  it('refuses a tag the desk does not have, naming `tag`', async () => {
    await expect(make({ kind: 'poster', tag: 'sconosciuto' })).rejects.toMatchObject({
      kind: 'validation',
      fields: [{ field: 'tag', message: 'campaign.unknownTag' }],
    });
  });
});

it('names files after the desk without the words every desk shares', () => {
  expect(deskSlug('Sportello Sociale di Carmagnola')).toBe('carmagnola');
  expect(deskSlug('Sportello di Carignano')).toBe('carignano');
  expect(deskSlug('Punto Unico d’Accesso – Villastellone')).toBe('punto-unico-d-accesso-villastellone');
  expect(deskSlug('Sportello')).toBe('sportello');
});
