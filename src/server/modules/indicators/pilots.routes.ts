/** HTTP for pilots (issue 6): schema, permission, service call. */
import { z } from 'zod';
import { IdParams } from '../../../shared/schemas/common';
import { Pilot, PilotInput, PilotNoteInput, PilotUpdate } from '../../../shared/schemas/indicators';
import type { App } from '../../http/types';
import * as pilots from './pilots.service';

export async function pilotsRoutes(app: App) {
  const tags = ['indicators'];

  app.get(
    '/api/pilots',
    {
      schema: {
        tags,
        summary: 'The pilots of the desks my organisation staffs, newest first, with the evaluators’ notes',
        response: { 200: z.object({ pilots: z.array(Pilot) }) },
      },
      config: { permission: 'indicator.read' },
    },
    async (request) => ({ pilots: await pilots.listPilots(request.ctx) }),
  );
  app.get(
    '/api/pilots/:id',
    {
      schema: { tags, summary: 'One pilot', params: IdParams, response: { 200: Pilot } },
      config: { permission: 'indicator.read' },
    },
    (request) => pilots.getPilot(request.ctx, request.params.id),
  );
  app.post(
    '/api/pilots',
    {
      schema: {
        tags,
        summary:
          'Start a pilot at a desk my organisation staffs (end: six months after the start by default)',
        body: PilotInput,
        response: { 201: Pilot },
      },
      config: { permission: 'pilot.manage' },
    },
    async (request, reply) => reply.code(201).send(await pilots.createPilot(request.ctx, request.body)),
  );
  app.put(
    '/api/pilots/:id',
    {
      schema: {
        tags,
        summary: 'Change a pilot (409 when changed meanwhile)',
        params: IdParams,
        body: PilotUpdate,
        response: { 200: Pilot },
      },
      config: { permission: 'pilot.manage' },
    },
    (request) => pilots.updatePilot(request.ctx, request.params.id, request.body),
  );
  app.put(
    '/api/pilots/:id/notes',
    {
      schema: {
        tags,
        summary: 'Write my organisation’s evaluators’ notes on the pilot',
        params: IdParams,
        body: PilotNoteInput,
        response: { 200: Pilot },
      },
      config: { permission: 'pilot.manage' },
    },
    (request) => pilots.writeNotes(request.ctx, request.params.id, request.body),
  );
}
