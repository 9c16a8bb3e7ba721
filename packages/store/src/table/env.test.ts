import { describe, expect, it } from 'vitest';
import { DEFAULT_REGION, getStringFromEnv, storeConfigFromEnv } from './env.js';

describe('getStringFromEnv', () => {
  it('reads a set variable, trimmed', () => {
    expect(getStringFromEnv('TABLE_NAME', { env: { TABLE_NAME: ' openhall ' } })).toBe('openhall');
  });

  it.each([{}, { TABLE_NAME: '' }, { TABLE_NAME: '   ' }])('names a missing variable: %j', (env) => {
    expect(() => getStringFromEnv('TABLE_NAME', { env })).toThrow(
      'Environment variable TABLE_NAME is required but is not set',
    );
  });

  it('falls back to a default when one is given', () => {
    expect(getStringFromEnv('AWS_REGION', { env: {}, defaultValue: 'cn-northwest-1' })).toBe(
      'cn-northwest-1',
    );
  });
});

describe('storeConfigFromEnv', () => {
  it.each([
    { env: { TABLE_NAME: 't' }, config: { tableName: 't', region: DEFAULT_REGION } },
    {
      env: { TABLE_NAME: 't', AWS_REGION: 'cn-northwest-1', DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' },
      config: { tableName: 't', region: 'cn-northwest-1', endpoint: 'http://127.0.0.1:8000' },
    },
  ])('reads $env', ({ env, config }) => {
    expect(storeConfigFromEnv(env)).toEqual(config);
  });

  it('requires TABLE_NAME', () => {
    expect(() => storeConfigFromEnv({ AWS_REGION: 'cn-north-1' })).toThrow(/TABLE_NAME/);
  });
});
