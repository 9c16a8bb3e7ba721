import { randomBytes, randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDevVerifier, generateDevIssuerKeys, signDevToken } from '@openhall/api';
import { createDynamoApp } from '@openhall/app';
import {
  bucketsOf,
  generateBookingCode,
  noticeSnapshot,
  type Principal,
  parseShanghaiIso,
  type TenantConfig,
  toShanghaiIso,
} from '@openhall/domain';
import { seedTenants } from '@openhall/local';
import { seedConfig } from '@openhall/seed';
import { createKeyedHasher, OutboxNotifier } from '@openhall/services';
import {
  DynamoBookingStore,
  type DynamoConfigStore,
  type DynamoNationalScheduleStore,
} from '@openhall/store';
import { developmentSignIn } from '@openhall/web';
import { type FreshTable, freshTable } from '../../support/fresh-table.js';

/** Fixed for the whole run: the hash key only has to be the same for the app and the test's reads. */
export const TEST_HASH_SECRET = 'booking-tests-hash-secret-0123456789abcdef';

export interface BookingHarness {
  app: ReturnType<typeof createDynamoApp>['app'];
  table: FreshTable;
  /** The client the app uses; its commands are counted. */
  client: DynamoDBDocumentClient;
  configStore: DynamoConfigStore;
  nationalScheduleStore: DynamoNationalScheduleStore;
  store: DynamoBookingStore;
  /** The clock the app reads; move it with `setNow`. */
  now(): Date;
  setNow(iso: string): void;
  /** DynamoDB commands sent since the last `resetCommands`, by name (e.g. `QueryCommand`). */
  commands: string[];
  resetCommands(): void;
  /** A token of the harness's local issuer for this principal (staff and admin routes). */
  token(principal: Principal): Promise<string>;
  /** The SMS the app would have sent (the codes a test reads as a citizen would). */
  outbox: OutboxNotifier;
  /** Saves a changed configuration of a seeded tenant. */
  editConfig(tenantId: string, edit: (config: TenantConfig) => void): Promise<void>;
  close(): Promise<void>;
}

/**
 * A client of the run's DynamoDB Local with few sockets: DynamoDB Local serves requests about one
 * at a time, and hundreds of parallel connections only make its threads fight over two cores.
 */
function localClient(endpoint: string): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint,
      region: 'cn-north-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      // Queueing behind the sockets is the point here, not a problem worth a warning.
      requestHandler: { httpAgent: { maxSockets: 16 }, socketAcquisitionWarningTimeout: 60_000 },
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
}

/**
 * The real app over a real DynamoConfigStore and DynamoBookingStore on a table of its own, the four
 * tenants seeded (their phone check `off` unless `phoneVerification` says `sms`), and a clock the test sets.
 */
export async function bookingHarness(
  label: string,
  nowIso: string,
  options: { phoneVerification?: 'sms' | 'off'; staffSignIn?: boolean } = {},
): Promise<BookingHarness> {
  const table = await freshTable(label);
  const client = localClient(table.endpoint);
  let now = new Date(nowIso);
  const commands: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      commands.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'countCommands' },
  );
  const clock = () => now;
  const keys = await generateDevIssuerKeys();
  const outbox = new OutboxNotifier(clock);
  const { app, configStore, nationalScheduleStore } = createDynamoApp({
    client,
    tableName: table.tableName,
    hashSecret: TEST_HASH_SECRET,
    verifier: await createDevVerifier(keys, clock),
    notifier: outbox,
    now: clock,
    // Hundreds of requests queue behind the client's 16 sockets on purpose: the deadline that keeps
    // a request inside the Lambda's time would cut that queue short.
    requestDeadlineMs: 600_000,
    // The staff pages' development sign-in, for the browser walks of the staff pages.
    ...(options.staffSignIn ? { staffSignIn: developmentSignIn(keys, clock) } : {}),
  });
  // Tests not about the SMS step book without it; the verification tests ask for `sms`.
  await seedTenants(configStore, now, { phoneVerification: options.phoneVerification ?? 'off' });
  return {
    app,
    outbox,
    table,
    configStore,
    nationalScheduleStore,
    client,
    store: new DynamoBookingStore(client, table.tableName),
    now: clock,
    setNow(iso) {
      now = new Date(iso);
    },
    commands,
    resetCommands() {
      commands.length = 0;
    },
    token: (principal) => signDevToken(keys, principal, { now }),
    async editConfig(tenantId, edit) {
      const stored = await configStore.getConfig(tenantId);
      if (!stored) throw new Error(`tenant ${tenantId} is not seeded`);
      const config = structuredClone(stored.config);
      edit(config);
      await configStore.saveConfig({
        tenantId,
        config,
        expectedVersion: stored.version,
        actor: 'test',
        action: 'edit for a booking test',
        at: toShanghaiIso(now),
      });
    },
    async close() {
      client.destroy();
      await table.drop();
    },
  };
}

export interface ApplicantInput {
  name?: string;
  phone: string;
  organisation?: string;
  agent?: boolean;
}

export interface BookInput {
  tenantId: string;
  matterId: string;
  hallId: string;
  start: string;
  applicant: ApplicantInput;
}

/** The distinct phone of the i-th test person (invented numbers). */
export function phoneOf(i: number): string {
  return `139${String(10_000_000 + i).slice(-8)}`;
}

