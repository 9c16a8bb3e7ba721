import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { StoreFailureError } from './errors.js';

type Item = Record<string, unknown>;

/**
 * The one place a store sends a request to DynamoDB. An SDK error that `expected` turns into an
 * answer (a failed condition, a cancelled transaction) is that answer; any other leaves as
 * `StoreFailureError`, named by `operation`, with the SDK error as its `cause`.
 * @example await send('reading a booking', () => client.send(new GetCommand(params)))
 */
export async function send<T, E = never>(
  operation: string,
  request: () => Promise<T>,
  expected?: (error: unknown) => E | undefined,
): Promise<T | E> {
  try {
    return await request();
  } catch (error) {
    const answer = expected?.(error);
    if (answer !== undefined) return answer;
    throw new StoreFailureError(operation, { cause: error });
  }
}

/** The pages of a Query, one at a time, following `LastEvaluatedKey`: the caller may stop early. */
export async function* queryPages(
  client: DynamoDBDocumentClient,
  operation: string,
  paramsOf: (startKey: Item | undefined) => QueryCommandInput,
): AsyncGenerator<Item[]> {
  let startKey: Item | undefined;
  do {
    const page = await send(operation, () => client.send(new QueryCommand(paramsOf(startKey))));
    yield page.Items ?? [];
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}

/** Every item of a Query, all pages. */
export async function queryAll(
  client: DynamoDBDocumentClient,
  operation: string,
  paramsOf: (startKey: Item | undefined) => QueryCommandInput,
): Promise<Item[]> {
  const items: Item[] = [];
  for await (const page of queryPages(client, operation, paramsOf)) items.push(...page);
  return items;
}
