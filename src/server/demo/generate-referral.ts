/**
 * Synthetic referrals: one per referral outcome of an identified person, with
 * the status history a receiving service would leave (most accepted or
 * completed, some rejected, cancelled or still waiting, some acknowledged
 * late), and the bounces they cause: re-referred after a rejection or
 * failure, or came back to the desk after a referral never accepted.
 */
import { BOUNCE_WINDOW_DAYS } from '../../shared/referrals';
import * as mix from './generate-mix';
import type { Gen, Operator, Person } from './generate-state';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const BOUNCE_WINDOW = BOUNCE_WINDOW_DAYS * DAY;
const ACCEPTED = new Set(['accepted', 'in-progress', 'completed', 'on-hold', 'failed']);
const iso = (ms: number) => new Date(ms).toISOString();

function bounce(
  g: Gen,
  p: Person,
  area: string,
  kind: string,
  ids: [string, string | null],
  contactId: string,
  deskId: string,
  at: number,
) {
  g.writer.add('bounces', g.tenantId, g.id(at), p.id, area, kind, ids[0], ids[1], contactId, deskId, iso(at));
}

/** A referral from the desk, its status history as the receiving service moved it, and any re-referral bounce. */
export function refer(
  g: Gen,
  desk: { id: string },
  p: Person,
  ids: [string, string],
  codes: [string, string],
  op: Operator,
  sentAt: number,
  date: string,
): void {
  const [contactId, requestId] = ids;
  const [area, category] = codes;
  const service = mix.pick(g.rand, g.servicesFor(area));
  const id = g.id(sentAt);
  const r = g.rand();
  const ackAt =
    sentAt + (r < 0.7 ? 4 + g.rand() * 44 : r < 0.9 ? 48 + g.rand() * 72 : 120 + g.rand() * 240) * HOUR;
  const finalAt = ackAt + (3 + g.rand() * 40) * DAY;
  let fate: string = mix.REFERRAL_FATE(g.rand);
  if (ackAt > g.now) fate = 'requested';
  const status =
    fate !== 'requested' && ACCEPTED.has(fate) && fate !== 'accepted' && finalAt > g.now ? 'accepted' : fate;
  const events: [string | null, string, number, string | null][] = [[null, 'requested', sentAt, null]];
  if (status === 'cancelled') events.push(['requested', 'cancelled', ackAt, op.organisationId]);
  else if (status === 'rejected') events.push(['requested', 'rejected', ackAt, service.organisationId]);
  else if (status !== 'requested') {
    events.push(['requested', 'accepted', ackAt, service.organisationId]);
    if (status !== 'accepted') events.push(['accepted', status, finalAt, service.organisationId]);
  }
  const acknowledged = status !== 'requested' && status !== 'cancelled' ? iso(ackAt) : null;
  const dueBy = g.ackDueBy(date, service.ackWorkingDays);
  const last = events[events.length - 1]![2];
  const reason = mix.REFERRAL_REASONS[status] ?? null;
  g.writer.add(
    'referrals',
    g.tenantId,
    id,
    contactId,
    requestId,
    p.id,
    service.id,
    service.organisationId,
    desk.id,
    op.organisationId,
    area,
    category,
    'Invio generato per i dati di prova',
    g.rand() < 0.1 ? 'urgent' : 'routine',
    'consent',
    status,
    reason,
    dueBy,
    g.overdueFrom(dueBy),
    iso(sentAt),
    acknowledged,
    ACCEPTED.has(status) ? iso(ackAt) : null,
    op.userId,
    iso(sentAt),
    iso(last),
  );
  events.forEach(([from, to, at, organisation], i) => {
    const actor = i === 0 || to === 'cancelled' ? op.userId : null;
    const note = mix.REFERRAL_REASONS[to] ?? null;
    g.writer.add('referral_events', g.tenantId, id, i + 1, from, to, actor, organisation, iso(at), note);
    if (i > 0) g.dirty(desk.id, g.localDate(at));
  });
  p.referrals ??= new Map();
  const previous = p.referrals.get(area);
  if (
    previous &&
    (previous.status === 'rejected' || previous.status === 'failed') &&
    sentAt - previous.sentAt < BOUNCE_WINDOW
  )
    bounce(g, p, area, 're_referred', [id, previous.id], contactId, desk.id, sentAt);
  p.referrals.set(area, { id, status, sentAt, cameBack: false });
}

/** The person is back at the desk with a need in an area whose referral never reached accepted: a bounce, once per referral. */
export function cameBack(
  g: Gen,
  deskId: string,
  person: Person,
  areas: readonly string[],
  contactId: string,
  at: number,
) {
  if (!person.referrals) return;
  for (const area of new Set(areas)) {
    const previous = person.referrals.get(area);
    if (
      !previous ||
      previous.cameBack ||
      ACCEPTED.has(previous.status) ||
      at - previous.sentAt > BOUNCE_WINDOW
    )
      continue;
    previous.cameBack = true;
    bounce(g, person, area, 'came_back', [previous.id, null], contactId, deskId, at);
  }
}
