import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BookingHarness, bookingHarness, storeBooking } from '../booking/support/booking-harness.js';
import { HALL, json, outboxEvents, post, staffHeaders, T } from './queue-support.js';

/*
 * 承诺办理 on DynamoDB Local: a commitment-based matter accepted on the applicant's signed
 * commitment keeps it on the service record (what, which materials by when, signed when, recorded by
 * whom), writes `commitment.signed` in the same transaction, and shows it to the applicant; a matter
 * not marked commitment-based is refused, as is a missing material without a date.
 */

let h: BookingHarness;
let b02: Record<string, string>;
let desk: Record<string, string>;

beforeAll(async () => {
  h = await bookingHarness('queue-commitment', '2026-12-01T10:00:00+08:00');
  b02 = await staffHeaders(h, `${T}-b02-a`, ['window']);
  desk = await staffHeaders(h, `${T}-desk`, ['desk']);
  await h.editConfig(T, (config) => {
    for (const m of config.matters) m.commitmentBased = m.id === 'company-registration';
  });
});
afterAll(() => h.close());

const act = (code: string, body: unknown) => post(h, `/v1/tenants/${T}/tickets/${code}/actions`, body, b02);
const callNext = () => post(h, `/v1/tenants/${T}/windows/b02/call-next`, {}, b02);

async function checkedIn(start: string, phone: string): Promise<string> {
  const code = await storeBooking(h, {
    tenantId: T,
    hallId: HALL,
    matterId: 'company-registration',
    windowIds: ['b02'],
    slotMinutes: 30,
    start,
    phone,
    limit: 5,
  });
  expect((await post(h, `/v1/tenants/${T}/check-ins`, { code }, desk)).status).toBe(201);
  return code;
}

describe('承诺办理: acceptance on a signed commitment', () => {
  it('keeps the commitment on the record, writes commitment.signed and shows it to the applicant', async () => {
    h.setNow('2026-12-01T13:40:00+08:00');
    const code = await checkedIn('2026-12-01T14:00:00+08:00', '13800003333');
    h.setNow('2026-12-01T13:59:00+08:00');
    expect(await json(await callNext())).toMatchObject({ code, status: 'called' });

    const commitment = {
      statement: '本人承诺所填信息真实，经营场所符合条件；缺少的材料按期补齐。',
      missingMaterials: ['场所使用证明'],
      promisedBy: '2026-12-10',
      signedBy: 'agent',
    };
    // A missing material with no promised date is refused, and nothing is accepted.
    const undated = await act(code, {
      action: 'accept',
      commitment: { ...commitment, promisedBy: undefined },
    });
    expect(undated.status).toBe(422);
    expect(await json(undated)).toMatchObject({ code: 'commitment_promise_date_required' });
    const past = await act(code, {
      action: 'accept',
      commitment: { ...commitment, promisedBy: '2026-11-30' },
    });
    expect(await json(past)).toMatchObject({ code: 'commitment_promise_date_past' });

    h.setNow('2026-12-01T14:01:00+08:00');
    const accepted = await act(code, { action: 'accept', commitment });
    expect(accepted.status).toBe(200);
    const ticket = await json<{ status: string; record: { commitment: Record<string, unknown> } }>(accepted);
    expect(ticket.status).toBe('serving');
    expect(ticket.record.commitment).toEqual({
      matterId: 'company-registration',
      statement: commitment.statement,
      missingMaterials: ['场所使用证明'],
      promisedBy: '2026-12-10',
      signedBy: 'agent',
      signedAt: '2026-12-01T14:01:00+08:00',
      recordedBy: `${T}-b02-a`,
    });

    const events = (await outboxEvents(h)).filter((e) => e.subject.id === code);
    const signed = events.find((e) => e.type === 'commitment.signed');
    expect(signed?.data).toEqual({
      recordId: code,
      hallId: HALL,
      matterId: 'company-registration',
      windowId: 'b02',
      bookingCode: code,
      missingMaterials: 1,
      promisedBy: '2026-12-10',
      signedBy: 'agent',
    });
    // Ids and facts only: the statement and the materials stay on the record.
    expect(JSON.stringify(signed)).not.toContain('场所使用证明');

    // The applicant's ticket, by its code: the commitment without the staff id.
    const view = await json<{ commitment: Record<string, unknown> }>(
      await h.app.request(`/v1/tenants/${T}/queue-tickets/${code}`),
    );
    expect(view.commitment).toMatchObject({ promisedBy: '2026-12-10', missingMaterials: ['场所使用证明'] });
    expect(view.commitment).not.toHaveProperty('recordedBy');
    // The citizen's ticket page shows it (and in 长辈模式).
    const page = await h.app.request(`/t/${T}/tickets/${code}`, { headers: { cookie: 'elder=on' } });
    const html = await page.text();
    expect(html).toContain('承诺办理');
    expect(html).toContain('场所使用证明');
    expect(html).toContain('2026-12-10');

    // And the applicant's booking page, found by code and phone (a POST: they never travel in a URL).
    const bookingPage = await h.app.request(`/t/${T}/my-booking`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost',
        cookie: 'elder=on',
      },
      body: new URLSearchParams({ code, phone: '13800003333' }).toString(),
    });
    const bookingHtml = await bookingPage.text();
    expect(bookingHtml).toContain('data-commitment="company-registration"');
    expect(bookingHtml).toContain('委托代理人');
  });

  it('refuses a commitment on a matter not marked commitment-based', async () => {
    await h.editConfig(T, (config) => {
      for (const m of config.matters) m.commitmentBased = false;
    });
    h.setNow('2026-12-01T14:20:00+08:00');
    const code = await checkedIn('2026-12-01T14:30:00+08:00', '13800004444');
    h.setNow('2026-12-01T14:29:00+08:00');
    expect(await json(await callNext())).toMatchObject({ code, status: 'called' });
    const refused = await act(code, {
      action: 'accept',
      commitment: { statement: '本人承诺', missingMaterials: [] },
    });
    expect(refused.status).toBe(422);
    expect(await json(refused)).toMatchObject({
      code: 'matter_not_commitment_based',
      matterId: 'company-registration',
    });
    // Accepted the ordinary way, the record has no commitment.
    const plain = await json<{ record: Record<string, unknown> }>(await act(code, { action: 'accept' }));
    expect(plain.record).not.toHaveProperty('commitment');
  });
});
