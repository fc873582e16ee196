/**
 * The target forms of a five-year plan's main indicators, each with a worked case on published national figures
 * (国家统计局《国民经济和社会发展统计公报》2021, 2022, 2023), and the plan-review vocabulary.
 */
import { describe, expect, it } from 'vitest';
import type { ActualRow } from '../../src/actuals/types.js';
import {
  computeGaps,
  DEFAULT_REVIEW,
  FORM_RULES,
  type GapTarget,
  judgeColumnsTable,
  judgeMatches,
  judgeTarget,
  PLAN_REVIEW_ZH,
  planReview,
  resolveForm,
} from '../../src/gaps/index.js';
import { extractTargets } from '../../src/targets/extract.js';
import { actual, growths, levels, matched, target } from './helpers.js';

const plan = (over: Partial<GapTarget>): GapTarget =>
  target({
    region: '全国',
    region_code: null,
    scope: '全国',
    base_year: 2020,
    start_year: 2021,
    deadline_year: 2025,
    ...over,
  });
const national = (over: Partial<ActualRow> & { year: number }) =>
  actual({ region: '全国', region_code: null, scope: '全国', ...over });

describe('relative targets against another indicator', () => {
  // 全员劳动生产率 +8.7% (2021), +4.2% (2022); GDP +8.1%, +3.0% (统计公报 2021, 2022)
  const productivity = plan({
    subject: '全员劳动生产率',
    metric: '增速',
    kind: 'relative',
    comparator: '>',
    value: 0,
    unit: 'percentage_point',
    reference_subject: '国内生产总值',
    quote: '全员劳动生产率增长高于国内生产总值增长',
  });
  const series = [
    national({ subject: '全员劳动生产率', year: 2021, growth_pct: 8.7, unit: null }),
    national({ subject: '全员劳动生产率', year: 2022, growth_pct: 4.2, unit: null }),
  ];
  const gdp = [
    national({ subject: '国内生产总值', year: 2021, growth_pct: 8.1, unit: null }),
    national({ subject: '国内生产总值', year: 2022, growth_pct: 3.0, unit: null }),
  ];

  it('全员劳动生产率增长高于GDP增长: the average growth since 2020 minus GDP’s, on track, 基本符合预期', () => {
    const [g] = judgeMatches([{ ...matched(productivity, series), reference: gdp }], { asOf: 2022 });
    const avg = (a: number, b: number) => (Math.sqrt((1 + a / 100) * (1 + b / 100)) - 1) * 100;
    expect(g!.form).toBe('relative_indicator');
    expect(g!.actual_value).toBeCloseTo(avg(8.7, 4.2) - avg(8.1, 3.0), 8); // 1.10 points
    expect(g!.status).toBe('on_track');
    expect(g!.review).toBe('on_pace');
    expect(g!.review_zh).toBe('基本符合预期');
    expect(g!.breaches).toBe(0);
    expect(g!.method).toBe('relative_growth_pp');
  });

  it('reads the reference from the series by subject when it is not given apart', () => {
    const [a] = judgeMatches([{ ...matched(productivity, series), reference: gdp }], { asOf: 2022 });
    const [b] = judgeTarget(matched(productivity, [...series, ...gdp]), { asOf: 2022 });
    expect(b!.actual_value).toBe(a!.actual_value);
    expect(b!.status).toBe(a!.status);
  });

  it('computeGaps matches the reference indicator itself', () => {
    const matcher = (ts: readonly GapTarget[], as: readonly ActualRow[]) =>
      ts.map((t) => ({
        target: t,
        series: as.filter((a) => a.subject === t.subject),
        method: 'exact',
        reason: null,
      }));
    const [g] = computeGaps([productivity], [...series, ...gdp], { matchActuals: matcher });
    expect(g!.status).toBe('on_track');
    expect(g!.actual_year).toBe(2022);
  });

  it('居民收入增长与经济增长基本同步: 2.9% against 3.0% is 同步 (within 0.5 points); a point below each year is 滞后', () => {
    const income = plan({
      subject: '居民人均可支配收入',
      metric: '增速',
      kind: 'relative',
      comparator: '~',
      value: 0,
      unit: 'percentage_point',
      reference_subject: '国内生产总值',
      quote: '居民收入增长与经济增长基本同步',
    });
    const rows = (a: number, b: number) => [
      national({ subject: '居民人均可支配收入', year: 2021, growth_pct: a, unit: null }),
      national({ subject: '居民人均可支配收入', year: 2022, growth_pct: b, unit: null }),
    ];
    const [sync] = judgeMatches([{ ...matched(income, rows(8.1, 2.9)), reference: gdp }], { asOf: 2022 });
    expect(sync!.status).toBe('on_track');
    expect(sync!.target_value).toBe(-0.5);
    expect(sync!.review_zh).toBe('基本符合预期');
    const [lag] = judgeMatches([{ ...matched(income, rows(7.1, 2.0)), reference: gdp }], { asOf: 2022 });
    expect(lag!.status).toBe('off_track');
    expect(lag!.review_zh).toBe('滞后');
    expect(lag!.breaches).toBe(2);
    expect(lag!.reason).toMatch(/breached in 2021, 2022/);
  });

  it('at the deadline: missed when the average fell short', () => {
    const due = { ...productivity, deadline_year: 2022 };
    const slow = series.map((r) => ({ ...r, growth_pct: r.growth_pct! - 2 }));
    const [g] = judgeMatches([{ ...matched(due, slow), reference: gdp }], { asOf: 2022 });
    expect(g!.status).toBe('missed');
    expect(g!.review).toBe('not_completed');
  });
});

