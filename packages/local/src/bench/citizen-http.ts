import { randomUUID } from 'node:crypto';

/** One slot a booking may take: where, what and when. */
export interface SlotRef {
  tenantId: string;
  hallId: string;
  matterId: string;
  /** ISO 8601 +08:00. */
  start: string;
  end: string;
  /** Places the online channel may fill in this slot. */
  capacity: number;
}

export interface AvailabilityRequest {
  tenantId: string;
  hallId: string;
  matterId: string;
  date: string;
}

/** A citizen of the bench: an invented name, a phone of their own and a client address of their own. */
export interface Citizen {
  name: string;
  phone: string;
  /** Sent as `X-Forwarded-For`, so the per-client rate limit counts each citizen apart. */
  address: string;
}

/** A booking the bench made and may change later. */
export interface HeldBooking {
  citizen: Citizen;
  slot: SlotRef;
  code: string;
}

export interface HttpAnswer<T = unknown> {
  status: number;
  body: T;
}

/** The API's operations as a phone would call them, over Node's fetch (keep-alive) on loopback. */
export class CitizenHttp {
  constructor(private readonly baseUrl: string) {}

  async get<T>(path: string): Promise<HttpAnswer<T>> {
    const response = await fetch(`${this.baseUrl}${path}`);
    return { status: response.status, body: (await response.json()) as T };
  }

  availability<T>(q: AvailabilityRequest): Promise<HttpAnswer<T>> {
    const query = new URLSearchParams({ matterId: q.matterId, hallId: q.hallId, date: q.date });
    return this.get(`/v1/tenants/${q.tenantId}/availability?${query}`);
  }

  create(slot: SlotRef, citizen: Citizen): Promise<HttpAnswer<{ code?: string }>> {
    const body = {
      matterId: slot.matterId,
      hallId: slot.hallId,
      start: slot.start,
      applicant: { name: citizen.name, phone: citizen.phone },
    };
    return this.post(`/v1/tenants/${slot.tenantId}/bookings`, citizen, body, {
      'idempotency-key': randomUUID(),
    });
  }

  cancel(held: HeldBooking): Promise<HttpAnswer> {
    return this.post(`/v1/tenants/${held.slot.tenantId}/bookings/${held.code}/cancel`, held.citizen, {
      phone: held.citizen.phone,
      reason: '行程有变',
    });
  }

  reschedule(held: HeldBooking, start: string): Promise<HttpAnswer> {
    return this.post(`/v1/tenants/${held.slot.tenantId}/bookings/${held.code}/reschedule`, held.citizen, {
      phone: held.citizen.phone,
      start,
    });
  }

  private async post<T>(
    path: string,
    citizen: Citizen,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<HttpAnswer<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': citizen.address, ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }
}
