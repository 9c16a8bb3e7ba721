import { bookingDateRange, type Matter } from '@openhall/domain';
import { hallRotasBetween } from '@openhall/services';
import type { PageContext } from '../page-context.js';
import type { PagesDeps } from '../pages-deps.js';
import { type BookingDay, bookingDays } from './booking-days.js';

/** `bookingDays` with the hall's rotas of the booking range read first (capacity follows the rota). */
export async function bookingDaysOf(
  deps: Pick<PagesDeps, 'rotaStore'>,
  ctx: Pick<PageContext, 'config' | 'now' | 'tenantId'>,
  matter: Matter,
  hallId: string,
): Promise<BookingDay[]> {
  const range = bookingDateRange(ctx.config.bookingPolicy, ctx.now);
  const rotas = await hallRotasBetween(deps, ctx.tenantId, hallId, range);
  return bookingDays({ config: ctx.config, matter, hallId, now: ctx.now, rotas });
}