describe('【】 cumulative reductions, judged by compounding the yearly declines', () => {
  // The national plan's table writes 单位GDP能耗降低 【13.5】 (2021–2025); the extractor reads the sentence form.
  const [energy] = extractTargets('到2025年，单位国内生产总值能源消耗降低13.5%。', {
    docId: 'plan',
    region: '全国',
    issuedYear: 2021,
  });

  it('the extractor gives a growth target of −13.5% from 2020 to 2025, a ceiling', () => {
    expect(energy).toMatchObject({
      kind: 'growth',
      comparator: '<=',
      value: -13.5,
      base_year: 2020,
      deadline_year: 2025,
    });
  });

  it('2021 −2.7%, 2022 −0.1% (统计公报): 2.80% compounded against 13.5% in five years, R = 0.49, 滞后', () => {
    const [g] = judgeTarget(matched(energy!, growths({ 2021: -2.7, 2022: -0.1 })), { asOf: 2022 });
    expect(g!.actual_value).toBeCloseTo((0.973 * 0.999 - 1) * 100, 7); // −2.7973%
    expect(g!.direction).toBe(-1);
    const cObs = Math.sqrt(0.973 * 0.999) - 1;
    const cReq = 0.865 ** (1 / 5) - 1;
    expect(g!.ratio_r).toBeCloseTo(-cObs / Math.abs(cReq), 8); // 0.4924
    expect(g!.status).toBe('off_track');
    expect(g!.review_zh).toBe('滞后');
  });

  it('five declines of 3% meet 13.5% (1 − 0.97⁵ = 14.1%): 已完成; five of 2.8% miss it (13.2%): 未完成', () => {
    const five = (g: number) => growths({ 2021: g, 2022: g, 2023: g, 2024: g, 2025: g });
    const [met] = judgeTarget(matched(energy!, five(-3)), { asOf: 2025 });
    expect(met!.actual_value).toBeCloseTo((0.97 ** 5 - 1) * 100, 7);
    expect(met!.status).toBe('achieved');
    expect(met!.review_zh).toBe('已完成');
    const [missed] = judgeTarget(matched(energy!, five(-2.8)), { asOf: 2025 });
    expect(missed!.status).toBe('missed');
    expect(missed!.review_zh).toBe('未完成');
  });
});

