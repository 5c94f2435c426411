/**
 * People concerned: search before create, identification with the codice
 * fiscale, consents (notice given, record, share, feedback) and what their
 * withdrawal does. Every read of a person is audited; so is every search.
 */
import { ageBandOf, type ConsentKind } from '../../../shared/contacts';
import type {
  CodiceFiscaleDecoded,
  ConsentEvent,
  ConsentState,
  ConsentValues,
  PeopleSearchValues,
  PersonInputValues,
  PersonMatch,
  PersonSummary,
  PersonValues,
  PersonView,
} from '../../../shared/schemas/people';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Ctx, inTransaction, localToday } from '../../context';
import type { PeopleTable } from '../../db/tables';
import { changedFields } from '../../db/writes';
import { conflict, DomainError, type FieldProblem, invalidFields, notFound } from '../../errors';
import { newId } from '../../ids';
import * as municipalities from '../accounts/municipalities.repo';
import { careRelationsOf } from '../care/care.service';
import { checkCodiceFiscale } from './codice-fiscale';
import { nameKey, nameScore, nameTokens, phoneKey, trigrams } from './name-search';
import * as repo from './people.repo';

type Fields = PersonValues;

/** Check what a schema cannot: the codice fiscale's reason, dates against today, the municipality. */
async function checkFields(tx: Ctx, tenantId: string, fields: Fields, selfId: string | null) {
  const problems: FieldProblem[] = [];
  let codiceFiscale: string | null = null;
  if (fields.codiceFiscale) {
    const checked = checkCodiceFiscale(fields.codiceFiscale);
    if (!checked.ok) problems.push({ field: 'codiceFiscale', message: checked.reason });
    else {
      codiceFiscale = checked.code;
      if (fields.birthDate && fields.birthDate !== checked.birthDate)
        problems.push({ field: 'birthDate', message: 'validation.cfMismatch' });
      if ((fields.sex === 'female' || fields.sex === 'male') && fields.sex !== checked.sex)
        problems.push({ field: 'sex', message: 'validation.cfMismatch' });
      const holders = await repo.idsWhere(tx.db, tenantId, 'codice_fiscale', checked.code, 2);
      if (holders.some((id) => id !== selfId))
        problems.push({ field: 'codiceFiscale', message: 'validation.cfTaken' });
    }
  }
  if (fields.birthDate) {
    if (fields.birthDate > localToday(tx))
      problems.push({ field: 'birthDate', message: 'validation.futureDate' });
    else if (fields.birthDate < '1900-01-01')
      problems.push({ field: 'birthDate', message: 'validation.tooOld' });
  }
  if (
    fields.municipalityId &&
    !(await municipalities.findMunicipality(tx.db, tenantId, fields.municipalityId))
  )
    problems.push({ field: 'municipalityId', message: 'validation.unknownMunicipality' });
  if (problems.length > 0) throw invalidFields(problems);
  const decoded = codiceFiscale ? checkCodiceFiscale(codiceFiscale) : null;
  const fromCode = decoded?.ok ? decoded : null;
  return {
    given_name: fields.givenName,
    family_name: fields.familyName,
    name_key: nameKey(fields.familyName, fields.givenName),
    codice_fiscale: codiceFiscale,
    birth_date: fields.birthDate ?? fromCode?.birthDate ?? null,
    sex: fields.sex === 'unknown' && fromCode ? fromCode.sex : fields.sex,
    birth_place: fields.birthPlace ?? fromCode?.birthPlace ?? null,
    phone: fields.phone,
    phone_key: phoneKey(fields.phone),
    email: fields.email,
    municipality_id: fields.municipalityId,
    citizenship_group:
      fields.citizenshipGroup === 'unknown' && fromCode && !fromCode.bornAbroad
        ? 'italian'
        : fields.citizenshipGroup,
  } satisfies Partial<PeopleTable>;
}

/**
 * Store a new person (inside the caller's transaction) and index their name;
 * audited as person.created. Used by the desk and by the care registry import.
 */
export async function createPersonRecord(
  tx: Ctx,
  tenantId: string,
  fields: Fields,
  source: PeopleTable['source'],
): Promise<string> {
  const values = await checkFields(tx, tenantId, fields, null);
  const at = tx.now().toISOString();
  const id = newId();
  await repo.insertPerson(tx.db, {
    tenant_id: tenantId,
    id,
    ...values,
    source,
    merged_into_id: null,
    anonymised_at: null,
    created_by: tx.actor?.userId ?? null,
    version: 1,
    created_at: at,
    updated_at: at,
  });
  await repo.replaceGrams(
    tx.db,
    tenantId,
    id,
    trigrams(nameTokens(`${values.family_name} ${values.given_name}`)),
  );
  await recordAudit(tx, { action: 'person.created', entityType: 'person', entityId: id, tenantId });
  return id;
}

