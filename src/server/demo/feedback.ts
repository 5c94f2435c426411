/**
 * Plausible satisfaction answers for the demo: about a quarter of a desk's
 * served tickets get one, mostly 4 or 5, some with a short Italian comment;
 * most through the receipt's QR code (naming the ticket, a little after the
 * meeting), the rest at the kiosk on the way out. Stored through the feedback
 * service with the clock set to each answer, so each day's rollup is marked.
 * Deterministic (seeded), so every demo shows the same answers.
 */
import type { Ctx } from '../context';
import { recordFeedback, servedTickets } from '../modules/indicators/feedback.service';
import { seeded as random } from './frequencies';

const ANSWERED_SHARE = 0.25;
const COMMENT_SHARE = 0.3;
const MINUTE = 60_000;

/** Cumulative chances of scores 1–5: mostly satisfied, as walk-in desks usually are. */
const SCORE_CUMULATIVE = [0.03, 0.08, 0.2, 0.55, 1];

const COMMENTS: Record<'low' | 'mid' | 'high', string[]> = {
  low: [
    'Ho aspettato più di un’ora.',
    'Non ho capito a chi devo rivolgermi adesso.',
    'La sala d’attesa era piena e faceva caldo.',
  ],
  mid: [
    'Gentili, ma l’attesa è stata lunga.',
    'Mi hanno dato le informazioni, vedremo se bastano.',
    'Sarebbe utile aprire anche il pomeriggio.',
  ],
  high: [
    'Operatrici molto gentili e disponibili.',
    'Finalmente qualcuno che ascolta. Grazie!',
    'Mi hanno spiegato tutto con pazienza.',
    'Veloce e chiaro, mi hanno già fissato l’appuntamento con l’assistente sociale.',
    'Bello trovare Comune e Consorzio nello stesso posto.',
  ],
};

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

/** Answers for a desk's served tickets up to now; returns how many were stored. */
export async function seedFeedback(ctx: Ctx, tenantId: string, deskId: string, seed = 6): Promise<number> {
  const rand = random(seed);
  const now = ctx.now().getTime();
  let stored = 0;
  for (const ticket of await servedTickets(ctx, tenantId, deskId)) {
    if (!ticket.closedAt || rand() >= ANSWERED_SHARE) continue;
    const viaLink = rand() < 0.7;
    const delay = viaLink ? 10 + rand() * 240 : 1 + rand() * 4;
    const at = new Date(Date.parse(ticket.closedAt) + delay * MINUTE);
    if (at.getTime() > now) continue;
    const draw = rand();
    const score = SCORE_CUMULATIVE.findIndex((chance) => draw < chance) + 1;
    const tone = score <= 2 ? 'low' : score === 3 ? 'mid' : 'high';
    const comment = rand() < COMMENT_SHARE ? pick(rand, COMMENTS[tone]) : null;
    await recordFeedback({ ...ctx, now: () => at }, tenantId, deskId, viaLink ? 'link' : 'kiosk', {
      score,
      comment,
      ticketId: viaLink ? ticket.id : null,
    });
    stored += 1;
  }
  return stored;
}
