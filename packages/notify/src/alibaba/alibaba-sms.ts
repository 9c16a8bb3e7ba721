import { SmsOutcomeUnknownError, type SmsProviderSettings, SmsRejectedError } from '@openhall/domain';
import type { OutgoingSms, SmsReceipt } from '@openhall/services';
import { z } from 'zod';
import { type Fetch, postToProvider } from '../provider-call.js';
import { rpcSignature } from './rpc-signature.js';

export const ALIBABA_SMS_ENDPOINT = 'https://dysmsapi.aliyuncs.com';

export type AlibabaSmsSettings = Extract<SmsProviderSettings, { kind: 'alibaba' }>;

/** What the tenant's secret holds for Alibaba Cloud. */
export const AlibabaCredentialsSchema = z.object({
  accessKeyId: z.string().min(1),
  accessKeySecret: z.string().min(1),
});
export type AlibabaCredentials = z.infer<typeof AlibabaCredentialsSchema>;

const AnswerSchema = z.object({
  Code: z.string(),
  Message: z.string().optional(),
  BizId: z.string().optional(),
  RequestId: z.string().optional(),
});

/** Codes after which the message may or may not have gone out. */
const UNKNOWN_OUTCOME = new Set(['isp.SYSTEM_ERROR', 'InternalError', 'ServiceUnavailable']);

/**
 * Alibaba Cloud SMS `SendSms` (dysmsapi 2017-05-25), an RPC call signed with HMAC-SHA1 (signature 1.0)
 * and POSTed as a form, so the phone is in the body, not in a URL: the template by its code, the
 * parameters as a JSON object, the signature, and the idempotency key as `OutId` (echoed in delivery
 * receipts). SendSms is not idempotent: the caller's ledger claims the key before this is called.
 */
export async function sendAlibabaSms(input: {
  fetch: Fetch;
  endpoint?: string;
  credentials: AlibabaCredentials;
  settings: AlibabaSmsSettings;
  sms: OutgoingSms;
  now: Date;
  nonce: string;
}): Promise<SmsReceipt> {
  const { settings, sms } = input;
  const template = settings.templates[sms.message.templateKey];
  if (!template) throw new SmsRejectedError('alibaba', 'template_not_configured');
  const params: Record<string, string> = {
    AccessKeyId: input.credentials.accessKeyId,
    Action: 'SendSms',
    Format: 'JSON',
    OutId: sms.message.idempotencyKey,
    PhoneNumbers: sms.message.phone,
    RegionId: 'cn-hangzhou',
    SignName: sms.signName,
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: input.nonce,
    SignatureVersion: '1.0',
    TemplateCode: template.templateCode,
    TemplateParam: JSON.stringify(sms.message.params),
    Timestamp: input.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    Version: '2017-05-25',
  };
  const Signature = rpcSignature('POST', params, input.credentials.accessKeySecret);
  const answer = await postToProvider('alibaba', input.fetch, `${input.endpoint ?? ALIBABA_SMS_ENDPOINT}/`, {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...params, Signature }).toString(),
  });
  const parsed = AnswerSchema.safeParse(answer.body);
  if (!parsed.success)
    throw new SmsOutcomeUnknownError('alibaba', `unreadable answer (http ${answer.status})`);
  const { Code, BizId } = parsed.data;
  if (Code === 'OK') return BizId ? { providerMessageId: BizId } : {};
  if (UNKNOWN_OUTCOME.has(Code)) throw new SmsOutcomeUnknownError('alibaba', Code);
  throw new SmsRejectedError('alibaba', Code);
}
