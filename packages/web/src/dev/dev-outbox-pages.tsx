import { maskPhone, type SmsMessage, toShanghaiIso } from '@openhall/domain';
import { Hono } from 'hono';

/** What the outbox page reads: the messages that would have been sent, oldest first, as rendered. */
export interface DevOutbox {
  entries(): readonly (SmsMessage & { at: Date; text: string })[];
  /** Alerts to the section managers (late bookings, the overdue list), with their rendered text. */
  staffAlerts?(): readonly { tenantId: string; at: Date; text: string }[];
  /** `pnpm start --clock`: the local clock, which the page can move forward (reminders fire on the way). */
  clock?: { now(): Date; advance(ms: number): Promise<void> };
}

/** The most the clock moves in one step: two weeks. */
const MAX_ADVANCE_MINUTES = 14 * 24 * 60;

/**
 * `/dev/outbox` for local development only: the text messages that would have been sent, newest
 * first, each with its time, the phone masked (139****5678) and the Chinese text as the phone would
 * show it (the tenant's own text when it has one). Never mounted in a deployment (the Lambda has no outbox).
 */
export function createDevOutboxPages(outbox: DevOutbox): Hono {
  const pages = new Hono();
  const { clock } = outbox;
  if (clock) {
    pages.post('/clock', async (c) => {
      const form = await c.req.parseBody();
      const minutes = Number(form.minutes);
      if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_ADVANCE_MINUTES) {
        return c.text(`minutes must be a whole number from 1 to ${MAX_ADVANCE_MINUTES}`, 400);
      }
      await clock.advance(minutes * 60_000);
      return c.redirect('/dev/outbox', 303);
    });
  }
  pages.get('/outbox', async (c) => {
    const entries = [...outbox.entries()].reverse();
    const alerts = [...(outbox.staffAlerts?.() ?? [])].reverse();
    const html = await (
      <html lang="zh-CN">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>开发用短信发件箱 / Development SMS outbox</title>
        </head>
        <body>
          <main id="main">
            <h1>开发用短信发件箱</h1>
            <p>
              本机开发环境不发送短信，以下为将要发送的内容。
              <span lang="en"> Local development sends no SMS: these would have been sent.</span>
            </p>
            {clock ? (
              <form method="post" action="/dev/clock">
                <p>
                  本机时钟 <span lang="en">Local clock</span>: <strong>{toShanghaiIso(clock.now())}</strong>
                </p>
                <label for="minutes">
                  拨快（分钟） <span lang="en">Move forward (minutes)</span>
                </label>{' '}
                <input
                  id="minutes"
                  name="minutes"
                  type="number"
                  min="1"
                  max={MAX_ADVANCE_MINUTES}
                  value="60"
                />{' '}
                <button type="submit">拨快 / Advance</button>
              </form>
            ) : null}
            {entries.length === 0 ? (
              <p>暂无短信。</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">时间</th>
                    <th scope="col">手机号</th>
                    <th scope="col">内容</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <tr>
                      <td>{toShanghaiIso(e.at)}</td>
                      <td>{maskPhone(e.phone)}</td>
                      <td>{e.text}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h2>
              科室负责人提醒 <span lang="en">Alerts to section managers</span>
            </h2>
            {alerts.length === 0 ? (
              <p>暂无提醒。</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">时间</th>
                    <th scope="col">区县</th>
                    <th scope="col">内容</th>
                  </tr>
                </thead>
                <tbody>
                  {alerts.map((a) => (
                    <tr>
                      <td>{toShanghaiIso(a.at)}</td>
                      <td>{a.tenantId}</td>
                      <td>{a.text}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </main>
        </body>
      </html>
    );
    return c.html(html, 200, { 'cache-control': 'no-store' });
  });
  return pages;
}
