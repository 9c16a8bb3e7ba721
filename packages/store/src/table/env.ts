type Env = Record<string, string | undefined>;

/** Where the store finds its table. */
export interface StoreConfig {
  tableName: string;
  region: string;
  /** Set only for DynamoDB Local; the SDK's own endpoint otherwise. */
  endpoint?: string;
}

/** Region when none is set: AWS China (Beijing), where the halls' data stays. */
export const DEFAULT_REGION = 'cn-north-1';

/**
 * Reads one variable; a missing or blank one fails at start-up with its name in the message
 * instead of surfacing later as an obscure SDK error.
 * @example getStringFromEnv('TABLE_NAME', { env: { TABLE_NAME: 'openhall' } }) // 'openhall'
 */
export function getStringFromEnv(name: string, options: { env?: Env; defaultValue?: string } = {}): string {
  const value = (options.env ?? process.env)[name]?.trim();
  if (value) return value;
  if (options.defaultValue !== undefined) return options.defaultValue;
  throw new Error(`Environment variable ${name} is required but is not set`);
}

/** Reads the store's whole configuration at once: TABLE_NAME (required), AWS_REGION, DYNAMODB_ENDPOINT. */
export function storeConfigFromEnv(env: Env = process.env): StoreConfig {
  const endpoint = env.DYNAMODB_ENDPOINT?.trim();
  return {
    tableName: getStringFromEnv('TABLE_NAME', { env }),
    region: getStringFromEnv('AWS_REGION', { env, defaultValue: DEFAULT_REGION }),
    ...(endpoint ? { endpoint } : {}),
  };
}
