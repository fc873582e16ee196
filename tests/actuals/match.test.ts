import { describe, expect, it } from 'vitest';
import { loadBundledActuals } from '../../src/actuals/bundled.js';
import { matchActuals } from '../../src/actuals/match.js';
import type { ActualRow } from '../../src/actuals/types.js';
import type { TargetRow } from '../../src/targets/types.js';

function target(p: Partial<TargetRow>): TargetRow {
  return {
    target_id: 't:0:1',
    doc_id: 'test',
    region: '武汉市',
    region_code: '420100',
    scope: '全市',
    subject: '地区生产总值',
    subject_type: 'indicator',
    metric: '总量',
    kind: 'level',
    aggregation: 'point',
    tier: null,
    comparator: '>=',
    value: 1,
    value_max: null,
    unit: 'yuan',
    stretch: false,
    base_year: null,
    start_year: 2021,
    deadline_year: 2021,
    deadline_year_max: null,
    price_basis: 'nominal',
    responsible: [],
    quote: '',
    span_start: 0,
    span_end: 0,
    ...p,
  };
}

function actual(p: Partial<ActualRow>): ActualRow {
  return {
    region: '武汉市',
    region_code: '420100',
    scope: '全市',
    subject: '地区生产总值',
    metric: '总量',
    indicator: '地区生产总值',
    year: 2021,
    period: null,
    value: 1,
    unit: 'yuan',
    bound: '=',
    growth_pct: null,
    growth_bound: null,
    price_basis: 'nominal',
    preliminary: false,
    source: 's',
    quote: 'q',
    ...p,
  };
}

describe('matchActuals on the bundled actuals', () => {
  it('pairs a real GDP growth target with published real growth, final over 预计', async () => {
    const { rows } = await loadBundledActuals();
    const [m] = matchActuals(
      [target({ metric: '增速', kind: 'growth', unit: 'percent', value: 12, price_basis: 'real' })],
      rows,
    );
    expect(m!.method).toBe('exact');
    expect(m!.series.map((a) => [a.year, a.growth_pct, a.preliminary])).toEqual([
      [2018, 8, true],
      [2019, 7.8, true],
      [2020, -4.7, false],
      [2021, 12.2, false],
      [2022, 4, false],
      [2023, 5.7, false],
    ]);
    expect(m!.reason).toMatch(/preliminary \(预计\) figures for 2018, 2019/);
  });

  it('matches 社零 through its alias and keeps one figure per year', async () => {
    const { rows } = await loadBundledActuals();
    const [m] = matchActuals(
      [target({ subject: '社零', metric: '增速', kind: 'growth', unit: 'percent' })],
      rows,
    );
    expect(m!.method).toBe('alias:社零');
    // 2021: final 10.5 wins over the 预计 约10; 2025 has only the 预计 约5
    expect(m!.series.map((a) => [a.year, a.growth_pct])).toEqual([
      [2021, 10.5],
      [2023, 8.6],
      [2025, 5],
    ]);
  });

  it('explains a known hole: no citywide Wuhan 汽车及零部件 output', async () => {
    const { rows } = await loadBundledActuals();
    const [m] = matchActuals(
      [target({ subject: '汽车及零部件', subject_type: 'cluster', metric: '产值' })],
      rows,
    );
    expect(m!.series).toEqual([]);
    expect(m!.method).toBeNull();
    expect(m!.reason).toBe(
      'no actual for 武汉市 / 汽车及零部件 / 产值: no series for 汽车及零部件 in 武汉市',
    );
  });

  it('does not take zone rows as city totals', async () => {
    const { rows } = await loadBundledActuals();
    const [m] = matchActuals([target({ subject: '产业项目到位资金' })], rows);
    expect(m!.series).toEqual([]);
    expect(m!.reason).toMatch(
      /exists for 东湖新技术开发区, which is not 全市 \(zone-level and province rows are not city totals\)/,
    );
    const [z] = matchActuals([target({ subject: '产业项目到位资金', scope: '东湖高新区' })], rows);
    expect(z!.method).toBe('zone:东湖新技术开发区');
    expect(z!.series.map((a) => a.value)).toEqual([64600000000]);
  });

  it('leaves partial years out of the series and says so', async () => {
    const { rows } = await loadBundledActuals();
    const [m] = matchActuals(
      [
        target({
          region: '襄阳市',
          region_code: '420600',
          subject: '固定资产投资',
          metric: '增速',
          kind: 'growth',
          unit: 'percent',
        }),
      ],
      rows,
    );
    expect(m!.series.map((a) => [a.year, a.growth_pct])).toEqual([[2017, 15.3]]);
    expect(m!.reason).toMatch(/1 partial-year figure\(s\) left out/);
    const [p] = matchActuals(
      [
        target({
          region: '襄阳市',
          region_code: '420600',
          subject: '固定资产投资',
          metric: '增速',
          kind: 'growth',
          unit: 'percent',
        }),
      ],
      rows,
      { includePartialYears: true },
    );
    expect(p!.series.map((a) => a.period)).toEqual([null, '2023-01/11']);
  });
});

