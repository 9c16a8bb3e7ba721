import type { CreateBookingRequest, TenantConfig } from '@openhall/domain';
import { seedConfig } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { inMemoryBooking } from '../testing/in-memory-booking.js';

// The SMS-code flows end to end over the in-memory ports, the code read from the outbox.
const tenantId = 'zaozhuang-gxq';
const phone = '13812345678';
const otherPhone = '13912345678';
const request: CreateBookingRequest = {
  matterId: 'company-registration',
  hallId: 'zaozhuang-gxq-hall',
  start: '2026-03-03T09:30:00+08:00',
  applicant: { name: '王小明', phone, agent: false },
};
const online = (key: string) => ({ idempotencyKey: key, channel: 'online' as const, clientId: 'client-1' });

function setUp(configs: TenantConfig[] = [seedConfig(tenantId), seedConfig('zibo')]) {
  let now = new Date('2026-03-02T10:00:00+08:00');
  const product = inMemoryBooking({ configs, now: () => now });
  const later = (seconds: number) => {
    now = new Date(now.getTime() + seconds * 1000);
  };
  /** Asks for a code as a citizen would and reads it off the phone (the outbox). */
  async function codeFor(p: string, purpose: 'booking' | 'my-bookings', t = tenantId, clientId = 'client-1') {
    const started = await product.verification.start(t, { phone: p, purpose }, { clientId });
    return { id: started.verificationId, code: product.outbox.lastCodeTo(p)!, started };
  }
  async function proofFor(p: string, purpose: 'booking' | 'my-bookings', t = tenantId) {
    const { id, code } = await codeFor(p, purpose, t);
    later(60); // the next code for this phone may be asked for a minute later
    return (await product.verification.confirm(t, id, code)).proof;
  }
  return { ...product, later, codeFor, proofFor };
}

