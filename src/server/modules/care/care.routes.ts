/** HTTP for the "already in care" registry and the messages to case workers: schema, permission, service call. */
import { IdParams } from '../../../shared/schemas/common';
import {
  CareImportInput,
  CareImportResult,
  CareRelationInput,
  CareRelationList,
  CareRelationQuery,
  CareRelationUpdate,
  CareRelationView,
  MessageList,
  MessageView,
} from '../../../shared/schemas/people';
import type { App } from '../../http/types';
import * as care from './care.service';
import { importCareRelations } from './care-import';
import * as messages from './messages.service';

export async function careRoutes(app: App) {
  const tags = ['care'];

  app.get(
    '/api/care-relations',
    {
      schema: {
        tags,
        summary: 'Care relations, of one person or all, newest first (audited read)',
        querystring: CareRelationQuery,
        response: { 200: CareRelationList },
      },
      config: { permission: 'care.read' },
    },
    (request) => care.listCareRelations(request.ctx, request.query),
  );
  app.post(
    '/api/care-relations',
    {
      schema: {
        tags,
        summary: 'Record a care relation by hand',
        body: CareRelationInput,
        response: { 201: CareRelationView },
      },
      config: { permission: 'care.manage' },
    },
    async (request, reply) => reply.code(201).send(await care.createCareRelation(request.ctx, request.body)),
  );
  app.put(
    '/api/care-relations/:id',
    {
      schema: {
        tags,
        summary: 'Edit a care relation (409 when changed meanwhile)',
        params: IdParams,
        body: CareRelationUpdate,
        response: { 200: CareRelationView },
      },
      config: { permission: 'care.manage' },
    },
    (request) => care.updateCareRelation(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/care-relations/import',
    {
      schema: {
        tags,
        summary: 'Import the registry CSV: dry run checks only; a file with problems writes nothing',
        body: CareImportInput,
        response: { 200: CareImportResult },
      },
      config: { permission: 'care.manage' },
      // The CSV travels as JSON text (up to 10 million characters, escaped): more than the 1 MB default.
      bodyLimit: 32 * 1024 * 1024,
    },
    (request) => importCareRelations(request.ctx, request.body, request.lang),
  );

  app.get(
    '/api/messages',
    {
      schema: {
        tags: ['messages'],
        summary: 'My messages, newest first, and how many are unread',
        response: { 200: MessageList },
      },
      config: { permission: 'message.read' },
    },
    (request) => messages.listMyMessages(request.ctx),
  );
  app.post(
    '/api/messages/:id/read',
    {
      schema: {
        tags: ['messages'],
        summary: 'Mark one of my messages read',
        params: IdParams,
        response: { 200: MessageView },
      },
      config: { permission: 'message.read' },
    },
    (request) => messages.markMessageRead(request.ctx, request.params.id),
  );
}
