/**
 * What the campaign's results say, without the page: the default period
 * (the last eight weeks), the period from the address, the totals, and the
 * one sentence that tells a reader who skips the tables whether it worked.
 */
import type { TFunction } from 'i18next';
import type { CampaignStats } from '../../../shared/schemas/campaign';
import { CampaignStatsQuery } from '../../../shared/schemas/campaign';
import { addDays } from '../../i18n/format';
import { formatCount } from '../indicators/format';

export type Period = CampaignStatsQuery;

/** Eight whole weeks up to today, today included. */
export const lastEightWeeks = (today: string): Period => ({ from: addDays(today, -55), to: today });

/** The period in the address when it is a valid one, else the default. */
export function periodFromParams(params: URLSearchParams, today: string): Period {
  const parsed = CampaignStatsQuery.safeParse({ from: params.get('from'), to: params.get('to') });
  return parsed.success && parsed.data.from <= parsed.data.to ? parsed.data : lastEightWeeks(today);
}

export interface ResultTotals {
  tagged: number;
  visits: number;
  contacts: number;
  /** Contacts that said how they heard of the desk (the row with code '' is "not given"). */
  answered: number;
}

const answers = (stats: CampaignStats) => stats.heardFrom.filter((row) => row.code !== '');

export function totalsOf(stats: CampaignStats): ResultTotals {
  const tagged = stats.tags.reduce((sum, tag) => sum + tag.visits, 0);
  const contacts = stats.heardFrom.reduce((sum, row) => sum + row.contacts, 0);
  const answered = answers(stats).reduce((sum, row) => sum + row.contacts, 0);
  return { tagged, visits: tagged + stats.untaggedVisits, contacts, answered };
}

const largest = <T>(rows: T[], value: (row: T) => number): T | undefined =>
  rows.filter((row) => value(row) > 0).sort((a, b) => value(b) - value(a))[0];

/** "From … to …: 120 visits …, 80 through campaign tags (most used: Posters, 50); 14 contacts of 20 said how they heard of us, mostly “Poster” (6)." */
export function resultsSummary(stats: CampaignStats, t: TFunction, language: string): string {
  const totals = totalsOf(stats);
  const count = (value: number) => formatCount(value, language);
  const topTag = largest(stats.tags, (tag) => tag.visits);
  const topHeard = largest(answers(stats), (row) => row.contacts);
  const visits = topTag
    ? t('campaign.page.results.summaryVisits', {
        count: totals.visits,
        visits: count(totals.visits),
        tagged: count(totals.tagged),
        top: topTag.label,
        topVisits: count(topTag.visits),
      })
    : t('campaign.page.results.summaryUntagged', { count: totals.visits, visits: count(totals.visits) });
  const contacts = topHeard
    ? t('campaign.page.results.summaryContacts', {
        count: totals.answered,
        answered: count(totals.answered),
        contacts: count(totals.contacts),
        top: topHeard.label,
        topContacts: count(topHeard.contacts),
      })
    : t('campaign.page.results.summaryNoContacts');
  return t('campaign.page.results.summary', { from: stats.from, to: stats.to, visits, contacts });
}
