import { maskPhone, type SmsMessage, toShanghaiIso } from '@openhall/domain';
import { Hono } from 'hono';

/** What the outbox page reads: the messages that would have been sent, oldest first, as rendered. */
export interface DevOutbox {
  entries(): readonly (SmsMessage & { at: Date; text: string })[];
}

/**
 * `/dev/outbox` for local development only: the text messages that would have been sent, newest
 * first, each with its time, the phone masked (139****5678) and the Chinese text as the phone would
 * show it (the tenant's own text when it has one). Never mounted in a deployment (the Lambda has no outbox).
 */
export function createDevOutboxPages(outbox: DevOutbox): Hono {
  const pages = new Hono();
  pages.get('/outbox', async (c) => {
    const entries = [...outbox.entries()].reverse();
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
          </main>
        </body>
      </html>
    );
    return c.html(html, 200, { 'cache-control': 'no-store' });
  });
  return pages;
}
