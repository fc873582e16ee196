/** Growth, cumulative, annual, annual-average and relative targets, on hand-computed cases. */
import { describe, expect, it } from 'vitest';
import { judgeTarget } from '../../src/gaps/index.js';
import { actual, growths, levels, matched, target } from './helpers.js';

const growth = (over: Parameters<typeof target>[0]) =>
  target({ kind: 'growth', unit: 'percent', metric: '增速', comparator: '>=', ...over });

describe('single-year growth targets are judged on the published growth rate', () => {
  const t = growth({
    value: 12,
    base_year: 2020,
    start_year: 2021,
    deadline_year: 2021,
    price_basis: 'real',
  });
  it('+12.2% (real) meets 12%: attainment 1 + 0.2/12, R = 0.122/0.12', () => {
    const [r] = judgeTarget(matched(t, growths({ 2021: 12.2 }, { price_basis: 'real' })), { asOf: 2022 });
    expect(r!.status).toBe('achieved');
    expect(r!.actual_value).toBeCloseTo(12.2, 10);
    expect(r!.target_value).toBe(12);
    expect(r!.attainment).toBeCloseTo(1 + 0.2 / 12, 10);
    expect(r!.ratio_r).toBeCloseTo(0.122 / 0.12, 10);
    expect(r!.method).toBe('growth_chain');
  });
  it('a real-terms target is never judged from nominal levels', () => {
    const [r] = judgeTarget(matched(t, levels({ 2020: 100, 2021: 113 }, { price_basis: 'nominal' })), {
      asOf: 2022,
    });
    expect(r!.status).toBe('not_comparable');
    expect(r!.reason).toContain('never derived from nominal levels');
  });
  it('nor from a nominal growth rate', () => {
    const [r] = judgeTarget(matched(t, growths({ 2021: 13 }, { price_basis: 'nominal' })), { asOf: 2022 });
    expect(r!.status).toBe('not_comparable');
    expect(r!.reason).toContain('published growth is nominal');
  });
  it('a nominal target (社零 +15%) may be read from two nominal levels: 112/100 − 1 = 12% → missed', () => {
    const n = growth({ value: 15, base_year: 2020, deadline_year: 2021, price_basis: 'nominal' });
    const [r] = judgeTarget(matched(n, levels({ 2020: 100, 2021: 112 })), { asOf: 2021 });
    expect(r!.actual_value).toBeCloseTo(12, 10);
    expect(r!.status).toBe('missed');
    expect(r!.reason).toContain('derived from published nominal levels');
  });
  it('"增长12%以上" published as ">12" meets a 12% target; "约10" misses 15%', () => {
    const [a] = judgeTarget(matched(t, growths({ 2021: 12 }, { growth_bound: '>' })), { asOf: 2021 });
    expect(a!.status).toBe('achieved');
    const u = growth({ value: 15, base_year: 2020, deadline_year: 2021 });
    const [b] = judgeTarget(matched(u, growths({ 2021: 10 }, { growth_bound: '~' })), { asOf: 2021 });
    expect(b!.status).toBe('missed'); // 9.5–10.5 all below 15
    expect(b!.uncertain).toBe(false);
  });
  it('negative growth published (−4.7%) against +5% is missed; a reduction target (下降) uses a ceiling', () => {
    const [a] = judgeTarget(matched(t, growths({ 2021: -4.7 })), { asOf: 2021 });
    expect(a!.status).toBe('missed');
    expect(a!.attainment).toBeCloseTo(1 + (-4.7 - 12) / 12, 10);
    // 单位GDP能耗下降 at least 3%: growth ≤ −3 (comparator <=, d = −1); published −3.5 → met
    const down = growth({ value: -3, comparator: '<=', base_year: 2020, deadline_year: 2021 });
    const [b] = judgeTarget(matched(down, growths({ 2021: -3.5 })), { asOf: 2021 });
    expect(b!.direction).toBe(-1);
    expect(b!.status).toBe('achieved');
    expect(b!.attainment).toBeCloseTo(1 + (-1 * (-3.5 - -3)) / 3, 10); // 1 + 0.5/3
  });
});

