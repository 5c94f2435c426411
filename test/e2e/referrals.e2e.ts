/**
 * Closing the loop in a real browser, on the demo data with the clock on a
 * Monday at 10:00. At the desk screen, the service of an orientation is
 * picked from the directory by typing, and a "referral" outcome leads, once
 * saved, to the contact page to complete it. Then the coordinator adds a
 * service to the directory, with a phone and opening hours that its page
 * then shows; the desk refers a saved request of a known person to an ASL
 * service, found by typing; the ASL's service worker is
 * notified, finds it in the inbox and accepts it; the desk sees "Accettato".
 * A second referral is rejected with a reason (the reason is required), the
 * desk refers the person elsewhere, and the bounce is counted on the desk's
 * list and on the person's page. Last, a move made on a stale page (the
 * desk cancelled meanwhile) is refused with the server's sentence and the
 * referral reloaded. axe-core checks every screen and dialog.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createService } from '../../src/server/modules/directory/directory.service';
import { ServiceInput } from '../../src/shared/schemas/directory';
import { expectAccessible, launchBrowser } from '../helpers/browser';
import { type QueueServer, signedInAs, startQueueServer } from './queue-fixtures';
import { goToSection, heading } from './steps';

let browser: Browser;
let server: QueueServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser(inject('chromiumPath'));
  server = await startQueueServer();
  await addAslServices();
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.close();
});

const signedIn = (username: string) => signedInAs(browser, server, contexts, username);

/** Two ASL services, added as the demo administrator through the directory's own service. */
async function addAslServices(): Promise<void> {
  const admin = await server.ctx.db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.tenant_id', 'users.organisation_id'])
    .where('user_roles.role', '=', 'admin')
    .executeTakeFirstOrThrow();
  const asl = await server.ctx.db
    .selectFrom('organisations')
    .select('id')
    .where('name', '=', 'ASL TO5')
    .executeTakeFirstOrThrow();
  const ctx = {
    ...server.ctx,
    actor: {
      tenantId: admin.tenant_id,
      userId: admin.id,
      organisationId: admin.organisation_id,
      roles: ['admin' as const],
      sessionId: null,
    },
  };
  for (const name of ['Centro di salute mentale Moncalieri', 'Servizio dipendenze Carmagnola'])
    await createService(ctx, ServiceInput.parse({ organisationId: asl.id, name, ackWorkingDays: 3 }));
}

/** A person of the demo history who agreed to share with services, with a unique name and a recorded request. */
async function personWithRequest() {
  const rows = await server.ctx.db
    .selectFrom('people')
    .innerJoin('consents', 'consents.person_id', 'people.id')
    .innerJoin('contacts', 'contacts.person_id', 'people.id')
    .select([
      'people.id',
      'people.family_name',
      'people.given_name',
      'consents.granted',
      'contacts.id as contactId',
    ])
    .where('consents.kind', '=', 'share_with_services')
    .where('people.merged_into_id', 'is', null)
    .where('contacts.desk_id', '=', server.desk.id)
    .execute();
  const all = await server.ctx.db.selectFrom('people').select(['given_name', 'family_name']).execute();
  const nameOf = (row: { given_name: string; family_name: string }) => `${row.given_name} ${row.family_name}`;
  const count = new Map<string, number>();
  for (const row of all) count.set(nameOf(row), (count.get(nameOf(row)) ?? 0) + 1);
  const person = rows.find((row) => Boolean(row.granted) && count.get(nameOf(row)) === 1);
  if (!person) throw new Error('the demo data has no consenting person with a unique name');
  return person;
}

