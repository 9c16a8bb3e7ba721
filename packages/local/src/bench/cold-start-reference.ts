import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

/*
 * The cold-start bench's yardstick: the least a Lambda on this stack loads. A Hono app and a
 * DocumentClient made as the store makes its own, bundled with the same esbuild settings as
 * functions/api.ts. Never deployed.
 */
const client = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
  marshallOptions: { removeUndefinedValues: true },
});
const app = new Hono();
app.get('/healthz', (c) => c.json({ ok: true, client: client.config.apiVersion }));

export const handler = handle(app);
