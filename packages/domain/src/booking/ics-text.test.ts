import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, icsDocument } from './ics-text.js';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('escapeIcsText', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b;c', 'a\\,b\\;c'],
    ['C:\\path', 'C:\\\\path'],
    ['line1\nline2\r\nline3\rline4', 'line1\\nline2\\nline3\\nline4'],
    ['中文，逗号；不转义', '中文，逗号；不转义'],
    ['bell\u0007 tab\tkept', 'bell tab\tkept'],
    ['\\,', '\\\\\\,'],
  ])('%j -> %j', (input, escaped) => {
    expect(escapeIcsText(input)).toBe(escaped);
  });
});

describe('foldIcsLine', () => {
  it.each([
    ['short ASCII', 'SUMMARY:hello'],
    ['exactly 75 octets', `X:${'a'.repeat(73)}`],
    ['long ASCII', `DESCRIPTION:${'a'.repeat(300)}`],
    ['long Chinese', `DESCRIPTION:${'公司企业登记需要携带营业执照'.repeat(12)}`],
    ['mixed widths', `LOCATION:${'淄博a市b政务服务中心😀'.repeat(15)}`],
  ])('%s: every physical line <= 75 octets, no character cut, unfolds to the original', (_label, line) => {
    const folded = foldIcsLine(line);
    for (const physical of folded.split('\r\n')) {
      expect(octets(physical)).toBeLessThanOrEqual(75);
      expect(physical).not.toMatch(/\uFFFD/);
    }
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((p) => p.startsWith(' ')),
    ).toBe(true);
    expect(unfold(folded)).toBe(line);
    // Byte-level check: re-decoding each physical line strictly proves no UTF-8 sequence was split.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const physical of folded.split('\r\n')) {
      expect(decoder.decode(new TextEncoder().encode(physical))).toBe(physical);
    }
  });

  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldIcsLine(`X:${'a'.repeat(73)}`)).not.toContain('\r\n');
    expect(foldIcsLine(`X:${'a'.repeat(74)}`)).toBe(`X:${'a'.repeat(73)}\r\n a`);
  });

  it('moves a Chinese character that would straddle the limit to the next line', () => {
    // 73 ASCII octets + one 3-octet character would make 76.
    expect(foldIcsLine(`${'a'.repeat(73)}中`)).toBe(`${'a'.repeat(73)}\r\n 中`);
  });
});

describe('icsDocument', () => {
  it('joins with CRLF and ends with CRLF', () => {
    expect(icsDocument(['A:1', 'B:2'])).toBe('A:1\r\nB:2\r\n');
  });
});
