/**
 * Words citizens use for the same thing (社保 for 社会保障): each group is one meaning, its first
 * word the one every other is read as when searching. A tenant adds its own words to a matter
 * (`keywords`); this table holds what is said the same way everywhere.
 */
export const MATTER_SYNONYMS: readonly (readonly string[])[] = [
  ['社保', '社会保障'],
  ['医保', '医疗保障', '医疗保险'],
  ['公积金', '住房公积金'],
  ['营业执照', '企业登记', '公司登记', '企业注册', '公司注册'],
  ['不动产', '房产', '房屋产权'],
];

/** Every word of the table with the word it is read as, longest first, so 社会保障 goes before 社保. */
const READINGS: readonly [string, string][] = MATTER_SYNONYMS.flatMap((group) =>
  group.map((word): [string, string] => [word, group[0]!]),
).sort((a, b) => b[0].length - a[0].length);

/**
 * The text with each synonym replaced by its group's first word: 社会保障卡申领 reads 社保卡申领.
 * Query and matter are both read this way, so either word finds the other.
 */
export function canonicalWords(text: string): string {
  let out = text;
  for (const [word, canonical] of READINGS) out = out.split(word).join(canonical);
  return out;
}
