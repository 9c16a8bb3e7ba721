import { getStringFromEnv } from '@openhall/store/env';

/** What the API Lambda reads from its environment; infra/lib/api-function.ts sets each of these. */
export interface ApiConfig {
  tableName: string;
  cognitoIssuer: string;
  cognitoAudience: string;
  /** Base URL of the user pool's managed login, where staff sign in to their pages. */
  cognitoDomain: string;
  /** Key of the HMAC that names phones and clients in table keys; never stored in the table. */
  phoneHashSecret: string;
}

/**
 * Reads the whole configuration once, at cold start: a missing variable fails the init with its name
 * in the message instead of surfacing later as an obscure SDK or JWT error.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
  return {
    tableName: getStringFromEnv('TABLE_NAME', { env }),
    cognitoIssuer: getStringFromEnv('COGNITO_ISSUER', { env }),
    cognitoAudience: getStringFromEnv('COGNITO_AUDIENCE', { env }),
    cognitoDomain: getStringFromEnv('COGNITO_DOMAIN', { env }),
    phoneHashSecret: getStringFromEnv('PHONE_HASH_SECRET', { env }),
  };
}
