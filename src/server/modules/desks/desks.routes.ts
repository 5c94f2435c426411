/** HTTP for desks: schema, permission, service call. */
import { z } from 'zod';
import { DeskInput, DeskUpdate, DeskView } from '../../../shared/schemas/accounts';
import { IdParams } from '../../../shared/schemas/common';
import type { App } from '../../http/types';
import * as desks from './desks.service';

export async function desksRoutes(app: App) {
  const tags = ['desks'];
  app.get(
    '/api/desks',
    {
      schema: { tags, summary: 'List desks', response: { 200: z.array(DeskView) } },
      config: { permission: 'desk.read' },
    },
    (request) => desks.listDesks(request.ctx),
  );
  app.get(
    '/api/desks/:id',
    {
      schema: { tags, summary: 'One desk', params: IdParams, response: { 200: DeskView } },
      config: { permission: 'desk.read' },
    },
    (request) => desks.getDesk(request.ctx, request.params.id),
  );
  app.post(
    '/api/desks',
    {
      schema: { tags, summary: 'Create a desk', body: DeskInput, response: { 201: DeskView } },
      config: { permission: 'desk.manage' },
    },
    async (request, reply) => reply.code(201).send(await desks.createDesk(request.ctx, request.body)),
  );
  app.put(
    '/api/desks/:id',
    {
      schema: {
        tags,
        summary: 'Edit a desk and its staffing organisations',
        params: IdParams,
        body: DeskUpdate,
        response: { 200: DeskView },
      },
      config: { permission: 'desk.manage' },
    },
    (request) => desks.updateDesk(request.ctx, request.params.id, request.body),
  );
  for (const [action, isActive] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    app.post(
      `/api/desks/:id/${action}`,
      {
        schema: {
          tags,
          summary: `${action === 'deactivate' ? 'Deactivate' : 'Reactivate'} a desk`,
          params: IdParams,
          response: { 200: DeskView },
        },
        config: { permission: 'desk.manage' },
      },
      (request) => desks.setDeskActive(request.ctx, request.params.id, isActive),
    );
  }
}
