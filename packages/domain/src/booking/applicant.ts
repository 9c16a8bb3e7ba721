import { z } from 'zod';
import { TextLineSchema } from '../shared/primitives.js';

/** Middle dots people type between the parts of a name (阿依古丽·买买提); all become U+00B7. */
const MIDDLE_DOTS = /[\u00B7\u2022\u2027\u2219\u22C5\u30FB\uFF0E\uFF65]/g;
const NAME = /^[\p{Script=Han}\p{Script=Latin}]+(?:[ \u00B7][\p{Script=Han}\p{Script=Latin}]+)*$/u;
const MOBILE = /^1[3-9]\d{9}$/;

/** Full-width forms to ASCII, one middle dot, single spaces. */
export function normaliseName(input: string): string {
  return input
    .replace(MIDDLE_DOTS, '\u00B7')
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .replace(/ ?\u00B7 ?/g, '\u00B7')
    .trim();
}

/**
 * A mainland mobile number as 11 digits: drops a +86 / 0086 country code, spaces and dashes.
 * @example normalisePhone('+86 138-1234-5678') // '13812345678'
 */
export function normalisePhone(input: string): string {
  const compact = input.normalize('NFKC').replace(/[\s-]/g, '');
  return compact.replace(/^(?:\+86|0086)(?=1\d{10}$)/, '');
}

/** True for a mainland mobile number once normalised. */
export function isMobilePhone(input: string): boolean {
  return MOBILE.test(normalisePhone(input));
}

/**
 * Hides the middle four digits, as Chinese receipts and SMS do.
 * @example maskPhone('13812345678') // '138****5678'
 */
export function maskPhone(phone: string): string {
  const p = normalisePhone(phone);
  return p.length < 8 ? '*'.repeat(p.length) : `${p.slice(0, 3)}${'*'.repeat(p.length - 7)}${p.slice(-4)}`;
}

/**
 * Keeps the first character (the family name of a Chinese name) and hides the rest, per character.
 * @example maskName('张三丰') // '张**'
 */
export function maskName(name: string): string {
  const chars = Array.from(name);
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/** The person a booking is for, as entered. Refinements (not patterns) so the OpenAPI document does not reject what the server accepts. */
export const ApplicantSchema = z
  .object({
    name: z
      .string()
      .overwrite(normaliseName)
      .min(2, 'name: at least 2 characters')
      .max(40, 'name: at most 40 characters')
      .refine((s) => NAME.test(s), 'name: Chinese or Latin letters, spaces and a middle dot (·) only')
      .meta({ example: '李明' }),
    phone: z
      .string()
      .overwrite(normalisePhone)
      .refine((s) => MOBILE.test(s), 'phone: expected a mainland mobile number such as 13812345678')
      .meta({ example: '13812345678' }),
    /** 单位: the company or body the applicant comes for. */
    organisation: TextLineSchema(100).optional(),
    /** 委托代理人: the applicant acts for someone else under an authorisation. */
    agent: z.boolean().default(false),
  })
  .meta({ id: 'Applicant' });
export type Applicant = z.infer<typeof ApplicantSchema>;
export type ApplicantInput = z.input<typeof ApplicantSchema>;

/** An applicant as shown in listings: name and phone masked. */
export const MaskedApplicantSchema = z
  .object({
    name: z.string().meta({ example: '李*' }),
    phone: z.string().meta({ example: '138****5678' }),
    organisation: z.string().optional(),
    agent: z.boolean(),
  })
  .meta({ id: 'MaskedApplicant' });
export type MaskedApplicant = z.infer<typeof MaskedApplicantSchema>;

export function maskApplicant(a: Applicant): MaskedApplicant {
  return { ...a, name: maskName(a.name), phone: maskPhone(a.phone) };
}
