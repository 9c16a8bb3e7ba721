export type { ApiDeps } from './api-deps.js';
export type { AuthEnv } from './auth/authenticate.js';
export {
  createDevVerifier,
  DEV_AUDIENCE,
  DEV_ISSUER,
  type DevIssuerKeys,
  generateDevIssuerKeys,
  signDevToken,
} from './auth/dev-issuer.js';
export {
  COGNITO_CLAIMS,
  createCognitoVerifier,
  createJwtVerifier,
  PLAIN_CLAIMS,
} from './auth/jwt-verifier.js';
export type { TokenVerifier } from './auth/token-verifier.js';
export { createApi } from './create-api.js';
export { clientAddressOf, clientIdOf } from './http/client-id.js';
export { statusOfDomainError } from './http/error-problem.js';
export { problem, problemResponse } from './http/problem-response.js';
export {
  districtWorkbook,
  PROVINCE_SHEET_NAME,
  provinceWorkbook,
  XLSX_TYPE,
} from './routes/reports/report-workbook.js';
export {
  AUDIENCES,
  type Audience,
  type RegisteredRoute,
  type RouteGroup,
  type RouteGroups,
  routeGroupsOf,
} from './routes/route-groups.js';
