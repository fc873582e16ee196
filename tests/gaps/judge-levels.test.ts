/** Level, multiple, count, share, floor and negative-value targets judged by judgeTarget, on hand-computed cases. */
import { describe, expect, it } from 'vitest';
import { judgeTarget } from '../../src/gaps/index.js';
import { actual, levels, matched, target } from './helpers.js';

describe('a doubling (倍增) in 3–5 years: one row per deadline year, with the required-CAGR band', () => {
  // 力争用3-5年时间 from 2018 → deadlines 2021–2023; base_year 2018 = 100, so T = 2 × 100 = 200.
  const t = target({
    kind: 'multiple',
    unit: 'multiple',
    value: 2,
    base_year: 2018,
    start_year: 2018,
    deadline_year: 2021,
    deadline_year_max: 2023,
    metric: '产值',
  });
  const series = levels({ 2018: 100, 2019: 120, 2020: 150, 2021: 180, 2022: 210, 2023: 250 });
  const rows = judgeTarget(matched(t, series), { asOf: 2024 });

  it('gives one row per deadline year, each judged on its own year (past deadlines)', () => {
    expect(rows.map((r) => [r.target_year, r.actual_year, r.status])).toEqual([
      [2021, 2021, 'missed'], // 180 < 200
      [2022, 2022, 'achieved'], // 210 ≥ 200
      [2023, 2023, 'achieved'], // 250 ≥ 200
    ]);
    expect(
      rows.every((r) => r.target_value === 200 && r.base_value === 100 && r.base_year_used === 2018),
    ).toBe(true);
  });
  it('reports the band 14.87%–25.99%: 2^(1/3) − 1 to the earliest deadline, 2^(1/5) − 1 to the latest', () => {
    for (const r of rows) expect(r.cagr_required_max).toBeCloseTo(0.259921, 5);
    expect(rows[0]!.cagr_required).toBeCloseTo(0.259921, 5); // 3 years
    expect(rows[1]!.cagr_required).toBeCloseTo(0.189207, 5); // 2^(1/4) − 1
    expect(rows[2]!.cagr_required).toBeCloseTo(0.148698, 5); // 5 years
    expect(rows[2]!.reason).toContain('14.87%–25.99%');
  });
  it('2021: observed 1.8^(1/3) − 1 = 21.644%, R = 0.21644/0.25992 = 0.8327, score (R − 0.6)·2.5/0.35 = 1.662', () => {
    const r = rows[0]!;
    expect(r.cagr_observed).toBeCloseTo(0.21644, 4);
    expect(r.ratio_r).toBeCloseTo(0.83272, 4);
    expect(r.score).toBeCloseTo(1.6623, 3);
    expect(r.attainment).toBeCloseTo(0.9, 12); // 1 + (180 − 200)/200
    expect(r.tau).toBe(1);
  });
  it('reached early: the 2023 deadline was met in 2022 (eta_year 2022), scoring 5', () => {
    expect(rows[2]!.eta_year).toBe(2022);
    expect(rows[2]!.score).toBe(5);
  });
  it('a multiple needs its base-year figure', () => {
    const [r] = judgeTarget(matched(t, levels({ 2019: 120, 2021: 180 })), { asOf: 2021 });
    expect(r!.status).toBe('insufficient_data');
    expect(r!.reason).toContain('base-year figure for 2018');
  });
});

