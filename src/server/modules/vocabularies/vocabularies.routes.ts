/** HTTP for the vocabularies: schema, permission, service call. */
import { IdParams, Ok } from '../../../shared/schemas/common';
import { TermInput, TermUpdate, TermView, Vocabularies } from '../../../shared/schemas/vocabularies';
import type { App } from '../../http/types';
import * as vocabularies from './vocabularies.service';

export async function vocabulariesRoutes(app: App) {
  const tags = ['vocabularies'];

  app.get(
    '/api/vocabularies',
    {
      schema: {
        tags,
        summary: 'Every term, frequent first within a kind, retired last',
        response: { 200: Vocabularies },
      },
      config: { permission: 'vocabulary.read' },
    },
    (request) => vocabularies.listVocabularies(request.ctx),
  );
  app.post(
    '/api/vocabularies',
    {
      schema: { tags, summary: 'Add a term', body: TermInput, response: { 201: TermView } },
      config: { permission: 'vocabulary.manage' },
    },
    async (request, reply) => reply.code(201).send(await vocabularies.createTerm(request.ctx, request.body)),
  );
  app.put(
    '/api/vocabularies/:id',
    {
      schema: {
        tags,
        summary: 'Edit a term (labels of a used term are fixed; 409 when changed meanwhile)',
        params: IdParams,
        body: TermUpdate,
        response: { 200: TermView },
      },
      config: { permission: 'vocabulary.manage' },
    },
    (request) => vocabularies.updateTerm(request.ctx, request.params.id, request.body),
  );
  for (const [action, isRetired] of [
    ['retire', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/api/vocabularies/:id/${action}`,
      {
        schema: {
          tags,
          summary: isRetired ? 'Retire a term (kept for history)' : 'Restore a retired term',
          params: IdParams,
          response: { 200: TermView },
        },
        config: { permission: 'vocabulary.manage' },
      },
      (request) => vocabularies.setTermRetired(request.ctx, request.params.id, isRetired),
    );
  }
  app.delete(
    '/api/vocabularies/:id',
    {
      schema: {
        tags,
        summary: 'Delete a term no contact has used',
        params: IdParams,
        response: { 200: Ok },
      },
      config: { permission: 'vocabulary.manage' },
    },
    (request) => vocabularies.deleteTerm(request.ctx, request.params.id),
  );
}
