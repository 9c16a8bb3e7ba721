import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/** Reads a secret's JSON value by name. */
export interface SecretSource {
  secretJson(name: string): Promise<unknown>;
}

export interface SecretsManagerSecretsOptions {
  /** The client, made on first use: the SDK's Secrets Manager module loads only when an SMS goes out. */
  client?: () => Promise<SecretsManagerClient>;
  /** How long a value is kept before it is read again (a rotated key takes effect within it). */
  ttlMs?: number;
  now?: () => number;
}

/** Five minutes: a send costs no Secrets Manager call, and a rotation is picked up soon enough. */
export const SECRET_TTL_MS = 5 * 60_000;

/**
 * Tenant provider credentials from AWS Secrets Manager, one GetSecretValue per secret name per
 * instance and `ttlMs`; concurrent first reads share one call, a failed read is not kept.
 */
export class SecretsManagerSecrets implements SecretSource {
  readonly #cache = new Map<string, { at: number; value: Promise<unknown> }>();
  readonly #client: () => Promise<SecretsManagerClient>;
  readonly #ttlMs: number;
  readonly #now: () => number;
  #made: Promise<SecretsManagerClient> | undefined;

  constructor(options: SecretsManagerSecretsOptions = {}) {
    this.#client =
      options.client ??
      (async () => new (await import('@aws-sdk/client-secrets-manager')).SecretsManagerClient({}));
    this.#ttlMs = options.ttlMs ?? SECRET_TTL_MS;
    this.#now = options.now ?? Date.now;
  }

  secretJson(name: string): Promise<unknown> {
    const now = this.#now();
    const kept = this.#cache.get(name);
    if (kept && now - kept.at < this.#ttlMs) return kept.value;
    const value = this.#read(name);
    this.#cache.set(name, { at: now, value });
    value.catch(() => {
      if (this.#cache.get(name)?.value === value) this.#cache.delete(name);
    });
    return value;
  }

  async #read(name: string): Promise<unknown> {
    this.#made ??= this.#client();
    const client = await this.#made;
    const { GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
    const answer = await client.send(new GetSecretValueCommand({ SecretId: name }));
    if (answer.SecretString === undefined) throw new Error(`secret "${name}" holds no string`);
    return JSON.parse(answer.SecretString) as unknown;
  }
}
