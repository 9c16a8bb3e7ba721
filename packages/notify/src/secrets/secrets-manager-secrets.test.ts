import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { SecretsManagerSecrets } from './secrets-manager-secrets.js';

const secretsManager = mockClient(SecretsManagerClient);

afterEach(() => {
  secretsManager.reset();
});

function secrets(now: () => number = () => 0) {
  return new SecretsManagerSecrets({
    client: async () => new SecretsManagerClient({ region: 'cn-north-1' }),
    now,
  });
}

describe('tenant provider credentials from Secrets Manager', () => {
  it('reads a secret once per instance while it is fresh, and concurrent first reads share the call', async () => {
    // Prepare
    secretsManager
      .on(GetSecretValueCommand, { SecretId: 'openhall/sms/zibo' })
      .resolves({ SecretString: '{"secretId":"AKID1","secretKey":"k1"}' });
    let clock = 0;
    const source = secrets(() => clock);

    // Act
    const [a, b] = await Promise.all([
      source.secretJson('openhall/sms/zibo'),
      source.secretJson('openhall/sms/zibo'),
    ]);
    clock = 60_000;
    const c = await source.secretJson('openhall/sms/zibo');

    // Assess
    expect(a).toEqual({ secretId: 'AKID1', secretKey: 'k1' });
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(1);
  });

  it('reads it again once the time to keep it has passed (a rotated key takes effect)', async () => {
    secretsManager
      .on(GetSecretValueCommand)
      .resolvesOnce({ SecretString: '{"signingKey":"old"}' })
      .resolves({ SecretString: '{"signingKey":"new"}' });
    let clock = 0;
    const source = secrets(() => clock);

    expect(await source.secretJson('openhall/sms/w')).toEqual({ signingKey: 'old' });
    clock = 5 * 60_000;
    expect(await source.secretJson('openhall/sms/w')).toEqual({ signingKey: 'new' });
  });

  it("keeps each tenant's secret apart", async () => {
    secretsManager
      .on(GetSecretValueCommand, { SecretId: 'openhall/sms/a' })
      .resolves({ SecretString: '{"n":"a"}' })
      .on(GetSecretValueCommand, { SecretId: 'openhall/sms/b' })
      .resolves({ SecretString: '{"n":"b"}' });
    const source = secrets();

    expect(await source.secretJson('openhall/sms/a')).toEqual({ n: 'a' });
    expect(await source.secretJson('openhall/sms/b')).toEqual({ n: 'b' });
  });

  it('does not keep a failed read: the next send asks again', async () => {
    secretsManager
      .on(GetSecretValueCommand)
      .rejectsOnce(Object.assign(new Error('throttled'), { name: 'ThrottlingException' }))
      .resolves({ SecretString: '{"ok":true}' });
    const source = secrets();

    await expect(source.secretJson('openhall/sms/x')).rejects.toThrow('throttled');
    expect(await source.secretJson('openhall/sms/x')).toEqual({ ok: true });
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(2);
  });
});
