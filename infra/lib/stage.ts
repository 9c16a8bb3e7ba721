import type { Construct } from 'constructs';

/** Deployment stage names become part of stack names, so they stay short and lower-case. */
const STAGE_PATTERN = /^[a-z][a-z0-9-]{0,15}$/;

/** Reads `-c stage=<name>`, defaulting to `dev`; rejects names CloudFormation or we would trip on. */
export function stageFromContext(scope: Construct): string {
  const raw: unknown = scope.node.tryGetContext('stage') ?? 'dev';
  if (typeof raw !== 'string' || !STAGE_PATTERN.test(raw)) {
    throw new Error(`Context "stage" must match ${STAGE_PATTERN}, got ${JSON.stringify(raw)}`);
  }
  return raw;
}

/** Production keeps data-adjacent resources and longer logs; every other stage is disposable. */
export function isProduction(stage: string): boolean {
  return stage === 'prod';
}
