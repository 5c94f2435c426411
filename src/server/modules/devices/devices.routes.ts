/** HTTP for kiosks and displays: administration, pairing, and what a paired device may do. */
import { z } from 'zod';
import { IdParams } from '../../../shared/schemas/common';
import {
  DeviceInput,
  DevicePairing,
  DeviceSession,
  DeviceView,
  DisplayState,
  IssueTicket,
  PairDevice,
  TicketReceipt,
} from '../../../shared/schemas/queue';
import { csrfBinding, DEVICE_COOKIE } from '../../http/request-context';
import { lastEventId, openEventStream } from '../../http/sse';
import type { App } from '../../http/types';
import { publicDesk } from '../desks/desks.service';
import { issueFromKiosk } from '../queue/queue.service';
import { deskStatus, displayState } from '../queue/queue.views';
import * as devices from './devices.service';

export async function devicesRoutes(app: App) {
  const tags = ['devices'];
  app.get(
    '/api/devices',
    {
      schema: { tags, summary: 'Kiosks and displays', response: { 200: z.array(DeviceView) } },
      config: { permission: 'device.manage' },
    },
    (request) => devices.listDevices(request.ctx),
  );
  app.post(
    '/api/devices',
    {
      schema: {
        tags,
        summary: 'Create a device and its one-time pairing link (24 h)',
        body: DeviceInput,
        response: { 201: DevicePairing },
      },
      config: { permission: 'device.manage' },
    },
    async (request, reply) => reply.code(201).send(await devices.createDevice(request.ctx, request.body)),
  );
  app.post(
    '/api/devices/:id/pairing',
    {
      schema: {
        tags,
        summary: 'A new pairing link; the device must be paired again',
        params: IdParams,
        response: { 200: DevicePairing },
      },
      config: { permission: 'device.manage' },
    },
    (request) => devices.newPairingLink(request.ctx, request.params.id),
  );
  app.post(
    '/api/devices/:id/revoke',
    {
      schema: { tags, summary: 'Revoke a device', params: IdParams, response: { 200: DeviceView } },
      config: { permission: 'device.manage' },
    },
    (request) => devices.revokeDevice(request.ctx, request.params.id),
  );

  app.post(
    '/api/device/pair',
    {
      schema: {
        tags,
        summary: 'Pair this browser as the device (sets its cookie)',
        body: PairDevice,
        response: { 200: z.object({ kind: z.enum(['kiosk', 'display']) }) },
      },
      config: {
        permission: 'public',
        rateLimit: { max: app.config.loginRatePerMinute, timeWindow: '1 minute' },
      },
    },
    async (request, reply) => {
      const paired = await devices.pairDevice(request.ctx, request.body.code);
      reply.setCookie(DEVICE_COOKIE, paired.cookieValue, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: app.config.secureCookies,
        maxAge: 5 * 365 * 24 * 3600,
      });
      return { kind: paired.kind };
    },
  );
  app.get(
    '/api/device/session',
    {
      schema: {
        tags,
        summary: 'What this paired device is, its desk now, and its CSRF token',
        response: { 200: DeviceSession },
      },
      config: { permission: 'device' },
    },
    async (request, reply) => {
      const device = request.device!;
      const desk = await publicDesk(request.ctx, device.tenantId, device.deskId);
      return {
        device: { id: device.id, name: device.name, kind: device.kind, printer: device.printer },
        status: await deskStatus(request.ctx, device.tenantId, desk),
        csrfToken: reply.generateCsrf({ userInfo: csrfBinding(device.id) }),
      };
    },
  );
  app.post(
    '/api/kiosk/tickets',
    {
      schema: {
        tags,
        summary: 'The kiosk issues a ticket',
        body: IssueTicket,
        response: { 201: TicketReceipt },
      },
      config: { permission: 'kiosk' },
    },
    async (request, reply) =>
      reply.code(201).send((await issueFromKiosk(request.ctx, request.device!, request.body)).receipt),
  );
  app.get(
    '/api/display/state',
    {
      schema: { tags, summary: 'The waiting-room screen now', response: { 200: DisplayState } },
      config: { permission: 'display' },
    },
    async (request) => {
      const device = request.device!;
      return displayState(
        request.ctx,
        device.tenantId,
        await publicDesk(request.ctx, device.tenantId, device.deskId),
      );
    },
  );
  app.get(
    '/api/display/stream',
    {
      schema: {
        tags,
        summary:
          'Server-Sent Events: "state" after every change, "call" for each call (id <opening>/<seq>; Last-Event-ID catches up)',
      },
      config: { permission: 'display' },
    },
    async (request, reply) => {
      const device = request.device!;
      const stream = openEventStream(request, reply, () =>
        app.hub.remove(device.tenantId, device.deskId, stream),
      );
      await app.hub.addDisplay(device.tenantId, device.deskId, stream, lastEventId(request));
    },
  );
}
