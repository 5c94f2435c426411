import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeDesk, makeTenant, makeUser } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { describeEngines } from '../../../test/helpers/engines';
import { campaignStats, getPublicInfo, listTags } from '../modules/campaign/campaign.service';
import { seedCampaign } from './campaign';

describeEngines('demo campaign', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db());
  });
  afterAll(() => t.close());

  it('gives the desk public contacts, a tag of its own and eight weeks of visits in every language', async () => {
    const tenant = await makeTenant(t.ctx(), 'democampaign');
    const desk = await makeDesk(t.ctx(), tenant);
    const { actor } = await makeUser(t.ctx(), tenant, {
      organisationId: tenant.organisations.consorzio,
      roles: ['coordinator'],
    });
    const ctx = t.ctx(actor);
    await seedCampaign(ctx, desk.id);
    expect((await getPublicInfo(ctx, desk.id)).phone).toBe('011 972 4211');
    const tags = await listTags(ctx, desk.id, 'it');
    expect(tags.map((tag) => tag.code)).toEqual(['manifesto', 'volantino', 'social', 'mercato']);
    const today = DateTime.fromJSDate(t.clock.now(), { zone: 'Europe/Rome' });
    const stats = await campaignStats(
      ctx,
      desk.id,
      { from: today.minus({ weeks: 8 }).toISODate()!, to: today.toISODate()! },
      'it',
    );
    expect(stats.byDay).toHaveLength(57);
    for (const tag of stats.tags) expect(tag.visits).toBeGreaterThan(0);
    expect(stats.untaggedVisits).toBeGreaterThan(0);
    const languages = new Set(stats.tags.flatMap((tag) => Object.keys(tag.byLanguage)));
    expect(languages).toEqual(new Set(['it', 'en', 'fr', 'ro', 'sq', 'ar']));
    // The first weeks of posters bring more visits than the last ones.
    const week = (from: number) =>
      stats.byDay.slice(from, from + 7).reduce((sum, day) => sum + day.tagged, 0);
    expect(week(0)).toBeGreaterThan(week(49));
  });
});
