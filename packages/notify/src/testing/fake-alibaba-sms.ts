import { randomUUID, timingSafeEqual } from 'node:crypto';
import { rpcSignature } from '../alibaba/rpc-signature.js';
import { type FakeAnswer, type FakeServer, type ReceivedRequest, startFakeServer } from './fake-server.js';

export interface FakeAlibabaOptions {
  /** AccessKeyId → AccessKeySecret the fake accepts. */
  keys: Record<string, string>;
  /** Approved template codes. */
  templates: string[];
  /** A code to answer once the signature is good (e.g. `isv.BUSINESS_LIMIT_CONTROL`, `isp.SYSTEM_ERROR`). */
  answerWith?: () => string | undefined;
}

const ALLOWED_SKEW_MS = 15 * 60_000;

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function answerCode(status: number, code: string, message: string): FakeAnswer {
  return { status, body: { Code: code, Message: message, RequestId: randomUUID() } };
}

/**
 * Alibaba Cloud SMS `SendSms` (dysmsapi, RPC over a POST form) as the service checks it: the HMAC-SHA1
 * signature recomputed over the received parameters, the timestamp, a nonce used once, the approved
 * template and JSON parameters; answers `{Code: "OK", BizId}` or `{Code, Message}`.
 */
export function startFakeAlibabaSms(options: FakeAlibabaOptions): Promise<FakeServer> {
  const nonces = new Set<string>();
  return startFakeServer((request) => answer(options, nonces, request));
}

function answer(options: FakeAlibabaOptions, nonces: Set<string>, request: ReceivedRequest): FakeAnswer {
  const params = Object.fromEntries(new URLSearchParams(request.body));
  const { Signature: signature, ...signed } = params;
  const secret = options.keys[signed.AccessKeyId ?? ''];
  if (!secret) return answerCode(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
  if (!signature || !same(rpcSignature(request.method as 'POST', signed, secret), signature))
    return answerCode(
      400,
      'SignatureDoesNotMatch',
      'Specified signature is not matched with our calculation.',
    );
  const at = Date.parse(signed.Timestamp ?? '');
  if (!Number.isFinite(at) || Math.abs(Date.now() - at) > ALLOWED_SKEW_MS)
    return answerCode(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
  if (nonces.has(signed.SignatureNonce ?? '')) return answerCode(400, 'SignatureNonceUsed', 'nonce used');
  nonces.add(signed.SignatureNonce ?? '');
  if (signed.Action !== 'SendSms' || signed.Version !== '2017-05-25')
    return answerCode(400, 'InvalidAction.NotFound', 'unknown action');
  const forced = options.answerWith?.();
  if (forced) return answerCode(200, forced, 'forced by the test');
  if (!options.templates.includes(signed.TemplateCode ?? ''))
    return answerCode(200, 'isv.SMS_TEMPLATE_ILLEGAL', '模板不合法');
  try {
    JSON.parse(signed.TemplateParam ?? '');
  } catch {
    return answerCode(200, 'isv.INVALID_JSON_PARAM', 'JSON参数不合法');
  }
  return {
    status: 200,
    body: { Code: 'OK', Message: 'OK', BizId: `${Date.now()}^0`, RequestId: randomUUID() },
  };
}
