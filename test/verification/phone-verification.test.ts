import { format } from 'node:util';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type BookingHarness, bookingHarness, postChange } from '../booking/support/booking-harness.js';

// The SMS-code flows through the API on DynamoDB Local, the codes read from the local outbox.
const tenantId = 'zaozhuang-gxq';
const place = { hallId: 'zaozhuang-gxq-hall', matterId: 'company-registration' };
const phone = '13712345678';
const otherPhone = '13612345678';

let h: BookingHarness;
/** Every line written to the console or to stdout/stderr while this file runs. */
const logged: string[] = [];
/** Every code the outbox held, to look for in logs and items. */
const codes = new Set<string>();

function post(path: string, body: unknown, headers: Record<string, string> = {}, ip = '10.1.0.1') {
  return Promise.resolve(
    h.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...headers },
      body: JSON.stringify(body),
    }),
  );
}

/** Asks for a code and reads it off the phone, as a citizen would. */
async function sendCode(p: string, purpose: 'booking' | 'my-bookings', t = tenantId, ip = '10.1.0.1') {
  const res = await post(`/v1/tenants/${t}/phone-verifications`, { phone: p, purpose }, {}, ip);
  const body = (await res.json()) as { verificationId: string; code?: string };
  const code = h.outbox.entries().findLast((e) => e.phone === p)?.params.code ?? '';
  codes.add(code);
  return { res, id: body.verificationId, code, body };
}

function confirm(id: string, code: string, t = tenantId) {
  return post(`/v1/tenants/${t}/phone-verifications/${id}/confirm`, { code });
}

/** A proof for the phone, the clock then a minute on (when the next code may be sent). */
async function proofFor(p: string, purpose: 'booking' | 'my-bookings', t = tenantId): Promise<string> {
  const { id, code } = await sendCode(p, purpose, t);
  const res = await confirm(id, code, t);
  expect(res.status).toBe(200);
  h.setNow(new Date(h.now().getTime() + 60_000).toISOString());
  return ((await res.json()) as { proof: string }).proof;
}

function book(start: string, p: string, phoneProof: string | undefined, key: string, t = tenantId) {
  const body = {
    ...place,
    start,
    applicant: { name: '王小明', phone: p },
    ...(phoneProof ? { phoneProof } : {}),
  };
  return post(`/v1/tenants/${t}/bookings`, body, { 'idempotency-key': key });
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

beforeAll(async () => {
  h = await bookingHarness('phone-verification', '2026-03-02T10:00:00+08:00', { phoneVerification: 'sms' });
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(format(...args));
    });
  }
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
  }
});

afterAll(async () => {
  vi.restoreAllMocks();
  await h.close();
});

describe('phone verification through the API on DynamoDB Local', () => {
  it('sends a code, confirms it once, and books with the proof once', async () => {
    const { res, id, code, body } = await sendCode(phone, 'booking');
    expect(res.status).toBe(202);
    expect(body).toEqual({
      verificationId: id,
      expiresAt: expect.stringMatching(/\+08:00$/),
      resendAfter: expect.stringMatching(/\+08:00$/),
    });
    expect(code).toMatch(/^\d{6}$/);

    const confirmed = await confirm(id, code);
    expect(confirmed.status).toBe(200);
    const { proof } = (await confirmed.json()) as { proof: string };
    expect((await confirm(id, code)).status).toBe(409);

    expect((await book('2026-03-03T09:00:00+08:00', phone, proof, 'key-verified-1')).status).toBe(201);
    const reused = await book('2026-03-03T10:00:00+08:00', phone, proof, 'key-verified-2');
    expect(reused.status).toBe(403);
    expect(await reused.json()).toMatchObject({ code: 'phone_not_verified' });
    h.setNow('2026-03-02T10:05:00+08:00');
  });

  it('refuses a booking without a proof, or with a proof of another phone', async () => {
    const without = await book('2026-03-03T11:00:00+08:00', phone, undefined, 'key-unverified-1');
    expect(without.status).toBe(403);
    expect(await without.json()).toMatchObject({ code: 'phone_not_verified' });
    const others = await proofFor(otherPhone, 'booking');
    const mismatched = await book('2026-03-03T11:00:00+08:00', phone, others, 'key-unverified-2');
    expect(mismatched.status).toBe(403);
  });

  it('counts wrong codes, says how many tries are left, and kills the code at the fifth', async () => {
    const { id, code } = await sendCode('13512345678', 'booking');
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await (await confirm(id, wrong(code))).json()) as object);
    expect(answers.map((a) => a)).toEqual(
      [4, 3, 2, 1, 0].map((left) =>
        expect.objectContaining({ code: 'verification_code_wrong', triesLeft: left }),
      ),
    );
    const dead = await confirm(id, code);
    expect(dead.status).toBe(422);
    expect(await dead.json()).toMatchObject({ code: 'verification_locked' });
  });

  it('refuses a code asked for again within the minute, with when to try again', async () => {
    await sendCode('13412345678', 'booking');
    const again = await sendCode('13412345678', 'booking');
    expect(again.res.status).toBe(429);
    expect(again.body).toMatchObject({ code: 'resend_too_soon' });
    expect(Number(again.res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('lists exactly the active bookings of the confirmed phone in that tenant', async () => {
    h.setNow('2026-03-02T11:00:00+08:00');
    const p = '13312345678';
    const kept = (await (
      await book('2026-03-04T09:00:00+08:00', p, await proofFor(p, 'booking'), 'k-mine-1')
    ).json()) as {
      code: string;
    };
    const gone = (await (
      await book('2026-03-05T10:00:00+08:00', p, await proofFor(p, 'booking'), 'k-mine-2')
    ).json()) as {
      code: string;
    };
    expect((await postChange(h, tenantId, gone.code, 'cancel', { phone: p })).status).toBe(200);
    const proof = await proofFor(p, 'my-bookings');

    const mine = await post(`/v1/tenants/${tenantId}/my-bookings`, { phone: p, proof });
    expect(mine.status).toBe(200);
    expect(await mine.json()).toEqual({
      bookings: [
        expect.objectContaining({ code: kept.code, start: '2026-03-04T09:00:00+08:00', status: 'booked' }),
      ],
    });
    const ofAnother = await post(`/v1/tenants/${tenantId}/my-bookings`, { phone: otherPhone, proof });
    expect(ofAnother.status).toBe(403);
    const elsewhere = await post('/v1/tenants/zibo/my-bookings', { phone: p, proof });
    expect(elsewhere.status).toBe(403);
  });

  it('keeps no phone and no code in the table, and keys every item by tenant with an expiry', async () => {
    const out = await h.client.send(new ScanCommand({ TableName: h.table.tableName }));
    const items = (out.Items ?? []).filter(
      (i) => i.entity === 'PhoneVerification' || i.entity === 'SmsSendLog',
    );
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(String(item.pk)).toMatch(new RegExp(`^TENANT#${tenantId}#`));
      expect(item.expiresAt).toEqual(expect.any(Number));
      const text = JSON.stringify(item);
      for (const p of [phone, otherPhone, '13312345678']) expect(text).not.toContain(p);
      for (const c of codes) expect(text).not.toContain(`"${c}"`);
    }
  });

  it('wrote no phone and no code to any log line', () => {
    const text = logged.join('\n');
    for (const p of [phone, otherPhone, '13312345678', '13412345678', '13512345678'])
      expect(text).not.toContain(p);
    for (const c of codes) expect(text).not.toContain(c);
  });
});
