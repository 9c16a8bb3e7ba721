import { seedConfigs } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { dateOfEpochDay, epochDayOf } from '../calendar/date-math.js';
import { dayKindOf } from '../calendar/day-kind-of.js';
import type { RosteredPlaces } from '../rota/people-at.js';
import { type LocalDate, minutesOf, timeOf } from '../shared/primitives.js';
import { shanghaiDateOf, shanghaiIsoAt } from '../shared/shanghai-time.js';
import { policyKindOf } from '../tenant/day-kind.js';
import type { Matter } from '../tenant/matter.js';
import type { TenantConfig } from '../tenant/tenant-config.js';
import { type AvailabilityInput, type AvailableSlot, availabilityOf } from './availability-of.js';
import { BOOKING_RULES, checkBeforeCalendar } from './booking-rules.js';
import type { BookingChannel } from './booking-schemas.js';
import { RULE_OK, type RuleResult } from './rule-result.js';
import { calendarDayOf } from './slot-plan.js';
import { slotTimes } from './slots.js';
import { type PlacesTaken, slotCapacity } from './window-places.js';

/*
 * availabilityOf answers the rules that do not depend on the slot once per day, counts the places of
 * windows with nothing taken once per day, and asks each slot only its own rules. Here every slot is
 * worked out the straightforward way instead (every rule asked afresh, every window and bucket
 * counted), and the two must agree slot for slot, reason for reason.
 */

/** Every rule of one slot asked afresh, in order, nothing kept from another slot. */
function rulesAfresh(input: AvailabilityInput, slotStart: string): RuleResult {
  const { config, matter, hallId, date, now, channel } = input;
  const early = checkBeforeCalendar(config, { matterId: matter.id, hallId, date, now });
  if (early) return early;
  const day = calendarDayOf(config, hallId, date);
  const intervals = day.halls.find((h) => h.hallId === hallId)?.intervals ?? [];
  const time = slotStart.slice(11, 16);
  const context = {
    config,
    day,
    matterId: matter.id,
    hallId,
    slotStart,
    now,
    nowDayKind: dayKindOf(config, shanghaiDateOf(now), hallId),
    channel,
    matter,
    hall: config.halls.find((h) => h.id === hallId)!,
    policy: config.bookingPolicy,
    slot: { date, time, instant: Date.parse(slotStart) },
    today: shanghaiDateOf(now),
    hallDay: { intervals, slotStarts: new Set(slotTimes(intervals, matter.slotMinutes).map((t) => t.from)) },
  };
  for (const rule of BOOKING_RULES) {
    const failure = rule(context);
    if (failure) return failure;
  }
  return RULE_OK;
}

/** The slots and the reason for none, each slot on its own: what availabilityOf must equal. */
function availabilityPerSlot(input: AvailabilityInput): {
  slots: AvailableSlot[];
  unavailable?: { code: string; message: string };
} {
  const { config, matter, hallId, date, now, channel } = input;
  const policy = config.bookingPolicy;
  const today = epochDayOf(shanghaiDateOf(now));
  const asked = epochDayOf(date);
  if (asked < today || asked > today + policy.horizonDays) {
    const failure = rulesAfresh(input, shanghaiIsoAt(date, '00:00'));
    return {
      slots: [],
      ...(failure.ok ? {} : { unavailable: { code: failure.code, message: failure.message } }),
    };
  }
  const day = calendarDayOf(config, hallId, date);
  const intervals = day.halls.find((h) => h.hallId === hallId)?.intervals ?? [];
  const windows = config.windows.filter(
    (w) => w.hallId === hallId && matter.windowIds.includes(w.id) && !w.retired,
  );
  const offered = matter.availability[policyKindOf(day.kind)] !== 'not-offered';
  const slots: AvailableSlot[] = [];
  const times = slotTimes(intervals, matter.slotMinutes);
  for (const { from, to } of offered && windows.length > 0 && day.halls.some((h) => h.hallId === hallId)
    ? times
    : []) {
    const start = shanghaiIsoAt(date, from);
    const end = shanghaiIsoAt(date, to);
    if (Date.parse(start) - now.getTime() < policy.leadTimeMinutes * 60_000) continue;
    if (!rulesAfresh(input, start).ok) continue;
    let capacity = 0;
    let remaining = 0;
    for (const w of windows) {
      const people = input.rostered
        ? input.rostered.placesAt(w.id, minutesOf(from), minutesOf(to))
        : w.staffCount;
      const limit = slotCapacity(people, policy.deskPhoneHoldbackPercent, channel);
      capacity += limit;
      let room = limit;
      for (let t = minutesOf(from) - (minutesOf(from) % 5); t < minutesOf(to); t += 5) {
        room = Math.min(room, limit - (input.taken.get(w.id)?.get(timeOf(t)) ?? 0));
      }
      remaining += Math.max(0, room);
    }
    const t = minutesOf(from);
    const mode = intervals.find((i) => minutesOf(i.from) <= t && t < minutesOf(i.to))?.mode ?? 'walk-in';
    slots.push({ start, end, capacity, remaining, mode });
  }
  if (slots.length > 0) return { slots };
  const last = times.at(-1)?.from ?? '00:00';
  const failure = rulesAfresh(input, shanghaiIsoAt(date, last));
  return { slots, ...(failure.ok ? {} : { unavailable: { code: failure.code, message: failure.message } }) };
}

