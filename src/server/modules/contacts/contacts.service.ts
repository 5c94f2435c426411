/**
 * Recording contacts: one visit, who came, for whom, what they asked and
 * what the desk did. Opened from a ticket (its times become the contact's and
 * saving finishes it) or directly (phone, e-mail, outreach). The same person
 * at the same desk on the same day is one contact (IASS rule): a second save
 * joins the first. Anonymous contacts keep only age band, sex, municipality
 * and citizenship group.
 */
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { ageBandOf, type OutcomeGroup, type VocabularyKind } from '../../../shared/contacts';
import type { OrganisationKind } from '../../../shared/roles';
import type {
  ContactDefaults,
  ContactFieldsValues,
  ContactInput,
  ContactListItem,
  ContactSaved,
  ContactUpdate,
  ContactView,
  NoteInput,
  PersonTimeline,
  RequestInput,
} from '../../../shared/schemas/contacts';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Actor, type Ctx, inTransaction } from '../../context';
import type { ContactRequestsTable, ContactsTable } from '../../db/tables';
import { conflict, type FieldProblem, forbidden, invalidFields, notFound } from '../../errors';
import { newId } from '../../ids';
import * as municipalities from '../accounts/municipalities.repo';
import { careRelationsOf, findCareRelation } from '../care/care.service';
import { sendMessage } from '../care/messages.service';
import { deskFor } from '../desks/desks.service';
import { currentOpening } from '../desks/openings.service';
import { presencesAt } from '../desks/presence.service';
import { markPeopleDirty, markRollupDirty } from '../indicators/rollups.service';
import * as queueRepo from '../queue/queue.repo';
import { linkTicketToContact } from '../queue/queue.service';
import { bouncesOfPerson, detectComeBack } from '../referrals/bounces.service';
import { referralsOfPerson } from '../referrals/referral-reads.service';
import { loadTermIndex, type TermIndex } from '../vocabularies/vocabularies.service';
import * as repo from './contacts.repo';
import { mergesOf } from './merges.service';
import * as people from './people.repo';
import { loadView, personForContact, presentConsent, summarise } from './people.service';

type ContactValues = z.output<typeof ContactInput>;
type ContactUpdateValues = z.output<typeof ContactUpdate>;
type RequestValues = z.output<typeof RequestInput>;
type DeskOf = Awaited<ReturnType<typeof deskFor>>['desk'];

const localDate = (instant: string, zone: string) =>
  DateTime.fromISO(instant, { zone }).toISODate() as string;

// ── validation the schema cannot do ────────────────────────────────────────

async function checkCodes(ctx: Ctx, tenantId: string, input: ContactFieldsValues, personId: string | null) {
  const terms: TermIndex = await loadTermIndex(ctx, tenantId);
  const problems: FieldProblem[] = [];
  const known = (kind: VocabularyKind, code: string | null, field: string) => {
    if (code === null) return null;
    const term = terms.term(kind, code);
    if (!term || term.retired) {
      problems.push({ field, message: 'validation.unknownTerm' });
      return null;
    }
    return term;
  };
  known('visitor_type', input.visitorType, 'visitorType');
  known('heard_from', input.heardFrom, 'heardFrom');
  const care = personId ? await careRelationsOf(ctx, tenantId, [personId], {}) : [];
  input.requests.forEach((request, i) => {
    const at = (field: string) => `requests.${i}.${field}`;
    known('area', request.areaCode, at('areaCode'));
    const category = known('need_category', request.categoryCode, at('categoryCode'));
    if (category && category.areaCodes.length > 0 && !category.areaCodes.includes(request.areaCode))
      problems.push({ field: at('categoryCode'), message: 'validation.categoryNotInArea' });
    const outcome = known('outcome', request.outcomeCode, at('outcomeCode'));
    const group: OutcomeGroup | null = outcome?.outcomeGroup ?? null;
    if (request.outcomeCode === 'orientation' && !request.serviceName)
      problems.push({ field: at('serviceName'), message: 'validation.serviceRequired' });
    if (group === 'own_worker') {
      const relation = care.find((c) => c.id === request.careRelationId);
      if (!request.careRelationId)
        problems.push({ field: at('careRelationId'), message: 'validation.careRelationRequired' });
      else if (!relation)
        problems.push({ field: at('careRelationId'), message: 'validation.careRelationOther' });
      else if (request.messageToCaseWorker && !relation.caseWorkerUserId)
        problems.push({ field: at('messageToCaseWorker'), message: 'validation.caseWorkerNotUser' });
    } else if (request.careRelationId && !care.some((c) => c.id === request.careRelationId)) {
      problems.push({ field: at('careRelationId'), message: 'validation.careRelationOther' });
    }
  });
  return problems;
}

