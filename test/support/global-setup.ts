import { startDynamoLocal } from '@openhall/store/local';
import type { TestProject } from 'vitest/node';

/**
 * One in-memory DynamoDB Local for the whole integration run, on a free port so parallel runs on
 * one machine do not collide; each test file makes its own table (see fresh-table.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Java starts slowly on a loaded machine (several test runs at once): give it two minutes.
  const local = await startDynamoLocal({ port: 0, startTimeoutMs: 120_000 });
  project.provide('dynamoEndpoint', local.endpoint);
  return () => local.stop();
}
