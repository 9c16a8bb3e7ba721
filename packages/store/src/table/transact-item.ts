import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';

/** One entry of a `TransactWriteItems` request, as the DocumentClient takes it. */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
