/**
 * Campaign materials made on request from the desk's configuration as it is
 * now (name, address, weekly hours, the coming closures, the organisations,
 * the public contacts), so reprinting after a schedule change is one click.
 * Nothing is stored: the file is generated and sent.
 */
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { CAMPAIGN_PARAM, type PublicLanguage, publicDeskPath } from '../../../shared/public';
import type { Language } from '../../../shared/roles';
import type { DeskView } from '../../../shared/schemas/accounts';
import type { MaterialKind, MaterialQuery } from '../../../shared/schemas/campaign';
import type { Ctx } from '../../context';
import { invalidField } from '../../errors';
import { deskFor } from '../desks/desks.service';
import { statusOf } from '../desks/openings.service';
import { publicInfoOf, tagsOf } from './campaign.service';
import { type MaterialDesk, materialTexts } from './material-text';
import { renderMaterialPdf } from './poster-pdf';
import { qrCode } from './qr';
import { renderSocialPng } from './social-image';

/** How far ahead the printed closures look: a poster stays on the wall about two months. */
const CLOSURE_DAYS = 60;

const MEDIUM: Record<MaterialKind, 'poster' | 'flyer' | 'social'> = {
  poster: 'poster',
  flyer: 'flyer',
  social: 'social',
};
/** What each file is called: the Italian name of the material and its format. */
const FILE_PART: Record<MaterialKind, string> = {
  poster: 'manifesto-a4',
  flyer: 'volantino-a6',
  social: 'social-1200x630',
};

export interface MaterialFile {
  fileName: string;
  contentType: string;
  file: Buffer;
}

/** The desk's name for a file: "Sportello Sociale di Carmagnola" → "carmagnola". */
export function deskSlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^sportello(-sociale)?(-(di|del|della|dei|delle))?(-|$)/, '');
  return slug || 'sportello';
}

async function materialDesk(ctx: Ctx, tenantId: string, desk: DeskView): Promise<MaterialDesk> {
  const [status, info] = await Promise.all([
    statusOf(ctx, tenantId, desk, CLOSURE_DAYS),
    publicInfoOf(ctx, tenantId, desk.id),
  ]);
  const openWeekdays = new Set(desk.hours.map((h) => h.weekday));
  return {
    id: desk.id,
    name: desk.name,
    address: desk.address,
    hours: desk.hours,
    // A holiday on a day the desk is closed anyway is no news to anyone.
    closures: status.upcomingClosures.filter((c) => openWeekdays.has(DateTime.fromISO(c.date).weekday)),
    organisations: desk.organisations.map((o) => o.name),
    phone: info.phone,
    email: info.email,
  };
}

/** The poster, flyer or social image of a desk, in one language or Italian and one more. */
export async function campaignMaterial(
  ctx: Ctx,
  deskId: string,
  query: z.output<typeof MaterialQuery>,
  lang: Language,
): Promise<MaterialFile> {
  const { actor, desk } = await deskFor(ctx, deskId, 'campaign.manage');
  const tags = await tagsOf(ctx, actor.tenantId, deskId, lang);
  const tag = query.tag ?? tags.find((t) => t.medium === MEDIUM[query.kind])?.code;
  if (!tag || !tags.some((t) => t.code === tag)) throw invalidField('tag', 'campaign.unknownTag');
  const languages: PublicLanguage[] =
    query.bilingual && query.lang !== 'it' ? ['it', query.lang] : [query.lang];
  const single = languages.length === 1;
  const url = `${ctx.config.publicUrl}${publicDeskPath(desk.id)}?${CAMPAIGN_PARAM}=${encodeURIComponent(tag)}${
    single ? `&lang=${query.lang}` : ''
  }`;
  const data = await materialDesk(ctx, actor.tenantId, desk);
  const texts = languages.map((l) => materialTexts(data, l));
  const qr = await qrCode(url);
  const fileName = `sportello-${deskSlug(desk.name)}-${FILE_PART[query.kind]}-${languages.join('-')}`;
  if (query.kind === 'social') {
    const file = await renderSocialPng({ texts, deskName: desk.name, qr });
    return { fileName: `${fileName}.png`, contentType: 'image/png', file };
  }
  const file = await renderMaterialPdf({ kind: query.kind, texts, deskName: desk.name, qr, url });
  return { fileName: `${fileName}.pdf`, contentType: 'application/pdf', file };
}
