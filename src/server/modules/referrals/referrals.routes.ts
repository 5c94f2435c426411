/** HTTP for referrals, bounces, notifications and the FHIR view: schema, permission, service call. */
import { IdParams } from '../../../shared/schemas/common';
import {
  BounceList,
  BounceQuery,
  FhirServiceRequest,
  FhirTask,
  NotificationList,
  NotificationView,
  ReferralInput,
  ReferralList,
  ReferralListQuery,
  ReferralMove,
  ReferralView,
} from '../../../shared/schemas/referrals';
import type { App } from '../../http/types';
import { listBounces } from './bounces.service';
import * as notifications from './notifications.service';
import * as reads from './referral-reads.service';
import * as referrals from './referrals.service';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';

export async function referralsRoutes(app: App) {
  const tags = ['referrals'];

  app.post(
    '/api/referrals',
    {
      schema: {
        tags,
        summary: 'Refer a request of a contact to a service of the directory',
        body: ReferralInput,
        response: { 201: ReferralView },
      },
      config: { permission: 'referral.send' },
    },
    async (request, reply) => reply.code(201).send(await referrals.createReferral(request.ctx, request.body)),
  );
  app.get(
    '/api/referrals',
    {
      schema: {
        tags,
        summary: 'My inbox or what my desks sent, newest first (audited read)',
        querystring: ReferralListQuery,
        response: { 200: ReferralList },
      },
      config: { permission: 'referral.read' },
    },
    (request) => reads.listReferrals(request.ctx, request.query),
  );
  app.get(
    '/api/referrals/:id',
    {
      schema: {
        tags,
        summary: 'One referral with its history and the moves I may make (audited read)',
        params: IdParams,
        response: { 200: ReferralView },
      },
      config: { permission: 'referral.read' },
    },
    (request) => reads.getReferral(request.ctx, request.params.id),
  );
  app.post(
    '/api/referrals/:id/move',
    {
      schema: {
        tags,
        summary: 'Move a referral to another status (409 when illegal or changed meanwhile)',
        params: IdParams,
        body: ReferralMove,
        response: { 200: ReferralView },
      },
      config: { permission: 'referral.read' },
    },
    (request) => referrals.moveReferral(request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/bounces',
    {
      schema: {
        tags,
        summary: 'Bounces seen at a desk (or my desks), of one person or all (audited read)',
        querystring: BounceQuery,
        response: { 200: BounceList },
      },
      config: { permission: 'referral.read' },
    },
    (request) => listBounces(request.ctx, request.query),
  );

  app.get(
    '/api/fhir/ServiceRequest/:id',
    {
      schema: {
        tags: ['fhir'],
        summary: 'A referral as a FHIR R4 ServiceRequest (audited read)',
        params: IdParams,
        response: { 200: FhirServiceRequest },
      },
      config: { permission: 'referral.read' },
    },
    async (request, reply) =>
      reply.type(FHIR_JSON).send(await reads.getFhirServiceRequest(request.ctx, request.params.id)),
  );
  app.get(
    '/api/fhir/Task/:id',
    {
      schema: {
        tags: ['fhir'],
        summary: "A referral's FHIR R4 Task (audited read)",
        params: IdParams,
        response: { 200: FhirTask },
      },
      config: { permission: 'referral.read' },
    },
    async (request, reply) =>
      reply.type(FHIR_JSON).send(await reads.getFhirTask(request.ctx, request.params.id)),
  );

  app.get(
    '/api/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'My notifications, newest first, and how many are unread',
        response: { 200: NotificationList },
      },
      config: { permission: 'notification.read' },
    },
    (request) => notifications.listMyNotifications(request.ctx, request.lang),
  );
  app.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark one of my notifications read',
        params: IdParams,
        response: { 200: NotificationView },
      },
      config: { permission: 'notification.read' },
    },
    (request) => notifications.markNotificationRead(request.ctx, request.params.id, request.lang),
  );
}
