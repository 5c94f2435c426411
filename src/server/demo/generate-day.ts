/**
 * One synthetic opening of one desk: who was checked in (now and then one
 * organisation arrives late, leaves early or is missing, so co-presence is
 * below 100%), the walk-in queue simulated on the operators present (first
 * come first served, front-loaded arrivals, a few priority tickets, people who
 * leave or never answer, tickets left unserved at closing), a contact for
 * every served ticket plus phone, e-mail and outreach contacts, and feedback
 * for about a fifth of the served tickets. Rows go to the bulk writer only.
 */
import { PRIORITY_REASONS, ticketCode } from '../../shared/queue';
import { recordContact } from './generate-contact';
import { FEEDBACK_SCORE, pick } from './generate-mix';
import type { ContactInput, DeskState, Gen } from './generate-state';

const MINUTE = 60_000;
const CLOSING_GRACE = 30 * MINUTE;

export interface OpeningWindow {
  date: string;
  start: number;
  end: number;
}

interface Server {
  operator: DeskState['operators'][number];
  counter: string;
  from: number;
  to: number;
  free: number;
}

export interface OpeningTotals {
  contacts: number;
  requests: number;
  tickets: number;
}

/** Who works this opening: each organisation may be missing (3%), late (10%) or leave early (6%). */
function staff(g: Gen, desk: DeskState, openingId: string, w: OpeningWindow): Server[] {
  const servers: Server[] = [];
  for (const org of [0, 1] as const) {
    if (g.rand() < 0.03) continue;
    const late = g.rand() < 0.1 ? (30 + g.rand() * 120) * MINUTE : 0;
    const early = g.rand() < 0.06 ? (30 + g.rand() * 90) * MINUTE : 0;
    const team = desk.operators.filter((o) => o.org === org);
    const present = team.filter((_, i) => i === 0 || g.rand() < 0.93);
    for (const operator of present) {
      const from = w.start - 5 * MINUTE + late + g.rand() * 5 * MINUTE;
      const to = w.end + 10 * MINUTE - early;
      const counter = desk.counters[servers.length % desk.counters.length]!;
      servers.push({ operator, counter, from, to, free: from });
      g.writer.add(
        'presences',
        g.tenantId,
        g.id(from),
        desk.id,
        openingId,
        operator.userId,
        operator.organisationId,
        counter,
        iso(from),
        iso(to),
        early ? 'manual' : 'closing',
      );
    }
  }
  return servers;
}

/** Arrival instants: a third in the first quarter of an hour, the rest thinning out through the opening. */
function arrivals(g: Gen, count: number, w: OpeningWindow): number[] {
  const span = (w.end - w.start) / MINUTE;
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const offset = g.rand() < 0.35 ? g.rand() * 15 : 15 + g.rand() * (span - 25);
    times.push(w.start - 10 * MINUTE + offset * MINUTE);
  }
  return times.sort((a, b) => a - b);
}

/** Generate one opening and everything that happened in it. */
export function simulateOpening(g: Gen, desk: DeskState, w: OpeningWindow): OpeningTotals {
  const openingId = g.id(w.start - 10 * MINUTE);
  const servers = staff(g, desk, openingId, w);
  const target = Math.max(1, Math.round(desk.contactsPerDay * (0.7 + g.rand() * 0.6)));
  const walkIns = Math.round(target * 0.88);
  const seen = new Set<string>();
  const totals: OpeningTotals = { contacts: 0, requests: 0, tickets: 0 };
  const numbers = { A: 0, P: 0 };
  const contact = (input: ContactInput) => {
    totals.contacts += 1;
    totals.requests += recordContact(g, desk, w.date, seen, input, servers);
  };

  for (const issued of arrivals(g, Math.round(walkIns / 0.9), w)) {
    totals.tickets += 1;
    const series = g.rand() < 0.08 ? 'P' : 'A';
    const number = ++numbers[series];
    const ticketId = g.id(issued);
    const fate = g.rand();
    let server: Server | undefined;
    let best = Number.POSITIVE_INFINITY;
    for (const s of servers) {
      const at = Math.max(s.free, s.from, issued);
      if (at < s.to && at < best) [best, server] = [at, s];
    }
    const called = best + MINUTE;
    const ticket = (status: string, times: (number | null)[], recalls: number, contactId: string | null) =>
      g.writer.add(
        'tickets',
        g.tenantId,
        ticketId,
        desk.id,
        openingId,
        series,
        number,
        ticketCode(series, number),
        series === 'P' ? pick(g.rand, PRIORITY_REASONS) : null,
        status,
        g.rand() < 0.7 ? 'kiosk' : 'operator',
        iso(issued),
        ...times.map((t) => (t === null ? null : iso(t))),
        recalls,
        status === 'not_served' || status === 'cancelled' ? null : server!.counter,
        status === 'not_served' || status === 'cancelled' ? null : server!.operator.userId,
        contactId,
      );
    if (!server || called > server.to) {
      ticket('not_served', [null, null, null, w.end + CLOSING_GRACE], 0, null);
      continue;
    }
    if (fate < 0.04 && called - issued > 20 * MINUTE) {
      ticket('cancelled', [null, null, null, issued + (20 + g.rand() * 20) * MINUTE], 0, null);
      continue;
    }
    if (fate > 0.95) {
      ticket('no_show', [called, called + 4 * MINUTE, null, called + 5 * MINUTE], 2, null);
      server.free = called + 5 * MINUTE;
      continue;
    }
    const serving = called + MINUTE;
    const closed = serving + (6 + g.rand() * 14 + (g.rand() < 0.15 ? 15 : 0)) * MINUTE;
    server.free = closed + MINUTE;
    const contactId = g.id(serving);
    ticket('done', [called, called, serving, closed], 0, contactId);
    contact({
      id: contactId,
      openingId,
      channel: 'walk_in',
      operator: server.operator,
      start: serving,
      end: closed,
    });
    if (g.rand() < 0.2) {
      const score = FEEDBACK_SCORE(g.rand);
      const comment = g.rand() < 0.15 ? (score >= 4 ? 'Grazie, molto disponibili' : 'Attesa lunga') : null;
      const at = closed + 2 * MINUTE;
      g.writer.add(
        'feedback',
        g.tenantId,
        g.id(at),
        desk.id,
        w.date,
        ticketId,
        g.rand() < 0.8 ? 'kiosk' : 'link',
        score,
        comment,
        iso(at),
      );
    }
  }

  for (let i = Math.round(target * 0.12); i > 0; i--) {
    const start = w.start + g.rand() * (w.end - w.start - 15 * MINUTE);
    const operator = servers.length > 0 ? pick(g.rand, servers).operator : desk.operators[0]!;
    const remote = {
      id: g.id(start),
      openingId,
      channel: null,
      operator,
      start,
      end: start + (3 + g.rand() * 12) * MINUTE,
    };
    contact(remote);
  }

  const firstIn = servers.reduce((min, s) => Math.min(min, s.from), w.start);
  g.writer.add(
    'openings',
    g.tenantId,
    openingId,
    desk.id,
    'scheduled',
    w.date,
    iso(w.start),
    iso(w.end),
    iso(firstIn),
    iso(w.end + CLOSING_GRACE),
    numbers.A,
    numbers.P,
    iso(w.end + CLOSING_GRACE),
    iso(firstIn),
    iso(w.end + CLOSING_GRACE),
  );
  g.dirty(desk.id, w.date);
  return totals;
}

export const iso = (ms: number): string => new Date(ms).toISOString();
