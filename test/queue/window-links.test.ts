import { seedConfigs } from '@openhall/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BookingHarness, bookingHarness } from '../booking/support/booking-harness.js';

/*
 * The window screen (a window-only member's landing page) links to the staff home's list of pages
 * and to the window's bookings, and both open for whoever the screen opens for.
 */

const ORIGIN = 'http://localhost';

type App = BookingHarness['app'];

let h: BookingHarness;
beforeAll(async () => {
  h = await bookingHarness('window-links', '2026-12-01T10:00:00+08:00', { staffSignIn: true });
});
afterAll(() => h.close());

async function signedIn(app: App, tenantId: string, staffId: string): Promise<string> {
  const res = await app.request(`${ORIGIN}/t/${tenantId}/staff/sign-in`, {
    method: 'POST',
    body: new URLSearchParams({ staffId }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
  });
  expect(res.status).toBe(303);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** The links of the window screen's own navigation, in order: [href, text]. */
function windowLinks(html: string): [string, string][] {
  const nav = /<nav class="window-links[^"]*"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1];
  expect(nav, 'the window screen has its links').toBeDefined();
  return [...nav!.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [
    m[1]!.replaceAll('&amp;', '&'),
    m[2]!,
  ]);
}

// Every seeded member whose only role is `window` (the members the bare home sends to their window),
// of every tenant, at each window they serve.
const windowOnly = seedConfigs.flatMap((config) =>
  config.staff
    .filter((s) => s.roles.every((r) => r === 'window') && (s.windowIds ?? []).length > 0)
    .flatMap((s) =>
      (s.windowIds ?? []).map((windowId) => ({ tenantId: config.tenant.id, staffId: s.id, windowId })),
    ),
);

describe('the window screen links to the staff home and the window’s bookings', () => {
  it('has window-only members to check in every tenant', () => {
    expect(new Set(windowOnly.map((m) => m.tenantId)).size).toBe(seedConfigs.length);
  });

  it.each(windowOnly.filter((_, i) => i % 5 === 0))(
    '$staffId at $windowId: both links, each opening a page the member may use',
    async ({ tenantId, staffId, windowId }) => {
      const { app } = h;
      const cookie = await signedIn(app, tenantId, staffId);
      const get = (path: string) => app.request(`${ORIGIN}${path}`, { headers: { cookie } });
      const screen = await get(`/t/${tenantId}/staff/windows/${windowId}`);
      expect(screen.status).toBe(200);
      const links = windowLinks(await screen.text());
      expect(links.map(([href]) => href)).toEqual([
        `/t/${tenantId}/staff?menu=1`,
        `/t/${tenantId}/staff/windows/${windowId}/bookings`,
      ]);
      // The home lists the member's pages (it does not bounce them back to the window), this window first.
      const home = await get(links[0]![0]);
      expect(home.status).toBe(200);
      const homeHtml = await home.text();
      expect(homeHtml).toContain(`href="/t/${tenantId}/staff/windows/${windowId}"`);
      expect(homeHtml).toContain(`href="/t/${tenantId}/staff/windows/${windowId}/bookings"`);
      const bookings = await get(links[1]![0]);
      expect(bookings.status).toBe(200);
      // The bare home still opens on the window for them.
      const bare = await get(`/t/${tenantId}/staff`);
      expect(bare.status).toBe(303);
      expect(bare.headers.get('location')).toBe(
        `/t/${tenantId}/staff/windows/${encodeURIComponent(
          (seedConfigs.find((c) => c.tenant.id === tenantId)!.staff.find((s) => s.id === staffId)!
            .windowIds ?? [])[0]!,
        )}`,
      );
    },
  );

  it('names the links in Chinese first and in English on the English page', async () => {
    const { app } = h;
    const { tenantId, staffId, windowId } = windowOnly[0]!;
    const cookie = await signedIn(app, tenantId, staffId);
    const zh = windowLinks(
      await (
        await app.request(`${ORIGIN}/t/${tenantId}/staff/windows/${windowId}`, { headers: { cookie } })
      ).text(),
    );
    const en = windowLinks(
      await (
        await app.request(`${ORIGIN}/t/${tenantId}/staff/windows/${windowId}?lang=en`, {
          headers: { cookie },
        })
      ).text(),
    );
    expect(zh.map(([, text]) => text)[0]).toBe('工作台首页');
    expect(zh[1]![1]).toMatch(/窗口：派单预约/);
    expect(en.map(([, text]) => text)[0]).toBe('Staff home');
    expect(en[1]![1]).toMatch(/^Window .+: dispatched bookings/);
  });

  it('gives a section manager standing in at a window the same two links, both open to them', async () => {
    const { app } = h;
    const { tenantId, windowId } = windowOnly[0]!;
    const cookie = await signedIn(app, tenantId, `${tenantId}-section-manager`);
    const get = (path: string) => app.request(`${ORIGIN}${path}`, { headers: { cookie } });
    const links = windowLinks(await (await get(`/t/${tenantId}/staff/windows/${windowId}`)).text());
    expect(links).toHaveLength(2);
    for (const [href] of links) expect((await get(href)).status).toBe(200);
  });
});
