/**
 * HTTP for exports (issue 6): schema, permission, service call. The export
 * runner lives with these routes: it starts when the app is ready and stops
 * (finishing or requeueing its job) before the app closes.
 */
import { z } from 'zod';
import { IdParams } from '../../../shared/schemas/common';
import { ExportInput, ExportJob } from '../../../shared/schemas/indicators';
import type { Ctx } from '../../context';
import type { App } from '../../http/types';
import { ExportRunner } from './export-runner';
import * as exports from './exports.service';

export async function exportsRoutes(app: App, makeCtx: () => Ctx) {
  const tags = ['indicators'];
  const runner = new ExportRunner(makeCtx, (error) => app.log.error({ err: error }, 'export job failed'));
  app.addHook('onReady', () => runner.start());
  app.addHook('preClose', () => runner.stop());

  app.post(
    '/api/exports',
    {
      schema: {
        tags,
        summary: 'Ask for an export file; it is made in the background (poll the job)',
        body: ExportInput,
        response: { 202: ExportJob },
      },
      config: { permission: 'indicator.export' },
    },
    async (request, reply) =>
      reply.code(202).send(await exports.requestExport(request.ctx, request.body, request.lang, runner)),
  );
  app.get(
    '/api/exports',
    {
      schema: {
        tags,
        summary: 'The export log of the tenant: who exported what and when, newest first (100)',
        response: { 200: z.object({ exports: z.array(ExportJob) }) },
      },
      config: { permission: 'indicator.export' },
    },
    async (request) => ({ exports: await exports.listExports(request.ctx) }),
  );
  app.get(
    '/api/exports/:id',
    {
      schema: {
        tags,
        summary: 'One export job, for polling',
        params: IdParams,
        response: { 200: ExportJob },
      },
      config: { permission: 'indicator.export' },
    },
    (request) => exports.getExport(request.ctx, request.params.id),
  );
  app.get(
    '/api/exports/:id/file',
    {
      schema: { tags, summary: 'The finished file, as an attachment (audited)', params: IdParams },
      config: { permission: 'indicator.export' },
    },
    async (request, reply) => {
      const { file, fileName, contentType } = await exports.downloadExport(request.ctx, request.params.id);
      return reply
        .type(contentType)
        .header('content-disposition', `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`)
        .send(file);
    },
  );
}
