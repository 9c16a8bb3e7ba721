import { describe, expect, it } from 'vitest';
import { ziboConfig } from '../booking/test-fixtures.js';
import { TenantConfigSchema } from '../tenant/tenant-config.js';
import { queueOfHall } from './queue-of-hall.js';

describe('queueOfHall', () => {
  it('derives one category per department with serving windows in the hall, A, B, C …', () => {
    const config = ziboConfig;
    const hallId = config.halls[0]!.id;
    const queue = queueOfHall(config, hallId);
    const departments = new Set(
      config.windows
        .filter((w) => w.hallId === hallId && w.kind !== 'consultation')
        .map((w) => w.departmentId),
    );
    expect(queue.categories.map((c) => c.id).sort()).toEqual([...departments].sort());
    expect(queue.categories.map((c) => c.prefix)).toEqual(
      ['A', 'B', 'C', 'D', 'E'].slice(0, departments.size),
    );
    for (const c of queue.categories) {
      for (const w of c.windowIds) expect(config.windows.find((x) => x.id === w)?.departmentId).toBe(c.id);
    }
    expect(queue.rules).toMatchObject({
      maxCalls: 3,
      appointmentCallableMinutesBefore: 2,
      recallCooldownMinutes: 5,
    });
  });

  it('uses the hall’s own categories, and the configuration refuses one naming a window not in the hall', () => {
    const config = ziboConfig;
    const hall = config.halls[0]!;
    const own = {
      categories: [
        { id: 'all', prefix: 'Z', name: { zh: '综合', en: 'All' }, windowIds: ['nowhere'], matterIds: [] },
      ],
      rules: queueOfHall(config, hall.id).rules,
    };
    const edited = { ...config, halls: [{ ...hall, queue: own }, ...config.halls.slice(1)] };
    expect(queueOfHall(edited, hall.id).categories[0]?.prefix).toBe('Z');
    const parsed = TenantConfigSchema.safeParse(edited);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['halls', 0, 'queue', 'categories', 0, 'windowIds', 0]);
  });
});
