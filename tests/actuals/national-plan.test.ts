/**
 * A national plan end to end: the main indicators of the 十四五 plan (专栏1, written as target rows from the table in
 * tests/fixtures/actuals/national-14th-fyp/) against published figures typed into a CSV the way an economist would
 * (地区, 指标, 年份, 数值, 单位, 比上年增长(%), 来源, 原文; every figure with its page and quote, see the README there).
 * Every indicator with data is paired; every other one says why, and the reason is the right one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadActuals } from '../../src/actuals/load.js';
import { loadMapping } from '../../src/actuals/mapping.js';
import { matchActuals, matchTable } from '../../src/actuals/match.js';
import type { ActualRow, LoadResult, TargetMatch } from '../../src/actuals/types.js';
import { computeGaps } from '../../src/gaps/compute.js';
import { loadTargets } from '../../src/targets/read.js';
import type { TargetRow } from '../../src/targets/types.js';

const DIR = 'tests/fixtures/actuals/national-14th-fyp';
let loaded: LoadResult;
let targets: TargetRow[];
let matches: TargetMatch[];

beforeAll(async () => {
  loaded = await loadActuals(`${DIR}/actuals.csv`);
  targets = loadTargets(`${DIR}/targets.csv`);
  matches = matchActuals(targets, loaded.rows, { mapping: loadMapping(`${DIR}/mapping.csv`) });
});

const bySubject = (s: string): TargetMatch => {
  const m = matches.find((x) => x.target.subject === s);
  if (!m) throw new Error(`no target ${s}`);
  return m;
};
const years = (m: TargetMatch) => m.series.map((a) => a.year);

describe('the 十四五 main indicators against typed national figures', () => {
  it('loads every typed figure, the nation as 全国 100000 with scope 全国, 亿斤 in tonnes, 岁 in years', () => {
    expect(loaded.rowsIn).toBe(20);
    expect(loaded.rejects).toEqual([]);
    expect(loaded.warnings).toEqual([]);
    for (const r of loaded.rows)
      expect([r.region, r.region_code, r.scope]).toEqual(['全国', '100000', '全国']);
    const grain = loaded.rows.find((r) => r.indicator === '粮食产量') as ActualRow;
    expect([grain.value, grain.unit]).toEqual([14130 * 5e4, 'tonne']);
    expect(loaded.rows.find((r) => r.indicator === '人均预期寿命')?.unit).toBe('years');
  });

  it('pairs every indicator that has data, whatever the spelling', () => {
    const paired: Record<string, number[]> = {
      常住人口城镇化率: [2023, 2024, 2025], // a % level: 比率 on the target side, read the same on the actual side
      全社会研发经费投入: [2023], // 研发 = 研究与试验发展, (R&D) a gloss, 全社会 a leading word
      每万人口高价值发明专利拥有量: [2025],
      城镇调查失业率: [2025],
      '每千人口拥有执业（助理）医师数': [2022, 2023], // full-width brackets, 拥有, the 数 ending
      人均预期寿命: [2023, 2024], // 岁
      地级及以上城市空气质量优良天数比率: [2021, 2022, 2024], // 比率 vs 比例
      地表水达到或好于Ⅲ类水体比例: [2021, 2022, 2023, 2024], // the mapping table
    };
    for (const [subject, ys] of Object.entries(paired)) {
      const m = bySubject(subject);
      expect(m.method, `${subject}: ${m.reason}`).not.toBeNull();
      expect(years(m), subject).toEqual(ys);
    }
    expect(bySubject('地表水达到或好于Ⅲ类水体比例').method).toMatch(/^mapping:/);
    expect(bySubject('地表水达到或好于Ⅲ类水体比例').reason).toMatch(/paired by the mapping table/);
  });

  it('gives every other indicator the right reason: no series, and never a pair across metrics', () => {
    const none = [
      '数字经济核心产业增加值占GDP比重',
      '劳动年龄人口平均受教育年限',
      '基本养老保险参保率',
      '每千人口拥有3岁以下婴幼儿托位数',
      '单位GDP能源消耗',
      '单位GDP二氧化碳排放',
      '森林覆盖率',
      '能源综合生产能力',
      // 粮食产量 (production) is published, but the plan's indicator is capacity: not the same thing
      '粮食综合生产能力',
    ];
    for (const s of none) {
      const m = bySubject(s);
      expect(m.series, s).toEqual([]);
      expect(m.reason, s).toMatch(
        new RegExp(`^no actual for 全国 / ${s.replace(/[()]/g, '\\$&')} / [^:]+: no series for`),
      );
    }
    expect(matches.filter((m) => m.method !== null)).toHaveLength(8);
    expect(matches).toHaveLength(17);
  });

  it('without the mapping row the water indicator is not paired, and with it the match table shows the row', () => {
    const [plain] = matchActuals([bySubject('地表水达到或好于Ⅲ类水体比例').target], loaded.rows);
    expect(plain!.series).toEqual([]);
    const row = matchTable(matches).find((r) => r.subject === '地表水达到或好于Ⅲ类水体比例')!;
    expect(row.mapping).toBe('地表水达到或好于Ⅲ类水体比例→地表水水质优良(Ⅰ—Ⅲ类)断面比例');
    expect(row.actual_indicator).toBe('地表水水质优良(Ⅰ—Ⅲ类)断面比例');
    expect(row.score).toBe(1);
  });

  it('pairs 全国 targets written with the extractor’s default scope 全市 and no code', () => {
    const t = { ...bySubject('常住人口城镇化率').target, scope: '全市', region_code: null };
    const [m] = matchActuals([t], loaded.rows);
    expect(years(m!)).toEqual([2023, 2024, 2025]);
  });

  it('judges the paired indicators due in 2025 on the 2025 figures', () => {
    const gaps = computeGaps(targets, loaded.rows, { asOf: 2025, matchActuals: () => matches });
    const status = (s: string) => gaps.filter((g) => g.subject === s && g.judged_year === 2025)[0]?.status;
    expect(status('常住人口城镇化率')).toBe('achieved'); // 67.89 ≥ 65
    expect(status('每万人口高价值发明专利拥有量')).toBe('achieved'); // 16 ≥ 12
    expect(status('城镇调查失业率')).toBe('achieved'); // 5.2 < 5.5
  });
});
