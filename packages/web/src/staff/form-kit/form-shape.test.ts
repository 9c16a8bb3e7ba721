import { describe, expect, it } from 'vitest';
import { type FormBody, overlay, shapeOf, valueAt } from './form-shape.js';

describe('shapeOf', () => {
  it('builds nested objects and rows from dotted names, rows in number order with gaps closed', () => {
    const body: FormBody = {
      'name.zh': '事项',
      'name.en': 'Matter',
      'materials:rows': '',
      'materials.7.zh': '第二',
      'materials.2.zh': '第一',
      'materials.12.zh': '第三',
    };
    expect(shapeOf(body)).toEqual({
      name: { zh: '事项', en: 'Matter' },
      materials: [{ zh: '第一' }, { zh: '第二' }, { zh: '第三' }],
    });
  });

  it('reads each kind of field as its name says', () => {
    const body: FormBody = {
      'staffCount:num': '3',
      'floor:num': '',
      'bad:num': '两个',
      'promisedDays:num-or-null': '',
      'days:num-or-null': '20',
      'instant:bool': ['false', 'true'],
      'retired:bool': 'false',
      'windowIds:list': ['', 'b02', 'b11'],
      'none:list': '',
      'phone:opt': '  ',
      'keywords:words': '开公司，营业执照、 执照 ,',
      'empty:words': ' ',
      code: '  B02 ',
    };
    expect(shapeOf(body)).toEqual({
      staffCount: 3,
      floor: undefined,
      bad: '两个',
      promisedDays: null,
      days: 20,
      instant: true,
      retired: false,
      windowIds: ['b02', 'b11'],
      none: [],
      phone: undefined,
      keywords: ['开公司', '营业执照', '执照'],
      empty: undefined,
      code: '  B02 ',
    });
  });

  it("gives no row left as an empty list, and ignores the form's own fields", () => {
    expect(shapeOf({ 'materials:rows': '', _version: '3', _confirmStranded: 'true' })).toEqual({
      materials: [],
    });
  });

  it('never writes through a prototype, nor takes empty path segments', () => {
    const shape = shapeOf({
      '__proto__.polluted': 'yes',
      'a.constructor.prototype.polluted': 'yes',
      'name..zh': 'x',
      'name.zh': '名称',
    });
    expect(shape).toEqual({ name: { zh: '名称' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps nested rows apart (sessions inside special periods)', () => {
    const shape = shapeOf({
      'p:rows': '',
      'p.4.hours.sessions:rows': '',
      'p.4.hours.sessions.9.from': '09:00',
      'p.1.hours.sessions:rows': '',
    });
    expect(shape).toEqual({ p: [{ hours: { sessions: [] } }, { hours: { sessions: [{ from: '09:00' }] } }] });
  });
});

describe('overlay', () => {
  it('merges objects, replaces lists and values, and removes what is posted as absent', () => {
    const current = { a: { b: 1, c: 2 }, list: [1, 2, 3], phone: '0533-1', keep: true };
    expect(overlay(current, { a: { b: 5 }, list: [9], phone: undefined })).toEqual({
      a: { b: 5, c: 2 },
      list: [9],
      keep: true,
    });
  });
});

describe('valueAt', () => {
  it('reads a dotted path through objects and lists', () => {
    expect(valueAt({ a: [{ b: 'x' }] }, 'a.0.b')).toBe('x');
    expect(valueAt({ a: null }, 'a.b')).toBeUndefined();
  });
});
