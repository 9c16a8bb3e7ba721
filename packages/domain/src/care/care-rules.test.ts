import { describe, expect, it } from 'vitest';
import { AlreadyRatedError, CareRuleError, CareTransitionError } from './care-errors.js';
import { CareSettingsSchema } from './care-settings.js';
import {
  answerComplaint,
  assignComplaint,
  closeComplaint,
  receiveComplaint,
  reopenComplaint,
} from './complaint.js';
import { closeFollowUp, followUpDueAt, openFollowUp, recordCallback, recordFix } from './follow-up.js';
import { overdueOf } from './overdue.js';
import { appealRating, decideAppeal, defaultRating, rateService } from './rating.js';
import { isBadRating, RATING_LEVELS } from './rating-level.js';
import { acceptVisit, completeVisit, requestVisit, VisitRequestSchema } from './visit.js';

const NOW = '2026-02-13T10:00:00+08:00';
const by = { now: NOW, by: 'boai-window' };
const service = {
  serviceRecordId: 'visit-K7QXM4RTD',
  departmentId: 'service-bureau',
  completedAt: '2026-02-13T09:00:00+08:00',
  handlerIds: ['a', 'b'],
};

function visit(kind: 'door-to-door' | 'out-of-hours' = 'door-to-door') {
  const input = VisitRequestSchema.parse({
    kind,
    applicant: { name: '李长青', phone: '13912345678' },
    reason: kind === 'door-to-door' ? 'elderly' : 'urgent',
    reasonText: '说明',
    address: '某地',
  });
  return requestVisit(input, {
    id: 'K7QXM4RTD',
    channel: 'web',
    departmentId: 'service-bureau',
    now: NOW,
    answerDueAt: NOW,
    by: 'citizen',
  });
}
const accept = {
  scheduledAt: '2026-02-14T10:00:00+08:00',
  place: '家中',
  notice: '身份证',
  staffIds: ['a', 'b'],
};
const known = new Set(['a', 'b']);

describe('the national rating levels', () => {
  it('has five levels, the last two 差评', () => {
    expect(RATING_LEVELS).toHaveLength(5);
    expect(RATING_LEVELS.filter(isBadRating)).toEqual(['dissatisfied', 'very-dissatisfied']);
  });
});

describe('care settings', () => {
  it('defaults every field, so older configurations stay valid', () => {
    expect(CareSettingsSchema.parse({})).toMatchObject({
      ratingWindowDays: 7,
      fixWorkingDays: 5,
      callbackWorkingDays: 1,
    });
    expect(
      CareSettingsSchema.parse({ complaintWorkingDays: { phone: 15 } }).complaintWorkingDays,
    ).toMatchObject({ phone: 15, web: 5 });
    expect(CareSettingsSchema.safeParse({ fixWorkingDays: 0 }).success).toBe(false);
  });
});

describe('visits', () => {
  it('needs two distinct staff at a home, all in the directory', () => {
    expect(() =>
      acceptVisit(
        visit(),
        { ...accept, staffIds: ['a', 'a'] },
        { ...by, knownStaff: known, outOfWorkingTime: false },
      ),
    ).toThrow(CareRuleError);
    expect(() =>
      acceptVisit(
        visit(),
        { ...accept, staffIds: ['a', 'x'] },
        { ...by, knownStaff: known, outOfWorkingTime: false },
      ),
    ).toThrow(/directory/);
    const ok = acceptVisit(visit(), accept, { ...by, knownStaff: known, outOfWorkingTime: false });
    expect(ok.acceptance?.staffIds).toEqual(['a', 'b']);
  });

  it('books an out-of-hours appointment only out of working time, and owes the time back', () => {
    expect(() =>
      acceptVisit(visit('out-of-hours'), accept, { ...by, knownStaff: known, outOfWorkingTime: false }),
    ).toThrow(/off-hours/);
    const accepted = acceptVisit(
      visit('out-of-hours'),
      { ...accept, staffIds: ['a'] },
      { ...by, knownStaff: known, outOfWorkingTime: true },
    );
    const done = completeVisit(accepted, { outcome: '办结', servedMinutes: 120 }, by);
    expect(done.completion?.timeOffInLieu).toEqual([{ staffId: 'a', minutes: 120 }]);
  });

  it('asks for a reason fitting the kind', () => {
    expect(
      VisitRequestSchema.safeParse({
        kind: 'out-of-hours',
        applicant: { name: '李长青', phone: '13912345678' },
        reason: 'elderly',
        reasonText: 'x',
        address: 'y',
      }).success,
    ).toBe(false);
  });

  it('completes only an accepted visit', () => {
    expect(() => completeVisit(visit(), { outcome: 'x', servedMinutes: 1 }, by)).toThrow(CareTransitionError);
  });
});

