import { createRoute } from '@hono/zod-openapi';
import { DistrictReportSchema } from '@openhall/domain';
import { districtReport, districtSheet, loadTenantConfig, toCsv } from '@openhall/services';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { problemResponses } from '../../http/responses.js';
import { TenantParamSchema } from '../../http/tenant-param.js';
import { bearerSecurity } from '../admin/admin-schemas.js';
import type { RouteGroup } from '../route-groups.js';
import { attachment, PeriodQuerySchema, SheetQuerySchema } from './report-params.js';
import { districtWorkbook, XLSX_TYPE } from './report-workbook.js';

const getDistrictReport = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/reports/district',
  tags: ['reports'],
  summary: "The district's figures over a period, the period before beside them, series and rankings",
  security: bearerSecurity,
  request: { params: TenantParamSchema, query: PeriodQuerySchema },
  responses: {
    200: {
      description: 'District report',
      content: { 'application/json': { schema: DistrictReportSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const getDistrictReportCsv = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/reports/district.csv',
  tags: ['reports'],
  summary: 'One sheet of the district report as CSV (UTF-8 with BOM, Chinese headers) for Excel and WPS',
  security: bearerSecurity,
  request: { params: TenantParamSchema, query: SheetQuerySchema },
  responses: {
    200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
    ...problemResponses(400, 401, 403, 404),
  },
});

const getDistrictReportXlsx = createRoute({
  method: 'get',
  path: '/v1/tenants/{tenantId}/reports/district.xlsx',
  tags: ['reports'],
  summary:
    'The district report as an Excel workbook: the CSV sheets (汇总, 趋势, 窗口排名, 部门排名) in one file',
  security: bearerSecurity,
  request: { params: TenantParamSchema, query: PeriodQuerySchema },
  responses: {
    200: {
      description: 'Workbook',
      content: { [XLSX_TYPE]: { schema: z.string().meta({ format: 'binary' }) } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

/** The district's reports: its admin and section managers read them (the `reports` audience). */
export function registerDistrictReportRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(getDistrictReport, async (c) => {
    const { tenantId } = c.req.valid('param');
    const { from, to } = c.req.valid('query');
    await loadTenantConfig(deps.configStore, tenantId);
    return c.json(await districtReport(deps, tenantId, from, to), 200);
  });
  group.openapi(getDistrictReportCsv, async (c) => {
    const { tenantId } = c.req.valid('param');
    const { from, to, sheet } = c.req.valid('query');
    await loadTenantConfig(deps.configStore, tenantId);
    const report = await districtReport(deps, tenantId, from, to);
    return c.body(toCsv(districtSheet(report, sheet)), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachment(`${tenantId}-${sheet}-${from}-${to}.csv`),
    });
  });
  group.openapi(getDistrictReportXlsx, async (c) => {
    const { tenantId } = c.req.valid('param');
    const { from, to } = c.req.valid('query');
    await loadTenantConfig(deps.configStore, tenantId);
    const report = await districtReport(deps, tenantId, from, to);
    const workbook = await districtWorkbook(report);
    return c.body(workbook as Uint8Array<ArrayBuffer>, 200, {
      'content-type': XLSX_TYPE,
      'content-disposition': attachment(`${tenantId}-${from}-${to}.xlsx`),
    });
  });
}