async function checkOperators(ctx: Ctx, tenantId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  const users = await repo.activeUsers(ctx.db, tenantId, unique);
  const problems: FieldProblem[] =
    users.length === unique.length ? [] : [{ field: 'operatorIds', message: 'validation.unknownOperator' }];
  return { users, problems };
}

/** Joint: operators of at least two of the desk's staffing organisations took part. */
function isJoint(desk: DeskOf, organisationIds: readonly string[]): boolean {
  const staffing = new Set(desk.organisations.map((o) => o.id));
  return new Set(organisationIds.filter((id) => staffing.has(id))).size >= 2;
}

/** The profile counted for the contact: the person's as it is that day, or what the operator chose. */
async function profileFor(
  ctx: Ctx,
  tenantId: string,
  input: ContactFieldsValues,
  date: string,
  problems: FieldProblem[],
) {
  if (input.personId) {
    const person = await personForContact(ctx, tenantId, input.personId);
    return {
      person_id: person.id,
      age_band: ageBandOf(person.birth_date, date),
      sex: person.sex,
      municipality_id: person.municipality_id,
      citizenship_group: person.citizenship_group,
    };
  }
  const profile = input.profile;
  if (
    profile.municipalityId &&
    !(await municipalities.findMunicipality(ctx.db, tenantId, profile.municipalityId))
  )
    problems.push({ field: 'profile.municipalityId', message: 'validation.unknownMunicipality' });
  return {
    person_id: null,
    age_band: profile.ageBand,
    sex: profile.sex,
    municipality_id: profile.municipalityId,
    citizenship_group: profile.citizenshipGroup,
  };
}

// ── writing ────────────────────────────────────────────────────────────────

function requestRow(
  tenantId: string,
  contactId: string,
  position: number,
  r: RequestValues,
  at: string,
): ContactRequestsTable {
  return {
    tenant_id: tenantId,
    id: newId(),
    contact_id: contactId,
    position,
    area_code: r.areaCode,
    category_code: r.categoryCode,
    description: r.description,
    outcome_code: r.outcomeCode,
    service_name: r.serviceName,
    care_relation_id: r.careRelationId,
    case_worker_messaged: 0,
    created_at: at,
  };
}

/** Messages to case workers asked for with these requests (rows already stored). */
async function sendCaseWorkerMessages(
  tx: Ctx,
  tenantId: string,
  contactId: string,
  personId: string | null,
  requests: { row: ContactRequestsTable; input: RequestValues }[],
) {
  for (const { row, input } of requests) {
    if (!input.messageToCaseWorker || !input.careRelationId) continue;
    const relation = await findCareRelation(tx, tenantId, input.careRelationId);
    if (!relation?.caseWorkerUserId) continue;
    await sendMessage(tx, {
      recipientId: relation.caseWorkerUserId,
      personId,
      contactId,
      body: input.messageToCaseWorker,
    });
    await repo.updateRequest(tx.db, tenantId, row.id, { case_worker_messaged: 1 });
  }
}

async function addNote(tx: Ctx, actor: Actor, contactId: string, body: string | null, confidential: boolean) {
  if (!body) return;
  await repo.insertNote(tx.db, {
    tenant_id: actor.tenantId,
    id: newId(),
    contact_id: contactId,
    author_id: actor.userId,
    organisation_id: actor.organisationId,
    body,
    confidential: confidential ? 1 : 0,
    created_at: tx.now().toISOString(),
  });
}

