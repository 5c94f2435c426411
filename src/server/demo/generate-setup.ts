/**
 * The frame of a synthetic region, created through the ordinary services in
 * one transaction (it is small): the tenant (or the one named), a Consorzio
 * per eight desks, one Comune per desk, an ASL, the directory (the demo's),
 * the eight pilot municipalities plus eight synthetic ones per further
 * consortium, and N desks staffed by their Comune and Consorzio with 2–5
 * opening days a week and synthetic operators who cannot sign in.
 */

import type { DeskView } from '../../shared/schemas/accounts';
import { recordAudit } from '../audit/trail';
import { hashPassword, temporaryPassword } from '../auth/passwords';
import { type Ctx, inTransaction } from '../context';
import { newId } from '../ids';
import * as municipalityRepo from '../modules/accounts/municipalities.repo';
import { insertMunicipality } from '../modules/accounts/municipalities.service';
import { insertOrganisation } from '../modules/accounts/organisations.service';
import * as tenants from '../modules/accounts/tenants.repo';
import * as users from '../modules/accounts/users.repo';
import { listDesks } from '../modules/desks/desks.repo';
import { insertDesk } from '../modules/desks/desks.service';
import { countServices } from '../modules/directory/directory.repo';
import { ensureDefaultTerms } from '../modules/vocabularies/vocabularies.service';
import { seedDirectory } from './directory';
import { PILOT_MUNICIPALITIES, type Rand } from './generate-mix';
import type { Operator } from './generate-state';

export interface RegionDesk {
  view: DeskView;
  operators: Operator[];
  /** Municipalities its visitors live in, with weights (its own counts four times). */
  catchment: { id: string; weight: number }[];
  careOrganisations: string[];
}

export interface Region {
  tenantId: string;
  desks: RegionDesk[];
}

const CLUSTER = 8;

/** The municipalities of consortium k: the pilot's for the first, synthetic ones after. */
function clusterMunicipalities(k: number, rand: Rand) {
  if (k === 0) return PILOT_MUNICIPALITIES;
  return Array.from({ length: CLUSTER }, (_, i) => ({
    istatCode: `09${String(k * CLUSTER + i).padStart(4, '0')}`,
    name: `Comune sintetico ${k}-${i + 1}`,
    population: Math.round(1_000 + rand() ** 2 * 45_000),
  }));
}

export async function createRegion(
  ctx: Ctx,
  rand: Rand,
  options: {
    desks: number;
    tenantCode: string;
    tag: string;
    operatorsPerOrganisation: number;
    longDays: boolean;
  },
): Promise<Region> {
  const passwordHash = await hashPassword(temporaryPassword());
  return inTransaction(ctx, async (tx) => {
    const at = tx.now().toISOString();
    let tenantId = (await tenants.findTenantByCode(tx.db, options.tenantCode))?.id;
    if (!tenantId) {
      tenantId = newId();
      const name = `Ambito sintetico ${options.tenantCode}`;
      await tenants.insertTenant(tx.db, { id: tenantId, name, code: options.tenantCode, created_at: at });
      await recordAudit(tx, {
        tenantId,
        action: 'tenant.created',
        entityType: 'tenant',
        entityId: tenantId,
        changedFields: ['name', 'code'],
      });
      await ensureDefaultTerms(tx, tenantId);
    }
    const org = async (name: string, kind: 'comune' | 'consorzio' | 'asl') =>
      (await insertOrganisation(tx, tenantId, { name, kind, taxCode: null, email: null, phone: null })).id;
    const asl = await org(`ASL sintetica ${options.tag}`, 'asl');
    const known = new Map(
      (await municipalityRepo.listMunicipalities(tx.db, tenantId)).map((m) => [m.istat_code, m.id]),
    );
    const desks: RegionDesk[] = [];
    const numbered = (await listDesks(tx.db, tenantId)).length;
    let consorzio = '';
    let cluster: { id: string; name: string; population: number }[] = [];
    for (let d = 0; d < options.desks; d++) {
      if (d % CLUSTER === 0) {
        const k = d / CLUSTER;
        consorzio = await org(`Consorzio sintetico ${k + 1} (${options.tag})`, 'consorzio');
        cluster = [];
        for (const m of clusterMunicipalities(k, rand)) {
          const id =
            known.get(m.istatCode) ??
            (await insertMunicipality(tx, tenantId, { ...m, province: 'TO', populationYear: 2024 })).id;
          cluster.push({ id, name: m.name, population: m.population });
        }
        if ((await countServices(tx.db, tenantId)) === 0)
          await seedDirectory(tx, tenantId, {
            comune: await org(`Comune di ${cluster[0]!.name} (${options.tag})`, 'comune'),
            consorzio,
            asl,
          });
      }
      const home = cluster[d % CLUSTER]!;
      const comune = await org(`Comune di ${home.name} (${options.tag}-${d + 1})`, 'comune');
      const weekdays = [1, 2, 3, 4, 5].sort(() => rand() - 0.5).slice(0, 2 + Math.floor(rand() * 4));
      const perOrg = options.operatorsPerOrganisation;
      const view = await insertDesk(tx, tenantId, {
        name: `Sportello sintetico ${numbered + d + 1} – ${home.name}`,
        address: `Via dei Dati di Prova ${d + 1}`,
        municipalityId: home.id,
        timezone: 'Europe/Rome',
        organisationIds: [comune, consorzio],
        counters: Array.from({ length: perOrg * 2 }, (_, i) => `Postazione ${i + 1}`),
        patronDay: null,
        queue: {
          maxPriorityStreak: 2,
          standardMaxWaitMinutes: 30,
          noShowAfterRecalls: 2,
          closingGraceMinutes: 30,
        },
        hours: weekdays
          .sort()
          .map((weekday) =>
            options.longDays
              ? { weekday, opensAt: '08:30', closesAt: '16:30' }
              : { weekday, opensAt: '09:00', closesAt: '12:30' },
          ),
      });
      const operators: Operator[] = [];
      for (const [index, organisationId] of [comune, consorzio].entries()) {
        for (let i = 0; i < perOrg; i++) {
          const id = newId();
          const username = `gen.${options.tag}.d${d + 1}.${index === 0 ? 'comune' : 'consorzio'}${i + 1}`;
          await users.insertUser(
            tx.db,
            {
              tenant_id: tenantId,
              id,
              organisation_id: organisationId,
              username,
              full_name: `Operatore sintetico ${d + 1}.${index + 1}.${i + 1}`,
              email: null,
              locale: 'it',
              password_hash: passwordHash,
              must_change_password: 1,
              is_active: 1,
              failed_logins: 0,
              locked_until: null,
              last_login_at: null,
              password_changed_at: at,
              version: 1,
              created_at: at,
              updated_at: at,
            },
            ['desk_operator'],
          );
          operators.push({ userId: id, organisationId, org: index as 0 | 1 });
        }
      }
      const catchment = cluster.map((m) => ({ id: m.id, weight: m.population * (m.id === home.id ? 4 : 1) }));
      desks.push({ view, operators, catchment, careOrganisations: [consorzio, asl] });
    }
    return { tenantId, desks };
  });
}
