import type { BookingChannel, CreateBookingRequest } from '@openhall/domain';
import { createVerifiedBooking } from '../verification/create-verified-booking.js';
import type { BookingDeps } from './booking-deps.js';
import {
  type AvailabilityQuery,
  type BookingApiService,
  type ChangeBookingOptions,
  CITIZEN_ACTOR,
  type CreateBookingOptions,
  type RescheduleBookingOptions,
} from './booking-service.js';
import { cancelBooking } from './cancel-booking.js';
import { findBooking } from './find-booking.js';
import { getAvailability } from './get-availability.js';
import { rescheduleBooking } from './reschedule-booking.js';

/**
 * `BookingService` over the use cases, one call each: what the JSON API and the pages hold. The
 * history records the actor given, `citizen` when none is.
 */
export class BookingUseCases implements BookingApiService {
  constructor(private readonly deps: BookingDeps) {}

  availability(tenantId: string, query: AvailabilityQuery, channel: BookingChannel) {
    return getAvailability(this.deps, { tenantId, ...query, channel });
  }

  async create(tenantId: string, request: CreateBookingRequest, options: CreateBookingOptions) {
    const result = await createVerifiedBooking(this.deps, {
      tenantId,
      request,
      ...options,
      actor: options.actor ?? CITIZEN_ACTOR,
    });
    // A replayed request (same idempotency key) made no booking.
    if (result.created) this.deps.metrics?.count('BookingsCreated');
    return result;
  }

  find(tenantId: string, code: string, phone: string, options: ChangeBookingOptions = {}) {
    return findBooking(this.deps, { tenantId, code, phone, ...clientOf(options) });
  }

  cancel(
    tenantId: string,
    code: string,
    input: { phone: string; reason?: string },
    options: ChangeBookingOptions = {},
  ) {
    return cancelBooking(this.deps, {
      tenantId,
      code,
      ...input,
      ...clientOf(options),
      actor: options.actor ?? CITIZEN_ACTOR,
    });
  }

  reschedule(
    tenantId: string,
    code: string,
    input: { phone: string; start: string },
    options: RescheduleBookingOptions,
  ) {
    return rescheduleBooking(this.deps, {
      tenantId,
      code,
      ...input,
      ...clientOf(options),
      channel: options.channel,
      actor: options.actor ?? CITIZEN_ACTOR,
    });
  }
}

function clientOf(options: ChangeBookingOptions): { clientId?: string } {
  return options.clientId === undefined ? {} : { clientId: options.clientId };
}
