/**
 * 亩均效益综合评价 as Zhejiang's 亩均论英雄 runs it: a weighted score over six indicators and A/B/C/D classes by rank.
 *
 * Defaults and where they come from (docs/tiers.md has the quotes):
 * - Indicators: the six of 浙江省人民政府《关于深化“亩均论英雄”改革的指导意见》(2018) for 规模以上工业企业: 亩均税收,
 *   亩均增加值, 全员劳动生产率, 单位能耗增加值, 单位排放增加值, R&D经费支出占主营业务收入之比 (Xinhua, 2018-01-28).
 * - Weights and scoring: 台州市黄岩区's published formula (2021 and 2022 evaluations): score = Σ value ÷ 基准值 × weight,
 *   weights 亩均税收 30, 亩均增加值 20, 单位能耗增加值 20, 单位排放增加值 10, 全员劳动生产率 10, R&D 10; a firm with no
 *   emission data gets the average score of that indicator.
 * - 基准值: the notice gives numbers without defining them; we take the mean over the evaluated firms (our reading).
 * - Classes: 温岭市 (2022): B = ranks 20%-80% (含), C = 80%-95% (含), D = last 5%, so A = top 20%.
 * - No cap on an indicator's score by default (our choice; `cap` sets one).
 */

import { table as aqTable, type ColumnTable } from 'arquero';
import { max, mean, min } from 'simple-statistics';
import { numericColumn, TierInputError, toTable } from './table.js';
import type { TableInput } from './types.js';

/** The six indicators' default column names and their Chinese names. */
export const MUJUN_INDICATORS: Readonly<Record<string, string>> = {
  tax_per_mu: '亩均税收',
  value_added_per_mu: '亩均增加值',
  labour_productivity: '全员劳动生产率',
  rd_share: 'R&D经费支出占主营业务收入之比',
  value_added_per_energy: '单位能耗增加值',
  value_added_per_emission: '单位排放增加值',
};

/** Default weights (sum 100), from 黄岩区's published scoring formula. */
export const MUJUN_DEFAULT_WEIGHTS: Readonly<Record<string, number>> = {
  tax_per_mu: 30,
  value_added_per_mu: 20,
  value_added_per_energy: 20,
  value_added_per_emission: 10,
  labour_productivity: 10,
  rd_share: 10,
};

/** Default class cut-offs: cumulative rank shares closing A, B and C (含); D is the rest (温岭市 2022). */
export const MUJUN_DEFAULT_SHARES: readonly [number, number, number] = [0.2, 0.8, 0.95];

/** Where the defaults come from. */
export const MUJUN_EVALUATION_SOURCES: readonly { what: string; source: string }[] = [
  {
    what: 'indicators',
    source:
      '浙江省人民政府《关于深化“亩均论英雄”改革的指导意见》(2018), as reported by Xinhua 2018-01-28 (https://iruorou.com/xinwen/2018-01/28/content_5261555.htm, a mirror of the gov.cn release): "规模以上工业企业综合评价以亩均税收、亩均增加值、全员劳动生产率、单位能耗增加值、单位排放增加值、R&D经费支出占主营业务收入之比6项指标为主"',
  },
  {
    what: 'weights, ratio scoring, missing emissions',
    source:
      '台州市黄岩区深化“亩均论英雄”改革工作领导小组办公室, 工业企业综合评价得分计算说明 (2022-09-20, 2023-09-25; https://chacewang.com/newsdetail/news169062.html, https://www.chacewang.com/newsdetail/news430850.html): "规上企业得分=亩均税收÷26.01×30+亩均增加值÷132.27×20+单位能耗增加值÷2.54×20+单位排放增加值÷4861.08×10+全员劳动生产率÷17.45×10+R&D经费占主营业务收入比重÷0.0305×10"; "规上无排放数据的,单位排放增加值得分按规上企业此项平均得分赋分"',
  },
  {
    what: 'class shares',
    source:
      '温岭市人民政府办公室 (2022-07-29; https://www.wl.gov.cn/art/2022/7/29/art_1229299726_3809240.html): "B类规上企业…调整为排名的前20%-80%(含)…C类规上企业…前80%-95%(含)…D类…后5%"',
  },
  {
    what: 'min-max scoring (method: minmax)',
    source:
      '旌德县 (安徽) 亩均效益评价实施方案 政策解读 (2022-04-23; http://www.ahjd.gov.cn/OpennessContent/show/2394961.html): "单项指标得分=单项指标权重×〔20+80×(企业本值-最小值)/(最大值-最小值)〕/100"',
  },
];

