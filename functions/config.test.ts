import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const complete = {
  TABLE_NAME: 'openhall-dev-table',
  COGNITO_ISSUER: 'https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_Example1',
  COGNITO_AUDIENCE: 'example-client-id',
  COGNITO_DOMAIN: 'https://login.example',
  PHONE_HASH_SECRET: 'an-example-secret-of-at-least-32-characters',
};

describe('loadConfig', () => {
  it('reads every variable the stack sets', () => {
    expect(loadConfig(complete)).toEqual({
      tableName: complete.TABLE_NAME,
      cognitoIssuer: complete.COGNITO_ISSUER,
      cognitoAudience: complete.COGNITO_AUDIENCE,
      cognitoDomain: complete.COGNITO_DOMAIN,
      phoneHashSecret: complete.PHONE_HASH_SECRET,
    });
  });

  it.each([
    { name: 'TABLE_NAME', value: undefined },
    { name: 'COGNITO_ISSUER', value: '' },
    { name: 'COGNITO_AUDIENCE', value: '   ' },
    { name: 'COGNITO_DOMAIN', value: undefined },
    { name: 'PHONE_HASH_SECRET', value: undefined },
  ])('names $name when it is $value', ({ name, value }) => {
    expect(() => loadConfig({ ...complete, [name]: value })).toThrow(
      `Environment variable ${name} is required but is not set`,
    );
  });
});
