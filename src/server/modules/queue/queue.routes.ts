/** HTTP for the desk screen: presence, tickets, the queue's live stream. */

import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Id, IdParams } from '../../../shared/schemas/common';
import {
  CheckIn,
  DeskStatus,
  IssueTicket,
  QueueState,
  TicketAction,
  TicketView,
  TransferTicket,
} from '../../../shared/schemas/queue';
import { openEventStream } from '../../http/sse';
import type { App } from '../../http/types';
import { deskFor } from '../desks/desks.service';
import * as presence from '../desks/presence.service';
import { closeCurrentOpening } from './closing.service';
import * as queue from './queue.service';
import { deskStatus, queueState } from './queue.views';

const tags = ['queue'];
const DeskParams = z.object({ id: Id });

async function stateOf(request: FastifyRequest & { params: { id: string } }) {
  const { actor, desk } = await deskFor(request.ctx, request.params.id, 'queue.read');
  return queueState(request.ctx, actor, desk);
}

export async function queueRoutes(app: App) {
  app.get(
    '/api/desks/:id/status',
    {
      schema: {
        tags,
        summary: 'Open now, next opening, closures, people waiting',
        params: DeskParams,
        response: { 200: DeskStatus },
      },
      config: { permission: 'desk.read' },
    },
    async (request) => {
      const { actor, desk } = await deskFor(request.ctx, request.params.id, 'desk.read');
      return deskStatus(request.ctx, actor.tenantId, desk);
    },
  );
  app.get(
    '/api/desks/:id/queue',
    {
      schema: {
        tags,
        summary: 'The desk screen: opening, presence, co-presence, tickets',
        params: DeskParams,
        response: { 200: QueueState },
      },
      config: { permission: 'queue.read' },
    },
    (request) => stateOf(request),
  );
  app.get(
    '/api/desks/:id/queue/stream',
    {
      schema: {
        tags,
        summary: 'Server-Sent Events: event "queue" with the desk screen state, after every change',
        params: DeskParams,
      },
      config: { permission: 'queue.read' },
    },
    async (request, reply) => {
      const { actor } = await deskFor(request.ctx, request.params.id, 'queue.read');
      const stream = openEventStream(request, reply, () =>
        app.hub.remove(actor.tenantId, request.params.id, stream),
      );
      await app.hub.addOperator(actor, request.params.id, stream);
    },
  );
  app.post(
    '/api/desks/:id/presence/check-in',
    {
      schema: {
        tags,
        summary: 'Check in at a counter for the current opening',
        params: DeskParams,
        body: CheckIn,
        response: { 200: QueueState },
      },
      config: { permission: 'queue.operate' },
    },
    async (request) => {
      await presence.checkIn(request.ctx, request.params.id, request.body);
      return stateOf(request);
    },
  );
  app.post(
    '/api/desks/:id/presence/check-out',
    {
      schema: { tags, summary: 'Check out', params: DeskParams, response: { 200: QueueState } },
      config: { permission: 'queue.operate' },
    },
    async (request) => {
      await presence.checkOut(request.ctx, request.params.id);
      return stateOf(request);
    },
  );
  app.post(
    '/api/desks/:id/openings/current/close',
    {
      schema: {
        tags,
        summary: 'Close the current opening now (waiting tickets are closed as not served)',
        params: DeskParams,
        response: { 200: QueueState },
      },
      config: { permission: 'queue.operate' },
    },
    async (request) => {
      await closeCurrentOpening(request.ctx, request.params.id);
      return stateOf(request);
    },
  );
  app.post(
    '/api/desks/:id/tickets',
    {
      schema: {
        tags,
        summary: 'Issue a ticket ("Nuovo arrivo")',
        params: DeskParams,
        body: IssueTicket,
        response: { 201: TicketView },
      },
      config: { permission: 'queue.operate' },
    },
    async (request, reply) =>
      reply.code(201).send(await queue.issueTicket(request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/desks/:id/queue/call-next',
    {
      schema: {
        tags,
        summary: 'Call the next ticket by the queue policy',
        params: DeskParams,
        response: { 200: z.object({ ticket: TicketView.nullable() }) },
      },
      config: { permission: 'queue.operate' },
    },
    async (request) => ({ ticket: await queue.callNext(request.ctx, request.params.id) }),
  );
  const actions = [
    ['call', 'call', 'Call this ticket'],
    ['recall', 'recall', 'Call it again'],
    ['serve', 'serve', 'The person is at the counter'],
    ['finish', 'finish', 'Served'],
    ['return', 'return', 'Back to the queue'],
    ['no-show', 'no_show', 'Did not come after the recalls'],
    ['cancel', 'cancel', 'Cancel (left, or issued by mistake)'],
  ] as const;
  for (const [path, action, summary] of actions) {
    app.post(
      `/api/tickets/:id/${path}`,
      {
        schema: { tags, summary, params: IdParams, body: TicketAction, response: { 200: TicketView } },
        config: { permission: 'queue.operate' },
      },
      (request) => queue.ticketAction(request.ctx, request.params.id, action, request.body),
    );
  }
  app.post(
    '/api/tickets/:id/transfer',
    {
      schema: {
        tags,
        summary: 'Hand the ticket to another operator at the desk',
        params: IdParams,
        body: TransferTicket,
        response: { 200: TicketView },
      },
      config: { permission: 'queue.operate' },
    },
    (request) => queue.ticketAction(request.ctx, request.params.id, 'transfer', request.body),
  );
}
