import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URLs of the DynamoDB Locals that global-setup.ts started for this run, one per test worker. */
    dynamoEndpoints: string[];
  }
}
