import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { serve } from '@hono/node-server';
import { problem } from '@openhall/api';

/** The most request headers may take, as Node's own default: a real request needs a few hundred bytes. */
export const MAX_HEADER_BYTES = 16 * 1024;

type Fetch = (request: Request) => Response | Promise<Response>;

/** The status line and the problem of a request Node's parser refused before the app saw it. */
function refusalOf(error: NodeJS.ErrnoException): { status: number; reason: string; body: string } {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    const detail = `Request headers may take at most ${MAX_HEADER_BYTES / 1024} KiB.`;
    return {
      status: 431,
      reason: 'Request Header Fields Too Large',
      body: JSON.stringify(problem(431, 'headers_too_large', detail)),
    };
  }
  return {
    status: 400,
    reason: 'Bad Request',
    body: JSON.stringify(problem(400, 'malformed_request', 'The request is not valid HTTP.')),
  };
}

/**
 * Answers what Node's HTTP parser refuses (headers too large, broken requests) as problem+json,
 * where Node would send an empty answer, and closes the connection: its state is unknown.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const { status, reason, body } = refusalOf(error);
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\n` +
      'content-type: application/problem+json; charset=utf-8\r\n' +
      `content-length: ${Buffer.byteLength(body)}\r\n` +
      'connection: close\r\n\r\n' +
      body,
  );
}

/** The app on a local HTTP server; resolves with the server and its port once it listens. */
export function serveLocally(fetch: Fetch, options: { port: number; hostname: string }) {
  return new Promise<{ server: Server; port: number }>((resolve) => {
    // An HTTP/1.1 server: `serve` makes one unless given another `createServer`.
    const server = serve({ fetch, ...options, serverOptions: { maxHeaderSize: MAX_HEADER_BYTES } }, (info) =>
      resolve({ server, port: info.port }),
    ) as Server;
    server.on('clientError', answerClientError);
  });
}