describe('several years of growth chain as Π(1 + g)', () => {
  // 到2023年比2020年增长30%: base 2020, T = 1.3 on the index.
  const t = growth({ value: 30, base_year: 2020, start_year: 2021, deadline_year: 2023 });
  it('10%, 10%, 8% → 1.1 × 1.1 × 1.08 = 1.3068: +30.68% achieved', () => {
    const [r] = judgeTarget(matched(t, growths({ 2021: 10, 2022: 10, 2023: 8 })), { asOf: 2024 });
    expect(r!.actual_value).toBeCloseTo(30.68, 10);
    expect(r!.status).toBe('achieved');
    expect(r!.reason).toContain('chained Π(1+g) over 2021–2023');
  });
  it('before the deadline: +21% by 2022, τ = 2/3, π = ln 1.21/ln 1.3 = 0.72655, R = 0.1/0.091393 = 1.0942', () => {
    const [r] = judgeTarget(matched(t, growths({ 2021: 10, 2022: 10 })), { asOf: 2022 });
    expect(r!.actual_value).toBeCloseTo(21, 10);
    expect(r!.tau).toBeCloseTo(2 / 3, 12);
    expect(r!.progress_geometric).toBeCloseTo(0.726548, 5);
    expect(r!.cagr_observed).toBeCloseTo(0.1, 12);
    expect(r!.cagr_required).toBeCloseTo(0.091393, 5); // 1.3^(1/3) − 1
    expect(r!.ratio_r).toBeCloseTo(1.09418, 4);
    expect(r!.status).toBe('on_track');
  });
  it('a missing year breaks the chain: insufficient, naming the year', () => {
    const [r] = judgeTarget(matched(t, growths({ 2021: 10, 2023: 8 })), { asOf: 2024 });
    expect(r!.status).toBe('insufficient_data');
    expect(r!.reason).toContain('no published growth rate for 2022');
  });
});

describe('annual-average growth (年均增长8%, 2021–2023)', () => {
  const t = growth({
    value: 8,
    aggregation: 'annual_average',
    base_year: 2020,
    start_year: 2021,
    deadline_year: 2023,
  });
  it('10%, 6%, 7% → (1.1 × 1.06 × 1.07)^(1/3) − 1 = 1.24762^(1/3) − 1 = 7.6533% a year: missed', () => {
    const [r] = judgeTarget(matched(t, growths({ 2021: 10, 2022: 6, 2023: 7 })), { asOf: 2023 });
    // ln 1.24762 = 0.221238; /3 = 0.073746; e^0.073746 = 1.076533
    expect(r!.actual_value).toBeCloseTo(7.6533, 3);
    expect(r!.status).toBe('missed');
    expect(r!.attainment).toBeCloseTo(0.95666, 4); // 1 + (7.6533 − 8)/8
    expect(r!.ratio_r).toBeCloseTo(0.95666, 4); // average over required average: 0.076533/0.08
  });
  it('a first year above the average is on track, not yet achieved', () => {
    const [r] = judgeTarget(matched(t, growths({ 2021: 10 })), { asOf: 2021 });
    expect(r!.status).toBe('on_track'); // R = 0.10/0.08 = 1.25
    expect(r!.ratio_r).toBeCloseTo(1.25, 10);
  });
});

