import { SmsOutcomeUnknownError, type SmsProviderSettings, SmsRejectedError } from '@openhall/domain';
import type { OutgoingSms, SmsReceipt } from '@openhall/services';
import { z } from 'zod';
import { type Fetch, postToProvider } from '../provider-call.js';
import { tc3Sign } from './tc3-signature.js';

export const TENCENT_SMS_ENDPOINT = 'https://sms.tencentcloudapi.com';

export type TencentSmsSettings = Extract<SmsProviderSettings, { kind: 'tencent' }>;

/** What the tenant's secret holds for Tencent Cloud. */
export const TencentCredentialsSchema = z.object({
  secretId: z.string().min(1),
  secretKey: z.string().min(1),
});
export type TencentCredentials = z.infer<typeof TencentCredentialsSchema>;

const AnswerSchema = z.object({
  Response: z.object({
    Error: z.object({ Code: z.string(), Message: z.string().optional() }).optional(),
    SendStatusSet: z.array(z.object({ SerialNo: z.string().optional(), Code: z.string() })).optional(),
    RequestId: z.string().optional(),
  }),
});

/**
 * Tencent Cloud SMS `SendSms` (version 2021-01-11), signed with TC3-HMAC-SHA256: the approved template
 * by id, its parameters in the order the tenant's settings give (`{1}`, `{2}`…), the SmsSdkAppId and
 * the signature. An `InternalError*` answer is an unknown outcome; any other error code, or a send
 * status other than `Ok`, is a refusal.
 */
export async function sendTencentSms(input: {
  fetch: Fetch;
  endpoint?: string;
  credentials: TencentCredentials;
  settings: TencentSmsSettings;
  sms: OutgoingSms;
  now: Date;
}): Promise<SmsReceipt> {
  const { settings, sms } = input;
  const template = settings.templates[sms.message.templateKey];
  if (!template) throw new SmsRejectedError('tencent', 'template_not_configured');
  const endpoint = input.endpoint ?? TENCENT_SMS_ENDPOINT;
  const host = new URL(endpoint).host;
  const payload = JSON.stringify({
    PhoneNumberSet: [`+86${sms.message.phone}`],
    SmsSdkAppId: settings.smsSdkAppId,
    SignName: sms.signName,
    TemplateId: template.templateId,
    TemplateParamSet: template.params.map((name) => sms.message.params[name] ?? ''),
    SessionContext: sms.message.idempotencyKey,
  });
  const contentType = 'application/json; charset=utf-8';
  const timestamp = Math.floor(input.now.getTime() / 1000);
  const signed = tc3Sign({
    ...input.credentials,
    service: 'sms',
    host,
    timestamp,
    contentType,
    payload,
  });
  const answer = await postToProvider('tencent', input.fetch, `${endpoint}/`, {
    headers: {
      Authorization: signed.authorization,
      'Content-Type': contentType,
      'X-TC-Action': 'SendSms',
      'X-TC-Version': '2021-01-11',
      'X-TC-Timestamp': String(timestamp),
      'X-TC-Region': settings.region,
    },
    body: payload,
  });
  const parsed = AnswerSchema.safeParse(answer.body);
  if (!parsed.success)
    throw new SmsOutcomeUnknownError('tencent', `unreadable answer (http ${answer.status})`);
  const { Error: error, SendStatusSet } = parsed.data.Response;
  if (error) {
    if (error.Code.startsWith('InternalError')) throw new SmsOutcomeUnknownError('tencent', error.Code);
    throw new SmsRejectedError('tencent', error.Code);
  }
  const status = SendStatusSet?.[0];
  if (!status) throw new SmsOutcomeUnknownError('tencent', 'no send status');
  if (status.Code !== 'Ok') throw new SmsRejectedError('tencent', status.Code);
  return status.SerialNo ? { providerMessageId: status.SerialNo } : {};
}