async function referFromContactPage(
  page: Page,
  contactId: string,
  search: string,
  service: string,
  reason: string,
) {
  await page.goto(`${server.url}/contatti/${contactId}`);
  await page.getByRole('button', { name: 'Invia a un servizio' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Invia a un servizio' });
  await dialog.getByLabel('Servizio che riceve').fill(search);
  await dialog.getByRole('button', { name: new RegExp(`^${service}`) }).click();
  await dialog.getByText(`Scelto: ${service}`).waitFor();
  await dialog.getByLabel('Motivo dell’invio').or(dialog.getByLabel("Motivo dell'invio")).fill(reason);
  await dialog
    .getByLabel('Cosa è stato detto alla persona (facoltativo)')
    .fill('La chiameranno entro tre giorni.');
  await expectAccessible(page, `send dialog to ${service}`);
  await dialog.getByRole('button', { name: 'Invia', exact: true }).click();
  await heading(page, `Invio a ${service}`);
  await page.getByText(`Invio fatto a ${service}.`).waitFor();
  return page.url().split('/').pop() ?? '';
}

async function openIncoming(page: Page, personName: string) {
  await goToSection(page, 'Invii');
  await page.getByRole('tab', { name: 'In arrivo', selected: true }).waitFor();
  const row = page.getByTestId('referral-row').filter({ hasText: personName }).first();
  await row.waitFor();
  await expectAccessible(page, 'service worker inbox');
  await row.getByRole('link').click();
  await page.getByRole('heading', { name: 'Cosa puoi fare' }).waitFor();
}

async function move(page: Page, button: string, note?: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (note !== undefined) await dialog.getByRole('textbox').fill(note);
  await expectAccessible(page, `move dialog ${button}`);
  await dialog.getByRole('button', { name: button, exact: true }).click();
}

describe('referrals in the browser', () => {
  it('at the desk, the service for an orientation is picked from the directory; a referral asks to complete it', async () => {
    const operator = await signedIn('operatore.comune');
    await operator.goto(`${server.url}/banco/${server.desk.id}`);
    await heading(operator, server.desk.name);
    await operator.getByLabel('Postazione').selectOption('Postazione 1');
    await operator.getByRole('button', { name: 'Check-in' }).click();
    await operator.getByText('La tua postazione: Postazione 1').waitFor();
    await operator.getByTestId('open-direct-contact').click();
    await operator.getByTestId('contact-form').waitFor();

    const one = operator.getByTestId('request-0');
    await one.getByTestId('area-chip-poverty_adults').click();
    await one.getByTestId('category-chip-economic_support').click();
    await one.getByTestId('outcome-orientation').click();
    await one.getByTestId('service-name').fill('salute ment');
    const suggestion = one
      .getByTestId('service-suggestion')
      .filter({ hasText: 'Centro di salute mentale Moncalieri' });
    await suggestion.waitFor();
    await expectAccessible(operator, 'orientation with directory suggestions');
    await suggestion.click();
    expect(await one.getByTestId('service-name').inputValue()).toBe('Centro di salute mentale Moncalieri');

    await operator.getByTestId('add-request').click();
    const two = operator.getByTestId('request-1');
    await two.getByTestId('area-chip-poverty_adults').click();
    await two.getByTestId('category-chip-housing').click();
    await two.getByTestId('outcome-referral').click();
    await two.getByTestId('referral-after-save').waitFor();
    await operator.getByLabel("Fascia d'età").selectOption('35-44');
    await operator.getByTestId('save-contact').click();
    await operator.getByTestId('complete-referral').click();
    await operator.getByRole('heading', { name: 'Domande ed esiti' }).waitFor();
    await operator.getByText('Centro di salute mentale Moncalieri').waitFor();
  });

  it('refer, accept, see it accepted; reject with a reason, refer elsewhere, a bounce is counted', async () => {
    const person = await personWithRequest();
    const personName = `${person.given_name} ${person.family_name}`;

    // The coordinator adds a Consorzio service to the directory, then finds it.
    const coordinator = await signedIn('coordinatore');
    await goToSection(coordinator, 'Servizi');
    await expectAccessible(coordinator, 'directory search');
    await coordinator.getByRole('link', { name: 'Nuovo servizio' }).click();
    await heading(coordinator, 'Nuovo servizio');
    await coordinator.getByLabel('Nome', { exact: true }).fill('Sostegno adulti in difficoltà');
    await coordinator.getByLabel('A chi si rivolge (facoltativo)').fill('Adulti senza reddito o senza casa');
    await coordinator.getByRole('button', { name: 'Aggiungi un telefono' }).click();
    const phone = coordinator.getByRole('group', { name: 'Telefono 1' });
    await phone.getByLabel('Numero').fill('011 123 4567');
    await phone.getByLabel('Note (facoltative)').fill('Segreteria');
    await coordinator.getByRole('button', { name: 'Aggiungi un orario' }).click();
    const hours = coordinator.getByRole('group', { name: 'Orario 1' });
    await hours.getByLabel('Giorni (facoltativo)').fill('MO,WE');
    await hours.getByLabel('Apre alle (facoltativo)').fill('09:00');
    await hours.getByLabel('Chiude alle (facoltativo)').fill('12:30');
    await coordinator.getByRole('button', { name: 'Togli il telefono 1' }).waitFor();
    await coordinator.getByRole('button', { name: "Togli l'orario 1" }).waitFor();
    await expectAccessible(coordinator, 'new service form with a phone and opening hours');
    await coordinator.getByRole('button', { name: 'Salva' }).click();
    await heading(coordinator, 'Servizi');
    await coordinator.getByLabel('Parole').fill('difficolta');
    await coordinator.getByRole('button', { name: 'Cerca' }).click();
    await coordinator.getByRole('link', { name: 'Sostegno adulti in difficoltà', exact: true }).click();
    await heading(coordinator, 'Sostegno adulti in difficoltà');
    await coordinator.getByText('011 123 4567 — Segreteria').waitFor();
    await coordinator.getByText(/^MO,WE 09:00(:00)?–12:30(:00)?$/).waitFor();
    await expectAccessible(coordinator, 'service page');

    // The desk refers the saved request to the ASL's mental health centre.
    const desk = await signedIn('operatore.comune');
    await desk.goto(`${server.url}/contatti/${person.contactId}`);
    await desk.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(desk, 'contact page with "refer" buttons');
    const firstId = await referFromContactPage(
      desk,
      person.contactId,
      'salute mentale',
      'Centro di salute mentale Moncalieri',
      'Ansia e insonnia da mesi',
    );
    await desk.getByTestId('referral-current-status').getByText('Inviato').waitFor();
    await expectAccessible(desk, 'referral page, sent');

    // The ASL's service worker is told, finds it in the inbox and accepts it.
    const asl = await signedIn('servizio.asl');
    await asl.getByRole('link', { name: 'Notifiche 1 (1 da leggere)' }).waitFor();
    await goToSection(asl, 'Notifiche');
    await expectAccessible(asl, 'notifications');
    await openIncoming(asl, personName);
    await asl.getByText('Ansia e insonnia da mesi').waitFor();
    await expectAccessible(asl, 'referral as the service sees it');
    await move(asl, 'Accetta');
    await asl.getByTestId('referral-current-status').getByText('Accettato').waitFor();

    // The desk sees "Accettato" in its sent referrals.
    await goToSection(desk, 'Invii');
    await desk.getByRole('tab', { name: 'Inviati', selected: true }).waitFor();
    const sentRow = desk
      .getByTestId('referral-row')
      .filter({ hasText: 'Centro di salute mentale Moncalieri' });
    await sentRow.getByText('Accettato').waitFor();
    await expectAccessible(desk, 'desk sent referrals');

    // A second referral, rejected: the reason is required.
    await referFromContactPage(
      desk,
      person.contactId,
      'dipendenze',
      'Servizio dipendenze Carmagnola',
      'Uso di alcol',
    );
    await asl.reload();
    await goToSection(asl, 'Invii');
    const second = asl
      .getByTestId('referral-row')
      .filter({ hasText: personName })
      .filter({ hasText: 'Inviato' });
    await second.getByRole('link').click();
    await asl.getByRole('heading', { name: 'Cosa puoi fare' }).waitFor();
    await asl.getByRole('button', { name: 'Rifiuta', exact: true }).click();
    const reject = asl.getByRole('dialog');
    await reject.getByRole('button', { name: 'Rifiuta', exact: true }).click();
    await reject.getByText('Campo obbligatorio').or(reject.locator('.invalid-feedback')).first().waitFor();
    await expectAccessible(asl, 'reject dialog with the missing reason');
    await reject.getByRole('textbox').fill('Non di nostra competenza: serve il servizio sociale');
    await reject.getByRole('button', { name: 'Rifiuta', exact: true }).click();
    await asl.getByTestId('referral-current-status').getByText('Rifiutato').waitFor();
    await asl.getByText('Non di nostra competenza: serve il servizio sociale').first().waitFor();

    // The desk refers the person elsewhere: a bounce is counted.
    await referFromContactPage(
      desk,
      person.contactId,
      'adulti',
      'Sostegno adulti in difficoltà',
      'Rifiutato dal SerD',
    );
    await goToSection(desk, 'Invii');
    await desk.getByTestId('desk-bounces').getByText('1 rimpallo negli invii di questo sportello').waitFor();
    await expectAccessible(desk, 'desk sent referrals with a bounce');
    await desk.goto(`${server.url}/persone/${person.id}`);
    await desk.getByTestId('person-bounces').getByText('1 rimpallo').waitFor();
    await expectAccessible(desk, 'person page with referrals and a bounce');

    const bounces = await server.ctx.db.selectFrom('bounces').select(['person_id', 'kind']).execute();
    expect(bounces).toEqual([{ person_id: person.id, kind: 're_referred' }]);

    // Both sides on the first referral: the desk cancels it while the service, on a stale page, starts it.
    await asl.goto(`${server.url}/invii/${firstId}`);
    await asl.getByRole('button', { name: 'Inizia', exact: true }).waitFor();
    await desk.goto(`${server.url}/invii/${firstId}`);
    await move(desk, "Annulla l'invio", 'La persona ha trovato posto in una struttura');
    await desk.getByTestId('referral-current-status').getByText('Annullato').waitFor();
    await asl.getByRole('button', { name: 'Inizia', exact: true }).click();
    await asl.getByRole('dialog').getByRole('button', { name: 'Inizia', exact: true }).click();
    await asl.getByRole('alert').filter({ hasText: 'modificato da qualcun altro' }).waitFor();
    await asl.getByTestId('referral-current-status').getByText('Annullato').waitFor();
    await expectAccessible(asl, 'referral moved by someone else meanwhile');
  });
});