/** A small deterministic generator, so a failure names the case it failed on. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Places taken on some windows of the matter at some buckets, some beyond the window's people. */
function someTaken(config: TenantConfig, matter: Matter, next: () => number): PlacesTaken {
  const taken = new Map<string, Map<string, number>>();
  for (const windowId of matter.windowIds) {
    if (next() < 0.4) continue;
    const counts = new Map<string, number>();
    for (let t = 8 * 60; t < 18 * 60; t += 5) {
      if (next() < 0.2) counts.set(timeOf(t), Math.floor(next() * 4));
    }
    taken.set(windowId, counts);
  }
  // A window of another matter with places taken: it must not count.
  const other = config.windows.find((w) => !matter.windowIds.includes(w.id));
  if (other) taken.set(other.id, new Map([['10:00', 5]]));
  return taken;
}

/** A rota that puts 0 to 3 people at each window, changing over the day. */
const someRota: RosteredPlaces = {
  placesAt: (windowId, from, to) => (windowId.length * 7 + Math.floor(from / 90) + (to % 3)) % 4,
};

// Nows around holidays and make-up days (调休), the Spring Festival with its appointment-only 除夕
// (a lunar date), a Saturday, and evenings after the desk closed; each looks 31 days ahead.
const NOWS = [
  '2026-02-10T10:00:00+08:00',
  '2026-02-16T08:00:00+08:00',
  '2026-04-30T18:30:00+08:00',
  '2026-09-26T09:30:00+08:00',
  '2026-12-30T10:00:00+08:00',
  '2027-01-23T11:15:00+08:00',
];
const CHANNELS: BookingChannel[] = ['online', 'desk', 'phone'];

describe('availabilityOf with the day worked out once', () => {
  it('gives exactly the slots, places and reasons of asking every rule and window for every slot', () => {
    const next = random(20261130);
    const seen = { slots: 0, kinds: new Set<string>(), codes: new Set<string>(), modes: new Set<string>() };
    for (const config of seedConfigs) {
      const matters = config.matters.filter((m) => m.windowIds.length > 0).slice(0, 2);
      for (const matter of matters) {
        const halls = config.halls.filter((h) =>
          config.windows.some((w) => w.hallId === h.id && matter.windowIds.includes(w.id)),
        );
        for (const hall of halls.slice(0, 1)) {
          for (const nowIso of NOWS) {
            const now = new Date(nowIso);
            for (const channel of CHANNELS) {
              const today = epochDayOf(shanghaiDateOf(now));
              for (let d = -1; d <= config.bookingPolicy.horizonDays + 1; d++) {
                const date = dateOfEpochDay(today + d) as LocalDate;
                const taken: PlacesTaken = d % 2 === 0 ? new Map() : someTaken(config, matter, next);
                const input: AvailabilityInput = {
                  config,
                  matter,
                  hallId: hall.id,
                  date,
                  now,
                  channel,
                  taken,
                  ...(d % 5 === 3 ? { rostered: someRota } : {}),
                };
                const view = availabilityOf(input);
                const expected = availabilityPerSlot(input);
                expect(
                  { slots: view.slots, unavailable: view.unavailable },
                  `${config.tenant.id} ${matter.id} ${hall.id} ${date} ${nowIso} ${channel}`,
                ).toEqual({
                  slots: expected.slots,
                  unavailable: expected.unavailable,
                });
                seen.slots += view.slots.length;
                if (view.dayKind) seen.kinds.add(view.dayKind);
                if (view.unavailable) seen.codes.add(view.unavailable.code);
                for (const s of view.slots) seen.modes.add(s.mode);
              }
            }
          }
        }
      }
    }
    // The comparison reached what it is about: many slots, holidays, make-up and rest days, both
    // modes, and days refused for the day's own reasons.
    expect(seen.slots).toBeGreaterThan(10_000);
    expect([...seen.kinds]).toEqual(expect.arrayContaining(['workday', 'holiday', 'makeup-workday']));
    expect([...seen.modes].sort()).toEqual(['appointment-only', 'walk-in']);
    expect([...seen.codes]).toEqual(
      expect.arrayContaining([
        'in_past',
        'beyond_horizon',
        'desk_phone_closed',
        'holiday_booking_window_closed',
      ]),
    );
  }, 120_000);
});
