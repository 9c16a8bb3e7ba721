import { describe, expect, it } from 'vitest';
import { capChanges } from './cap-changes.js';
import type { ConfigChange } from './config-diff.js';

const fieldEdits: ConfigChange[] = [
  { op: 'replace', path: '/matters/a/name/zh' },
  { op: 'replace', path: '/matters/a/name/en' },
  { op: 'replace', path: '/matters/b/slotMinutes' },
  { op: 'add', path: '/matters/c' },
  { op: 'replace', path: '/tenant/name/zh' },
];

const bySection: ConfigChange[] = [
  { op: 'replace', path: '/matters' },
  { op: 'replace', path: '/tenant' },
];

describe('capChanges', () => {
  it('leaves a list within the cap as it is', () => {
    expect(capChanges(fieldEdits, 5)).toBe(fieldEdits);
  });

  it.each<{ max: number; expected: ConfigChange[] }>([
    {
      max: 4,
      expected: [
        { op: 'replace', path: '/matters/a/name' },
        { op: 'replace', path: '/matters/b/slotMinutes' },
        { op: 'add', path: '/matters/c' },
        { op: 'replace', path: '/tenant/name/zh' },
      ],
    },
    // Cutting at matter level still gives 4 entries, so 3 falls through to sections.
    { max: 3, expected: bySection },
    { max: 2, expected: bySection },
    { max: 1, expected: [{ op: 'replace', path: '' }] },
  ])('shortens paths level by level to fit $max', ({ max, expected }) => {
    expect(capChanges(fieldEdits, max)).toEqual(expected);
  });

  it('turns cut changes into one replace of their ancestor, even beside a change at that ancestor', () => {
    const removals: ConfigChange[] = [
      { op: 'remove', path: '/matters/a' },
      { op: 'remove', path: '/matters/b' },
      { op: 'remove', path: '/windows/c' },
    ];
    expect(capChanges(removals, 2)).toEqual([
      { op: 'replace', path: '/matters' },
      { op: 'replace', path: '/windows' },
    ]);
    expect(capChanges([...removals, { op: 'remove', path: '/windows' }], 3)).toEqual([
      { op: 'replace', path: '/matters' },
      { op: 'replace', path: '/windows' },
    ]);
  });
});
