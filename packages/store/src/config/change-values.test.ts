import { describe, expect, it } from 'vitest';
import { MAX_VALUE_CHARS, valueAt, withValues } from './change-values.js';
import { diffConfig } from './config-diff.js';

const before = {
  halls: [
    { id: 'a/b', name: '东厅', sessions: [{ from: '09:00', to: '12:00' }] },
    { id: 'west', name: '西厅', sessions: [] },
  ],
  tags: ['x', 'y'],
  note: 'old',
};
const after = {
  halls: [
    { id: 'a/b', name: '东厅', sessions: [{ from: '09:00', to: '16:00' }] },
    { id: 'north', name: '北厅', sessions: [] },
  ],
  tags: ['x', 'y'],
  note: 'new',
};

describe('valueAt', () => {
  it('follows keys, ids (escaped as in the diff) and indexes', () => {
    expect(valueAt(before, '/halls/a~1b/sessions/0/to')).toBe('12:00');
    expect(valueAt(before, '/tags/1')).toBe('y');
    expect(valueAt(before, '/halls/nowhere')).toBeUndefined();
    expect(valueAt(before, '')).toBe(before);
  });
});

describe('withValues', () => {
  it('records the old and new value of every changed path', () => {
    expect(withValues(diffConfig(before, after), before, after)).toEqual([
      {
        op: 'replace',
        path: '/halls/a~1b/sessions',
        oldValue: [{ from: '09:00', to: '12:00' }],
        newValue: [{ from: '09:00', to: '16:00' }],
      },
      { op: 'remove', path: '/halls/west', oldValue: before.halls[1] },
      { op: 'add', path: '/halls/north', newValue: after.halls[1] },
      { op: 'replace', path: '/note', oldValue: 'old', newValue: 'new' },
    ]);
  });

  it('keeps the start of a long value, marked truncated', () => {
    const long = { note: '长'.repeat(1_000) };
    const [change] = withValues([{ op: 'replace', path: '/note' }], { note: 'short' }, long);

    expect(change!.oldValue).toBe('short');
    expect(change!.truncated).toBe(true);
    expect(change!.newValue).toBe(`${JSON.stringify(long.note).slice(0, MAX_VALUE_CHARS - 1)}…`);
  });

  it('keeps only the paths once the budget of the entry is spent', () => {
    const changes = withValues(diffConfig(before, after), before, after, 70);

    expect(changes.map((c) => c.path)).toEqual(diffConfig(before, after).map((c) => c.path));
    expect(changes[0]).toHaveProperty('newValue');
    expect(changes.at(-1)).toEqual({ op: 'replace', path: '/note' });
  });
});
