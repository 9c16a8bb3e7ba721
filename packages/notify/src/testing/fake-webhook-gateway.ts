import { randomUUID, timingSafeEqual } from 'node:crypto';
import {
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  webhookSignature,
} from '../webhook/webhook-sms.js';
import { type FakeServer, startFakeServer } from './fake-server.js';

/**
 * A district's gateway as its side checks our webhook: the HMAC-SHA256 signature over timestamp and
 * body with the shared key, a fresh timestamp, and the Idempotency-Key (a repeat gets the first id).
 */
export function startFakeWebhookGateway(options: {
  signingKey: string;
  /** A status to answer instead (e.g. 503, 422). */
  answerWith?: () => number | undefined;
}): Promise<FakeServer> {
  const seen = new Map<string, string>();
  return startFakeServer((request) => {
    const timestamp = String(request.headers[WEBHOOK_TIMESTAMP_HEADER] ?? '');
    const expected = Buffer.from(webhookSignature(options.signingKey, timestamp, request.body));
    const given = Buffer.from(String(request.headers[WEBHOOK_SIGNATURE_HEADER] ?? ''));
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      return { status: 401, body: { error: 'bad signature' } };
    if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300)
      return { status: 401, body: { error: 'stale' } };
    const forced = options.answerWith?.();
    if (forced) return { status: forced, body: { error: 'forced by the test' } };
    const key = String(request.headers['idempotency-key'] ?? '');
    const id = seen.get(key) ?? randomUUID();
    seen.set(key, id);
    return { status: 200, body: { id } };
  });
}