describe('cumulative targets sum over the window (累计竣工投产1500个, 2016–2018)', () => {
  const t = target({
    kind: 'count',
    unit: 'count',
    aggregation: 'cumulative',
    value: 1500,
    start_year: 2016,
    deadline_year: 2018,
  });
  const s = levels({ 2016: 450, 2017: 520, 2018: 560 }, { unit: 'count' });
  it('450 + 520 + 560 = 1530 ≥ 1500: achieved', () => {
    const [r] = judgeTarget(matched(t, s), { asOf: 2019 });
    expect(r!.actual_value).toBe(1530);
    expect(r!.status).toBe('achieved');
    expect(r!.method).toBe('cumulative_sum');
  });
  it('by 2017: 970 of 1500, τ = 2/3, R = (970/2)/(1500/3) = 0.97: on track', () => {
    const [r] = judgeTarget(matched(t, s.slice(0, 2)), { asOf: 2017 });
    expect(r!.actual_value).toBe(970);
    expect(r!.tau).toBeCloseTo(2 / 3, 12);
    expect(r!.progress_linear).toBeCloseTo(970 / 1500, 12);
    expect(r!.ratio_r).toBeCloseTo(0.97, 12);
    expect(r!.status).toBe('on_track');
  });
  it('a missing year cannot be summed', () => {
    const [r] = judgeTarget(matched(t, [s[0]!, s[2]!]), { asOf: 2019 });
    expect(r!.status).toBe('insufficient_data');
    expect(r!.reason).toContain('no actual for 2017');
  });
});

describe('annual targets: every year on its own (每年引进80个, 2016–2018)', () => {
  const t = target({
    kind: 'count',
    unit: 'count',
    aggregation: 'annual',
    value: 80,
    start_year: 2016,
    deadline_year: 2018,
  });
  it('85, 78, 90 → achieved, missed, achieved', () => {
    const rows = judgeTarget(matched(t, levels({ 2016: 85, 2017: 78, 2018: 90 }, { unit: 'count' })), {
      asOf: 2020,
    });
    expect(rows.map((r) => [r.judged_year, r.status])).toEqual([
      [2016, 'achieved'],
      [2017, 'missed'],
      [2018, 'achieved'],
    ]);
    expect(rows[1]!.attainment).toBeCloseTo(1 - 2 / 80, 12);
  });
  it('only years up to asOf are judged, a missing year is insufficient', () => {
    const rows = judgeTarget(matched(t, levels({ 2016: 85 }, { unit: 'count' })), { asOf: 2017 });
    expect(rows.map((r) => [r.judged_year, r.status])).toEqual([
      [2016, 'achieved'],
      [2017, 'insufficient_data'],
    ]);
  });
  it('annual growth targets (每年新增10%以上) use each year’s growth', () => {
    const g = growth({ aggregation: 'annual', value: 10, start_year: 2024, deadline_year: 2025 });
    const rows = judgeTarget(matched(g, growths({ 2024: 12, 2025: 9 })), { asOf: 2025 });
    expect(rows.map((r) => [r.judged_year, r.base_year_used, r.status])).toEqual([
      [2024, 2023, 'achieved'],
      [2025, 2024, 'missed'],
    ]);
  });
});

describe('annual-average levels (年均新增100, 2021–2023)', () => {
  const t = target({
    kind: 'count',
    unit: 'count',
    aggregation: 'annual_average',
    value: 100,
    start_year: 2021,
    deadline_year: 2023,
  });
  it('90, 120, 95 → mean 101.67 ≥ 100: achieved', () => {
    const [r] = judgeTarget(matched(t, levels({ 2021: 90, 2022: 120, 2023: 95 }, { unit: 'count' })), {
      asOf: 2023,
    });
    expect(r!.actual_value).toBeCloseTo(305 / 3, 10);
    expect(r!.status).toBe('achieved');
  });
  it('by 2022: mean 105, sum 210 of 300, τ = 2/3, R = (210/2)/(300/3) = 1.05: on track', () => {
    const [r] = judgeTarget(matched(t, levels({ 2021: 90, 2022: 120 }, { unit: 'count' })), { asOf: 2022 });
    expect(r!.actual_value).toBe(105);
    expect(r!.ratio_r).toBeCloseTo(1.05, 12);
    expect(r!.status).toBe('on_track');
  });
});

