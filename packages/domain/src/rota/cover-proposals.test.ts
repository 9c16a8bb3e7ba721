import { describe, expect, it } from 'vitest';
import { coverProposals } from './cover-proposals.js';
import { at, chengdeLike, staff } from './rota-test-fixtures.js';

describe('coverProposals', () => {
  it('proposes the B holder when A is away from their window', () => {
    const rota = {
      assignments: [at('tax-a', 'tax')],
      absences: [{ staffId: 'tax-a', from: '14:00', to: '16:00' }],
    };
    expect(coverProposals(rota, chengdeLike.abRoles, staff)).toEqual([
      { windowId: 'tax', absentStaffId: 'tax-a', from: '14:00', to: '16:00', candidates: ['tax-b'] },
    ]);
  });

  it('proposes nobody (a vacancy risk) when B is away or busy too', () => {
    const rota = {
      assignments: [
        at('tax-a', 'tax'),
        { staffId: 'tax-b', duty: 'door-to-door' as const, visit: 'v', from: '15:00', to: '16:00' },
      ],
      absences: [{ staffId: 'tax-a', from: '14:00', to: '16:00' }],
    };
    expect(coverProposals(rota, chengdeLike.abRoles, staff)[0]?.candidates).toEqual([]);
  });
});
