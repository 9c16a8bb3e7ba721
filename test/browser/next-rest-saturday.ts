import type { CalendarDay } from '@openhall/domain';

/**
 * The first Saturday after `today` that the tenant's calendar calls a rest day (not a 调休 working
 * day, not inside a holiday) and on which the hall is open, as the product's calendar API says. A
 * provisional day (its year's schedule not yet published) is skipped: it is not bookable online.
 */
export async function nextRestSaturday(baseUrl: string, tenantId: string, today: string): Promise<string> {
  const to = new Date(Date.parse(`${today}T00:00:00Z`) + 28 * 86_400_000).toISOString().slice(0, 10);
  const response = await fetch(`${baseUrl}/v1/tenants/${tenantId}/calendar?from=${today}&to=${to}`);
  if (!response.ok) throw new Error(`calendar API answered ${response.status}`);
  const { days } = (await response.json()) as { days: CalendarDay[] };
  const saturday = days.find(
    (d) =>
      d.date > today &&
      new Date(`${d.date}T00:00:00Z`).getUTCDay() === 6 &&
      d.kind === 'restday' &&
      !d.provisional &&
      d.halls.some((h) => h.intervals.length > 0),
  );
  if (!saturday) throw new Error(`no open rest-day Saturday in the four weeks after ${today}`);
  return saturday.date;
}