describe('ratings and follow-ups', () => {
  const facts = {
    now: new Date('2026-02-13T12:00:00+08:00'),
    nowIso: '2026-02-13T12:00:00+08:00',
    windowDays: 7,
    existing: undefined,
  };

  it('rates once, within the window, after completion', () => {
    const r = rateService(service, { level: 'dissatisfied', tags: [], channel: 'phone' }, facts);
    expect(r).toMatchObject({ bad: true, defaulted: false, status: 'valid' });
    expect(() =>
      rateService(service, { level: 'satisfied', tags: [], channel: 'phone' }, { ...facts, existing: r }),
    ).toThrow(AlreadyRatedError);
    expect(() =>
      rateService(
        service,
        { level: 'satisfied', tags: [], channel: 'phone' },
        { ...facts, now: new Date('2026-02-20T09:00:00+08:00') },
      ),
    ).toThrow(/within 7 days/);
    expect(() =>
      rateService(
        service,
        { level: 'satisfied', tags: [], channel: 'phone' },
        { ...facts, now: new Date('2026-02-13T08:00:00+08:00') },
      ),
    ).toThrow(/after it is completed/);
  });

  it('marks a default rating as such', () => {
    expect(defaultRating(service, 'satisfied', NOW)).toMatchObject({
      defaulted: true,
      channel: 'default',
      trail: [{ by: 'system' }],
    });
  });

  it('walks a follow-up call-back, fix, close in order, each deadline in turn', () => {
    const r = rateService(service, { level: 'very-dissatisfied', tags: [], channel: 'pad' }, facts);
    const f = openFollowUp(r, { now: NOW, callbackDueAt: 'C', fixDueAt: 'F' });
    expect(followUpDueAt(f)).toBe('C');
    expect(() => closeFollowUp(f, { result: 'x', toldVia: 'phone' }, by)).toThrow(CareTransitionError);
    const called = recordCallback(f, '已回访', by);
    expect(followUpDueAt(called)).toBe('F');
    const closed = closeFollowUp(recordFix(called, '已整改', by), { result: '已告知', toldVia: 'phone' }, by);
    expect(followUpDueAt(closed)).toBeUndefined();
    expect(() => closeFollowUp(closed, { result: 'again', toldVia: 'phone' }, by)).toThrow(
      CareTransitionError,
    );
  });

  it('keeps the appeal reasons and voids only on an upheld decision', () => {
    const r = rateService(service, { level: 'very-dissatisfied', tags: [], channel: 'pad' }, facts);
    const appealed = appealRating(r, '恶意', by);
    expect(() => appealRating(appealed, 'again', by)).toThrow(CareTransitionError);
    const rejected = decideAppeal(appealed, { uphold: false, reason: '不成立' }, by);
    expect(rejected).toMatchObject({
      status: 'valid',
      appeal: { status: 'rejected', reason: '恶意', decisionReason: '不成立' },
    });
    expect(decideAppeal(appealed, { uphold: true, reason: '成立' }, by).status).toBe('voided');
  });
});

describe('complaints', () => {
  const c = () =>
    receiveComplaint('phone', { text: '态度差' }, { id: 'X', now: NOW, dueAt: 'D', by: 'desk' });

  it('moves received → assigned → answered → closed → reopened, and no other way', () => {
    expect(() => answerComplaint(c(), { text: 'x', via: 'phone' }, by)).toThrow(CareTransitionError);
    const assigned = assignComplaint(c(), { departmentId: 'd', ownerStaffId: 'o' }, by);
    const answered = answerComplaint(assigned, { text: '已处理', via: 'sms' }, by);
    const closed = closeComplaint(answered, by);
    expect(closed.status).toBe('closed');
    const reopened = reopenComplaint(closed, '未解决', { ...by, dueAt: 'D2' });
    expect(reopened).toMatchObject({ status: 'reopened', dueAt: 'D2' });
    expect(reopened.closedAt).toBeUndefined();
    expect(reopened.trail.map((t) => t.action)).toEqual([
      'received',
      'assigned',
      'answered',
      'closed',
      'reopened',
    ]);
  });

  it('records who resolved a 办不成事 case', () => {
    const x = receiveComplaint(
      'cannot-get-done',
      { text: 't', couldNotDo: '变更' },
      { id: 'Y', now: NOW, dueAt: 'D', by: 'desk' },
    );
    const answered = answerComplaint(
      assignComplaint(x, { departmentId: 'd', ownerStaffId: 'o' }, by),
      { text: '办结', via: 'in-person' },
      by,
    );
    expect(answered.resolvedBy).toBe('boai-window');
  });
});

describe('overdueOf', () => {
  it('keeps what is past due, most overdue first', () => {
    const items = [
      { kind: 'complaint' as const, id: 'b', due: 'answer', dueAt: '2026-02-12T17:30:00+08:00' },
      { kind: 'visit' as const, id: 'a', due: 'answer', dueAt: '2026-02-11T17:30:00+08:00' },
      { kind: 'case' as const, id: 'c', due: 'done', dueAt: '2026-02-14T17:30:00+08:00' },
    ];
    expect(overdueOf(items, new Date(NOW)).map((i) => i.id)).toEqual(['a', 'b']);
  });
});
