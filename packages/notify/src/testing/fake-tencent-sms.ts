import { randomUUID, timingSafeEqual } from 'node:crypto';
import { tc3Sign } from '../tencent/tc3-signature.js';
import { type FakeAnswer, type FakeServer, type ReceivedRequest, startFakeServer } from './fake-server.js';

export interface FakeTencentOptions {
  /** SecretId → SecretKey the fake accepts. */
  keys: Record<string, string>;
  smsSdkAppId: string;
  /** TemplateId → how many parameters the approved template takes. */
  templates: Record<string, number>;
  /** An error code to answer instead of checking (e.g. `InternalError`), or a per-number status code. */
  answerWith?: () => { error?: string; status?: string } | undefined;
}

const ALLOWED_SKEW_SECONDS = 300;

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Tencent Cloud SMS `SendSms` as the service checks it: TC3-HMAC-SHA256 recomputed from the request
 * it received (host, content type, body, timestamp within five minutes), action and version, the
 * application, the approved template and its parameter count; answers in the API 3.0 shapes.
 */
export function startFakeTencentSms(options: FakeTencentOptions): Promise<FakeServer> {
  return startFakeServer((request) => answer(options, request));
}

function error(code: string, message: string): FakeAnswer {
  return {
    status: 200,
    body: { Response: { Error: { Code: code, Message: message }, RequestId: randomUUID() } },
  };
}

function answer(options: FakeTencentOptions, request: ReceivedRequest): FakeAnswer {
  const h = request.headers;
  const auth =
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([a-z]+)\/tc3_request, SignedHeaders=content-type;host, Signature=([0-9a-f]{64})$/.exec(
      String(h.authorization ?? ''),
    );
  if (!auth) return error('AuthFailure.InvalidAuthorization', 'Authorization is malformed');
  const [, secretId, , service, signature] = auth as unknown as [string, string, string, string, string];
  const secretKey = options.keys[secretId];
  if (!secretKey) return error('AuthFailure.SecretIdNotFound', 'unknown SecretId');
  const timestamp = Number(h['x-tc-timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > ALLOWED_SKEW_SECONDS)
    return error('AuthFailure.SignatureExpire', 'signature expired');
  const expected = tc3Sign({
    secretId,
    secretKey,
    service,
    host: String(h.host),
    timestamp,
    contentType: String(h['content-type']),
    payload: request.body,
  });
  if (!same(expected.signature, signature))
    return error('AuthFailure.SignatureFailure', 'signature mismatch');
  if (h['x-tc-action'] !== 'SendSms' || h['x-tc-version'] !== '2021-01-11')
    return error('InvalidAction', 'unknown action or version');
  const forced = options.answerWith?.();
  if (forced?.error) return error(forced.error, 'forced by the test');
  const body = JSON.parse(request.body) as {
    PhoneNumberSet: string[];
    SmsSdkAppId: string;
    SignName: string;
    TemplateId: string;
    TemplateParamSet: string[];
    SessionContext?: string;
  };
  if (body.SmsSdkAppId !== options.smsSdkAppId)
    return error('InvalidParameterValue.SdkAppIdNotExist', 'no such app');
  const count = options.templates[body.TemplateId];
  if (count === undefined)
    return error('FailedOperation.TemplateIncorrectOrUnapproved', 'template not approved');
  if (body.TemplateParamSet.length !== count)
    return error('InvalidParameterValue.TemplateParameterFormatError', 'parameter count');
  return {
    status: 200,
    body: {
      Response: {
        SendStatusSet: body.PhoneNumberSet.map((phone) => ({
          SerialNo: `2019:${randomUUID()}`,
          PhoneNumber: phone,
          Fee: 1,
          SessionContext: body.SessionContext ?? '',
          Code: forced?.status ?? 'Ok',
          Message: forced?.status ? 'refused' : 'send success',
          IsoCode: 'CN',
        })),
        RequestId: randomUUID(),
      },
    },
  };
}
