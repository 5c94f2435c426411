/**
 * Deadlines in working days (weekends, holidays, the desk's closures), the
 * overdue list for both sides, the one reminder, and the e-mails a real local
 * SMTP server receives: a link and nothing personal.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEngines } from '../../../../test/helpers/engines';
import { addWorkingDays, overdueFrom } from './deadlines';
import { makePerson, makeWorld, type ReferralWorld, refer } from './referrals.fixture';
import { sendOverdueReminders } from './reminders.service';

describe('working days', () => {
  it('skips weekends and closed days', () => {
    expect(addWorkingDays('2027-01-08', 3, new Set())).toBe('2027-01-13'); // Friday → Wednesday
    expect(addWorkingDays('2027-01-08', 3, new Set(['2027-01-12']))).toBe('2027-01-14');
    expect(addWorkingDays('2027-01-09', 1, new Set())).toBe('2027-01-11'); // from a Saturday
    expect(overdueFrom('2027-01-14', 'Europe/Rome')).toBe('2027-01-14T23:00:00.000Z');
  });
});

interface Mail {
  to: string[];
  body: string;
}

describeEngines('referral deadlines, reminders and e-mail', (db) => {
  let w: ReferralWorld;
  let smtp: SMTPServer;
  const mails: Mail[] = [];
  let mario: string;
  let early: { id: string };
  let late: { id: string; reason: string };

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        let body = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => {
          body += chunk;
        });
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    w = await makeWorld(db(), 'deadlines', {
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'sportello@cisa31.example.it',
      PUBLIC_URL: 'https://sportello.example.it',
    });
  });
  afterAll(async () => {
    await w.t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const mailsTo = (address: string) => mails.filter((m) => m.to.includes(address));
  const ids = (response: { json(): { referrals: { id: string }[] } }) =>
    response.json().referrals.map((r) => r.id);

  it('counts working days after today at the desk: weekends, the Epiphany and a closure do not count', async () => {
    w.t.clock.current = new Date('2027-01-04T09:00:00.000Z'); // Monday 4 January, 10:00
    mario = await makePerson(w, true);
    // ASL: 5 working days; Wednesday 6 is the Epiphany.
    early = (await refer(w, mario, { serviceId: w.services.aslMental })).json();
    expect(early).toMatchObject({ ackDueBy: '2027-01-12', overdue: false });

    w.t.clock.current = new Date('2027-01-08T09:00:00.000Z'); // Friday 8 January
    const closure = await w.admin.client.post(`/api/desks/${w.desk.id}/closures`, {
      date: '2027-01-12',
      reason: 'Inventario',
    });
    expect(closure.statusCode).toBe(201);
    late = (await refer(w, mario)).json();
    expect(late).toMatchObject({ ackDueBy: '2027-01-14', overdue: false });
  });

  it('e-mails the receiving service a link and no personal data', async () => {
    const [received] = mailsTo(w.chiara.email!);
    expect(received).toBeDefined();
    expect(received!.body).toContain(`https://sportello.example.it/invii/${late.id}`);
    expect(received!.body).toContain('Subject: Sportello: nuovo invio');
    expect(received!.body).not.toContain('referralNotifications');
    for (const secret of ['Bianchi', 'Persona', '333', late.reason, 'Minori', '1980']) {
      expect(received!.body).not.toContain(secret);
    }
    expect(mailsTo(w.aslWorker.email!).some((m) => m.body.includes(late.id))).toBe(false);
  });

  it('lists a referral as overdue for both sides from the day after its deadline, and reminds once', async () => {
    w.t.clock.current = new Date('2027-01-14T22:30:00.000Z'); // Thursday 14, 23:30 at the desk
    expect((await w.chiara.client.get(`/api/referrals/${late.id}`)).json().overdue).toBe(false);
    expect(ids(await w.chiara.client.get('/api/referrals?box=inbox&overdueOnly=true'))).not.toContain(
      late.id,
    );

    w.t.clock.current = new Date('2027-01-14T23:05:00.000Z'); // Friday 15, 00:05
    expect((await w.chiara.client.get(`/api/referrals/${late.id}`)).json().overdue).toBe(true);
    expect(ids(await w.chiara.client.get('/api/referrals?box=inbox&overdueOnly=true'))).toContain(late.id);
    expect(ids(await w.giulia.client.get('/api/referrals?box=sent&overdueOnly=true'))).toContain(late.id);
    expect(ids(await w.aslWorker.client.get('/api/referrals?box=inbox&overdueOnly=true'))).toEqual([
      early.id,
    ]);

    const before = mails.length;
    // Two processes at once: each reminder is claimed by one of them only.
    const [a, b] = await Promise.all([sendOverdueReminders(w.t.ctx()), sendOverdueReminders(w.t.ctx())]);
    expect(a + b).toBe(2); // `early` (due on the 12th) and `late`
    expect(await sendOverdueReminders(w.t.ctx())).toBe(0);

    const reminders = (await w.chiara.client.get('/api/notifications'))
      .json()
      .notifications.filter(
        (n: { kind: string; referralId: string }) =>
          n.kind === 'referral_overdue' && n.referralId === late.id,
      );
    expect(reminders).toHaveLength(1);
    const sender = (await w.giulia.client.get('/api/notifications')).json().notifications;
    expect(sender.some((n: { kind: string }) => n.kind === 'referral_overdue')).toBe(true);
    const sent = mails.slice(before);
    expect(sent.filter((m) => m.to.includes(w.chiara.email!) && m.body.includes(late.id))).toHaveLength(1);
    expect(sent.some((m) => m.to.includes(w.giulia.email!))).toBe(true);
    for (const m of sent) expect(m.body).not.toContain('Bianchi');

    // Acknowledged: no longer overdue.
    const accepted = await w.chiara.client.post(`/api/referrals/${late.id}/move`, {
      to: 'accepted',
      version: 1,
    });
    expect(accepted.json()).toMatchObject({ overdue: false, status: 'accepted' });
    expect(ids(await w.giulia.client.get('/api/referrals?box=sent&overdueOnly=true'))).not.toContain(late.id);
  });
});
