import type { ProviderSmsGatewayOptions } from '@openhall/notify';
import type { SmsGateway } from '@openhall/services';

/**
 * The provider gateway, loaded by the first SMS: the adapters, their schemas and the Secrets Manager
 * client are a chunk of their own that a cold start serving no SMS never reads. A failed load is
 * tried again by the next send rather than remembered.
 */
export function lazySmsGateway(options: Pick<ProviderSmsGatewayOptions, 'endpoints'> = {}): SmsGateway {
  let loaded: Promise<SmsGateway> | undefined;
  return {
    async send(provider, sms) {
      loaded ??= import('@openhall/notify')
        .then(({ ProviderSmsGateway, SecretsManagerSecrets }) => {
          return new ProviderSmsGateway({ secrets: new SecretsManagerSecrets(), ...options });
        })
        .catch((error: unknown) => {
          loaded = undefined;
          throw error;
        });
      return (await loaded).send(provider, sms);
    },
  };
}
