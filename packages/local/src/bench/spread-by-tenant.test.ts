import { describe, expect, it } from 'vitest';
import { spreadByTenant } from './spread-by-tenant.js';

const q = (tenantId: string, date: string) => ({ tenantId, date });

describe('spreadByTenant', () => {
  it('gives every tenant the same share, repeating the items of a tenant that has few', () => {
    const items = [q('boai', 'd1'), q('boai', 'd2'), q('boai', 'd3'), q('zibo', 'd1')];
    expect(spreadByTenant(items, 6)).toEqual([
      q('boai', 'd1'),
      q('zibo', 'd1'),
      q('boai', 'd2'),
      q('zibo', 'd1'),
      q('boai', 'd3'),
      q('zibo', 'd1'),
    ]);
  });

  it.each([
    { items: [], n: 5, length: 0 },
    { items: [q('boai', 'd1')], n: 0, length: 0 },
    { items: [q('boai', 'd1'), q('zibo', 'd1')], n: 3, length: 3 },
  ])('answers $length items for $n wanted from $items.length', ({ items, n, length }) => {
    expect(spreadByTenant(items, n)).toHaveLength(length);
  });
});