describe('floors and ceilings that must hold every year', () => {
  const unemployment = plan({
    subject: '城镇调查失业率',
    metric: '比率',
    kind: 'share',
    comparator: '<=',
    value: 5.5,
    unit: 'percent',
    quote: '城镇调查失业率控制在5.5%以内',
  });
  // 全国城镇调查失业率 (annual average): 5.1% 2021, 5.6% 2022, 5.2% 2023 (统计公报)
  const rates = levels({ 2020: 5.6, 2021: 5.1, 2022: 5.6, 2023: 5.2 }, { unit: 'percent', scope: '全国' });

  it('控制在…以内 is read as every year', () => {
    expect(resolveForm(unemployment, 'test')).toBe('every_year');
  });

  it('城镇调查失业率: 2022 breached 5.5%; holds again in 2023: on track, 基本符合预期, the breach shown', () => {
    const [g] = judgeTarget(matched(unemployment, rates), { asOf: 2023 });
    expect(g!.form).toBe('every_year');
    expect(g!.status).toBe('on_track');
    expect(g!.review_zh).toBe('基本符合预期');
    expect(g!.breaches).toBe(1);
    expect(g!.reason).toMatch(/breached in 2022/);
  });

  it('as of 2022 the latest year breaches it: 滞后', () => {
    const [g] = judgeTarget(matched(unemployment, rates), { asOf: 2022 });
    expect(g!.status).toBe('off_track');
    expect(g!.review_zh).toBe('滞后');
  });

  it('粮食综合生产能力6.5亿吨以上 met early is on track (基本符合预期), not 提前完成', () => {
    const grain = plan({
      subject: '粮食综合生产能力',
      metric: '数量',
      kind: 'level',
      comparator: '>=',
      value: 6.5e8,
      unit: 'tonne',
      form: 'every_year',
      quote: '粮食综合生产能力6.5亿吨以上',
    });
    // 粮食产量 68285万吨 (2021), 68653万吨 (2022), 统计公报
    const output = levels(
      { 2020: 6.6949e8, 2021: 6.8285e8, 2022: 6.8653e8 },
      { unit: 'tonne', scope: '全国' },
    );
    const [g] = judgeTarget(matched(grain, output), { asOf: 2022 });
    expect(g!.status).toBe('on_track');
    expect(g!.review).toBe('on_pace');
    const [point] = judgeTarget(matched({ ...grain, form: 'point' }, output), { asOf: 2022 });
    expect(point!.status).toBe('achieved');
    expect(point!.review_zh).toBe('提前完成');
  });

  it('at the deadline: 已完成 only when every year held; a breach in any year is 未完成', () => {
    const due = { ...unemployment, deadline_year: 2023 };
    const [g] = judgeTarget(matched(due, rates), { asOf: 2023 });
    expect(g!.status).toBe('missed');
    expect(g!.review_zh).toBe('未完成');
    expect(g!.reason).toMatch(/did not hold every year; breached in 2022/);
    const calm = levels({ 2020: 5.6, 2021: 5.1, 2022: 5.4, 2023: 5.2 }, { unit: 'percent', scope: '全国' });
    const [ok] = judgeTarget(matched(due, calm), { asOf: 2023 });
    expect(ok!.status).toBe('achieved');
    expect(ok!.review_zh).toBe('已完成');
  });
});

describe('increments over the base', () => {
  const life = plan({
    subject: '人均预期寿命',
    metric: '数量',
    kind: 'level',
    comparator: '=',
    value: 1,
    unit: 'years',
    quote: '人均预期寿命提高1岁',
  });

  it('提高1岁 is read as an increment; T = 77.93 (2020) + 1', () => {
    expect(resolveForm(life, 'test')).toBe('increment');
    // 人均预期寿命 77.93岁 (2020), 78.2岁 (2021)
    const [g] = judgeTarget(matched(life, levels({ 2020: 77.93, 2021: 78.2 }, { unit: 'years' })), {
      asOf: 2021,
    });
    expect(g!.form).toBe('increment');
    expect(g!.method).toBe('increment_linear');
    expect(g!.target_value).toBeCloseTo(78.93, 10);
    expect(g!.progress_linear).toBeCloseTo(0.27, 10);
    expect(g!.tau).toBeCloseTo(0.2, 10);
    expect(g!.ratio_r).toBeCloseTo(0.27 / 0.2, 10); // 1.35: 快于预期
    expect(g!.review_zh).toBe('快于预期');
  });

  it('without the base-year figure there is no target to judge', () => {
    const [g] = judgeTarget(matched(life, levels({ 2021: 78.2 }, { unit: 'years' })), { asOf: 2021 });
    expect(g!.status).toBe('insufficient_data');
    expect(g!.reason).toMatch(/an increment \(提高X\) target needs the base-year figure for 2020/);
  });
});

describe('qualitative targets', () => {
  it('保持在合理区间 is reported as qualitative, with its text, whatever the data', () => {
    const gdp = plan({
      subject: '国内生产总值',
      metric: '增速',
      kind: 'growth',
      comparator: null,
      value: Number.NaN,
      unit: 'percent',
      quote: '国内生产总值增长保持在合理区间、各年度视情提出',
    });
    for (const series of [[], growths({ 2021: 8.1, 2022: 3 })]) {
      const [g] = judgeTarget(matched(gdp, series), { asOf: 2022 });
      expect(g!.form).toBe('qualitative');
      expect(g!.status).toBe('not_comparable');
      expect(g!.review).toBe('qualitative');
      expect(g!.review_zh).toBe('定性');
      expect(g!.reason).toContain('保持在合理区间');
      expect(g!.target_value).toBeNull();
    }
  });
});

