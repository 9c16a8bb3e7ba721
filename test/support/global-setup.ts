import { startDynamoLocal } from '@openhall/store/local';
import type { TestProject } from 'vitest/node';

/**
 * One in-memory DynamoDB Local for the whole integration run, on a free port so parallel runs on
 * one machine do not collide; each test file makes its own table (see fresh-table.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const local = await startDynamoLocal({ port: 0 });
  project.provide('dynamoEndpoint', local.endpoint);
  return () => local.stop();
}
