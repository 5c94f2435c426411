/** HTTP for users, organisations, municipalities and the tenant: schema, permission, service call. */
import { z } from 'zod';
import {
  MunicipalityInput,
  MunicipalityUpdate,
  MunicipalityView,
  OrganisationInput,
  OrganisationUpdate,
  OrganisationView,
  TemporaryPassword,
  TenantView,
  UserInput,
  UserListQuery,
  UserUpdate,
  UserView,
} from '../../../shared/schemas/accounts';
import { IdParams } from '../../../shared/schemas/common';
import type { App } from '../../http/types';
import * as municipalities from './municipalities.service';
import * as organisations from './organisations.service';
import { currentTenant } from './tenants.service';
import * as users from './users.service';

export async function accountsRoutes(app: App) {
  const tags = ['accounts'];

  app.get(
    '/api/tenant',
    {
      schema: { tags, summary: 'The tenant (ambito) I work in', response: { 200: TenantView } },
      config: { permission: 'tenant.read' },
    },
    (request) => currentTenant(request.ctx),
  );

  // ── users ──
  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'List users (audited read)',
        querystring: UserListQuery,
        response: { 200: z.array(UserView) },
      },
      config: { permission: 'user.read' },
    },
    (request) => users.listUsers(request.ctx, request.query),
  );
  app.get(
    '/api/users/:id',
    {
      schema: { tags, summary: 'One user (audited read)', params: IdParams, response: { 200: UserView } },
      config: { permission: 'user.read' },
    },
    (request) => users.getUser(request.ctx, request.params.id),
  );
  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Create a user with a temporary password shown once',
        body: UserInput,
        response: { 201: TemporaryPassword },
      },
      config: { permission: 'user.manage' },
    },
    async (request, reply) => reply.code(201).send(await users.createUser(request.ctx, request.body)),
  );
  app.put(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Edit a user (409 when changed meanwhile)',
        params: IdParams,
        body: UserUpdate,
        response: { 200: UserView },
      },
      config: { permission: 'user.manage' },
    },
    (request) => users.updateUser(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/users/:id/deactivate',
    {
      schema: {
        tags,
        summary: 'Deactivate a user and end their sessions',
        params: IdParams,
        response: { 200: UserView },
      },
      config: { permission: 'user.manage' },
    },
    (request) => users.deactivateUser(request.ctx, request.params.id),
  );
  app.post(
    '/api/users/:id/reactivate',
    {
      schema: { tags, summary: 'Reactivate a user', params: IdParams, response: { 200: UserView } },
      config: { permission: 'user.manage' },
    },
    (request) => users.reactivateUser(request.ctx, request.params.id),
  );
  app.post(
    '/api/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: 'Issue a temporary password, unlock, end sessions',
        params: IdParams,
        response: { 200: TemporaryPassword },
      },
      config: { permission: 'user.manage' },
    },
    (request) => users.resetPassword(request.ctx, request.params.id),
  );

  // ── organisations ──
  app.get(
    '/api/organisations',
    {
      schema: { tags, summary: 'List organisations', response: { 200: z.array(OrganisationView) } },
      config: { permission: 'organisation.read' },
    },
    (request) => organisations.listOrganisations(request.ctx),
  );
  app.get(
    '/api/organisations/:id',
    {
      schema: { tags, summary: 'One organisation', params: IdParams, response: { 200: OrganisationView } },
      config: { permission: 'organisation.read' },
    },
    (request) => organisations.getOrganisation(request.ctx, request.params.id),
  );
  app.post(
    '/api/organisations',
    {
      schema: {
        tags,
        summary: 'Create an organisation',
        body: OrganisationInput,
        response: { 201: OrganisationView },
      },
      config: { permission: 'organisation.manage' },
    },
    async (request, reply) =>
      reply.code(201).send(await organisations.createOrganisation(request.ctx, request.body)),
  );
  app.put(
    '/api/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Edit an organisation',
        params: IdParams,
        body: OrganisationUpdate,
        response: { 200: OrganisationView },
      },
      config: { permission: 'organisation.manage' },
    },
    (request) => organisations.updateOrganisation(request.ctx, request.params.id, request.body),
  );
  for (const [action, isActive] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    app.post(
      `/api/organisations/:id/${action}`,
      {
        schema: {
          tags,
          summary: `${action === 'deactivate' ? 'Deactivate' : 'Reactivate'} an organisation`,
          params: IdParams,
          response: { 200: OrganisationView },
        },
        config: { permission: 'organisation.manage' },
      },
      (request) => organisations.setOrganisationActive(request.ctx, request.params.id, isActive),
    );
  }

  // ── municipalities ──
  app.get(
    '/api/municipalities',
    {
      schema: { tags, summary: 'List municipalities', response: { 200: z.array(MunicipalityView) } },
      config: { permission: 'municipality.read' },
    },
    (request) => municipalities.listMunicipalities(request.ctx),
  );
  app.post(
    '/api/municipalities',
    {
      schema: {
        tags,
        summary: 'Add a municipality',
        body: MunicipalityInput,
        response: { 201: MunicipalityView },
      },
      config: { permission: 'municipality.manage' },
    },
    async (request, reply) =>
      reply.code(201).send(await municipalities.createMunicipality(request.ctx, request.body)),
  );
  app.put(
    '/api/municipalities/:id',
    {
      schema: {
        tags,
        summary: 'Edit a municipality (e.g. its population)',
        params: IdParams,
        body: MunicipalityUpdate,
        response: { 200: MunicipalityView },
      },
      config: { permission: 'municipality.manage' },
    },
    (request) => municipalities.updateMunicipality(request.ctx, request.params.id, request.body),
  );
}