describe('matchActuals rules', () => {
  it('never pairs 产值 with 营业收入, and says what exists instead', () => {
    const [m] = matchActuals(
      [target({ subject: '汽车及零部件', subject_type: 'cluster', metric: '产值' })],
      [actual({ subject: '汽车及零部件', metric: '营业收入', indicator: '汽车产业营业收入' })],
    );
    expect(m!.method).toBeNull();
    expect(m!.reason).toBe(
      'no actual for 武汉市 / 汽车及零部件 / 产值; 营业收入 exists but is a different metric',
    );
  });

  it('needs published real growth for a real growth target', () => {
    const [m] = matchActuals(
      [
        target({
          subject: '规上工业增加值',
          metric: '增速',
          kind: 'growth',
          unit: 'percent',
          price_basis: 'real',
        }),
      ],
      [
        actual({
          subject: '规模以上工业增加值',
          indicator: 'x',
          value: null,
          unit: null,
          growth_pct: 9,
          growth_bound: '=',
          price_basis: 'nominal',
        }),
      ],
    );
    expect(m!.reason).toBe(
      'no actual for 武汉市 / 规上工业增加值 / 增速: the target is real growth but the published growth is nominal; a real growth target needs published real growth',
    );
  });

  it('does not derive growth from levels', () => {
    const [m] = matchActuals(
      [target({ metric: '增速', kind: 'growth', unit: 'percent', price_basis: 'real' })],
      [actual({ year: 2020, value: 100 }), actual({ year: 2021, value: 112 })],
    );
    expect(m!.series).toEqual([]);
    expect(m!.reason).toMatch(/only levels are published, no growth rate/);
  });

  it('does not pair yuan with usd', () => {
    const [m] = matchActuals(
      [target({ subject: '实际利用外资', unit: 'yuan' })],
      [actual({ subject: '实际利用外资', unit: 'usd' })],
    );
    expect(m!.reason).toBe(
      'no actual for 武汉市 / 实际利用外资 / 总量: the target is in yuan but actuals are in usd',
    );
  });

  it('accepts a region spelled without 市 or in traditional characters', () => {
    const [m] = matchActuals([target({ region: '武漢', region_code: null })], [actual({})]);
    expect(m!.series).toHaveLength(1);
  });

  it('returns one match per target, in order', () => {
    const ts = [
      target({ target_id: 'a' }),
      target({ target_id: 'b', region: '黄冈市', region_code: '421100' }),
      target({ target_id: 'c' }),
    ];
    const ms = matchActuals(ts, [actual({})]);
    expect(ms.map((m) => m.target.target_id)).toEqual(['a', 'b', 'c']);
    expect(ms.map((m) => m.series.length)).toEqual([1, 0, 1]);
    expect(ms[1]!.reason).toBe('no actual for 黄冈市 / 地区生产总值 / 总量: no actuals at all for 黄冈市');
  });
});