/** Options of {@link muJunEvaluation}. */
export interface EvaluationOptions {
  /** Weight per indicator column (default {@link MUJUN_DEFAULT_WEIGHTS}, keyed by the default column names). */
  weights?: Readonly<Record<string, number>>;
  /** 基准值 per column for `ratio` scoring (default: the column's mean over firms with data). */
  benchmarks?: Readonly<Record<string, number>>;
  /** `ratio` (default, 黄岩: value ÷ 基准值 × weight) or `minmax` (旌德: weight × (20 + 80 × (v − min)/(max − min)) / 100). */
  method?: 'ratio' | 'minmax';
  /** Cap each indicator's score at `cap × weight` (default none). */
  cap?: number | null;
  /** A firm without a value for an indicator: `average_score` (default, 黄岩's rule), `zero`, or `error`. */
  missing?: 'average_score' | 'zero' | 'error';
  /**
   * Class cut-offs: `{ shares: [a, b, c] }` closes A, B, C at those cumulative rank shares (含; D is the rest;
   * default [0.2, 0.8, 0.95]), or `{ scores: [a, b, c] }` gives A to score ≥ a, B ≥ b, C ≥ c, D below.
   */
  cutoffs?: { shares: readonly [number, number, number] } | { scores: readonly [number, number, number] };
}

/** What {@link muJunEvaluation} returns. */
export interface EvaluationResult {
  /** The firms with `score_<indicator>` columns, `score`, `rank` (1 = best; ties share the best rank), `class`. */
  firms: ColumnTable;
  /** One row per class A-D: `class, firms, share, min_score, max_score`. */
  classes: ColumnTable;
  /** The 基准值 used per indicator (ratio scoring) or `[min, max]` (minmax). */
  benchmarks: Record<string, number | [number, number]>;
}

/**
 * Score firms on weighted 亩均效益 indicators and put them in classes A (优先发展) to D (整治提升) by rank share or
 * score. All indicators are higher-is-better as defined (单位能耗增加值 = 增加值 ÷ 能耗).
 *
 * Tables in, arquero tables out (see {@link EvaluationResult}); firm rows keep the input order.
 *
 * Complexity: O(n × indicators + n log n).
 *
 * @example
 * const perMu = muJun(firms.filter((d: any) => d.year === 2023 && d.above_scale),
 *   { tax: 'tax', land: 'land_mu', landUnit: '亩', valueAdded: 'value_added' });
 * muJunEvaluation(perMu, { weights: { tax_per_mu: 60, value_added_per_mu: 40 } }).classes.objects()
 * // [{ class: 'A', firms: …, share: 0.2, … }, …]
 * @throws {TierInputError} when a weighted column is missing, a value is not a number (with `missing: 'error'`),
 *   a weight is negative, a 基准值 is zero, or cut-offs are not increasing in (0, 1].
 */