/** A code other than `code` (still six digits). */
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('phone verification by SMS code', () => {
  it('sends a 6-digit code in the zh template, keeps only its hash, and answers when it expires', async () => {
    const { codeFor, outbox, verificationStore } = setUp();
    const { code, started } = await codeFor(phone, 'booking');
    expect(code).toMatch(/^\d{6}$/);
    expect(outbox.entries().at(-1)).toMatchObject({ templateKey: 'verification-code', phone });
    expect(started).toMatchObject({
      expiresAt: '2026-03-02T10:05:00+08:00',
      resendAfter: '2026-03-02T10:01:00+08:00',
    });
    expect(JSON.stringify(verificationStore.all())).not.toContain(code);
    expect(JSON.stringify(verificationStore.all())).not.toContain(phone);
  });

  it('counts wrong codes and kills the verification at the fifth, even for the right code after', async () => {
    const { codeFor, verification } = setUp();
    const { id, code } = await codeFor(phone, 'booking');
    for (const left of [4, 3, 2, 1, 0]) {
      await expect(verification.confirm(tenantId, id, wrong(code))).rejects.toMatchObject({
        code: 'verification_code_wrong',
        triesLeft: left,
      });
    }
    await expect(verification.confirm(tenantId, id, code)).rejects.toMatchObject({
      code: 'verification_locked',
    });
  });

  it('refuses a code after five minutes and a second confirmation of the same code', async () => {
    const { codeFor, verification, later } = setUp();
    const first = await codeFor(phone, 'booking');
    later(5 * 60);
    await expect(verification.confirm(tenantId, first.id, first.code)).rejects.toMatchObject({
      code: 'verification_expired',
    });
    const second = await codeFor(phone, 'booking');
    await verification.confirm(tenantId, second.id, second.code);
    await expect(verification.confirm(tenantId, second.id, second.code)).rejects.toMatchObject({
      code: 'verification_used',
    });
  });

  it('sends no new code within a minute of the last, and at most five an hour to one phone', async () => {
    const { codeFor, later } = setUp();
    await codeFor(phone, 'booking');
    later(59);
    await expect(codeFor(phone, 'booking')).rejects.toMatchObject({
      code: 'resend_too_soon',
      retryAfterSeconds: 1,
    });
    later(1);
    for (let i = 2; i <= 5; i++) {
      await codeFor(phone, 'booking');
      later(60);
    }
    // Five codes went out between 10:00 and 10:04; the sixth waits for the first to be an hour old.
    await expect(codeFor(phone, 'booking')).rejects.toMatchObject({ code: 'rate_limited' });
    await expect(codeFor(otherPhone, 'booking')).resolves.toBeDefined();
    later(55 * 60);
    await expect(codeFor(phone, 'booking')).resolves.toBeDefined();
  });

  it('limits the codes one client address asks for in a minute, whatever the phones', async () => {
    const { codeFor } = setUp();
    for (let i = 0; i < 5; i++) await codeFor(`1380000000${i}`, 'booking');
    await expect(codeFor('13800000009', 'booking')).rejects.toMatchObject({ code: 'rate_limited' });
    await expect(codeFor('13800000009', 'booking', tenantId, 'client-2')).resolves.toBeDefined();
  });

  it('books only with a proof for the applicant’s phone, and a proof books once', async () => {
    const { service, proofFor } = setUp();
    await expect(service.create(tenantId, request, online('key-00000001'))).rejects.toMatchObject({
      code: 'phone_not_verified',
    });
    const others = await proofFor(otherPhone, 'booking');
    await expect(
      service.create(tenantId, { ...request, phoneProof: others }, online('key-00000002')),
    ).rejects.toMatchObject({ code: 'phone_not_verified' });
    const listing = await proofFor(phone, 'my-bookings');
    await expect(
      service.create(tenantId, { ...request, phoneProof: listing }, online('key-00000003')),
    ).rejects.toMatchObject({ code: 'phone_not_verified' });

    const proof = await proofFor(phone, 'booking');
    const first = await service.create(tenantId, { ...request, phoneProof: proof }, online('key-00000004'));
    const retry = await service.create(tenantId, { ...request, phoneProof: proof }, online('key-00000004'));
    expect(first.created).toBe(true);
    expect(retry).toEqual({ booking: first.booking, created: false });
    const again = { ...request, start: '2026-03-03T10:00:00+08:00', phoneProof: proof };
    await expect(service.create(tenantId, again, online('key-00000005'))).rejects.toMatchObject({
      code: 'phone_not_verified',
    });
  });

  it('gives the proof back when the request booked nothing', async () => {
    const { service, proofFor } = setUp();
    const proof = await proofFor(phone, 'booking');
    const closed = { ...request, start: '2026-03-03T03:00:00+08:00', phoneProof: proof };
    await expect(service.create(tenantId, closed, online('key-00000001'))).rejects.toBeDefined();
    const { created } = await service.create(
      tenantId,
      { ...request, phoneProof: proof },
      online('key-00000002'),
    );
    expect(created).toBe(true);
  });

  it('books without a proof where the tenant turned the check off, and at the desk', async () => {
    const off = seedConfig(tenantId);
    off.bookingPolicy.phoneVerification = 'off';
    const { service } = setUp([off]);
    await expect(service.create(tenantId, request, online('key-00000001'))).resolves.toMatchObject({
      created: true,
    });
    const sms = setUp();
    const desk = { ...online('key-00000002'), channel: 'desk' as const, actor: 'staff-1' };
    await expect(sms.service.create(tenantId, request, desk)).resolves.toMatchObject({ created: true });
  });

  it('lists exactly the active bookings of the confirmed phone in that tenant', async () => {
    const { service, proofFor, verification } = setUp();
    const book = async (p: string, start: string, key: string) =>
      (
        await service.create(
          tenantId,
          {
            ...request,
            start,
            applicant: { ...request.applicant, phone: p },
            phoneProof: await proofFor(p, 'booking'),
          },
          online(key),
        )
      ).booking;
    const kept = await book(phone, '2026-03-03T10:00:00+08:00', 'key-00000001');
    const cancelled = await book(phone, '2026-03-04T09:30:00+08:00', 'key-00000002');
    await service.cancel(tenantId, cancelled.code, { phone });
    await book(otherPhone, '2026-03-03T09:30:00+08:00', 'key-00000003');

    const proof = await proofFor(phone, 'my-bookings');
    const mine = await verification.myBookings(tenantId, { phone, proof });

    expect(mine.bookings).toEqual([
      {
        code: kept.code,
        matterId: kept.matterId,
        hallId: kept.hallId,
        start: kept.start,
        end: kept.end,
        status: 'booked',
      },
    ]);
    await expect(verification.myBookings('zibo', { phone, proof })).rejects.toMatchObject({
      code: 'phone_not_verified',
    });
    await expect(verification.myBookings(tenantId, { phone: otherPhone, proof })).rejects.toMatchObject({
      code: 'phone_not_verified',
    });
  });
});
