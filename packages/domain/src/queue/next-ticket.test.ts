import { describe, expect, it } from 'vitest';
import { toShanghaiIso } from '../shared/shanghai-time.js';
import { HallQueueRulesSchema } from './hall-queue.js';
import { callOrder, nextTicket } from './next-ticket.js';
import type { Ticket } from './ticket.js';

const rules = HallQueueRulesSchema.parse({});
const at = (hm: string) => `2026-12-01T${hm}:00+08:00`;
const now = new Date(at('10:00'));

function ticket(number: string, over: Partial<Ticket> = {}): Ticket {
  return {
    code: `T${number.padStart(8, '2')}`.slice(0, 9).replace(/[^2-9A-Y]/g, '2'),
    tenantId: 't',
    hallId: 'h',
    date: '2026-12-01',
    categoryId: 'c',
    number,
    kind: 'walk-in',
    priority: false,
    status: 'queued',
    windowIds: ['w1'],
    arrivedAt: at('09:00'),
    calls: 0,
    handlers: [],
    record: {},
    history: [],
    ...over,
  };
}

describe('nextTicket', () => {
  it('calls walk-ins by arrival', () => {
    const q = [ticket('A002', { arrivedAt: at('09:05') }), ticket('A001', { arrivedAt: at('09:01') })];
    expect(nextTicket(q, 'w1', rules, now)?.number).toBe('A001');
  });

  it('calls priority tickets first under strict priority', () => {
    const q = [
      ticket('A001', { arrivedAt: at('09:01') }),
      ticket('A002', { arrivedAt: at('09:30'), priority: true }),
    ];
    expect(nextTicket(q, 'w1', rules, now)?.number).toBe('A002');
  });

  it('skips tickets of other windows and tickets not queued', () => {
    const q = [ticket('A001', { windowIds: ['w2'] }), ticket('A002', { status: 'called' }), ticket('A003')];
    expect(nextTicket(q, 'w1', rules, now)?.number).toBe('A003');
    expect(nextTicket([ticket('A001', { status: 'finished' })], 'w1', rules, now)).toBeUndefined();
  });

  it('puts an appointment ahead of walk-ins who arrived after its time, behind those before', () => {
    const q = [
      ticket('A001', { arrivedAt: at('09:40') }),
      ticket('A002', { arrivedAt: at('09:52') }),
      ticket('A003', { kind: 'appointment', appointmentAt: at('09:50'), arrivedAt: at('09:55') }),
    ];
    expect(callOrder(q, 'w1', rules, now).map((t) => t.number)).toEqual(['A001', 'A003', 'A002']);
  });

  it('makes an appointment callable only a few minutes before its time', () => {
    const q = [ticket('A001', { kind: 'appointment', appointmentAt: at('10:03'), arrivedAt: at('09:30') })];
    expect(nextTicket(q, 'w1', rules, now)).toBeUndefined();
    expect(nextTicket(q, 'w1', rules, new Date(at('10:01')))?.number).toBe('A001');
  });

  it('does not call a requeued ticket again within the cool-down', () => {
    const q = [ticket('A001', { requeuedAt: at('09:58') }), ticket('A002', { arrivedAt: at('09:59') })];
    expect(nextTicket(q, 'w1', rules, now)?.number).toBe('A002');
    expect(nextTicket(q, 'w1', rules, new Date(at('10:04')))?.number).toBe('A001');
  });

  it.each([
    [{ priority: 2, normal: 1 }, 'PPNPPN'],
    [{ priority: 1, normal: 2 }, 'PNNPNN'],
    [{ priority: 2, normal: 2 }, 'PPNNPP'],
  ])('keeps the ratio %o while both kinds wait', (ratio, expected) => {
    const r = { ...rules, priorityRatio: ratio };
    const q: Ticket[] = [];
    for (let i = 0; i < 6; i++) {
      q.push(ticket(`P${String(i).padStart(3, '0')}`, { priority: true, arrivedAt: at(`09:1${i}`) }));
      q.push(ticket(`N${String(i).padStart(3, '0')}`, { arrivedAt: at(`09:0${i}`) }));
    }
    let seen = '';
    for (let i = 0; i < 6; i++) {
      const when = new Date(now.getTime() + i * 60_000);
      const next = nextTicket(q, 'w1', r, when)!;
      seen += next.priority ? 'P' : 'N';
      const k = q.indexOf(next);
      q[k] = { ...next, status: 'called', record: { calledAt: toShanghaiIso(when) } };
    }
    expect(seen).toBe(expected);
  });

  it.each([
    [{ priority: 2, normal: 1 }, 'PPNPPN'],
    [{ priority: 1, normal: 2 }, 'PNNPNN'],
    [{ priority: 2, normal: 2 }, 'PPNNPP'],
  ])(
    'keeps the ratio %o from the first-call log when served tickets leave the open queue',
    (ratio, expected) => {
      const r = { ...rules, priorityRatio: ratio };
      let open: Ticket[] = [];
      for (let i = 0; i < 6; i++) {
        open.push(ticket(`P${String(i).padStart(3, '0')}`, { priority: true, arrivedAt: at(`09:1${i}`) }));
        open.push(ticket(`N${String(i).padStart(3, '0')}`, { arrivedAt: at(`09:0${i}`) }));
      }
      // The store's log: every first call, newest first, cut to the ratio's window as its Query is.
      const log: { calledAt: string; number: string; priority: boolean }[] = [];
      let seen = '';
      for (let i = 0; i < 6; i++) {
        const when = new Date(now.getTime() + i * 60_000);
        const recent = log.slice(0, ratio.priority + ratio.normal - 1);
        const next = nextTicket(open, 'w1', r, when, recent)!;
        seen += next.priority ? 'P' : 'N';
        // Served at once: it is no longer open, only its first call remains.
        open = open.filter((t) => t.number !== next.number);
        log.unshift({ calledAt: toShanghaiIso(when), number: next.number, priority: next.priority });
      }
      expect(seen).toBe(expected);
    },
  );
});
