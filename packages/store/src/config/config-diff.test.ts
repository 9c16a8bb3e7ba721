import { describe, expect, it } from 'vitest';
import { tenantConfigFixture } from '../testing/tenant-config-fixture.js';
import { type ConfigChange, diffConfig } from './config-diff.js';

const base = tenantConfigFixture('zibo');

function edit(change: (c: typeof base) => void): typeof base {
  const next = structuredClone(base);
  change(next);
  return next;
}

describe('diffConfig', () => {
  it.each<{ case: string; after: typeof base; changes: ConfigChange[] }>([
    { case: 'nothing changed', after: structuredClone(base), changes: [] },
    {
      case: 'hours of one kind of day (a list without ids is replaced whole)',
      after: edit((c) => {
        c.halls[0]!.openingPolicy.restday.sessions = [{ from: '09:00', to: '15:00' }];
      }),
      changes: [{ op: 'replace', path: '/halls/city-center/openingPolicy/restday/sessions' }],
    },
    {
      case: 'a nested text',
      after: edit((c) => {
        c.tenant.name.zh = '新示例区';
      }),
      changes: [{ op: 'replace', path: '/tenant/name/zh' }],
    },
    {
      case: 'a matter added',
      after: edit((c) => {
        c.matters.push({ ...c.matters[0]!, id: 'invoice-issuing' });
      }),
      changes: [{ op: 'add', path: '/matters/invoice-issuing' }],
    },
    {
      case: 'a matter removed',
      after: edit((c) => {
        c.matters = [];
      }),
      changes: [{ op: 'remove', path: '/matters/company-registration' }],
    },
    {
      case: 'an optional field set and another cleared',
      after: edit((c) => {
        c.halls[0]!.phone = '0533-2512345';
        delete c.bookingPolicy.deskPhone.phone;
      }),
      changes: [
        { op: 'add', path: '/halls/city-center/phone' },
        { op: 'remove', path: '/bookingPolicy/deskPhone/phone' },
      ],
    },
    {
      case: 'a list of plain values',
      after: edit((c) => {
        c.matters[0]!.windowIds = ['b02', 'b11'];
      }),
      changes: [{ op: 'replace', path: '/matters/company-registration/windowIds' }],
    },
  ])('$case', ({ after, changes }) => {
    expect(diffConfig(base, after)).toEqual(changes);
  });

  it('keys lists of objects by id, so an insert at the front does not touch the others', () => {
    const a = { items: [{ id: 'a', n: 1 }] };
    const b = {
      items: [
        { id: 'new', n: 0 },
        { id: 'a', n: 1 },
      ],
    };
    expect(diffConfig(a, b)).toEqual([{ op: 'add', path: '/items/new' }]);
  });

  it('reports a reordering of the same ids as a replace of the list', () => {
    const a = { items: [{ id: 'a' }, { id: 'b' }] };
    const b = { items: [{ id: 'b' }, { id: 'a' }] };
    expect(diffConfig(a, b)).toEqual([{ op: 'replace', path: '/items' }]);
  });

  it('falls back to replacing a list whose ids repeat', () => {
    expect(diffConfig({ l: [{ id: 'a' }, { id: 'a' }] }, { l: [{ id: 'a' }] })).toEqual([
      { op: 'replace', path: '/l' },
    ]);
  });

  it('escapes "/" and "~" in keys as JSON Pointer does', () => {
    expect(diffConfig({ 'a/b': 1, 'c~d': 1 }, { 'a/b': 2, 'c~d': 2 })).toEqual([
      { op: 'replace', path: '/a~1b' },
      { op: 'replace', path: '/c~0d' },
    ]);
  });

  it('reports a creation as one add of the root', () => {
    expect(diffConfig(undefined, base)).toEqual([{ op: 'add', path: '' }]);
  });

  it('reports a change of type as a replace', () => {
    expect(diffConfig({ a: [1] }, { a: { 0: 1 } })).toEqual([{ op: 'replace', path: '/a' }]);
    expect(diffConfig({ a: null }, { a: 0 })).toEqual([{ op: 'replace', path: '/a' }]);
  });
});