describe('relative targets (高于全市平均2个百分点)', () => {
  const t = target({
    kind: 'relative',
    unit: 'percentage_point',
    metric: '增速',
    comparator: '>',
    value: 2,
    scope: '东湖高新区',
    start_year: 2021,
    deadline_year: 2021,
  });
  const city = actual({ year: 2021, growth_pct: 12.2, scope: '全市', unit: null });
  it('14.5% against the city’s 12.2%: 2.3 points above, achieved', () => {
    const zone = actual({ year: 2021, growth_pct: 14.5, scope: '东湖高新区', unit: null });
    const [r] = judgeTarget(matched(t, [city, zone]), { asOf: 2021 });
    expect(r!.actual_value).toBeCloseTo(2.3, 10);
    expect(r!.status).toBe('achieved');
    expect(r!.method).toBe('relative_pp');
  });
  it('13.9%: 1.7 points above, missed', () => {
    const zone = actual({ year: 2021, growth_pct: 13.9, scope: '东湖高新区', unit: null });
    const [r] = judgeTarget(matched(t, [city, zone]), { asOf: 2021 });
    expect(r!.actual_value).toBeCloseTo(1.7, 10);
    expect(r!.status).toBe('missed');
  });
  it('without the reference series it says what is missing', () => {
    const zone = actual({ year: 2021, growth_pct: 13.9, scope: '东湖高新区', unit: null });
    const [r] = judgeTarget(matched(t, [zone]), { asOf: 2021 });
    expect(r!.status).toBe('insufficient_data');
    expect(r!.reason).toContain('reference series (scope 全市)');
  });
});

describe('zone-class targets: one verdict per zone (三大国家级开发区产业项目到位资金占比不低于50%)', () => {
  const t = target({
    kind: 'share',
    unit: 'percent',
    value: 50,
    scope: '三大国家级开发区',
    start_year: 2021,
    deadline_year: 2021,
  });
  it('judges each zone and counts the ones that comply', () => {
    const series = [
      actual({ scope: '东湖高新区', year: 2021, value: 62, unit: 'percent' }),
      actual({ scope: '武汉经开区', year: 2021, value: 48, unit: 'percent' }),
      actual({ scope: '临空港经开区', year: 2020, value: 40, unit: 'percent' }),
    ];
    const rows = judgeTarget(matched(t, series), { asOf: 2021 });
    // Zones come in the order they first appear in the (year-sorted) series; 临空港 has only a 2020 figure.
    expect(rows.map((r) => [r.actual_scope, r.status])).toEqual([
      ['临空港经开区', 'insufficient_data'],
      ['东湖高新区', 'achieved'],
      ['武汉经开区', 'missed'],
    ]);
    expect(rows.map((r) => [r.group_met, r.group_total])).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
  });
});

describe('growth edge cases', () => {
  it('not due when the assessment year is the base year', () => {
    const t = growth({ value: 30, base_year: 2022, start_year: 2023, deadline_year: 2025 });
    const [r] = judgeTarget(matched(t, growths({ 2021: 5, 2022: 6 })), { asOf: 2022 });
    expect(r!.status).toBe('not_due');
  });
  it('a 力争 figure within the band of an approximate rate is flagged uncertain', () => {
    // "增长13%左右" = 13 ± 0.5 against 12% (met for sure) and 力争 13% (12.5–13.5 straddles 13)
    const t = growth({ value: 12, base_year: 2020, deadline_year: 2021 });
    const s = growth({ value: 13, base_year: 2020, deadline_year: 2021, stretch: true });
    const [r] = judgeTarget(matched(t, growths({ 2021: 13 }, { growth_bound: '~' })), {
      stretch: s,
      asOf: 2021,
    });
    expect(r!.status).toBe('achieved_stretch');
    expect(r!.uncertain).toBe(true);
    expect(r!.reason).toContain('uncertain');
  });
});