/** A client address per caller, so the per-client rate limit counts each on its own. */
export function ipOf(i: number): string {
  return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
}

export function postBooking(
  h: BookingHarness,
  input: BookInput,
  options: { key?: string | null; ip?: string } = {},
): Promise<Response> {
  const { tenantId, ...body } = input;
  const key = options.key === undefined ? randomUUID() : options.key;
  return Promise.resolve(
    h.app.request(`/v1/tenants/${tenantId}/bookings`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': options.ip ?? '10.0.0.1',
        ...(key === null ? {} : { 'idempotency-key': key }),
      },
      body: JSON.stringify({ ...body, applicant: { name: '王小明', ...body.applicant } }),
    }),
  );
}

export function postChange(
  h: BookingHarness,
  tenantId: string,
  code: string,
  action: 'cancel' | 'reschedule',
  body: Record<string, unknown>,
  ip = '10.0.0.1',
): Promise<Response> {
  return Promise.resolve(
    h.app.request(`/v1/tenants/${tenantId}/bookings/${code}/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify(body),
    }),
  );
}

/** Counts the answers by status and problem code, e.g. `{ '201': 5, '409 slot_full': 495 }`. */
export async function tally(responses: Response[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const r of responses) {
    const body = (await r.clone().json()) as { code?: string };
    const key = r.status < 300 ? String(r.status) : `${r.status} ${body.code}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

export interface StoredBookingInput {
  tenantId: string;
  hallId: string;
  matterId: string;
  windowIds: string[];
  /** The window whose places it takes; the first of `windowIds` unless given. */
  windowId?: string;
  slotMinutes: number;
  start: string;
  phone: string;
  /** Places the window may hold in each bucket. */
  limit: number;
}

/**
 * Stores a booking through the store alone (one transaction, no rules): quick set-up of many bookings
 * for tests whose subject is what happens next, with the same items a booking through the API leaves.
 */
export async function storeBooking(h: BookingHarness, input: StoredBookingInput): Promise<string> {
  const code = generateBookingCode((n) => randomBytes(n));
  const end = toShanghaiIso(new Date(Date.parse(input.start) + input.slotMinutes * 60_000));
  const at = toShanghaiIso(new Date(Math.floor(h.now().getTime() / 60_000) * 60_000));
  const personId = createKeyedHasher(TEST_HASH_SECRET).personId(input.tenantId, input.phone);
  const outcome = await h.store.createBooking({
    booking: {
      code,
      tenantId: input.tenantId,
      matterId: input.matterId,
      hallId: input.hallId,
      windowIds: input.windowIds,
      windowId: input.windowId ?? input.windowIds[0]!,
      start: input.start,
      end,
      status: 'booked',
      channel: 'online',
      createdAt: at,
      updatedAt: at,
      history: [{ at, action: 'created', actor: 'citizen', channel: 'online' }],
      applicant: { name: '王小明', phone: input.phone, agent: false },
    },
    personId,
    notice: noticeSnapshot(seedConfig(input.tenantId), input),
    placeLimit: input.limit,
    idempotency: { key: randomUUID(), requestHash: 'stored-by-test' },
    ledger: {
      personId,
      expectedVersion: 0,
      entries: [
        { code, matterId: input.matterId, hallId: input.hallId, date: input.start.slice(0, 10), end },
      ],
    },
    now: h.now(),
  });
  if (outcome !== 'created') throw new Error(`storing a booking at ${input.start}: ${outcome}`);
  return code;
}

/** Places taken at one window in the 5-minute bucket `start` falls in. */
export async function takenAt(
  h: BookingHarness,
  place: { tenantId: string; hallId: string; windowId: string },
  start: string,
): Promise<number> {
  const { date, time } = parseShanghaiIso(start);
  const bucket = `${time.slice(0, 4)}${Number(time[4]) < 5 ? 0 : 5}`;
  const taken = await h.store.placesTaken(place.tenantId, {
    hallId: place.hallId,
    date,
    windowIds: [place.windowId],
  });
  return taken.get(place.windowId)?.get(bucket) ?? 0;
}

/**
 * Every place counter of a hall-day (`{windowId}#{HH:MM}`, zeros left out) beside what the bookings
 * stored for that day hold, bucket by bucket: the two must always be equal.
 */
export async function countersAndBookings(
  h: BookingHarness,
  tenantId: string,
  hallId: string,
  date: string,
): Promise<{ counters: Record<string, number>; fromBookings: Record<string, number> }> {
  const [taken, bookings] = await Promise.all([
    h.store.placesTaken(tenantId, { hallId, date }),
    h.store.bookingsOfHallDay(tenantId, hallId, date),
  ]);
  const counters: Record<string, number> = {};
  for (const [windowId, times] of taken) {
    for (const [time, n] of times) if (n !== 0) counters[`${windowId}#${time}`] = n;
  }
  const fromBookings: Record<string, number> = {};
  for (const { booking } of bookings.filter((b) => b.booking.status === 'booked')) {
    for (const b of bucketsOf(booking)) {
      const key = `${b.windowId}#${b.time}`;
      fromBookings[key] = (fromBookings[key] ?? 0) + 1;
    }
  }
  return { counters, fromBookings };
}
