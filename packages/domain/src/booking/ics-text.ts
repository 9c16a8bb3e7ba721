// RFC 5545 text mechanics: TEXT escaping (3.3.11) and line folding (3.1).

const encoder = new TextEncoder();
const MAX_OCTETS = 75;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; drops other control characters. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .split('')
    .filter((c) => !isForbiddenControl(c.charCodeAt(0)))
    .join('');
}

/** RFC 5545 TEXT allows no control character but HTAB (line breaks are escaped before this). */
function isForbiddenControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09) || code === 0x7f;
}

/**
 * Folds one content line so no physical line exceeds 75 octets (the leading space of a
 * continuation counts), splitting between code points only, so a multi-byte UTF-8 character
 * (every Chinese character is 3 octets) is never cut.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Content lines joined with CRLF, each folded, ending with CRLF as RFC 5545 requires. */
export function icsDocument(lines: readonly string[]): string {
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
