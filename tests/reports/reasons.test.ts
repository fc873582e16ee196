import { describe, expect, it } from 'vitest';
import {
  REASON_CATEGORIES,
  REASON_RULES,
  reasonCategoryLabel,
  translateReason,
} from '../../src/reports/reasons.js';
import { UNJUDGED_STATUSES } from '../../src/reports/summary.js';
import { seedsInput } from './seeds.js';

/** English words of the engine's reasons: none may be left in a Chinese reason. */
const ENGINE_WORDS =
  /\b(no|for|the|is|are|met|not|of|in|at|by|target|actual|actuals|series|figure|figures|published|partial|year|growth|level|levels|caliber|match|matched|alias|bound|preliminary|attainment|deadline|due|against|exists|which|scope|rate|reward|derived|several|industries|previous)\b/i;

describe('REASON_RULES: each rule translates its example', () => {
  for (const rule of REASON_RULES)
    it(`${rule.name}: ${rule.example[0]}`, () => {
      const t = translateReason(rule.example[0]);
      expect(t.parts.map((p) => p.rule)).toEqual([rule.name]);
      expect(t.text).toBe(rule.example[1]);
      expect(t.untranslated).toEqual([]);
    });

  it('names each rule once, and each category it gives has labels in both languages', () => {
    const names = REASON_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of REASON_RULES)
      if (r.category) {
        expect(reasonCategoryLabel(r.category, 'zh')).toMatch(/\p{Script=Han}/u);
        expect(reasonCategoryLabel(r.category, 'en')).toMatch(/^[A-Z]/);
      }
    expect(Object.keys(REASON_CATEGORIES)).toContain('other');
  });
});

describe('translateReason', () => {
  it('reads a verdict with its caveats, prefixes included, and joins the parts with ；', () => {
    const t = translateReason(
      'deadline passed and target not met: 2021 12.2% against 13% due 2021; attainment 93.8%; match: preliminary (预计) figures for 2018, 2019; bounded figures (>, ~…) for 2018',
    );
    expect(t.parts.map((p) => p.rule)).toEqual([
      'verdict',
      'attainment',
      'match-prefix',
      'preliminary-years',
      'bounded-years',
    ]);
    expect(t.text).toBe(
      '已到期，目标未实现：2021年实际12.2%，目标13%（2021年到期）；完成度93.8%；匹配说明：2018、2019年为预计数；2018年的数据为区间值（超过、约…）',
    );
  });

  it('keeps a zone class whose own text holds "; " as one part', () => {
    const t = translateReason(
      'no actual for 武汉市 / 到位资金 / 占比 at scope 中心城区 (a zone class; no figures for its members 江岸区, 江汉区); 到位资金 exists for 东湖新技术开发区, which is not 中心城区',
    );
    expect(t.parts.map((p) => p.rule)).toEqual(['zone-class-scope', 'exists-for-scope']);
    expect(t.category).toBe('other_scope');
    expect(t.text).toBe(
      '武汉市 / 到位资金 / 占比在“中心城区”范围无实际值（园区类别，其成员江岸区、江汉区均无数据）；“到位资金”只有东湖新技术开发区的数据，不是中心城区',
    );
  });

  it('writes English unit names in Chinese and n/a as —', () => {
    expect(translateReason('target met: 2021 768 count against 600 count due 2021').text).toBe(
      '目标已实现：2021年实际768个，目标600个（2021年到期）',
    );
    expect(translateReason('力争 n/a cannot be confirmed').text).toBe('力争目标—无法确认是否实现');
  });

  it('takes the kind of reason from the first part that has one', () => {
    const t = translateReason(
      'no actual for 武汉市 / 光电子信息 / 产值; 产业规模 exists but is a different metric',
    );
    expect(t.parts.map((p) => p.rule)).toEqual(['no-actual', 'other-metric']);
    expect(t.category).toBe('other_metric');
    expect(translateReason('target met: 2021 5% against 4% due 2021').category).toBe('other');
  });

  it('keeps a part no rule reads in English and names it; English asks for nothing', () => {
    const t = translateReason('no full-year actual up to 2023; a brand new caveat from the engine');
    expect(t.untranslated).toEqual(['a brand new caveat from the engine']);
    expect(t.text).toBe('截至2023年没有全年实际值；a brand new caveat from the engine');
    const en = translateReason('no full-year actual up to 2023; a brand new caveat from the engine', 'en');
    expect(en.text).toBe('no full-year actual up to 2023; a brand new caveat from the engine');
    expect(en.untranslated).toEqual([]);
    expect(en.category).toBe('no_values');
  });

  it('keeps a caliber note in Chinese as it is, and translates the bundled data’s English notes', () => {
    expect(translateReason('match: caliber: 不含农户').text).toBe('匹配说明：口径：不含农户');
    expect(
      translateReason('match: caliber: 合计 of several industries; 2 partial-year figure(s) left out').text,
    ).toBe('匹配说明：口径：多个产业合计；未使用2个非全年数据');
  });
});

describe("the seeds' gap rows", () => {
  it('have every reason translated: no part left in English, no English word of the engine in the Chinese', async () => {
    const { gaps } = await seedsInput();
    expect(gaps.length).toBeGreaterThan(300);
    const untranslated = new Set<string>();
    const english: string[] = [];
    for (const g of gaps) {
      const t = translateReason(g.reason);
      for (const u of t.untranslated) untranslated.add(u);
      if (ENGINE_WORDS.test(t.text)) english.push(t.text);
    }
    expect([...untranslated]).toEqual([]);
    expect(english).toEqual([]);
  });

  it('give every row without a verdict a kind of reason', async () => {
    const { gaps } = await seedsInput();
    const unjudged = gaps.filter((g) => UNJUDGED_STATUSES.has(g.status));
    const other = unjudged.filter((g) => translateReason(g.reason).category === 'other');
    expect(unjudged.length).toBeGreaterThan(250);
    expect(other.map((g) => g.reason)).toEqual([]);
  });
});
