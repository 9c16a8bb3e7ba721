import { createRoute } from '@hono/zod-openapi';
import { DistrictReportSchema, NotFoundError, ProvinceReportSchema } from '@openhall/domain';
import { districtReport, provinceReport, provinceSheet, toCsv } from '@openhall/services';
import { z } from 'zod';
import type { ApiDeps } from '../../api-deps.js';
import { problemResponses } from '../../http/responses.js';
import { bearerSecurity } from '../admin/admin-schemas.js';
import type { RouteGroup } from '../route-groups.js';
import {
  attachment,
  PeriodQuerySchema,
  ProvinceDistrictParamSchema,
  ProvinceParamSchema,
} from './report-params.js';
import { provinceWorkbook, XLSX_TYPE } from './report-workbook.js';

const getProvinceReport = createRoute({
  method: 'get',
  path: '/v1/provinces/{province}/reports',
  tags: ['reports'],
  summary: "The province's districts side by side over a period",
  security: bearerSecurity,
  request: { params: ProvinceParamSchema, query: PeriodQuerySchema },
  responses: {
    200: {
      description: 'Province report',
      content: { 'application/json': { schema: ProvinceReportSchema } },
    },
    ...problemResponses(400, 401, 403),
  },
});

const getProvinceReportCsv = createRoute({
  method: 'get',
  path: '/v1/provinces/{province}/reports.csv',
  tags: ['reports'],
  summary: "The province's districts side by side as CSV (UTF-8 with BOM, Chinese headers)",
  security: bearerSecurity,
  request: { params: ProvinceParamSchema, query: PeriodQuerySchema },
  responses: {
    200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
    ...problemResponses(400, 401, 403),
  },
});

const getProvinceReportXlsx = createRoute({
  method: 'get',
  path: '/v1/provinces/{province}/reports.xlsx',
  tags: ['reports'],
  summary: "The province's districts side by side as an Excel workbook (the CSV's sheet)",
  security: bearerSecurity,
  request: { params: ProvinceParamSchema, query: PeriodQuerySchema },
  responses: {
    200: {
      description: 'Workbook',
      content: { [XLSX_TYPE]: { schema: z.string().meta({ format: 'binary' }) } },
    },
    ...problemResponses(400, 401, 403),
  },
});

const getProvinceDistrictReport = createRoute({
  method: 'get',
  path: '/v1/provinces/{province}/districts/{tenantId}/report',
  tags: ['reports'],
  summary: "One of the province's districts' report; any other district is not found",
  security: bearerSecurity,
  request: { params: ProvinceDistrictParamSchema, query: PeriodQuerySchema },
  responses: {
    200: {
      description: 'District report',
      content: { 'application/json': { schema: DistrictReportSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

/** Tenant ids to display names for the province's own districts (public names of the halls' districts). */
async function districtNames(deps: ApiDeps, tenantIds: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  await Promise.all(
    tenantIds.map(async (id) => {
      const stored = await deps.configStore.getConfig(id);
      if (stored) names.set(id, stored.config.tenant.name.zh);
    }),
  );
  return names;
}

/** The provincial office's reports: only its own province's districts, which their configuration joins. */
export function registerProvinceReportRoutes(group: RouteGroup, deps: ApiDeps): void {
  group.openapi(getProvinceReport, async (c) => {
    const { province } = c.req.valid('param');
    const { from, to } = c.req.valid('query');
    return c.json(await provinceReport(deps, province, from, to), 200);
  });
  group.openapi(getProvinceReportCsv, async (c) => {
    const { province } = c.req.valid('param');
    const { from, to } = c.req.valid('query');
    const report = await provinceReport(deps, province, from, to);
    const names = await districtNames(
      deps,
      report.districts.map((d) => d.tenantId),
    );
    return c.body(toCsv(provinceSheet(report, names)), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachment(`${province}-${from}-${to}.csv`),
    });
  });
  group.openapi(getProvinceReportXlsx, async (c) => {
    const { province } = c.req.valid('param');
    const { from, to } = c.req.valid('query');
    const report = await provinceReport(deps, province, from, to);
    const names = await districtNames(
      deps,
      report.districts.map((d) => d.tenantId),
    );
    const workbook = await provinceWorkbook(report, names);
    return c.body(workbook as Uint8Array<ArrayBuffer>, 200, {
      'content-type': XLSX_TYPE,
      'content-disposition': attachment(`${province}-${from}-${to}.xlsx`),
    });
  });
  group.openapi(getProvinceDistrictReport, async (c) => {
    const { province, tenantId } = c.req.valid('param');
    const { from, to } = c.req.valid('query');
    // A district of another province is not found: nothing says whether it exists.
    if (!(await deps.reportStore.districtsOf(province)).includes(tenantId)) {
      throw new NotFoundError(`district "${tenantId}" in ${province}`, 'district_not_found');
    }
    return c.json(await districtReport(deps, tenantId, from, to), 200);
  });
}