export async function createPerson(ctx: Ctx, input: PersonInputValues): Promise<PersonView> {
  const actor = requirePermission(ctx, 'person.manage');
  return inTransaction(ctx, async (tx) => {
    const { consents, ...fields } = input;
    const id = await createPersonRecord(tx, actor.tenantId, fields, 'desk');
    const answers: [ConsentKind, boolean][] = [
      ['privacy_notice', consents.privacyNotice],
      ['record_data', consents.recordData],
      ['share_with_services', consents.shareWithServices],
      ['contact_for_feedback', consents.contactForFeedback],
    ];
    for (const [kind, granted] of answers) {
      await insertConsent(tx, actor.tenantId, id, { kind, granted, method: consents.method, note: null });
    }
    return loadView(tx, actor.tenantId, id);
  });
}

async function insertConsent(
  tx: Ctx,
  tenantId: string,
  personId: string,
  input: { kind: ConsentKind; granted: boolean; method: ConsentEvent['method']; note: string | null },
) {
  const id = newId();
  await repo.insertConsent(tx.db, {
    tenant_id: tenantId,
    id,
    person_id: personId,
    kind: input.kind,
    granted: input.granted ? 1 : 0,
    method: input.method,
    note: input.note,
    recorded_by: tx.actor?.userId ?? null,
    recorded_at: tx.now().toISOString(),
  });
  await recordAudit(tx, {
    action: 'consent.recorded',
    entityType: 'consent',
    entityId: id,
    changedFields: [input.kind],
  });
}

/** A person the acting user may see (same tenant); merged records are still readable, for undo and history. */
async function loadRow(ctx: Ctx, tenantId: string, id: string) {
  const row = await repo.findPerson(ctx.db, tenantId, id);
  if (!row) throw notFound();
  return row;
}

export async function getPerson(ctx: Ctx, id: string): Promise<PersonView> {
  const actor = requirePermission(ctx, 'person.read');
  return inTransaction(ctx, async (tx) => {
    const view = await loadView(tx, actor.tenantId, id);
    await recordAudit(tx, { action: 'person.viewed', entityType: 'person', entityId: id });
    return view;
  });
}

/** A person for the desk's save: must exist, not be merged away, and allow recording. No audit (the save audits). */
export async function personForContact(ctx: Ctx, tenantId: string, id: string) {
  const row = await repo.findPerson(ctx.db, tenantId, id);
  if (!row) throw invalidFields([{ field: 'personId', message: 'validation.unknownPerson' }]);
  if (row.merged_into_id) throw new DomainError('conflict', 'errors.personMerged', {}, [], 'person_merged');
  const consents = consentState(await repo.consentsOf(ctx.db, tenantId, [id]));
  if (!canRecord(row, consents))
    throw invalidFields([{ field: 'personId', message: 'validation.personCannotRecord' }]);
  return row;
}

export async function loadView(ctx: Ctx, tenantId: string, id: string): Promise<PersonView> {
  const row = await loadRow(ctx, tenantId, id);
  const consents = consentState(await repo.consentsOf(ctx.db, tenantId, [id]));
  const today = localToday(ctx);
  const care = await careRelationsOf(ctx, tenantId, [id], { activeOn: today });
  const similar =
    row.merged_into_id || row.anonymised_at ? [] : await repo.sharingKeys(ctx.db, tenantId, row);
  const summaries = await summarise(ctx, tenantId, similar);
  const possibleDuplicates = similar
    .map((other, i) => ({ ...summaries[i]!, reasons: duplicateReasons(row, other) }))
    .filter((d) => d.reasons.length >= 2);
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    codiceFiscale: row.codice_fiscale,
    birthDate: row.birth_date,
    sex: row.sex as PersonView['sex'],
    birthPlace: row.birth_place,
    phone: row.phone,
    email: row.email,
    municipalityId: row.municipality_id,
    municipalityName: row.municipality_name,
    citizenshipGroup: row.citizenship_group as PersonView['citizenshipGroup'],
    ageBand: ageBandOf(row.birth_date, today),
    consents,
    canRecord: canRecord(row, consents),
    careRelations: care,
    possibleDuplicates,
    mergedIntoId: row.merged_into_id,
    anonymisedAt: row.anonymised_at,
    createdAt: row.created_at,
    version: row.version,
  };
}