export function muJunEvaluation(input: TableInput, options: EvaluationOptions = {}): EvaluationResult {
  const fn = 'muJunEvaluation';
  const table = toTable(input, fn);
  const n = table.numRows();
  const weights = options.weights ?? MUJUN_DEFAULT_WEIGHTS;
  const method = options.method ?? 'ratio';
  const missing = options.missing ?? 'average_score';
  const cap = options.cap ?? null;
  const cols = Object.keys(weights);
  if (cols.length === 0) throw new TierInputError(fn, 'no indicators weighted');
  for (const c of cols) {
    if (!(weights[c]! >= 0)) throw new TierInputError(fn, `weight of "${c}" is ${weights[c]}, not ≥ 0`);
  }
  const total = new Float64Array(n);
  const added: Record<string, Float64Array | unknown[]> = {};
  const benchmarks: Record<string, number | [number, number]> = {};
  for (const c of cols) {
    const w = weights[c]!;
    const v = numericColumn(table, c, fn, missing !== 'error');
    const present = Array.from(v).filter((x) => !Number.isNaN(x));
    const count = present.length;
    const score = new Float64Array(n);
    if (count === 0) {
      if (n > 0) throw new TierInputError(fn, 'no firm has a value for this indicator', -1, c);
    } else if (method === 'ratio') {
      const b = options.benchmarks?.[c] ?? mean(present);
      if (!(Number.isFinite(b) && b !== 0))
        throw new TierInputError(fn, `基准值 is ${b}; it must be a non-zero number`, -1, c);
      benchmarks[c] = b;
      for (let i = 0; i < n; i++) score[i] = (v[i]! / b) * w;
    } else {
      const lo = min(present);
      const hi = max(present);
      benchmarks[c] = [lo, hi];
      for (let i = 0; i < n; i++) score[i] = hi > lo ? (w * (20 + (80 * (v[i]! - lo)) / (hi - lo))) / 100 : w;
    }
    if (cap !== null) for (let i = 0; i < n; i++) if (score[i]! > cap * w) score[i] = cap * w;
    // Missing values: average score of the firms with data (黄岩), or zero.
    const scored = Array.from(score).filter((_, i) => !Number.isNaN(v[i]!));
    const avg = scored.length > 0 ? mean(scored) : 0;
    for (let i = 0; i < n; i++) if (Number.isNaN(v[i]!)) score[i] = missing === 'zero' ? 0 : avg;
    for (let i = 0; i < n; i++) total[i]! += score[i]!;
    added[`score_${c}`] = score;
  }
  // Competition ranking: 1 + number of firms with a strictly higher score.
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => total[b]! - total[a]!);
  const rank = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = idx[k]!;
    rank[i] = k > 0 && total[i] === total[idx[k - 1]!] ? rank[idx[k - 1]!]! : k + 1;
  }
  const labels = ['A', 'B', 'C', 'D'] as const;
  const classCol: string[] = new Array(n);
  const cut = options.cutoffs ?? { shares: MUJUN_DEFAULT_SHARES };
  if ('shares' in cut) {
    const [a, b, c] = cut.shares;
    if (!(a > 0 && a <= b && b <= c && c <= 1)) {
      throw new TierInputError(fn, `share cut-offs ${cut.shares.join(', ')} must increase within (0, 1]`);
    }
    for (let i = 0; i < n; i++) {
      const p = rank[i]! / n - 1e-12;
      classCol[i] = p <= a ? 'A' : p <= b ? 'B' : p <= c ? 'C' : 'D';
    }
  } else {
    const [a, b, c] = cut.scores;
    if (!(a >= b && b >= c))
      throw new TierInputError(fn, `score cut-offs ${cut.scores.join(', ')} must decrease`);
    for (let i = 0; i < n; i++) {
      const s = total[i]!;
      classCol[i] = s >= a ? 'A' : s >= b ? 'B' : s >= c ? 'C' : 'D';
    }
  }
  const classes = {
    class: [...labels] as string[],
    firms: [0, 0, 0, 0],
    share: [0, 0, 0, 0] as (number | null)[],
    min_score: [null, null, null, null] as (number | null)[],
    max_score: [null, null, null, null] as (number | null)[],
  };
  for (let i = 0; i < n; i++) {
    const k = labels.indexOf(classCol[i] as (typeof labels)[number]);
    classes.firms[k]!++;
    const s = total[i]!;
    if (classes.min_score[k] === null || s < classes.min_score[k]!) classes.min_score[k] = s;
    if (classes.max_score[k] === null || s > classes.max_score[k]!) classes.max_score[k] = s;
  }
  classes.share = classes.firms.map((f) => (n > 0 ? f / n : null));
  return {
    firms: table.assign({ ...added, score: total, rank, class: classCol }),
    classes: aqTable(classes),
    benchmarks,
  };
}
