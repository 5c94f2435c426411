/** HTTP for the launch campaign (issue 7): schema, permission, service call. */
import { z } from 'zod';
import {
  CampaignStats,
  CampaignStatsQuery,
  CampaignTag,
  CampaignTagInput,
  DeskPublicInfo,
  DeskPublicInfoInput,
  MaterialQuery,
} from '../../../shared/schemas/campaign';
import { Id } from '../../../shared/schemas/common';
import type { App } from '../../http/types';
import * as campaign from './campaign.service';

const DeskParams = z.object({ deskId: Id });

export async function campaignRoutes(app: App) {
  const tags = ['campaign'];
  const config = { permission: 'campaign.manage' } as const;

  app.get(
    '/api/desks/:deskId/public-info',
    {
      schema: {
        tags,
        summary: 'The desk’s public contact details (version 0 before the first save)',
        params: DeskParams,
        response: { 200: DeskPublicInfo },
      },
      config,
    },
    (request) => campaign.getPublicInfo(request.ctx, request.params.deskId),
  );
  app.put(
    '/api/desks/:deskId/public-info',
    {
      schema: {
        tags,
        summary: 'Save the desk’s public contact details (409 when changed meanwhile)',
        params: DeskParams,
        body: DeskPublicInfoInput,
        response: { 200: DeskPublicInfo },
      },
      config,
    },
    (request) => campaign.savePublicInfo(request.ctx, request.params.deskId, request.body),
  );
  app.get(
    '/api/desks/:deskId/campaign/tags',
    {
      schema: {
        tags,
        summary: 'The campaign tags of the desk, default ones first, each with its visits so far',
        params: DeskParams,
        response: { 200: z.object({ tags: z.array(CampaignTag) }) },
      },
      config,
    },
    async (request) => ({ tags: await campaign.listTags(request.ctx, request.params.deskId, request.lang) }),
  );
  app.post(
    '/api/desks/:deskId/campaign/tags',
    {
      schema: {
        tags,
        summary: 'Add a campaign tag for a new batch of materials (409 when the code is taken)',
        params: DeskParams,
        body: CampaignTagInput,
        response: { 201: CampaignTag },
      },
      config,
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await campaign.createTag(request.ctx, request.params.deskId, request.body, request.lang)),
  );
  app.get(
    '/api/desks/:deskId/campaign/stats',
    {
      schema: {
        tags,
        summary: 'Visits per tag, language and day against contacts by how they heard of the desk',
        params: DeskParams,
        querystring: CampaignStatsQuery,
        response: { 200: CampaignStats },
      },
      config,
    },
    (request) => campaign.campaignStats(request.ctx, request.params.deskId, request.query, request.lang),
  );
  app.get(
    '/api/desks/:deskId/campaign/material',
    {
      schema: {
        tags,
        summary:
          'A poster (A4 PDF), flyer (A6 PDF) or social image (1200×630 PNG) made now from the desk’s configuration',
        params: DeskParams,
        querystring: MaterialQuery,
      },
      config,
    },
    async (request, reply) => {
      // The material makers (fonts, PDF and image engines) load with the first request, not at start-up.
      const { campaignMaterial } = await import('./materials.service');
      const { file, fileName, contentType } = await campaignMaterial(
        request.ctx,
        request.params.deskId,
        request.query,
        request.lang,
      );
      return reply
        .type(contentType)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(file);
    },
  );
}
