import { z } from 'zod';
import { SMS_TEMPLATE_KEYS, type SmsTemplateKey } from '../ports/notifier.js';
import { placeholdersOf, SMS_TEMPLATE_PARAMS } from './sms-templates.js';

/** The product's SMS signature (签名), as a provider shows it before the text. */
export const SMS_SIGNATURE = '不打烊';

/**
 * Prefix every provider secret's name carries. The function may read only secrets under it, so a
 * tenant's settings cannot point the product at another secret of the account.
 */
export const SMS_SECRET_PREFIX = 'openhall/sms/';

const SmsTemplateKeySchema = z.enum(SMS_TEMPLATE_KEYS);

const SecretNameSchema = z
  .string()
  .max(512)
  .regex(
    /^openhall\/sms\/[A-Za-z0-9/_+=.@-]+$/,
    `expected the name of a Secrets Manager secret under "${SMS_SECRET_PREFIX}"`,
  );

/** Tencent Cloud SMS (SendSms 2021-01-11): approved templates take positional parameters. */
const TencentSmsSchema = z.object({
  kind: z.literal('tencent'),
  /** Secret holding `{"secretId": "...", "secretKey": "..."}`. */
  secretName: SecretNameSchema,
  /** The SMS application's SdkAppId, e.g. 1400006666. */
  smsSdkAppId: z.string().regex(/^\d{6,20}$/),
  region: z
    .string()
    .regex(/^[a-z]+(-[a-z]+)+$/)
    .default('ap-guangzhou'),
  /** Per template: its approved id and the named parameters in the order its {1}, {2}… take them. */
  templates: z.partialRecord(
    SmsTemplateKeySchema,
    z.object({ templateId: z.string().regex(/^\d{1,20}$/), params: z.array(z.string()).max(10) }),
  ),
});

/** Alibaba Cloud SMS (dysmsapi SendSms 2017-05-25): approved templates take named JSON parameters. */
const AlibabaSmsSchema = z.object({
  kind: z.literal('alibaba'),
  /** Secret holding `{"accessKeyId": "...", "accessKeySecret": "..."}`. */
  secretName: SecretNameSchema,
  templates: z.partialRecord(
    SmsTemplateKeySchema,
    z.object({ templateCode: z.string().regex(/^SMS_\d{1,20}$/) }),
  ),
});

/** A district's own gateway: an HTTPS POST of the rendered text, signed with HMAC-SHA256. */
const WebhookSmsSchema = z.object({
  kind: z.literal('webhook'),
  /** Secret holding `{"signingKey": "..."}` (at least 32 characters). */
  secretName: SecretNameSchema,
  url: z.url({ protocol: /^https$/, hostname: z.regexes.domain }),
});

/** Which provider sends a tenant's SMS, with the non-secret part of its settings. */
export const SmsProviderSettingsSchema = z
  .discriminatedUnion('kind', [TencentSmsSchema, AlibabaSmsSchema, WebhookSmsSchema])
  .meta({ id: 'SmsProviderSettings' });
export type SmsProviderSettings = z.infer<typeof SmsProviderSettingsSchema>;

/** A tenant's text messages: its signature, its zh texts and its provider. */
export const NotificationSettingsSchema = z
  .object({
    /** The approved signature (短信签名) shown as 【…】 before every text. */
    signName: z.string().min(2).max(20).default(SMS_SIGNATURE),
    /** The tenant's zh texts, each as its provider approved it; a missing one is the product's default. */
    texts: z.partialRecord(SmsTemplateKeySchema, z.string().min(1).max(300)).default({}),
    /** No provider: nothing is sent, and a policy that needs SMS codes answers `sms_unavailable`. */
    sms: SmsProviderSettingsSchema.optional(),
  })
  .superRefine((s, ctx) => {
    for (const [key, text] of Object.entries(s.texts) as [SmsTemplateKey, string][]) {
      for (const name of placeholdersOf(text)) {
        if (!SMS_TEMPLATE_PARAMS[key].includes(name))
          ctx.addIssue({
            code: 'custom',
            message: `"${key}" takes no parameter "{${name}}" (it takes ${SMS_TEMPLATE_PARAMS[key].join(', ')})`,
            path: ['texts', key],
          });
      }
    }
    if (s.sms?.kind === 'tencent') {
      for (const [key, template] of Object.entries(s.sms.templates) as [
        SmsTemplateKey,
        { params: string[] },
      ][]) {
        template.params.forEach((name, i) => {
          if (!SMS_TEMPLATE_PARAMS[key].includes(name))
            ctx.addIssue({
              code: 'custom',
              message: `"${key}" takes no parameter "${name}"`,
              path: ['sms', 'templates', key, 'params', i],
            });
        });
      }
    }
  })
  .meta({ id: 'NotificationSettings' });
export type NotificationSettings = z.infer<typeof NotificationSettingsSchema>;
