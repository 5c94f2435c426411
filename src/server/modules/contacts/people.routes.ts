/** HTTP for people: search, identify, consents, timeline, duplicates and merges. */
import { IdParams } from '../../../shared/schemas/common';
import { PersonTimeline } from '../../../shared/schemas/contacts';
import {
  CodiceFiscaleCheck,
  CodiceFiscaleDecoded,
  ConsentInput,
  DuplicateList,
  MergeInput,
  MergeList,
  MergeView,
  PeopleSearch,
  PeopleSearchResult,
  PersonInput,
  PersonUpdate,
  PersonView,
} from '../../../shared/schemas/people';
import { translate } from '../../http/i18n';
import type { App } from '../../http/types';
import { personTimeline } from './contacts.service';
import * as merges from './merges.service';
import * as people from './people.service';

export async function peopleRoutes(app: App) {
  const tags = ['people'];

  app.post(
    '/api/people/search',
    {
      schema: {
        tags,
        summary:
          'Search people by name (typo- and order-tolerant), birth date, codice fiscale, phone (audited)',
        body: PeopleSearch,
        response: { 200: PeopleSearchResult },
      },
      config: { permission: 'person.read' },
    },
    async (request) => ({ matches: await people.searchPeople(request.ctx, request.body) }),
  );
  app.post(
    '/api/codice-fiscale/decode',
    {
      schema: {
        tags,
        summary: 'Check a codice fiscale and decode birth date, sex and place; says why when invalid',
        body: CodiceFiscaleCheck,
        response: { 200: CodiceFiscaleDecoded },
      },
      config: { permission: 'person.read' },
    },
    async (request) =>
      people.decodeCodiceFiscale(request.ctx, request.body.codiceFiscale, (key) =>
        translate(request.lang ?? 'it', key),
      ),
  );
  app.get(
    '/api/people/duplicates',
    {
      schema: {
        tags,
        summary: 'Likely duplicates: two of codice fiscale, name, birth date',
        response: { 200: DuplicateList },
      },
      config: { permission: 'person.merge' },
    },
    async (request) => ({ pairs: await merges.listDuplicates(request.ctx) }),
  );
  app.get(
    '/api/people/merges',
    {
      schema: { tags, summary: 'Merges, newest first', response: { 200: MergeList } },
      config: { permission: 'person.merge' },
    },
    async (request) => ({ merges: await merges.listMerges(request.ctx) }),
  );
  app.post(
    '/api/people/merges',
    {
      schema: {
        tags,
        summary: 'Merge two people (reversible)',
        body: MergeInput,
        response: { 201: MergeView },
      },
      config: { permission: 'person.merge' },
    },
    async (request, reply) => reply.code(201).send(await merges.mergePeople(request.ctx, request.body)),
  );
  app.post(
    '/api/people/merges/:id/undo',
    {
      schema: { tags, summary: 'Undo a merge', params: IdParams, response: { 200: MergeView } },
      config: { permission: 'person.merge' },
    },
    (request) => merges.undoMerge(request.ctx, request.params.id),
  );
  app.post(
    '/api/people',
    {
      schema: {
        tags,
        summary: 'Identify a new person, with the notice and consents',
        body: PersonInput,
        response: { 201: PersonView },
      },
      config: { permission: 'person.manage' },
    },
    async (request, reply) => reply.code(201).send(await people.createPerson(request.ctx, request.body)),
  );
  app.get(
    '/api/people/:id',
    {
      schema: { tags, summary: 'One person (audited read)', params: IdParams, response: { 200: PersonView } },
      config: { permission: 'person.read' },
    },
    (request) => people.getPerson(request.ctx, request.params.id),
  );
  app.put(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: 'Edit a person (versioned)',
        params: IdParams,
        body: PersonUpdate,
        response: { 200: PersonView },
      },
      config: { permission: 'person.manage' },
    },
    (request) => people.updatePerson(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/people/:id/consents',
    {
      schema: {
        tags,
        summary: 'Record a consent or its withdrawal (withdrawing record_data erases identifying data)',
        params: IdParams,
        body: ConsentInput,
        response: { 200: PersonView },
      },
      config: { permission: 'person.manage' },
    },
    (request) => people.recordConsent(request.ctx, request.params.id, request.body),
  );
  app.get(
    '/api/people/:id/timeline',
    {
      schema: {
        tags,
        summary: "A person's contacts, care relations, consents and merges (audited read)",
        params: IdParams,
        response: { 200: PersonTimeline },
      },
      config: { permission: 'person.read' },
    },
    (request) => personTimeline(request.ctx, request.params.id),
  );
}
