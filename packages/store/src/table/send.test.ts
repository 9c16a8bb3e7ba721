import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createDocumentClient } from './dynamo-client.js';
import { StoreFailureError } from './errors.js';
import { queryAll, queryPages, send } from './send.js';

const ddb = mockClient(DynamoDBDocumentClient);
afterEach(() => ddb.reset());

const client = () => createDocumentClient({ region: 'cn-north-1' });

describe('send', () => {
  it('answers what the request answers', async () => {
    await expect(send('reading', async () => 7)).resolves.toBe(7);
  });

  it('turns an SDK error into StoreFailureError naming the operation, with the cause', async () => {
    const sdkError = Object.assign(new Error('down'), { name: 'ThrottlingException' });
    const attempt = send('reading a booking', () => Promise.reject(sdkError));
    await expect(attempt).rejects.toBeInstanceOf(StoreFailureError);
    await expect(attempt).rejects.toMatchObject({
      message: 'reading a booking failed: ThrottlingException',
      cause: sdkError,
    });
  });

  it('answers an expected error with what `expected` makes of it, and fails on the others', async () => {
    const expected = (error: unknown) =>
      (error as Error).name === 'ConditionalCheckFailedException' ? 'refused' : undefined;
    const condition = Object.assign(new Error('no'), { name: 'ConditionalCheckFailedException' });
    await expect(send('counting', () => Promise.reject(condition), expected)).resolves.toBe('refused');
    await expect(send('counting', () => Promise.reject(new Error('boom')), expected)).rejects.toBeInstanceOf(
      StoreFailureError,
    );
  });
});

describe('queryPages and queryAll', () => {
  it('follow LastEvaluatedKey through every page', async () => {
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [{ n: 1 }], LastEvaluatedKey: { pk: 'a' } })
      .resolvesOnce({ Items: [{ n: 2 }], LastEvaluatedKey: { pk: 'b' } })
      .resolvesOnce({ Items: [{ n: 3 }] });

    const items = await queryAll(client(), 'listing', (startKey) => ({
      TableName: 't',
      ExclusiveStartKey: startKey,
    }));

    expect(items).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input.ExclusiveStartKey)).toEqual([
      undefined,
      { pk: 'a' },
      { pk: 'b' },
    ]);
  });

  it('read no further page once the caller stops', async () => {
    ddb.on(QueryCommand).resolves({ Items: [{ n: 1 }], LastEvaluatedKey: { pk: 'more' } });

    for await (const page of queryPages(client(), 'listing', () => ({ TableName: 't' }))) {
      expect(page).toEqual([{ n: 1 }]);
      break;
    }

    expect(ddb.commandCalls(QueryCommand)).toHaveLength(1);
  });
});