export function duplicateReasons(
  a: Pick<PeopleTable, 'codice_fiscale' | 'name_key' | 'birth_date'>,
  b: Pick<PeopleTable, 'codice_fiscale' | 'name_key' | 'birth_date'>,
) {
  const reasons: ('codice_fiscale' | 'name' | 'birth_date')[] = [];
  if (a.codice_fiscale && a.codice_fiscale === b.codice_fiscale) reasons.push('codice_fiscale');
  if (a.name_key && a.name_key === b.name_key) reasons.push('name');
  if (a.birth_date && a.birth_date === b.birth_date) reasons.push('birth_date');
  return reasons;
}

function canRecord(row: repo.PersonRow, consents: ConsentState): boolean {
  return (
    !row.anonymised_at &&
    !row.merged_into_id &&
    consents.privacy_notice?.granted === true &&
    consents.record_data?.granted === true
  );
}

export function presentConsent(row: repo.ConsentRow): ConsentEvent {
  return {
    id: row.id,
    kind: row.kind as ConsentKind,
    granted: row.granted === 1,
    method: row.method as ConsentEvent['method'],
    note: row.note,
    recordedAt: row.recorded_at,
    recordedByName: row.recorded_by_name,
  };
}

/** Latest answer per kind (rows come newest first). */
function consentState(rows: repo.ConsentRow[]): ConsentState {
  const state: ConsentState = {};
  for (const row of rows) {
    const kind = row.kind as ConsentKind;
    if (!state[kind]) state[kind] = presentConsent(row);
  }
  return state;
}

export async function summarise(
  ctx: Ctx,
  tenantId: string,
  rows: repo.PersonRow[],
): Promise<PersonSummary[]> {
  const ids = rows.map((row) => row.id);
  const last = await repo.lastContacts(ctx.db, tenantId, ids);
  const care = await careRelationsOf(ctx, tenantId, ids, { activeOn: localToday(ctx) });
  const inCare = new Set(care.map((c) => c.personId));
  return rows.map((row) => ({
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    birthDate: row.birth_date,
    codiceFiscale: row.codice_fiscale,
    municipalityName: row.municipality_name,
    inCare: inCare.has(row.id),
    lastContactAt: last.get(row.id) ?? null,
  }));
}

export async function updatePerson(
  ctx: Ctx,
  id: string,
  input: Fields & { version: number },
): Promise<PersonView> {
  const actor = requirePermission(ctx, 'person.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadRow(tx, actor.tenantId, id);
    if (before.merged_into_id)
      throw new DomainError('conflict', 'errors.personMerged', {}, [], 'person_merged');
    if (before.anonymised_at) throw new DomainError('conflict', 'errors.anonymised', {}, [], 'anonymised');
    const { version, ...fields } = input;
    const values = await checkFields(tx, actor.tenantId, fields, id);
    if (
      !(await repo.updatePerson(tx.db, actor.tenantId, id, version, {
        ...values,
        updated_at: tx.now().toISOString(),
      }))
    )
      throw conflict();
    await repo.replaceGrams(
      tx.db,
      actor.tenantId,
      id,
      trigrams(nameTokens(`${values.family_name} ${values.given_name}`)),
    );
    await recordAudit(tx, {
      action: 'person.updated',
      entityType: 'person',
      entityId: id,
      changedFields: changedFields(before as unknown as Record<string, unknown>, values),
    });
    return loadView(tx, actor.tenantId, id);
  });
}

/**
 * Record an answer. Withdrawing the consent to record identified data takes
 * effect at once: name, codice fiscale, birth date and place, phone and
 * e-mail are erased; what statistics need (sex, municipality, citizenship
 * group, the contacts' own age bands) stays.
 */
export async function recordConsent(ctx: Ctx, personId: string, input: ConsentValues) {
  const actor = requirePermission(ctx, 'person.manage');
  return inTransaction(ctx, async (tx) => {
    const row = await loadRow(tx, actor.tenantId, personId);
    if (row.merged_into_id) throw new DomainError('conflict', 'errors.personMerged', {}, [], 'person_merged');
    if (row.anonymised_at) throw new DomainError('conflict', 'errors.anonymised', {}, [], 'anonymised');
    await insertConsent(tx, actor.tenantId, personId, input);
    if (input.kind === 'record_data' && !input.granted) {
      const erased = {
        given_name: '',
        family_name: '',
        name_key: '',
        codice_fiscale: null,
        birth_date: null,
        birth_place: null,
        phone: null,
        phone_key: null,
        email: null,
      };
      await repo.updatePerson(tx.db, actor.tenantId, personId, row.version, {
        ...erased,
        anonymised_at: tx.now().toISOString(),
        updated_at: tx.now().toISOString(),
      });
      await repo.replaceGrams(tx.db, actor.tenantId, personId, []);
      await recordAudit(tx, {
        action: 'person.anonymised',
        entityType: 'person',
        entityId: personId,
        changedFields: Object.keys(erased),
      });
    }
    return loadView(tx, actor.tenantId, personId);
  });
}