describe('a level target before its deadline (gap-methods worked example: 3200亿 by 2018)', () => {
  // B = 2000 (2015), A = 2350 (2016), T = 3200 (2018).
  const t = target({ value: 3200, start_year: 2016, deadline_year: 2018 });
  const [r] = judgeTarget(matched(t, levels({ 2015: 2000, 2016: 2350 })), { asOf: 2016 });
  it('is on track on the geometric path although linear progress looks behind', () => {
    expect(r!.base_rule).toBe('year_before_start');
    expect(r!.tau).toBeCloseTo(1 / 3, 12);
    expect(r!.progress_linear).toBeCloseTo(0.291667, 5); // 350/1200
    expect(r!.progress_geometric).toBeCloseTo(0.343121, 5); // ln 1.175 / ln 1.6
    expect(r!.schedule_gap).toBeCloseTo(0.009788, 5);
    expect(r!.cagr_observed).toBeCloseTo(0.175, 12);
    expect(r!.cagr_required).toBeCloseTo(0.169607, 5); // 1.6^(1/3) − 1
    expect(r!.cagr_required_remaining).toBeCloseTo(0.16692, 5); // (3200/2350)^(1/2) − 1
    expect(r!.ratio_r).toBeCloseTo(1.0318, 4);
    expect(r!.status).toBe('on_track');
    expect(r!.status_zh).toBe('符合序时进度');
  });
  it('projects 3244.47 in 2018, 0.029 years ahead, arriving 2017.91', () => {
    expect(r!.projection).toBeCloseTo(3244.46875, 5); // 2350 × 1.175²
    expect(r!.years_ahead).toBeCloseTo(0.029364, 5); // 2015 + 0.343121 × 3 − 2016
    expect(r!.eta_year).toBeCloseTo(2017.9144, 4); // 2016 + ln(3200/2350)/ln 1.175 = 2016 + 0.308735/0.161268
    expect(r!.score).toBeCloseTo(3.0843, 3); // (1.03180 − 0.6) × 7.142857
  });
});

describe('trend statuses of a level target (T = 150 by 2025 from 100 in 2020: required 1.5^(1/5) − 1 = 8.4472%)', () => {
  const t = target({ value: 150, start_year: 2021, deadline_year: 2025 });
  const judge = (a2021: number) =>
    judgeTarget(matched(t, levels({ 2020: 100, 2021: a2021 })), { asOf: 2021 })[0]!;
  it('106 → R = 0.06/0.084472 = 0.7103: needs acceleration, score 0.788', () => {
    const r = judge(106);
    expect(r.ratio_r).toBeCloseTo(0.7103, 4);
    expect(r.status).toBe('needs_acceleration');
    expect(r.score).toBeCloseTo(0.78786, 3);
  });
  it('102 → R = 0.02/0.084472 = 0.2368: off track (滞后)', () => {
    const r = judge(102);
    expect(r.ratio_r).toBeCloseTo(0.23677, 4);
    expect(r.status).toBe('off_track');
    expect(r.status_zh).toBe('滞后');
  });
  it('90 → R = −0.1/0.084472 = −1.184: regressing (倒退), score floored at −5', () => {
    const r = judge(90);
    expect(r.ratio_r).toBeCloseTo(-1.18383, 4);
    expect(r.status).toBe('regressing');
    expect(r.score).toBe(-5);
    expect(r.eta_year).toBeNull();
  });
});

describe('negative values (a loss to turn into profit) fall back to linear measures', () => {
  // B = −50 (2020), A = −20 (2021), T = 10 by 2023: π = 30/60 = 0.5, τ = 1/3, R = (30/1)/(60/3) = 1.5.
  const t = target({ value: 10, start_year: 2021, deadline_year: 2023, metric: '利润' });
  const [r] = judgeTarget(matched(t, levels({ 2020: -50, 2021: -20 })), { asOf: 2021 });
  it('uses linear progress and says why', () => {
    expect(r!.method).toBe('geometric>linear (non-positive value)');
    expect(r!.progress_linear).toBeCloseTo(0.5, 12);
    expect(r!.progress_geometric).toBeNull();
    expect(r!.cagr_observed).toBeNull();
    expect(r!.ratio_r).toBeCloseTo(1.5, 12);
    expect(r!.status).toBe('on_track');
    expect(r!.attainment).toBeCloseTo(-2, 12); // 1 + (−20 − 10)/10
    expect(r!.eta_year).toBeCloseTo(2022, 12); // 2021 + (10 − (−20))/30
  });
});

