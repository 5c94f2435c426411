/** HTTP for the service directory and its HSDS import/export: schema, permission, service call. */
import { z } from 'zod';
import { IdParams } from '../../../shared/schemas/common';
import {
  DirectoryExportQuery,
  DirectoryImportInput,
  DirectoryImportResult,
  ServiceInput,
  ServiceList,
  ServiceQuery,
  ServiceUpdate,
  ServiceView,
} from '../../../shared/schemas/directory';
import type { App } from '../../http/types';
import * as directory from './directory.service';
import { exportDirectory } from './directory-export';
import { importDirectory } from './directory-import';

export async function directoryRoutes(app: App) {
  const tags = ['directory'];

  app.get(
    '/api/directory/services',
    {
      schema: {
        tags,
        summary: 'Search the service directory (Italian full text, accents ignored, word prefixes)',
        querystring: ServiceQuery,
        response: { 200: ServiceList },
      },
      config: { permission: 'directory.read' },
    },
    (request) => directory.searchServices(request.ctx, request.query),
  );
  app.get(
    '/api/directory/services/:id',
    {
      schema: { tags, summary: 'One service', params: IdParams, response: { 200: ServiceView } },
      config: { permission: 'directory.read' },
    },
    (request) => directory.getService(request.ctx, request.params.id),
  );
  app.post(
    '/api/directory/services',
    {
      schema: { tags, summary: 'Add a service', body: ServiceInput, response: { 201: ServiceView } },
      config: { permission: 'directory.manage' },
    },
    async (request, reply) => reply.code(201).send(await directory.createService(request.ctx, request.body)),
  );
  app.put(
    '/api/directory/services/:id',
    {
      schema: {
        tags,
        summary: 'Edit a service (409 when changed meanwhile)',
        params: IdParams,
        body: ServiceUpdate,
        response: { 200: ServiceView },
      },
      config: { permission: 'directory.manage' },
    },
    (request) => directory.updateService(request.ctx, request.params.id, request.body),
  );
  app.get(
    '/api/directory/export',
    {
      schema: {
        tags,
        summary: 'The directory as Open Referral HSDS 3.0 service documents (JSON download)',
        querystring: DirectoryExportQuery,
        response: { 200: z.array(z.record(z.string(), z.unknown())) },
      },
      config: { permission: 'directory.read' },
    },
    async (request, reply) => {
      const documents = await exportDirectory(request.ctx);
      return reply.header('content-disposition', 'attachment; filename="servizi-hsds.json"').send(documents);
    },
  );
  app.post(
    '/api/directory/import',
    {
      schema: {
        tags,
        summary:
          'Import HSDS 3.0 service documents; every problem reported, nothing written unless all is well',
        body: DirectoryImportInput,
        response: { 200: DirectoryImportResult },
      },
      config: { permission: 'directory.manage' },
      bodyLimit: 32 * 1024 * 1024,
    },
    (request) => importDirectory(request.ctx, request.body, request.lang),
  );
}
