import { describe, expect, it } from 'vitest';
import { itemsReadOf } from './dynamo-meter.js';

describe('itemsReadOf', () => {
  it.each([
    { name: 'a GetItem that found its item', output: { Item: { pk: 'a' } }, expected: 1 },
    { name: 'a GetItem that found none', output: { Item: undefined }, expected: 0 },
    {
      name: 'a Query, by the items it scanned',
      output: { Count: 3, ScannedCount: 5, Items: [] },
      expected: 5,
    },
    { name: 'a Query without ScannedCount', output: { Count: 4 }, expected: 4 },
    {
      name: 'a BatchGetItem, by its answers over all tables',
      output: { Responses: { t: [{}, {}], u: [{}] } },
      expected: 3,
    },
    {
      name: 'a TransactGetItems, by the answers with an item',
      output: { Responses: [{ Item: {} }, {}, { Item: {} }] },
      expected: 2,
    },
    { name: 'a write', output: { Attributes: { n: 1 } }, expected: 0 },
  ])('counts $name as $expected', ({ output, expected }) => {
    expect(itemsReadOf(output)).toBe(expected);
  });
});