describe('counts: linear, zero base', () => {
  // 新增国家单项冠军 10家 by 2025; 0 in 2020, 3 in 2021: π = 0.3, τ = 1/5, R = 3/(10/5) = 1.5.
  const t = target({
    kind: 'count',
    unit: 'count',
    value: 10,
    start_year: 2021,
    deadline_year: 2025,
    metric: '数量',
  });
  const [r] = judgeTarget(matched(t, levels({ 2020: 0, 2021: 3 }, { unit: 'count' })), { asOf: 2021 });
  it('is on track with linear measures and no CAGR', () => {
    expect(r!.method).toBe('linear');
    expect(r!.progress_linear).toBeCloseTo(0.3, 12);
    expect(r!.tau).toBeCloseTo(0.2, 12);
    expect(r!.schedule_ratio).toBeCloseTo(1.5, 12);
    expect(r!.ratio_r).toBeCloseTo(1.5, 12);
    expect(r!.cagr_observed).toBeNull();
    expect(r!.projection).toBe(15); // 3 + 3 × 4
    expect(r!.eta_year).toBeCloseTo(2023 + 1 / 3, 10); // 2021 + 7/3
    expect(r!.status).toBe('on_track');
  });
  it('a count published in people is compared with a count of people; yuan is not comparable', () => {
    const [x] = judgeTarget(matched(t, levels({ 2021: 3 }, { unit: 'yuan' })), { asOf: 2021 });
    expect(x!.status).toBe('not_comparable');
    expect(x!.reason).toBe('the target is in count; the actuals are in yuan');
  });
});

describe('shares in percentage points', () => {
  it('技改投资占比 40%, 力争42%: 41% in 2021 achieves the base figure only', () => {
    const t = target({
      kind: 'share',
      unit: 'percent',
      value: 40,
      start_year: 2021,
      deadline_year: 2021,
      metric: '占比',
    });
    const s = target({ ...t, target_id: 'share-stretch', value: 42, stretch: true });
    const [r] = judgeTarget(matched(t, levels({ 2020: 37, 2021: 41 }, { unit: 'percent' })), {
      stretch: s,
      asOf: 2022,
    });
    expect(r!.status).toBe('achieved');
    expect(r!.stretch_value).toBe(42);
    expect(r!.attainment).toBeCloseTo(1.025, 12); // 1 + (41 − 40)/40
    expect(r!.attainment_stretch).toBeCloseTo(1 - 1 / 42, 12); // 1 + (41 − 42)/42
    expect(r!.progress_linear).toBeCloseTo(4 / 3, 12); // (41 − 37)/(40 − 37)
    expect(r!.method).toBe('linear_pp');
  });
  it('before the deadline: 30% → 33% of 40% by 2025: τ = 0.4, π = 0.3, R = 1.5/2 = 0.75', () => {
    const t = target({ kind: 'share', unit: 'percent', value: 40, start_year: 2021, deadline_year: 2025 });
    const [r] = judgeTarget(matched(t, levels({ 2020: 30, 2022: 33 }, { unit: 'percent' })), { asOf: 2022 });
    expect(r!.tau).toBeCloseTo(0.4, 12);
    expect(r!.progress_linear).toBeCloseTo(0.3, 12);
    expect(r!.schedule_gap).toBeCloseTo(-0.1, 12);
    expect(r!.ratio_r).toBeCloseTo(0.75, 12);
    expect(r!.status).toBe('needs_acceleration');
    expect(r!.projection).toBeCloseTo(37.5, 12); // 33 + 1.5 × 3
    expect(r!.years_ahead).toBeCloseTo(-0.5, 12); // (0.3 − 0.4) × 5
  });
});

