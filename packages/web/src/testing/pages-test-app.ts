import type { BookingView, TenantConfig } from '@openhall/domain';
import { seedConfigs } from '@openhall/seed';
import type { BookingService, ChangeBookingOptions, CreateBookingOptions } from '@openhall/services';
import { CareUseCases, StaffAlertUseCases, VisitRatableServices } from '@openhall/services';
import {
  InMemoryCareStore,
  InMemoryLeaveApplicationStore,
  InMemoryReportStore,
  InMemoryStaffAlertStore,
  inMemoryBooking,
  withPhoneVerification,
} from '@openhall/services/testing';
import { Hono } from 'hono';
import { createPages } from '../create-pages.js';
import { testStaffAuth } from '../testing/staff-auth.js';

/** What the pages asked the booking service to do, in order. */
export interface BookingCalls {
  createCalls: { options: CreateBookingOptions }[];
  changeCalls: { change: 'cancel' | 'reschedule'; options: ChangeBookingOptions | undefined }[];
}

/** The service as given, noting each create, cancel and reschedule the pages ask for. */
function recorded(
  service: BookingService<BookingView>,
): BookingCalls & { service: BookingService<BookingView> } {
  const calls: BookingCalls = { createCalls: [], changeCalls: [] };
  return {
    ...calls,
    service: {
      availability: (...args) => service.availability(...args),
      find: (...args) => service.find(...args),
      create: (tenantId, request, options) => {
        calls.createCalls.push({ options });
        return service.create(tenantId, request, options);
      },
      cancel: (tenantId, code, input, options) => {
        calls.changeCalls.push({ change: 'cancel', options });
        return service.cancel(tenantId, code, input, options);
      },
      reschedule: (tenantId, code, input, options) => {
        calls.changeCalls.push({ change: 'reschedule', options });
        return service.reschedule(tenantId, code, input, options);
      },
    },
  };
}

/**
 * The pages alone on an app, over the real booking use cases on in-memory ports (`configs` stored
 * at version 1) and a fixed clock. The stores are handed back for a test to arrange and inspect:
 * `configStore.saveConfig` edits a tenant as a hall manager would, `bookingStore.bookings()` lists
 * what was booked, and `bookingStore.failNextWrite` makes the next booking write fail. The tenants'
 * phone check is `off` unless `phoneVerification` says `sms` (tests of the SMS-code step).
 */
export function pagesTestApp(
  now: Date,
  configs: readonly TenantConfig[] = seedConfigs,
  options: { phoneVerification?: 'sms' | 'off'; reportStore?: InMemoryReportStore } = {},
) {
  const reportStore = options.reportStore ?? new InMemoryReportStore();
  const mode = options.phoneVerification ?? 'off';
  const { configStore, nationalScheduleStore, bookingStore, rotaStore, service, verification, outbox } =
    inMemoryBooking({
      configs: configs.map((c) => withPhoneVerification(c, mode)),
      now: () => now,
    });
  const { createCalls, changeCalls, service: bookingService } = recorded(service);
  const careStore = new InMemoryCareStore();
  const care = new CareUseCases({
    careStore,
    ratableServices: new VisitRatableServices(careStore),
    configStore,
    nationalScheduleStore,
    now: () => now,
  });
  const alertStore = new InMemoryStaffAlertStore();
  const leaveApplications = new InMemoryLeaveApplicationStore();
  rotaStore.leaveApplications = leaveApplications;
  const app = new Hono();
  app.route(
    '/t',
    createPages({
      configStore,
      nationalScheduleStore,
      bookingService,
      phoneVerification: verification,
      rotaStore,
      leaveApplications,
      bookingStore,
      care,
      alerts: new StaffAlertUseCases({ alertStore, now: () => now }),
      // The queue pages run on DynamoDB Local (test/queue); these pages never reach it.
      queueService: {} as never,
      now: () => now,
      reportStore,
      ...testStaffAuth(() => now),
    }),
  );
  return {
    app,
    alertStore,
    configStore,
    nationalScheduleStore,
    bookingStore,
    rotaStore,
    leaveApplications,
    createCalls,
    changeCalls,
    service,
    verification,
    outbox,
    care,
    careStore,
    reportStore,
  };
}
