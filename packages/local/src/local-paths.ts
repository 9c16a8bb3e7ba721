import { fileURLToPath } from 'node:url';

/** Git-ignored folder at the repository root where the local product keeps its data between runs. */
export const LOCAL_DATA_DIR = fileURLToPath(new URL('../../../.local-data/', import.meta.url));
export const DYNAMO_DATA_DIR = `${LOCAL_DATA_DIR}dynamodb`;
export const DEV_KEYS_FILE = `${LOCAL_DATA_DIR}dev-issuer.json`;
export const LOCAL_TABLE_NAME = 'openhall-local';
/** Key of the HMAC naming phones in table keys (the Lambda reads PHONE_HASH_SECRET instead). */
export const HASH_SECRET_FILE = `${LOCAL_DATA_DIR}phone-hash-secret`;
