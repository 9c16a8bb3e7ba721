import { seedConfig } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CancelRequestSchema, CreateBookingRequestSchema } from '../booking/booking-schemas.js';
import { CalendarOverrideChangeSchema } from '../calendar/calendar-override.js';
import { MatterQuerySchema } from '../tenant/search-matters.js';
import { TenantConfigSchema } from '../tenant/tenant-config.js';

/** Each schema with a valid input and a way to put `text` into one of its text fields. */
const config = seedConfig('zibo');
const fields: { field: string; schema: z.ZodType; input: (text: string) => unknown; multiLine: boolean }[] = [
  {
    field: 'tenant name (zh)',
    schema: TenantConfigSchema,
    input: (t) => ({
      ...config,
      tenant: { ...config.tenant, name: { ...config.tenant.name, zh: `淄博${t}市` } },
    }),
    multiLine: true,
  },
  {
    field: 'hall address (en)',
    schema: TenantConfigSchema,
    input: (t) => ({
      ...config,
      halls: config.halls.map((h, i) =>
        i === 0 ? { ...h, address: { ...h.address, en: `No. 1${t} Road` } } : h,
      ),
    }),
    multiLine: true,
  },
  {
    field: 'window code',
    schema: TenantConfigSchema,
    input: (t) => ({
      ...config,
      windows: config.windows.map((w, i) => (i === 0 ? { ...w, code: `A${t}12` } : w)),
    }),
    multiLine: false,
  },
  {
    field: 'applicant name',
    schema: CreateBookingRequestSchema,
    input: (t) => ({
      matterId: 'company-registration',
      hallId: 'zibo-center',
      start: '2026-03-03T09:00:00+08:00',
      applicant: { name: `王${t}小明`, phone: '13812345678' },
    }),
    multiLine: false,
  },
  {
    field: 'applicant organisation',
    schema: CreateBookingRequestSchema,
    input: (t) => ({
      matterId: 'company-registration',
      hallId: 'zibo-center',
      start: '2026-03-03T09:00:00+08:00',
      applicant: { name: '王小明', phone: '13812345678', organisation: `示例${t}公司` },
    }),
    multiLine: false,
  },
  {
    field: 'cancel reason',
    schema: CancelRequestSchema,
    input: (t) => ({ phone: '13812345678', reason: `临时有事${t}改天再来` }),
    multiLine: true,
  },
  {
    field: 'calendar override reason',
    schema: CalendarOverrideChangeSchema,
    input: (t) => ({ kind: 'restday', reason: `停电${t}检修` }),
    multiLine: false,
  },
  {
    field: 'matter search words',
    schema: MatterQuerySchema,
    input: (t) => ({ q: `营业${t}执照` }),
    multiLine: false,
  },
];

const refused = [
  { name: 'NUL', char: '\u0000' },
  { name: 'BEL', char: '\u0007' },
  { name: 'carriage return', char: '\r' },
  { name: 'ESC', char: '\u001B' },
  { name: 'DEL', char: '\u007F' },
  { name: 'C1 CSI', char: '\u009B' },
  { name: 'left-to-right embedding', char: '\u202A' },
  { name: 'right-to-left override', char: '\u202E' },
  { name: 'left-to-right isolate', char: '\u2066' },
  { name: 'pop directional isolate', char: '\u2069' },
];

/** The applicant name turns every run of white space (tab, line feed, carriage return) into one space. */
const normalisesWhiteSpace = (field: string) => field === 'applicant name';
const cases = fields.flatMap((f) =>
  refused.filter((c) => !(normalisesWhiteSpace(f.field) && /\s/.test(c.char))).map((c) => ({ ...f, ...c })),
);

describe('text fields refuse control and bidirectional-override characters', () => {
  it.each(fields)('accepts the plain $field', ({ schema, input }) => {
    expect(schema.safeParse(input('')).success).toBe(true);
  });

  it.each(cases)('refuses $name in the $field', ({ schema, input, char }) => {
    const result = schema.safeParse(input(char));
    expect(result.success).toBe(false);
    expect(result.error?.issues.length).toBeGreaterThan(0);
  });

  it.each(fields.filter((f) => !normalisesWhiteSpace(f.field)))(
    'takes tab and line feed only in a multi-line $field',
    ({ schema, input, multiLine }) => {
      expect(schema.safeParse(input('\n')).success).toBe(multiLine);
      expect(schema.safeParse(input('\t')).success).toBe(multiLine);
    },
  );

  it('names the character it refuses', () => {
    const result = CancelRequestSchema.safeParse({ phone: '13812345678', reason: 'ok\u202Etxt.exe' });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['reason'],
      message: 'contains U+202E: control and bidirectional-override characters are not allowed',
    });
  });
});
