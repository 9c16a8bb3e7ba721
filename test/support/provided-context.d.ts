import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the DynamoDB Local that global-setup.ts started for this run. */
    dynamoEndpoint: string;
  }
}
