/** HTTP for desks and their calendars: schema, permission, service call. */
import { z } from 'zod';
import { DeskInput, DeskUpdate, DeskView } from '../../../shared/schemas/accounts';
import { Id, IdParams } from '../../../shared/schemas/common';
import {
  CalendarQuery,
  ClosureDay,
  ClosureInput,
  DeskCalendar,
  ExtraOpeningInput,
  OpeningAdjustment,
  OpeningWindow,
} from '../../../shared/schemas/queue';
import type { App } from '../../http/types';
import * as desks from './desks.service';
import * as openings from './openings.service';

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

/** The desk's calendar, closures and recorded openings. */
export async function calendarRoutes(app: App) {
  const tags = ['calendar'];
  const DeskParams = z.object({ id: Id });
  app.get(
    '/api/desks/:id/calendar',
    {
      schema: {
        tags,
        summary: 'Openings and closed days between two dates',
        params: DeskParams,
        querystring: CalendarQuery,
        response: { 200: DeskCalendar },
      },
      config: { permission: 'desk.read' },
    },
    (request) => openings.deskCalendar(request.ctx, request.params.id, request.query),
  );
  app.post(
    '/api/desks/:id/closures',
    {
      schema: {
        tags,
        summary: 'Close the desk on a date, with a public reason',
        params: DeskParams,
        body: ClosureInput,
        response: { 201: ClosureDay },
      },
      config: { permission: 'closure.manage' },
    },
    async (request, reply) =>
      reply.code(201).send(await openings.addClosure(request.ctx, request.params.id, request.body)),
  );
  app.delete(
    '/api/desks/:id/closures/:closureId',
    {
      schema: {
        tags,
        summary: 'Remove a closure',
        params: DeskParams.extend({ closureId: Id }),
        response: { 204: z.null() },
      },
      config: { permission: 'closure.manage' },
    },
    async (request, reply) => {
      await openings.removeClosure(request.ctx, request.params.id, request.params.closureId);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/desks/:id/openings/extra',
    {
      schema: {
        tags,
        summary: 'Record an extra opening',
        params: DeskParams,
        body: ExtraOpeningInput,
        response: { 201: OpeningWindow },
      },
      config: { permission: 'opening.manage' },
    },
    async (request, reply) =>
      reply.code(201).send(await openings.addExtraOpening(request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/desks/:id/openings/adjust',
    {
      schema: {
        tags,
        summary: 'Record that an opening started early or ended late',
        params: DeskParams,
        body: OpeningAdjustment,
        response: { 200: OpeningWindow },
      },
      config: { permission: 'opening.manage' },
    },
    (request) => openings.adjustOpening(request.ctx, request.params.id, request.body),
  );
}