describe('亩均税收 floors by zone class: one verdict per zone and the share that comply', () => {
  // 三大国家级开发区重点工业园区亩均税收不低于35万元 (350000 yuan_per_mu), 2021.
  const t = target({
    kind: 'intensity',
    unit: 'yuan_per_mu',
    value: 350000,
    scope: '三大国家级开发区重点工业园区',
    metric: '亩均税收',
    start_year: 2021,
    deadline_year: 2021,
  });
  const zone = (scope: string, year: number, value: number) =>
    actual({ scope, year, value, unit: 'yuan_per_mu' });
  const series = [
    zone('东湖高新区', 2021, 420000),
    zone('武汉经开区', 2021, 360000),
    zone('临空港经开区', 2021, 300000),
    zone('东湖高新区', 2022, 340000),
  ];
  const rows = judgeTarget(matched(t, series), { asOf: 2022 });
  it('judges each zone on 2021', () => {
    expect(rows.map((r) => [r.actual_scope, r.status])).toEqual([
      ['东湖高新区', 'achieved'],
      ['武汉经开区', 'achieved'],
      ['临空港经开区', 'missed'],
    ]);
    expect(rows[2]!.attainment).toBeCloseTo(1 - 50000 / 350000, 12);
    expect(rows[0]!.method).toBe('floor');
  });
  it('2 of 3 zones comply', () => {
    for (const r of rows) {
      expect(r.group_met).toBe(2);
      expect(r.group_total).toBe(3);
    }
  });
  it('says when a floor met at the deadline is no longer met later', () => {
    expect(rows[0]!.reason).toContain('no longer met in 2022');
  });
});

describe('past deadlines, preliminary figures, bounds', () => {
  const t = target({ value: 100, start_year: 2021, deadline_year: 2021 });
  it('a 2021 target is judged on 2021 whatever came later', () => {
    const [r] = judgeTarget(matched(t, levels({ 2020: 90, 2021: 95, 2022: 120 })), { asOf: 2023 });
    expect(r!.actual_year).toBe(2021);
    expect(r!.status).toBe('missed');
    expect(r!.reason).toContain('attainment 95.0%');
  });
  it('without a 2021 figure it is insufficient, and says the later one is not used', () => {
    const [r] = judgeTarget(matched(t, levels({ 2020: 90, 2022: 120 })), { asOf: 2023 });
    expect(r!.status).toBe('insufficient_data');
    expect(r!.reason).toContain('later figures for 2022 are not used');
  });
  it('a partial-year figure does not stand for the year', () => {
    const [r] = judgeTarget(matched(t, [actual({ year: 2021, value: 101, period: '2021-01/11' })]), {
      asOf: 2022,
    });
    expect(r!.status).toBe('insufficient_data');
    expect(r!.reason).toContain('only partial-year figures (2021-01/11)');
  });
  it('the final figure wins over a 预计 one; a lone 预计 figure is used and flagged', () => {
    const prelim = actual({ year: 2021, value: 98, preliminary: true, source: 'report' });
    const final = actual({ year: 2021, value: 102, source: 'communique' });
    const [r] = judgeTarget(matched(t, [prelim, final]), { asOf: 2022 });
    expect(r!.actual_value).toBe(102);
    expect(r!.actual_preliminary).toBe(false);
    expect(r!.status).toBe('achieved');
    const [p] = judgeTarget(matched(t, [prelim]), { asOf: 2022 });
    expect(p!.actual_preliminary).toBe(true);
    expect(p!.status).toBe('missed');
    expect(p!.reason).toContain('preliminary (预计)');
  });
  it('"约3000" against a 3000 floor is met on its point value and flagged uncertain; "约2800" is missed', () => {
    const t3 = target({ value: 3000, start_year: 2021, deadline_year: 2021 });
    const [a] = judgeTarget(matched(t3, [actual({ year: 2021, value: 3000, bound: '~' })]), { asOf: 2021 });
    expect(a!.status).toBe('achieved');
    expect(a!.uncertain).toBe(true); // 3000 ± 5% = 2850–3150 straddles 3000
    expect(a!.actual_bound).toBe('~');
    const [b] = judgeTarget(matched(t3, [actual({ year: 2021, value: 2800, bound: '~' })]), { asOf: 2021 });
    expect(b!.status).toBe('missed'); // 2660–2940, all below 3000
    expect(b!.uncertain).toBe(false);
  });
  it('a lower bound below the target cannot prove a miss', () => {
    const [r] = judgeTarget(matched(t, [actual({ year: 2021, value: 90, bound: '>' })]), { asOf: 2021 });
    expect(r!.status).toBe('insufficient_data');
    expect(r!.reason).toContain('bound');
  });
});

