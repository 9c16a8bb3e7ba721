import { seedConfigs } from '@openhall/seed';
import { describe, expect, it } from 'vitest';
import { canonicalWords } from './matter-synonyms.js';
import { pinyinInitials } from './pinyin-initials.js';
import { matterMatches, searchMatters } from './search-matters.js';

const chengde = seedConfigs.find((c) => c.tenant.id === 'chengde-gxq')!;
const zaozhuang = seedConfigs.find((c) => c.tenant.id === 'zaozhuang-gxq')!;

const names = (config: typeof chengde, q: string) =>
  searchMatters(config, { q }, pinyinInitials).map((m) => m.name.zh);

const card = {
  name: { zh: '社会保障卡申领', en: 'Social security card application' },
  category: '人力资源和社会保障',
};

describe('matterMatches', () => {
  it.each([
    ['社会保障卡', true],
    ['社保', true],
    ['社保卡', true],
    ['sbk', true],
    ['SBK', true],
    ['shbzk', true],
    ['社 保', true],
    ['social security', true],
    ['医保', false],
    ['gjj', false],
    ['k', false],
  ])('"%s" finds 社会保障卡申领: %s', (q, found) => {
    expect(matterMatches(card, q, pinyinInitials)).toBe(found);
  });

  it('finds a matter by the keywords its tenant gave it, and their initials', () => {
    const matter = { ...card, keywords: ['社保卡补办'] };
    expect(matterMatches(card, '补办')).toBe(false);
    expect(matterMatches(matter, '补办')).toBe(true);
    expect(matterMatches(matter, 'bb', pinyinInitials)).toBe(true);
  });

  it.each([
    ['医保', '医疗保障待遇'],
    ['公积金', '住房公积金提取'],
    ['营业执照', '公司（企业）登记'],
    ['房产', '不动产证书打印'],
  ])('reads "%s" as a word of the same meaning in %s', (q, zh) => {
    expect(matterMatches({ name: { zh, en: 'x' }, category: 'x' }, q, pinyinInitials)).toBe(true);
  });
});

describe('canonicalWords', () => {
  it('reads the longer word first', () => {
    expect(canonicalWords('社会保障卡')).toBe('社保卡');
    expect(canonicalWords('住房公积金')).toBe('公积金');
  });
});

describe('searchMatters', () => {
  it('finds 社会保障卡申领 in Chengde by 社保 and by sbk', () => {
    expect(names(chengde, '社保')).toContain('社会保障卡申领');
    expect(names(chengde, 'sbk')).toEqual(['社会保障卡申领']);
  });

  it('finds company registration by 营业执照, and by category', () => {
    expect(names(zaozhuang, '营业执照')).toEqual(['公司（企业）登记']);
    expect(names(zaozhuang, '市场准入').length).toBeGreaterThan(1);
  });

  it('finds nothing for words of no matter', () => {
    expect(names(zaozhuang, '签证')).toEqual([]);
  });
});