export async function createContact(ctx: Ctx, input: ContactValues): Promise<ContactSaved> {
  const { actor, desk } = await deskFor(ctx, input.deskId, 'contact.record');
  const tenantId = actor.tenantId;
  return inTransaction(ctx, async (tx) => {
    const now = tx.now().toISOString();
    const problems: FieldProblem[] = [];
    const ticket = input.ticketId ? await queueRepo.findTicket(tx.db, tenantId, input.ticketId) : null;
    if (input.ticketId && (!ticket || ticket.desk_id !== desk.id))
      problems.push({ field: 'ticketId', message: 'validation.unknownTicket' });
    else if (ticket?.contact_id) problems.push({ field: 'ticketId', message: 'validation.ticketHasContact' });
    const startedAt = ticket
      ? (ticket.serving_at ?? ticket.called_at ?? ticket.issued_at)
      : (input.startedAt ?? now);
    if (startedAt > now) problems.push({ field: 'startedAt', message: 'validation.futureDate' });
    const date = localDate(startedAt, desk.timezone);
    problems.push(...(await checkCodes(tx, tenantId, input, input.personId)));
    const { users, problems: operatorProblems } = await checkOperators(tx, tenantId, input.operatorIds);
    problems.push(...operatorProblems);
    const profile = await profileFor(tx, tenantId, input, date, problems);
    if (problems.length > 0) throw invalidFields(problems);

    const opening = ticket ? { id: ticket.opening_id } : await currentOpening(tx, tenantId, desk, true);
    const existing = profile.person_id
      ? await repo.sameDayContact(tx.db, tenantId, desk.id, profile.person_id, date)
      : undefined;
    const contactId = existing?.id ?? newId();
    const operatorOrgs = users.map((u) => u.organisation_id);
    if (existing) {
      const known = await repo.operatorsOf(tx.db, tenantId, [existing.id]);
      const all = new Map(known.map((o) => [o.user_id, o.organisation_id]));
      for (const u of users) all.set(u.id, u.organisation_id);
      await repo.replaceOperators(
        tx.db,
        tenantId,
        existing.id,
        [...all].map(([user_id, organisation_id]) => ({
          tenant_id: tenantId,
          contact_id: existing.id,
          user_id,
          organisation_id,
        })),
      );
      const before = await repo.requestsOf(tx.db, tenantId, [existing.id]);
      const rows = input.requests.map((r, i) => requestRow(tenantId, existing.id, before.length + i, r, now));
      await repo.insertRequests(tx.db, rows);
      await sendCaseWorkerMessages(
        tx,
        tenantId,
        existing.id,
        profile.person_id,
        rows.map((row, i) => ({ row, input: input.requests[i]! })),
      );
      await repo.updateContact(tx.db, tenantId, existing.id, existing.version, {
        ended_at: now,
        is_joint: isJoint(desk, [...all.values()]) ? 1 : 0,
        interpreter: existing.interpreter || input.interpreter ? 1 : 0,
        updated_at: now,
      });
      await recordAudit(tx, {
        action: 'contact.joined',
        entityType: 'contact',
        entityId: existing.id,
        changedFields: ['requests'],
      });
    } else {
      const row: ContactsTable = {
        tenant_id: tenantId,
        id: contactId,
        desk_id: desk.id,
        opening_id: opening?.id ?? null,
        date,
        channel: ticket ? 'walk_in' : input.channel,
        visitor_type: input.visitorType,
        ...profile,
        heard_from: input.heardFrom,
        language: input.language,
        interpreter: input.interpreter ? 1 : 0,
        is_joint: isJoint(desk, operatorOrgs) ? 1 : 0,
        started_at: startedAt,
        ended_at: now,
        created_by: actor.userId,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await repo.insertContact(tx.db, row);
      await repo.replaceOperators(
        tx.db,
        tenantId,
        contactId,
        users.map((u) => ({
          tenant_id: tenantId,
          contact_id: contactId,
          user_id: u.id,
          organisation_id: u.organisation_id,
        })),
      );
      const rows = input.requests.map((r, i) => requestRow(tenantId, contactId, i, r, now));
      await repo.insertRequests(tx.db, rows);
      await sendCaseWorkerMessages(
        tx,
        tenantId,
        contactId,
        profile.person_id,
        rows.map((r, i) => ({ row: r, input: input.requests[i]! })),
      );
      await recordAudit(tx, {
        action: 'contact.created',
        entityType: 'contact',
        entityId: contactId,
        changedFields: profile.person_id ? ['person', 'requests'] : ['requests'],
      });
    }
    await addNote(tx, actor, contactId, input.note, input.noteConfidential);
    await markRollupDirty(tx, tenantId, desk.id, date);
    await markPeopleDirty(tx, tenantId, [profile.person_id]);
    if (profile.person_id)
      await detectComeBack(tx, {
        tenantId,
        personId: profile.person_id,
        contactId,
        deskId: desk.id,
        areaCodes: input.requests.map((r) => r.areaCode),
      });
    if (ticket) await linkTicketToContact(tx, actor, ticket, contactId);
    if (input.draftKey) await repo.deleteDraft(tx.db, tenantId, actor.userId, input.draftKey);
    const contact = (
      await presentContacts(tx, actor, [(await repo.findContact(tx.db, tenantId, contactId))!])
    )[0]!;
    return { contact, joinedExisting: Boolean(existing) };
  });
}

/** Edit a contact; the version the client read must still be current (a second operator gets a conflict). */
export async function updateContact(ctx: Ctx, id: string, input: ContactUpdateValues): Promise<ContactSaved> {
  const actor = requirePermission(ctx, 'contact.record');
  const found = await repo.findContact(ctx.db, actor.tenantId, id);
  if (!found) throw notFound();
  const { desk } = await deskFor(ctx, found.desk_id, 'contact.record');
  const tenantId = actor.tenantId;
  return inTransaction(ctx, async (tx) => {
    const now = tx.now().toISOString();
    const problems = await checkCodes(tx, tenantId, input, input.personId);
    const { users, problems: operatorProblems } = await checkOperators(tx, tenantId, input.operatorIds);
    problems.push(...operatorProblems);
    const profile = await profileFor(tx, tenantId, input, found.date, problems);
    if (problems.length > 0) throw invalidFields(problems);
    const patch = {
      channel: input.channel,
      visitor_type: input.visitorType,
      ...profile,
      heard_from: input.heardFrom,
      language: input.language,
      interpreter: input.interpreter ? 1 : 0,
      is_joint: isJoint(
        desk,
        users.map((u) => u.organisation_id),
      )
        ? 1
        : 0,
      updated_at: now,
    } satisfies Partial<ContactsTable>;
    if (!(await repo.updateContact(tx.db, tenantId, id, input.version, patch))) throw conflict();
    await markRollupDirty(tx, tenantId, found.desk_id, found.date);
    // Both people's histories change when a contact moves from one person to another.
    await markPeopleDirty(tx, tenantId, [found.person_id, profile.person_id]);
    // Requests keep their ids by position, so later references to them (referrals) stay valid.
    const before = await repo.requestsOf(tx.db, tenantId, [id]);
    const changed: string[] = [];
    const fresh: { row: ContactRequestsTable; input: RequestValues }[] = [];
    for (const [i, request] of input.requests.entries()) {
      const old = before[i];
      if (!old) {
        const row = requestRow(tenantId, id, i, request, now);
        await repo.insertRequests(tx.db, [row]);
        fresh.push({ row, input: request });
        continue;
      }
      const next = requestRow(tenantId, id, i, request, now);
      const {
        id: _id,
        created_at: _c,
        case_worker_messaged: _m,
        contact_id: _ct,
        tenant_id: _t,
        ...fields
      } = next;
      await repo.updateRequest(tx.db, tenantId, old.id, fields);
      if (request.messageToCaseWorker && !old.case_worker_messaged) fresh.push({ row: old, input: request });
    }
    await repo.deleteRequests(
      tx.db,
      tenantId,
      before.slice(input.requests.length).map((r) => r.id),
    );
    await sendCaseWorkerMessages(tx, tenantId, id, profile.person_id, fresh);
    await repo.replaceOperators(
      tx.db,
      tenantId,
      id,
      users.map((u) => ({
        tenant_id: tenantId,
        contact_id: id,
        user_id: u.id,
        organisation_id: u.organisation_id,
      })),
    );
    await addNote(tx, actor, id, input.note, input.noteConfidential);
    for (const [key, value] of Object.entries(patch)) {
      if (
        key !== 'updated_at' &&
        JSON.stringify((found as unknown as Record<string, unknown>)[key]) !== JSON.stringify(value)
      )
        changed.push(key);
    }
    await recordAudit(tx, {
      action: 'contact.updated',
      entityType: 'contact',
      entityId: id,
      changedFields: [...changed, 'requests', 'operators', ...(input.note ? ['notes'] : [])],
    });
    const contact = (await presentContacts(tx, actor, [(await repo.findContact(tx.db, tenantId, id))!]))[0]!;
    return { contact, joinedExisting: false };
  });
}

export async function addContactNote(
  ctx: Ctx,
  id: string,
  input: z.output<typeof NoteInput>,
): Promise<ContactView> {
  const actor = requirePermission(ctx, 'contact.record');
  const found = await repo.findContact(ctx.db, actor.tenantId, id);
  if (!found) throw notFound();
  await deskFor(ctx, found.desk_id, 'contact.record');
  return inTransaction(ctx, async (tx) => {
    await addNote(tx, actor, id, input.body, input.confidential);
    await repo.updateContact(tx.db, actor.tenantId, id, found.version, {
      updated_at: tx.now().toISOString(),
    });
    await recordAudit(tx, {
      action: 'contact.note_added',
      entityType: 'contact',
      entityId: id,
      changedFields: ['notes'],
    });
    return (await presentContacts(tx, actor, [(await repo.findContact(tx.db, actor.tenantId, id))!]))[0]!;
  });
}

// ── reading ────────────────────────────────────────────────────────────────

/** Contacts as the acting user may see them: confidential notes of other organisations are counted, not shown. */
async function presentContacts(ctx: Ctx, actor: Actor, rows: repo.ContactRow[]): Promise<ContactView[]> {
  const tenantId = actor.tenantId;
  const ids = rows.map((r) => r.id);
  const [requests, operators, notes, tickets] = await Promise.all([
    repo.requestsOf(ctx.db, tenantId, ids),
    repo.operatorsOf(ctx.db, tenantId, ids),
    repo.notesOf(ctx.db, tenantId, ids),
    repo.ticketsOf(ctx.db, tenantId, ids),
  ]);
  const personIds = [...new Set(rows.map((r) => r.person_id).filter((id): id is string => id !== null))];
  const persons = new Map(
    (await summarise(ctx, tenantId, await people.findPeople(ctx.db, tenantId, personIds))).map((p) => [
      p.id,
      p,
    ]),
  );
  return rows.map((row) => {
    const visible = notes.filter((n) => n.contact_id === row.id);
    const mine = visible.filter((n) => !n.confidential || n.organisation_id === actor.organisationId);
    const ticketsOf = tickets.filter((t) => t.contact_id === row.id);
    return {
      id: row.id,
      deskId: row.desk_id,
      deskName: row.desk_name,
      date: row.date,
      ticketIds: ticketsOf.map((t) => t.id),
      ticketCodes: ticketsOf.map((t) => t.code),
      channel: row.channel as ContactView['channel'],
      visitorType: row.visitor_type,
      person: row.person_id ? (persons.get(row.person_id) ?? null) : null,
      profile: {
        ageBand: row.age_band as ContactView['profile']['ageBand'],
        sex: row.sex as ContactView['profile']['sex'],
        municipalityId: row.municipality_id,
        municipalityName: row.municipality_name,
        citizenshipGroup: row.citizenship_group as ContactView['profile']['citizenshipGroup'],
      },
      requests: requests
        .filter((r) => r.contact_id === row.id)
        .map((r) => ({
          id: r.id,
          areaCode: r.area_code,
          categoryCode: r.category_code,
          description: r.description,
          outcomeCode: r.outcome_code,
          serviceName: r.service_name,
          careRelationId: r.care_relation_id,
          caseWorkerMessaged: r.case_worker_messaged === 1,
        })),
      heardFrom: row.heard_from,
      language: row.language,
      interpreter: row.interpreter === 1,
      operators: operators
        .filter((o) => o.contact_id === row.id)
        .map((o) => ({
          userId: o.user_id,
          name: o.full_name,
          organisationId: o.organisation_id,
          organisationName: o.organisation_name,
          organisationKind: o.organisation_kind as OrganisationKind,
        })),
      isJoint: row.is_joint === 1,
      notes: mine.map((n) => ({
        id: n.id,
        body: n.body,
        confidential: n.confidential === 1,
        authorName: n.author_name,
        organisationName: n.organisation_name,
        createdAt: n.created_at,
      })),
      hiddenNotes: visible.length - mine.length,
      startedAt: row.started_at,
      endedAt: row.ended_at,
      createdByName: row.created_by_name,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    };
  });
}

export async function getContact(ctx: Ctx, id: string): Promise<ContactView> {
  const actor = requirePermission(ctx, 'contact.read');
  const found = await repo.findContact(ctx.db, actor.tenantId, id);
  if (!found) throw notFound();
  await deskFor(ctx, found.desk_id, 'contact.read');
  return inTransaction(ctx, async (tx) => {
    await recordAudit(tx, { action: 'contact.viewed', entityType: 'contact', entityId: id });
    return (await presentContacts(tx, actor, [found]))[0]!;
  });
}

export async function listContacts(
  ctx: Ctx,
  query: { deskId: string; from: string; to: string; limit: number },
): Promise<ContactListItem[]> {
  const { actor } = await deskFor(ctx, query.deskId, 'contact.read');
  const rows = await repo.contactsOnDesk(
    ctx.db,
    actor.tenantId,
    query.deskId,
    query.from,
    query.to,
    query.limit,
  );
  const views = await presentContacts(ctx, actor, rows);
  await inTransaction(ctx, (tx) => recordAudit(tx, { action: 'contact.listed', entityType: 'contact' }));
  return views.map((c) => ({
    id: c.id,
    date: c.date,
    startedAt: c.startedAt,
    channel: c.channel,
    ticketCodes: c.ticketCodes,
    personName: c.person ? `${c.person.familyName} ${c.person.givenName}`.trim() : null,
    personId: c.person?.id ?? null,
    areaCodes: c.requests.map((r) => r.areaCode),
    outcomeCodes: c.requests.map((r) => r.outcomeCode),
    isJoint: c.isJoint,
    operatorNames: c.operators.map((o) => o.name),
  }));
}

/** A person's whole story at the desk: an audited read. */
export async function personTimeline(ctx: Ctx, personId: string): Promise<PersonTimeline> {
  const actor = requirePermission(ctx, 'person.read');
  return inTransaction(ctx, async (tx) => {
    const person = await loadView(tx, actor.tenantId, personId);
    const rows = await repo.contactsOfPerson(tx.db, actor.tenantId, personId);
    const contacts = await presentContacts(tx, actor, rows);
    const careRelations = await careRelationsOf(tx, actor.tenantId, [personId], {});
    const consentHistory = (await people.consentsOf(tx.db, actor.tenantId, [personId])).map(presentConsent);
    const merges = await mergesOf(tx, actor.tenantId, personId);
    const referrals = await referralsOfPerson(tx, actor, personId);
    const bounces = await bouncesOfPerson(tx, actor.tenantId, personId);
    await recordAudit(tx, { action: 'person.timeline_viewed', entityType: 'person', entityId: personId });
    return { person, contacts, careRelations, consentHistory, merges, referrals, bounces };
  });
}

/** What a new contact starts with: who is checked in now (me first), the ticket, its language. */
export async function contactDefaults(
  ctx: Ctx,
  deskId: string,
  ticketId: string | undefined,
): Promise<ContactDefaults> {
  const { actor, desk } = await deskFor(ctx, deskId, 'contact.record');
  const ticket = ticketId ? await queueRepo.findTicket(ctx.db, actor.tenantId, ticketId) : null;
  if (ticketId && (!ticket || ticket.desk_id !== desk.id)) throw notFound();
  const opening = ticket ? { id: ticket.opening_id } : await currentOpening(ctx, actor.tenantId, desk, true);
  const present = opening
    ? (await presencesAt(ctx, actor.tenantId, opening.id)).filter((p) => !p.checkedOutAt)
    : [];
  const operators = present.map((p) => ({
    userId: p.userId,
    name: p.userName,
    organisationId: p.organisationId,
    organisationName: p.organisationName,
    organisationKind: p.organisationKind,
  }));
  if (!operators.some((o) => o.userId === actor.userId)) {
    const [me] = await repo.activeUsers(ctx.db, actor.tenantId, [actor.userId]);
    if (!me) throw forbidden();
    operators.unshift({
      userId: me.id,
      name: me.full_name,
      organisationId: me.organisation_id,
      organisationName: me.organisation_name,
      organisationKind: me.organisation_kind as OrganisationKind,
    });
  }
  operators.sort((a, b) => Number(b.userId === actor.userId) - Number(a.userId === actor.userId));
  return {
    channel: ticket ? 'walk_in' : 'phone',
    operators,
    ticket: ticket
      ? {
          id: ticket.id,
          code: ticket.code,
          issuedAt: ticket.issued_at,
          servingAt: ticket.serving_at,
          language: ticket.language,
        }
      : null,
    language: ticket?.language ?? 'it',
    draftKey: ticket ? `ticket-${ticket.id}` : `direct-${desk.id.slice(-12)}-${actor.userId.slice(-12)}`,
  };
}