describe('not due, unmatched, rewards', () => {
  it('not_due when the latest actual is before the plan starts', () => {
    const t = target({ value: 200, start_year: 2021, deadline_year: 2025 });
    const [r] = judgeTarget(matched(t, levels({ 2019: 90, 2020: 100 })), { asOf: 2020 });
    expect(r!.status).toBe('not_due');
    expect(r!.status_zh).toBe('未到期');
  });
  it('an unmatched target keeps a row per deadline year with the matcher reason', () => {
    const t = target({ value: 200, deadline_year: 2021, deadline_year_max: 2022 });
    const rows = judgeTarget({
      target: t,
      series: [],
      method: null,
      reason: 'no actual for 武汉市 / 汽车及零部件 / 产值; 营业收入 exists but is a different metric',
    });
    expect(rows.map((r) => [r.target_year, r.status])).toEqual([
      [2021, 'insufficient_data'],
      [2022, 'insufficient_data'],
    ]);
    expect(rows[0]!.reason).toContain('营业收入 exists but is a different metric');
    expect(rows[0]!.score).toBeNull();
  });
  it('reward rows are not outcomes', () => {
    const t = target({ kind: 'reward', value: 1e6, subject: '年主营业务收入首次突破10亿元的工业企业' });
    const [r] = judgeTarget(matched(t, levels({ 2021: 5 })));
    expect(r!.status).toBe('not_comparable');
  });
  it('a target with no deadline reports attainment only', () => {
    const t = target({ value: 100 });
    const [r] = judgeTarget(matched(t, levels({ 2020: 80, 2021: 90 })), { asOf: 2021 });
    expect(r!.status).toBe('insufficient_data');
    expect(r!.attainment).toBeCloseTo(0.9, 12);
    expect(r!.reason).toContain('no deadline');
  });
  it('rejects a bad window', () => {
    const t = target({ value: 100, deadline_year: 2021 });
    expect(() => judgeTarget(matched(t, []), { window: 0 })).toThrow(
      /window must be a positive whole number/,
    );
  });
});

describe('window: the trend over the last N years (Eurostat short-term view)', () => {
  // Base 2015 = 100; 2020 = 200; 2023 = 210; target 400 by 2027. window 3 → trend from 2020.
  const t = target({ value: 400, start_year: 2016, deadline_year: 2027 });
  const series = levels({ 2015: 100, 2020: 200, 2023: 210 });
  it('measures the recent slowdown', () => {
    const [long] = judgeTarget(matched(t, series), { asOf: 2023 });
    const [short] = judgeTarget(matched(t, series), { asOf: 2023, window: 3 });
    expect(long!.base_year_used).toBe(2015);
    expect(short!.base_year_used).toBe(2020);
    expect(short!.base_rule).toBe('window:3');
    // long: obs 2.1^(1/8) − 1 = e^(0.741937/8) − 1 = 0.097179, req 4^(1/12) − 1 = 0.122462 → R = 0.79354
    expect(long!.ratio_r).toBeCloseTo(0.79354, 4);
    // short: obs 1.05^(1/3) − 1 = 0.016396, req 2^(1/7) − 1 = 0.104090 → R = 0.15752
    expect(short!.ratio_r).toBeCloseTo(0.15752, 4);
    expect(short!.status).toBe('off_track');
    expect(short!.thresholds).toContain('window=3');
  });
});