/**
 * Search before create. Each criterion given scores 0–1 (name: typo- and
 * order-tolerant; the others exact); a person's score is their mean, and
 * people scoring under one half are left out.
 */
export async function searchPeople(ctx: Ctx, search: PeopleSearchValues): Promise<PersonMatch[]> {
  const actor = requirePermission(ctx, 'person.read');
  const tenantId = actor.tenantId;
  const typed = nameTokens(search.name ?? '');
  const code = search.codiceFiscale ? search.codiceFiscale.replace(/\s+/g, '').toUpperCase() : null;
  const phone = phoneKey(search.phone);
  const candidates = new Set<string>();
  const add = (ids: string[]) => {
    for (const id of ids) candidates.add(id);
  };
  if (typed.length > 0) add(await repo.candidatesByGrams(ctx.db, tenantId, trigrams(typed), 300));
  if (code)
    add(
      code.length === 16
        ? await repo.idsWhere(ctx.db, tenantId, 'codice_fiscale', code, 20)
        : await repo.idsWithCodePrefix(ctx.db, tenantId, code, 50),
    );
  if (search.birthDate) add(await repo.idsWhere(ctx.db, tenantId, 'birth_date', search.birthDate, 300));
  if (phone) add(await repo.idsWhere(ctx.db, tenantId, 'phone_key', phone, 50));

  const rows = (await repo.findPeople(ctx.db, tenantId, [...candidates])).filter(
    (row) => !row.merged_into_id && !row.anonymised_at,
  );
  const scored = rows
    .map((row) => {
      const parts: number[] = [];
      const matchedOn: PersonMatch['matchedOn'] = [];
      if (typed.length > 0) {
        const score = nameScore(typed, nameTokens(`${row.family_name} ${row.given_name}`));
        parts.push(score);
        if (score >= 0.6) matchedOn.push('name');
      }
      if (code) {
        const hit = row.codice_fiscale?.startsWith(code) ?? false;
        parts.push(hit ? 1 : 0);
        if (hit) matchedOn.push('codice_fiscale');
      }
      if (search.birthDate) {
        const hit = row.birth_date === search.birthDate;
        parts.push(hit ? 1 : 0);
        if (hit) matchedOn.push('birth_date');
      }
      if (phone) {
        const hit = row.phone_key === phone;
        parts.push(hit ? 1 : 0);
        if (hit) matchedOn.push('phone');
      }
      return { row, score: parts.reduce((a, b) => a + b, 0) / parts.length, matchedOn };
    })
    .filter((entry) => entry.score >= 0.5 && entry.matchedOn.length > 0)
    .sort((a, b) => b.score - a.score || a.row.family_name.localeCompare(b.row.family_name))
    .slice(0, search.limit);
  const summaries = await summarise(
    ctx,
    tenantId,
    scored.map((entry) => entry.row),
  );
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, {
      action: 'person.searched',
      entityType: 'person',
      changedFields: Object.entries({
        name: typed.length,
        codiceFiscale: code,
        birthDate: search.birthDate,
        phone,
      })
        .filter(([, value]) => value)
        .map(([key]) => key),
    }),
  );
  return scored.map((entry, i) => ({
    ...summaries[i]!,
    score: Math.round(entry.score * 100) / 100,
    matchedOn: entry.matchedOn,
  }));
}

/** Check and decode a codice fiscale for the form (nothing stored, nothing looked up). */
export function decodeCodiceFiscale(
  ctx: Ctx,
  value: string,
  translate: (key: string) => string,
): CodiceFiscaleDecoded {
  requirePermission(ctx, 'person.read');
  const result = checkCodiceFiscale(value);
  const codiceFiscale = value.replace(/\s+/g, '').toUpperCase();
  if (!result.ok)
    return {
      valid: false,
      reason: result.reason,
      message: translate(result.reason),
      codiceFiscale,
      birthDate: null,
      sex: null,
      birthPlace: null,
      province: null,
      bornAbroad: null,
    };
  return {
    valid: true,
    reason: null,
    message: null,
    codiceFiscale: result.code,
    birthDate: result.birthDate,
    sex: result.sex,
    birthPlace: result.birthPlace,
    province: result.province,
    bornAbroad: result.bornAbroad,
  };
}
