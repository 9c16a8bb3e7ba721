import { describe, expect, it } from 'vitest';
import { expectAccessiblePage } from '../../testing/expect-accessible-page.js';
import { attr, getPage, inputTags, postForm, visibleText } from '../../testing/page-requests.js';
import { pagesTestApp } from '../../testing/pages-test-app.js';

/*
 * 一件事一次办 on the citizen pages, with Zaozhuang's seeded "opening a business" bundle: offered on
 * the home page, its own page with every matter and the lead marked, the days of its lead matter,
 * and the booking form carrying the bundle to the booking service, in 长辈模式.
 */

const T = 'zaozhuang-gxq';
const MONDAY = new Date('2026-11-23T08:00:00+08:00');
const ELDER = 'elder=on';

describe('一件事一次办 on the citizen pages', () => {
  it('is offered on the home page and its page lists its matters, the lead and the days to book', async () => {
    const { app } = pagesTestApp(MONDAY);
    const home = await (await getPage(app, `/t/${T}`, ELDER)).text();
    expect(home).toContain(`href="/t/${T}/bundles/open-a-business"`);
    expect(visibleText(home)).toContain('开办企业一件事');

    const res = await getPage(app, `/t/${T}/bundles/open-a-business`, ELDER);
    expect(res.status).toBe(200);
    const html = await res.text();
    expectAccessiblePage(html);
    const text = visibleText(html);
    expect(text).toContain('公司（企业）登记');
    expect(text).toContain('发票发售、代开');
    expect(text).toMatch(/公司（企业）登记 · [^·]+ · 牵头/);
    expect(html).toMatch(
      /href="\/t\/zaozhuang-gxq\/book\?matterId=company-registration&amp;hallId=[^"]+&amp;bundleId=open-a-business"/,
    );
  });

  it('books the bundle through the lead matter’s form, and the confirmation names the bundle', async () => {
    const { app } = pagesTestApp(MONDAY);
    const date = '2026-11-24';
    const path = `/t/${T}/book?matterId=company-registration&hallId=zaozhuang-gxq-hall&date=${date}&bundleId=open-a-business`;
    const page = await (await getPage(app, path, ELDER)).text();
    expectAccessiblePage(page);
    expect(visibleText(page)).toContain('一件事一次办：开办企业一件事');
    const hidden = inputTags(page).find((t) => attr(t, 'name') === 'bundleId');
    expect(hidden && attr(hidden, 'value')).toBe('open-a-business');
    const start = inputTags(page)
      .filter((t) => attr(t, 'name') === 'start')
      .map((t) => attr(t, 'value'))[0]!;
    expect(start).toMatch(/^2026-11-24T/);

    const done = await postForm(
      app,
      `/t/${T}/book`,
      {
        matterId: 'company-registration',
        hallId: 'zaozhuang-gxq-hall',
        date,
        start,
        bundleId: 'open-a-business',
        idempotencyKey: '0b7f5f0e-54a4-4a57-9a0e-3d5c0c1d2e3f',
        name: '周晓岚',
        phone: '13912345678',
        organisation: '',
      },
      { origin: 'http://localhost', cookie: ELDER },
    );
    expect(done.status).toBe(200);
    const confirmation = await done.text();
    // The booking the service made carries the bundle (the page draws it from the booking).
    expect(confirmation).toContain('data-bundle="open-a-business"');
    expect(visibleText(confirmation)).toContain('发票发售、代开');
  });

  it('drops a bundle the matter does not lead, and answers 404 for a bundle not offered', async () => {
    const { app } = pagesTestApp(MONDAY);
    const page = await (
      await getPage(
        app,
        `/t/${T}/book?matterId=invoice-issuing&hallId=zaozhuang-gxq-hall&date=2026-11-24&bundleId=open-a-business`,
      )
    ).text();
    expect(inputTags(page).some((t) => attr(t, 'name') === 'bundleId')).toBe(false);
    expect((await getPage(app, `/t/${T}/bundles/no-such-bundle`)).status).toBe(404);
  });
});