describe('ceilings (以下/不超过: lower is better)', () => {
  // 单位能耗不超过100 by 2025: B = 120 (2020), A = 110 (2021), d = −1.
  const t = target({ value: 100, comparator: '<=', start_year: 2021, deadline_year: 2025, unit: 'number' });
  const [r] = judgeTarget(matched(t, levels({ 2020: 120, 2021: 110 }, { unit: 'number' })), { asOf: 2021 });
  it('reads the direction from the comparator and measures the fall as progress', () => {
    expect(r!.direction).toBe(-1);
    // obs 110/120 − 1 = −0.083333; req (100/120)^(1/5) − 1 = e^(−0.1823216/5) − 1 = −0.035807;
    // R = (−1)(−0.083333)/0.035807 = 2.3273
    expect(r!.cagr_observed).toBeCloseTo(-0.083333, 5);
    expect(r!.cagr_required).toBeCloseTo(-0.035807, 5);
    expect(r!.ratio_r).toBeCloseTo(2.3273, 3);
    expect(r!.progress_geometric).toBeCloseTo(0.47724, 4); // ln(110/120)/ln(100/120) = −0.0870114/−0.1823216
    expect(r!.status).toBe('on_track');
    expect(r!.attainment).toBeCloseTo(0.9, 12); // 1 + (−1)(110 − 100)/100
    expect(r!.eta_year).toBeCloseTo(2022.0954, 3); // 2021 + ln(100/110)/ln(110/120) = 2021 + 1.095377
  });
  it('is achieved once at or below the ceiling', () => {
    const [a] = judgeTarget(matched(t, levels({ 2020: 120, 2022: 99 }, { unit: 'number' })), { asOf: 2022 });
    expect(a!.status).toBe('achieved');
    expect(a!.eta_year).toBe(2022);
  });
});

describe('defaults', () => {
  it('asOf defaults to the latest year in the series', () => {
    const t = target({ value: 150, start_year: 2021, deadline_year: 2025 });
    const [r] = judgeTarget(matched(t, levels({ 2020: 100, 2021: 110, 2022: 120 })));
    expect(r!.judged_year).toBe(2022);
    expect(r!.thresholds).toBe(
      'on_track=0.95;acceleration=0.6;approx_relative=0.05;approx_points=0.5;review_ahead=1.2;review_lagging=0.8',
    );
  });
  it('thresholds are options: R = 0.7103 is on track when onTrack is 0.7', () => {
    const t = target({ value: 150, start_year: 2021, deadline_year: 2025 });
    const [r] = judgeTarget(matched(t, levels({ 2020: 100, 2021: 106 })), { thresholds: { onTrack: 0.7 } });
    expect(r!.status).toBe('on_track');
    expect(r!.thresholds).toContain('on_track=0.7');
  });
});

describe('a target stated as a range (50-100亿元)', () => {
  it('is judged on its lower end, and says so', () => {
    const t = target({ value: 5e9, value_max: 1e10, start_year: 2021, deadline_year: 2021 });
    const [r] = judgeTarget(matched(t, levels({ 2021: 6e9 })), { asOf: 2021 });
    expect(r!.status).toBe('achieved'); // 60亿 ≥ 50亿
    expect(r!.reason).toContain('the target is a range 50亿元–100亿元: judged on its lower end');
  });
});

describe('achieved early but falling', () => {
  it('notes the risk when the latest year fell (200 ≥ 180 due 2025, down from 210)', () => {
    const t = target({ value: 180, start_year: 2021, deadline_year: 2025 });
    const [r] = judgeTarget(matched(t, levels({ 2020: 100, 2022: 210, 2023: 200 })), { asOf: 2023 });
    expect(r!.status).toBe('achieved');
    expect(r!.eta_year).toBe(2022);
    expect(r!.reason).toContain('at risk: down from 210元 in 2022');
  });
});
