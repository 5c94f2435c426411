/** HTTP for the indicators (issue 6): the dashboard's report and its drill-down. */
import {
  DrillDownList,
  DrillDownQuery,
  IndicatorQuery,
  IndicatorReport,
} from '../../../shared/schemas/indicators';
import type { App } from '../../http/types';
import { drillDown } from './drilldown.service';
import { indicatorReport } from './indicators.service';

export async function indicatorsRoutes(app: App) {
  const tags = ['indicators'];

  app.get(
    '/api/indicators',
    {
      schema: {
        tags,
        summary:
          "The pilot's indicators for a period, desk and filters, with the previous period and targets",
        querystring: IndicatorQuery,
        response: { 200: IndicatorReport },
      },
      config: { permission: 'indicator.read' },
    },
    (request) => indicatorReport(request.ctx, request.query, request.lang),
  );
  app.post(
    '/api/indicators/drilldown',
    {
      schema: {
        tags,
        summary: 'The contacts behind a row of a breakdown table, without names (audited read)',
        body: DrillDownQuery,
        response: { 200: DrillDownList },
      },
      config: { permission: 'indicator.read' },
    },
    (request) => drillDown(request.ctx, request.body, request.lang),
  );
}
