import { describe, expect, it } from 'vitest';
import { MatterSchema } from '../tenant/matter.js';
import { CommitmentInputSchema, signCommitment } from './commitment.js';

const now = new Date('2026-02-13T02:00:00Z'); // 10:00 in Shanghai
const matter = { id: 'food-licence', commitmentBased: true };
const input = (over: Record<string, unknown> = {}) =>
  CommitmentInputSchema.parse({ statement: '本人承诺符合条件', ...over });

describe('承诺办理: signing a commitment at acceptance', () => {
  it('keeps what was committed, the missing materials and their date, who signed, when and who recorded it', () => {
    expect(
      signCommitment(matter, input({ missingMaterials: ['场所证明'], promisedBy: '2026-02-13' }), {
        now,
        by: 'boai-d01-a',
      }),
    ).toEqual({
      matterId: 'food-licence',
      statement: '本人承诺符合条件',
      missingMaterials: ['场所证明'],
      promisedBy: '2026-02-13',
      signedBy: 'applicant',
      signedAt: '2026-02-13T10:00:00+08:00',
      recordedBy: 'boai-d01-a',
    });
  });

  it('refuses a matter the tenant does not mark commitment-based, and an unknown matter', () => {
    for (const m of [{ ...matter, commitmentBased: false }, undefined]) {
      expect(() => signCommitment(m, input(), { now, by: 's' })).toThrow(
        expect.objectContaining({ code: 'matter_not_commitment_based' }),
      );
    }
  });

  it('needs a date for missing materials, not before today in Shanghai', () => {
    expect(() => signCommitment(matter, input({ missingMaterials: ['x'] }), { now, by: 's' })).toThrow(
      expect.objectContaining({ code: 'commitment_promise_date_required' }),
    );
    expect(() =>
      signCommitment(matter, input({ missingMaterials: ['x'], promisedBy: '2026-02-12' }), { now, by: 's' }),
    ).toThrow(expect.objectContaining({ code: 'commitment_promise_date_past' }));
    // Nothing missing: no date needed.
    expect(signCommitment(matter, input(), { now, by: 's' })).not.toHaveProperty('promisedBy');
  });

  it('refuses a blank statement and more than 50 materials', () => {
    expect(CommitmentInputSchema.safeParse({ statement: '  ' }).success).toBe(false);
    const many = Array.from({ length: 51 }, (_, i) => `m${i}`);
    expect(CommitmentInputSchema.safeParse({ statement: 'ok', missingMaterials: many }).success).toBe(false);
  });

  it('a matter stored before the flag existed parses as not commitment-based', () => {
    const stored = {
      id: 'm1',
      name: { zh: '事项', en: 'Matter' },
      category: '税务',
      departmentId: 'tax',
      windowIds: ['w1'],
      waysServed: ['on-site'],
      instant: false,
      availability: { workday: 'open', restday: 'not-offered', holiday: 'not-offered' },
      promisedDays: null,
      acceptanceMinutes: 15,
      materials: [],
      slotMinutes: 15,
    };
    expect(MatterSchema.parse(stored).commitmentBased).toBe(false);
  });
});
