import { describe, expect, it } from 'vitest';
import { ApplicantSchema, maskApplicant, maskName, maskPhone, normalisePhone } from './applicant.js';

const valid = { name: '李明', phone: '13812345678' };

describe('ApplicantSchema name', () => {
  it.each([
    ['李明', '李明'],
    ['  王小二  ', '王小二'],
    ['阿依古丽·买买提', '阿依古丽·买买提'],
    ['阿依古丽・买买提', '阿依古丽·买买提'],
    ['阿依古丽 • 买买提', '阿依古丽·买买提'],
    ['Anna  Müller', 'Anna Müller'],
    ['Ｌｉ Ｍｉｎｇ', 'Li Ming'],
  ])('accepts %j as %j', (name, expected) => {
    expect(ApplicantSchema.parse({ ...valid, name }).name).toBe(expected);
  });

  it.each([
    ['one character', '李'],
    ['digits', '李明2'],
    ['a leading dot', '·李明'],
    ['two dots in a row', '阿依··买买提'],
    ['punctuation', '李明!'],
    ['too long', '李'.repeat(41)],
    ['Cyrillic', 'Иван'],
  ])('rejects %s', (_label, name) => {
    expect(ApplicantSchema.safeParse({ ...valid, name }).success).toBe(false);
  });
});

describe('ApplicantSchema phone', () => {
  it.each([
    ['13812345678'],
    ['+86 138 1234 5678'],
    ['+86-138-1234-5678'],
    ['0086 13812345678'],
    ['138-1234-5678'],
    ['１３８１２３４５６７８'],
  ])('accepts %j', (phone) => {
    expect(ApplicantSchema.parse({ ...valid, phone }).phone).toBe('13812345678');
  });

  it.each([
    ['a landline', '0533-2512345'],
    ['12 digits', '138123456789'],
    ['second digit 2', '12812345678'],
    ['another country code', '+852 13812345678'],
    ['letters', '1381234567a'],
  ])('rejects %s', (_label, phone) => {
    const r = ApplicantSchema.safeParse({ ...valid, phone });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/mobile/);
  });
});

describe('ApplicantSchema other fields', () => {
  it('defaults agent to false and keeps organisation', () => {
    expect(ApplicantSchema.parse({ ...valid, organisation: ' 淄博某某科技有限公司 ' })).toEqual({
      ...valid,
      organisation: '淄博某某科技有限公司',
      agent: false,
    });
    expect(ApplicantSchema.parse({ ...valid, agent: true }).agent).toBe(true);
  });

  it('limits organisation to 100 characters', () => {
    expect(ApplicantSchema.safeParse({ ...valid, organisation: '公'.repeat(101) }).success).toBe(false);
  });
});

describe('masking', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 139-0000-1111', '139****1111'],
  ])('maskPhone(%j) = %j', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it.each([
    ['李明', '李*'],
    ['欧阳小明', '欧***'],
    ['Li', 'L*'],
  ])('maskName(%j) = %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('masks a whole applicant', () => {
    expect(maskApplicant(ApplicantSchema.parse(valid))).toEqual({
      name: '李*',
      phone: '138****5678',
      agent: false,
    });
  });

  it('normalisePhone leaves a non-mainland number recognisably wrong', () => {
    expect(normalisePhone('+852 9123 4567')).toBe('+85291234567');
  });
});
