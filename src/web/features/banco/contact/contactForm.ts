/**
 * The contact form's values, how a new one starts (the desk's defaults, or
 * the draft left for this ticket or call), and its validation: the shared
 * ContactInput schema, plus the checks the server makes across fields (a
 * service for an orientation, a care relation for "sent to their own case
 * worker"), worded before anything is sent. Pure, no I/O.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import {
  type AgeBand,
  type Channel,
  type CitizenshipGroup,
  OUTCOME,
  type Sex,
} from '../../../../shared/contacts';
import { type ContactDefaults, ContactInput, type DraftView } from '../../../../shared/schemas/contacts';

export interface RequestFormValues {
  areaCode: string;
  categoryCode: string;
  description: string;
  outcomeCode: string;
  serviceName: string;
  careRelationId: string | null;
  messageToCaseWorker: string;
}

export interface ContactFormValues {
  deskId: string;
  ticketId: string | null;
  draftKey: string;
  startedAt: string | null;
  channel: Channel;
  visitorType: string;
  personId: string | null;
  profile: { ageBand: AgeBand; sex: Sex; municipalityId: string | null; citizenshipGroup: CitizenshipGroup };
  requests: RequestFormValues[];
  heardFrom: string | null;
  language: string;
  interpreter: boolean;
  operatorIds: string[];
  note: string;
  noteConfidential: boolean;
}

export type ContactOutput = z.output<typeof ContactInput>;

export const MAX_REQUESTS = 10;

export const emptyRequest = (): RequestFormValues => ({
  areaCode: '',
  categoryCode: '',
  description: '',
  outcomeCode: '',
  serviceName: '',
  careRelationId: null,
  messageToCaseWorker: '',
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A draft's body over the defaults: only what it holds of the form, operators still present. */
function restored(base: ContactFormValues, body: Record<string, unknown>): ContactFormValues {
  const known = Object.fromEntries(Object.entries(body).filter(([key]) => key in base));
  const requests = Array.isArray(body.requests)
    ? body.requests.filter(isRecord).map((request) => ({ ...emptyRequest(), ...request }))
    : [];
  const present = new Set(base.operatorIds);
  const operatorIds = Array.isArray(body.operatorIds)
    ? body.operatorIds.filter((id): id is string => typeof id === 'string' && present.has(id))
    : [];
  return {
    ...base,
    ...(known as Partial<ContactFormValues>),
    profile: { ...base.profile, ...(isRecord(body.profile) ? body.profile : {}) },
    requests: (requests.length > 0 ? requests : [emptyRequest()]) as RequestFormValues[],
    operatorIds: operatorIds.length > 0 ? operatorIds : base.operatorIds,
    deskId: base.deskId,
    ticketId: base.ticketId,
    draftKey: base.draftKey,
  };
}

export interface StartingPoint {
  deskId: string;
  ticketId: string | null;
  draftKey: string;
  defaults: ContactDefaults;
  deskMunicipalityId: string | null;
  draft: DraftView | null;
}

/** A new contact: anonymous, one empty request, everyone checked in ticked; or the draft left for it. */
export function startingValues({
  deskId,
  ticketId,
  draftKey,
  defaults,
  deskMunicipalityId,
  draft,
}: StartingPoint): ContactFormValues {
  const base: ContactFormValues = {
    deskId,
    ticketId,
    draftKey,
    startedAt: null,
    channel: defaults.channel,
    visitorType: 'self',
    personId: null,
    profile: {
      ageBand: 'unknown',
      sex: 'unknown',
      municipalityId: deskMunicipalityId,
      citizenshipGroup: 'unknown',
    },
    requests: [emptyRequest()],
    heardFrom: null,
    language: defaults.ticket?.language ?? defaults.language,
    interpreter: false,
    operatorIds: defaults.operators.map((operator) => operator.userId),
    note: '',
    noteConfidential: false,
  };
  return draft ? restored(base, draft.body) : base;
}

type Problem = [path: string, message: string];

/** What the schema alone cannot say: a choice still missing, a detail an outcome needs. */
export function requestProblems(requests: RequestFormValues[]): Problem[] {
  return requests.flatMap((request, index): Problem[] => {
    const at = (field: keyof RequestFormValues, message: string): Problem => [
      `requests.${index}.${field}`,
      message,
    ];
    const problems: Problem[] = [];
    if (!request.areaCode) problems.push(at('areaCode', 'contactForm.chooseArea'));
    if (!request.categoryCode) problems.push(at('categoryCode', 'contactForm.chooseCategory'));
    if (!request.outcomeCode) problems.push(at('outcomeCode', 'contactForm.chooseOutcome'));
    if (request.outcomeCode === OUTCOME.orientation && !request.serviceName.trim())
      problems.push(at('serviceName', 'validation.serviceRequired'));
    if (request.outcomeCode === OUTCOME.routedToOwnWorker && !request.careRelationId)
      problems.push(at('careRelationId', 'validation.careRelationRequired'));
    return problems;
  });
}

function withProblem(errors: FieldErrors<ContactFormValues>, [path, message]: Problem) {
  const keys = path.split('.');
  let node = errors as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    node[key] = isRecord(node[key]) || Array.isArray(node[key]) ? node[key] : /^\d+$/.test(key) ? {} : [];
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1) ?? path] = { type: 'validate', message };
  return errors;
}

const schemaResolver = zodResolver(ContactInput);

export const contactResolver: Resolver<ContactFormValues, unknown, ContactOutput> = async (
  values,
  context,
  options,
) => {
  const result = await schemaResolver(values as z.input<typeof ContactInput>, context, options as never);
  const problems = requestProblems(values.requests);
  if (problems.length === 0)
    return result as Awaited<ReturnType<Resolver<ContactFormValues, unknown, ContactOutput>>>;
  const errors = problems.reduce(withProblem, { ...(result.errors as FieldErrors<ContactFormValues>) });
  return { values: {}, errors };
};
