import { describe, expect, it } from 'vitest';
import { peopleAtWindow } from './people-at.js';
import { at } from './rota-test-fixtures.js';

const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

describe('peopleAtWindow', () => {
  const rota = {
    assignments: [
      at('a', 'w', '09:00', '12:00'),
      at('b', 'w', '10:00', '17:00'),
      at('c', 'x', '09:00', '17:00'),
    ],
    absences: [{ staffId: 'b', from: '15:00', to: '15:30' }],
  };

  it.each([
    ['09:00', '10:00', 1],
    ['10:00', '12:00', 2],
    ['11:55', '12:05', 1],
    ['14:00', '15:00', 1],
    ['15:00', '15:30', 0],
    ['14:55', '15:05', 0],
    ['17:00', '18:00', 0],
  ])('counts the fewest present at window w over %s-%s as %i', (from, to, n) => {
    expect(peopleAtWindow(rota, 'w', m(from), m(to))).toBe(n);
  });

  it('counts one person rostered twice at a window once', () => {
    expect(
      peopleAtWindow(
        { assignments: [at('a', 'w'), at('a', 'w')], absences: [] },
        'w',
        m('10:00'),
        m('11:00'),
      ),
    ).toBe(1);
  });
});