describe('约束性 / 预期性', () => {
  it('from the row, else from the 属性 word on the table line, else null', () => {
    const base = plan({ subject: 'x', value: 1, deadline_year: 2021, start_year: 2021 });
    const run = (t: GapTarget) =>
      judgeTarget(matched(t, levels({ 2020: 1, 2021: 2 })), { asOf: 2021 })[0]!.binding;
    expect(run({ ...base, quote: '单位GDP能源消耗降低(%) 【13.5】 约束性' })).toBe(true);
    expect(run({ ...base, quote: '常住人口城镇化率(%) 60.6 65 预期性' })).toBe(false);
    expect(run({ ...base, binding: true })).toBe(true);
    expect(run(base)).toBeNull();
  });
});

describe('the form rules (rules as data: each example reads as its form)', () => {
  const kinds = { qualitative: 'growth', every_year: 'share', increment: 'level' } as const;
  for (const rule of FORM_RULES) {
    it(`${rule.form}: ${rule.example}`, () => {
      const t = target({
        quote: rule.example,
        kind: kinds[rule.form as keyof typeof kinds],
        comparator: rule.form === 'every_year' ? '<=' : '=',
        value: rule.form === 'qualitative' ? Number.NaN : 1,
      });
      expect(resolveForm(t, 'test')).toBe(rule.form);
    });
  }
  it('提高到 is a level, not an increment; an unknown form is an error naming the function', () => {
    expect(resolveForm(target({ quote: '人均预期寿命提高到78岁', value: 78 }), 'test')).toBe('point');
    const bad = { ...target({ value: 1 }), form: 'sometimes' } as unknown as GapTarget;
    expect(() => judgeMatches([matched(bad, [])])).toThrow(
      /^judgeMatches: target test:\d+:1 has form "sometimes"/,
    );
  });
});

describe('plan-review categories', () => {
  const r = (
    status: Parameters<typeof planReview>[0]['status'],
    ratio: number | null,
    due = false,
    boundFactor: number | null = null,
  ) => planReview({ status, form: 'point', due, ratio, boundFactor }, DEFAULT_REVIEW);
  it('cut at R = 1.2 and 0.8, scaled by the bound factor of a share near 100%', () => {
    expect(r('on_track', 1.2)).toBe('ahead');
    expect(r('on_track', 1.19)).toBe('on_pace');
    expect(r('needs_acceleration', 0.8)).toBe('on_pace');
    expect(r('needs_acceleration', 0.79)).toBe('lagging');
    expect(r('off_track', 0.5, false, 0.3736)).toBe('ahead'); // 0.5 ≥ 1.2 × 0.3736
    expect(r('regressing', 2)).toBe('lagging');
    expect(r('achieved', 0.5)).toBe('achieved_early');
    expect(r('achieved_stretch', null, true)).toBe('completed');
    expect(r('missed', 3, true)).toBe('not_completed');
    expect(r('insufficient_data', null)).toBeNull();
    expect(PLAN_REVIEW_ZH.ahead).toBe('快于预期');
  });
});

describe('errors name the function the user called', () => {
  it('computeGaps, judgeMatches, judgeTarget, judgeColumnsTable', () => {
    const t = target({ value: 1, deadline_year: 2021 });
    expect(() => computeGaps([t], [], { thresholds: { onTrack: -1 } })).toThrow(/^computeGaps: onTrack/);
    expect(() => judgeMatches([matched(t, [])], { window: 0 })).toThrow(/^judgeMatches: window/);
    expect(() => judgeTarget(matched(t, []), { review: { ahead: 0.5 } })).toThrow(
      /^judgeTarget: review\.lagging/,
    );
    const cols = {
      file: 'x',
      length: 0,
      year: new Int32Array(0),
    } as unknown as Parameters<typeof judgeColumnsTable>[0];
    expect(() => judgeColumnsTable(cols, [], { asOf: 2021.5 })).toThrow(/^judgeColumnsTable: asOf/);
  });
});
