/**
 * The seeds' reward schedules for firms that grow across revenue thresholds (Wuhan 2018, Huanggang 2023), and a
 * simulator of what they cost on a firm panel.
 *
 * How each rule is read (see docs/tiers.md for the full argument):
 * - Threshold (首次突破X亿元): paid once, in the first year revenue reaches X (at the threshold counts: the ladder
 *   convention 以上 includes the number). A firm already at or above X in its first panel year crossed before the
 *   panel and is never paid for X. A firm that falls back and crosses again is not paid again. A firm that jumps
 *   over several thresholds in one year is paid for each (`jumps: 'all'`, default) or only the highest
 *   (`jumps: 'highest'`).
 * - Step (Wuhan: 企业每跨越一个百亿元台阶,再给予一次性1000万元): 1000万元 for each of 200亿, 300亿, … the first time it
 *   is reached (100亿 itself is the threshold rule's; "再" = further steps).
 * - Entry (首次进规): paid in the first year a firm is above scale, when it was observed below scale before (a firm
 *   above scale in its first panel year is censored: no entry, tenure or growth reward). Re-entry after 退规 is
 *   never paid (Huanggang says so; "首次" says so for Wuhan).
 * - Tenure (Huanggang: 进规满2年后兑现奖励10万元): paid in year 进规 + 2, when the firm is observed above scale in
 *   every year from 进规 to 进规 + 2.
 * - Growth (Huanggang: 连续3年营业务收入保持在15%(含)以上增速): paid once, for first-time 进规 firms, in the last
 *   year of the first run of 3 consecutive observed years after the 进规 year, each above scale with revenue growth
 *   over the previous year ≥ 15% (15% counts).
 * - Every reward is due in the year its condition is met and paid only when that year is inside the schedule's
 *   validity window (Wuhan 2018-2022: 有效期为5年; Huanggang 2023-2025); conditions met outside the window are
 *   not paid later.
 */
import { table as aqTable, type ColumnTable } from 'arquero';
import {
  type ColumnValues,
  columnValues,
  numericColumn,
  panelOrder,
  TierInputError,
  toTable,
  yearColumn,
} from './table.js';
import type { RewardRule, RewardSchedule, TableInput } from './types.js';

const WUHAN_2018 = 'wuhan-2018-wanqianbai-action-plan';
const HUANGGANG_2023 = 'huanggang-2023-manufacturing-county-clusters-plan';

const WUHAN_THRESHOLDS = {
  doc_id: WUHAN_2018,
  quote: '对年主营业务收入首次突破10亿元、50亿元、100亿元的工业企业,给予一次性100万元、500万元、1000万元奖励',
  span_start: 3233,
  span_end: 3291,
};
const HUANGGANG_THRESHOLDS = {
  doc_id: HUANGGANG_2023,
  quote:
    '对年主营业务收入首次突破10\n亿元、30亿元、50亿元、100亿元的企业,分别给予30万元、50万元、80万元、100万元产业发展资金一次性奖励',
  span_start: 3680,
  span_end: 3752,
};
const ABOVE_SCALE = {
  doc_id: null,
  quote:
    '规模以上工业企业: 年主营业务收入2000万元及以上 (国家统计局统计起点标准, 2011年起); cf. http://english.wenzhou.gov.cn/art/2018/7/9/art_1231275_19350918.html',
  span_start: null,
  span_end: null,
  note: 'Used to decide 进规 when the panel has no above-scale column.',
};

/** Wuhan 2018 (万千百工程): 首次突破10/50/100亿元 → 100/500/1000万元; each further 百亿 step → 1000万元; 首次进规 → 10万元. */
export const WUHAN_REWARDS: RewardSchedule = {
  id: 'wuhan_2018',
  region: '武汉市',
  doc_id: WUHAN_2018,
  metric: '主营业务收入',
  validFrom: 2018,
  validTo: 2022,
  aboveScaleRevenue: 2e7,
  rules: [
    {
      kind: 'threshold',
      threshold: 1e9,
      amount: 1e6,
      source: { ...WUHAN_THRESHOLDS, note: '10亿元 → 100万元' },
    },
    {
      kind: 'threshold',
      threshold: 5e9,
      amount: 5e6,
      source: { ...WUHAN_THRESHOLDS, note: '50亿元 → 500万元' },
    },
    {
      kind: 'threshold',
      threshold: 1e10,
      amount: 1e7,
      source: { ...WUHAN_THRESHOLDS, note: '100亿元 → 1000万元' },
    },
    {
      kind: 'step',
      from: 1e10,
      every: 1e10,
      amount: 1e7,
      source: {
        doc_id: WUHAN_2018,
        quote: '企业每跨越一个百亿元台阶,再给予一次性1000万元奖励',
        span_start: 3292,
        span_end: 3319,
        note: 'Read as 200亿, 300亿, … each paid once; 100亿 itself is the threshold rule’s (再 = further).',
      },
    },
    {
      kind: 'entry',
      amount: 1e5,
      source: {
        doc_id: WUHAN_2018,
        quote: '对首次进规的工业企业,给予一次性奖励,金额由现有每户5万元增加到10万元',
        span_start: 3420,
        span_end: 3456,
        note: '10万元 (raised from 5万元) in the year of first 进规.',
      },
    },
  ],
  sources: [
    {
      doc_id: WUHAN_2018,
      quote: '本行动方案自2018年*月*日实施,有效期为5年',
      span_start: 4781,
      span_end: 4805,
      note: 'Validity read as the years 2018-2022 (the start day is blank in the text).',
    },
    ABOVE_SCALE,
  ],
};

/**
 * Huanggang 2023: 首次突破10/30/50/100亿元 → 30/50/80/100万元; 首次进规 → 8万元 that year, 10万元 after 满2年, and
 * 10万元 for 3 consecutive years of growth ≥ 15%.
 */
export const HUANGGANG_REWARDS: RewardSchedule = {
  id: 'huanggang_2023',
  region: '黄冈市',
  doc_id: HUANGGANG_2023,
  metric: '主营业务收入',
  validFrom: 2023,
  validTo: 2025,
  aboveScaleRevenue: 2e7,
  rules: [
    {
      kind: 'threshold',
      threshold: 1e9,
      amount: 3e5,
      source: { ...HUANGGANG_THRESHOLDS, note: '10亿元 → 30万元' },
    },
    {
      kind: 'threshold',
      threshold: 3e9,
      amount: 5e5,
      source: { ...HUANGGANG_THRESHOLDS, note: '30亿元 → 50万元' },
    },
    {
      kind: 'threshold',
      threshold: 5e9,
      amount: 8e5,
      source: { ...HUANGGANG_THRESHOLDS, note: '50亿元 → 80万元' },
    },
    {
      kind: 'threshold',
      threshold: 1e10,
      amount: 1e6,
      source: { ...HUANGGANG_THRESHOLDS, note: '100亿元 → 100万元' },
    },
    {
      kind: 'entry',
      amount: 8e4,
      source: {
        doc_id: HUANGGANG_2023,
        quote: '对首次“进规”(不含退规企业重新进规)的工业企业“进规”当年兑现奖励8万元',
        span_start: 3753,
        span_end: 3790,
        note: '8万元 in the 进规 year; re-entry after 退规 excluded.',
      },
    },
    {
      kind: 'entry_tenure',
      years: 2,
      amount: 1e5,
      source: {
        doc_id: HUANGGANG_2023,
        quote: '“进规”满2年后兑现奖励10万元',
        span_start: 3791,
        span_end: 3807,
        note: 'Read as: paid in year 进规 + 2 if above scale in every year from 进规 to 进规 + 2.',
      },
    },
    {
      kind: 'entry_growth',
      years: 3,
      minGrowthPct: 15,
      amount: 1e5,
      source: {
        doc_id: HUANGGANG_2023,
        quote: '连续3年营业务收入保持在15%(含)以上增速的兑现奖励10万元',
        span_start: 3808,
        span_end: 3839,
        note: 'Read as: first run of 3 consecutive years after 进规 with growth ≥ 15% (含) each; paid once, in its last year.',
      },
    },
  ],
  sources: [
    {
      doc_id: HUANGGANG_2023,
      quote: '关于深入实施制造强县聚力打造现代产业集群实施方案 (2023-2025年)',
      span_start: 0,
      span_end: 37,
      note: 'Validity read as the plan period 2023-2025.',
    },
    ABOVE_SCALE,
  ],
};

/** Options of {@link simulateRewards} and {@link compareRewardSchedules}. */
export interface RewardOptions {
  /** Firm id column (default `firm_id`). */
  id?: string;
  /** Year column (default `year`). */
  year?: string;
  /** Annual revenue column in yuan, the schedule's metric (default `revenue`). */
  revenue?: string;
  /**
   * Column saying whether the firm is 规模以上 that year (true/false, 1/0, 'true'/'false', '是'/'否'); when absent,
   * a firm is above scale when revenue ≥ the schedule's `aboveScaleRevenue` (2000万元).
   */
  aboveScale?: string;
  /** Several thresholds first reached in one year: pay `all` (default) or only the `highest`. */
  jumps?: 'all' | 'highest';
  /** Apply the schedule's validity window (default true); false pays whenever a condition is met. */
  window?: boolean;
}

/** What {@link simulateRewards} returns. */
export interface RewardSimulation {
  /** One row per reward: `schedule, id, year, rule, threshold, amount, revenue`. */
  payments: ColumnTable;
  /** One row per year with any payment: `schedule, year, firms, payments, amount` (yuan). */
  byYear: ColumnTable;
}

interface PreparedPanel {
  ids: ColumnValues;
  years: Int32Array;
  revenue: Float64Array;
  above: Uint8Array | null;
  order: Uint32Array;
  starts: Uint32Array;
}

function truthy(v: unknown, row: number, column: string, fn: string): number {
  if (v === true || v === 1 || v === '1' || v === 'true' || v === 'TRUE' || v === '是') return 1;
  if (v === false || v === 0 || v === '0' || v === 'false' || v === 'FALSE' || v === '否') return 0;
  throw new TierInputError(
    fn,
    `above-scale value ${JSON.stringify(v)} is not true/false, 1/0 or 是/否`,
    row,
    column,
  );
}

function prepare(input: TableInput, options: RewardOptions, fn: string): PreparedPanel {
  const table = toTable(input, fn);
  const idName = options.id ?? 'firm_id';
  const yearName = options.year ?? 'year';
  const ids = columnValues(table, idName, fn);
  const years = yearColumn(table, yearName, fn);
  const revenue = numericColumn(table, options.revenue ?? 'revenue', fn);
  let above: Uint8Array | null = null;
  if (options.aboveScale) {
    const col = columnValues(table, options.aboveScale, fn);
    above = new Uint8Array(col.length);
    for (let i = 0; i < col.length; i++) above[i] = truthy(col[i], i, options.aboveScale, fn);
  }
  const { order, starts } = panelOrder(ids, years, fn, idName, yearName);
  return { ids, years, revenue, above, order, starts };
}

function checkSchedule(s: RewardSchedule, fn: string): void {
  if (!s || !Array.isArray(s.rules)) throw new TierInputError(fn, 'the schedule has no rules');
  for (const [k, r] of s.rules.entries()) {
    const bad = (what: string): never => {
      throw new TierInputError(fn, `schedule "${s.id}" rule ${k} (${r.kind}): ${what}`);
    };
    if (!(Number.isFinite(r.amount) && r.amount >= 0)) bad(`amount ${r.amount} is not a non-negative number`);
    if (r.kind === 'threshold' && !(r.threshold > 0)) bad(`threshold ${r.threshold} is not positive`);
    if (r.kind === 'step' && !(r.every > 0 && Number.isFinite(r.from))) bad('step needs from and every > 0');
    if (
      (r.kind === 'entry_tenure' || r.kind === 'entry_growth') &&
      !(Number.isInteger(r.years) && r.years >= 1)
    ) {
      bad(`years ${r.years} is not a positive integer`);
    }
  }
}

interface PaymentColumns {
  schedule: string[];
  id: unknown[];
  year: number[];
  rule: string[];
  threshold: (number | null)[];
  amount: number[];
  revenue: number[];
}

function simulate(p: PreparedPanel, s: RewardSchedule, options: RewardOptions): PaymentColumns {
  const out: PaymentColumns = {
    schedule: [],
    id: [],
    year: [],
    rule: [],
    threshold: [],
    amount: [],
    revenue: [],
  };
  const thresholds = s.rules.filter(
    (r): r is Extract<RewardRule, { kind: 'threshold' }> => r.kind === 'threshold',
  );
  thresholds.sort((a, b) => a.threshold - b.threshold);
  const steps = s.rules.filter((r): r is Extract<RewardRule, { kind: 'step' }> => r.kind === 'step');
  const entries = s.rules.filter((r): r is Extract<RewardRule, { kind: 'entry' }> => r.kind === 'entry');
  const tenures = s.rules.filter(
    (r): r is Extract<RewardRule, { kind: 'entry_tenure' }> => r.kind === 'entry_tenure',
  );
  const growths = s.rules.filter(
    (r): r is Extract<RewardRule, { kind: 'entry_growth' }> => r.kind === 'entry_growth',
  );
  const useWindow = options.window !== false;
  const from = useWindow && s.validFrom !== null ? s.validFrom : Number.NEGATIVE_INFINITY;
  const to = useWindow && s.validTo !== null ? s.validTo : Number.POSITIVE_INFINITY;
  const highestOnly = options.jumps === 'highest';
  const nt = thresholds.length;
  const tv = Float64Array.from(thresholds, (r) => r.threshold);
  const crossed = new Uint8Array(nt);
  const stepDone = new Float64Array(steps.length);
  const { ids, years, revenue, above, order, starts } = p;
  const isAbove = (r: number): boolean => (above ? above[r] === 1 : revenue[r]! >= s.aboveScaleRevenue);
  const pay = (r: number, year: number, rule: string, threshold: number | null, amount: number): void => {
    if (year < from || year > to) return;
    out.schedule.push(s.id);
    out.id.push(ids[r]);
    out.year.push(year);
    out.rule.push(rule);
    out.threshold.push(threshold);
    out.amount.push(amount);
    out.revenue.push(revenue[r]!);
  };
  const needEntry = entries.length + tenures.length + growths.length > 0;
  for (let f = 0; f + 1 < starts.length; f++) {
    const a = starts[f]!;
    const b = starts[f + 1]!;
    const r0 = order[a]!;
    const v0 = revenue[r0]!;
    for (let k = 0; k < nt; k++) crossed[k] = v0 >= tv[k]! ? 1 : 0;
    for (let k = 0; k < steps.length; k++) {
      const st = steps[k]!;
      let done = 0;
      while (v0 >= st.from + (done + 1) * st.every) done++;
      stepDone[k] = done;
    }
    for (let i = a + 1; i < b; i++) {
      const r = order[i]!;
      const v = revenue[r]!;
      const y = years[r]!;
      let top = -1;
      for (let k = 0; k < nt; k++) {
        if (!crossed[k] && v >= tv[k]!) {
          crossed[k] = 1;
          if (highestOnly) top = k;
          else pay(r, y, 'threshold', tv[k]!, thresholds[k]!.amount);
        }
      }
      if (top >= 0) pay(r, y, 'threshold', tv[top]!, thresholds[top]!.amount);
      for (let k = 0; k < steps.length; k++) {
        const st = steps[k]!;
        let done = stepDone[k]!;
        while (v >= st.from + (done + 1) * st.every) {
          done++;
          pay(r, y, 'step', st.from + done * st.every, st.amount);
        }
        stepDone[k] = done;
      }
    }
    if (!needEntry || isAbove(r0)) continue;
    // First 进规 after being observed below scale.
    let e = -1;
    for (let i = a + 1; i < b; i++) {
      if (isAbove(order[i]!)) {
        e = i;
        break;
      }
    }
    if (e < 0) continue;
    const re = order[e]!;
    const y0 = years[re]!;
    for (const rule of entries) pay(re, y0, 'entry', null, rule.amount);
    for (const rule of tenures) {
      // years y0..y0+n all observed and above scale
      let ok = true;
      for (let j = 0; j <= rule.years; j++) {
        const i = e + j;
        if (i >= b || years[order[i]!] !== y0 + j || !isAbove(order[i]!)) {
          ok = false;
          break;
        }
      }
      if (ok) pay(order[e + rule.years]!, y0 + rule.years, 'entry_tenure', null, rule.amount);
    }
    for (const rule of growths) {
      let run = 0;
      const factor = 1 + rule.minGrowthPct / 100;
      for (let i = e + 1; i < b; i++) {
        const r = order[i]!;
        const q = order[i - 1]!;
        const ok =
          years[r] === years[q]! + 1 &&
          isAbove(r) &&
          isAbove(q) &&
          revenue[q]! > 0 &&
          revenue[r]! >= revenue[q]! * factor * (1 - 1e-12);
        run = ok ? run + 1 : 0;
        if (run === rule.years) {
          pay(r, years[r]!, 'entry_growth', null, rule.amount);
          break;
        }
      }
    }
  }
  return out;
}

function sortPayments(c: PaymentColumns): ColumnTable {
  const n = c.year.length;
  const idx = Array.from({ length: n }, (_, i) => i);
  idx.sort((a, b) => c.year[a]! - c.year[b]! || a - b);
  const pick = <T>(arr: T[]): T[] => idx.map((i) => arr[i]!);
  return aqTable({
    schedule: pick(c.schedule),
    id: pick(c.id),
    year: pick(c.year),
    rule: pick(c.rule),
    threshold: pick(c.threshold),
    amount: pick(c.amount),
    revenue: pick(c.revenue),
  });
}

function totalsByYear(c: PaymentColumns, schedule: string): Record<string, unknown[]> {
  const byYear = new Map<number, { firms: Set<unknown>; payments: number; amount: number }>();
  for (let i = 0; i < c.year.length; i++) {
    let t = byYear.get(c.year[i]!);
    if (!t) {
      t = { firms: new Set(), payments: 0, amount: 0 };
      byYear.set(c.year[i]!, t);
    }
    t.firms.add(c.id[i]);
    t.payments++;
    t.amount += c.amount[i]!;
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return {
    schedule: years.map(() => schedule),
    year: years,
    firms: years.map((y) => byYear.get(y)!.firms.size),
    payments: years.map((y) => byYear.get(y)!.payments),
    amount: years.map((y) => byYear.get(y)!.amount),
  };
}

/**
 * The rewards a schedule owes each firm of a panel, year by year, and the fiscal cost per year. The rules'
 * reading is in this module's header and docs/tiers.md.
 *
 * Tables in, arquero tables out: `payments` (`schedule, id, year, rule, threshold, amount, revenue`, sorted by year)
 * and `byYear` (`schedule, year, firms, payments, amount`). Amounts in yuan.
 *
 * Complexity: O(n × rules) plus the panel sort (O(n) when sorted by firm and year already).
 *
 * @example
 * simulateRewards(panel, seeds.WUHAN_REWARDS, { id: 'firm_id', revenue: 'revenue', aboveScale: 'above_scale' }).byYear.objects()
 * // [{ schedule: 'wuhan_2018', year: 2019, firms: 3, payments: 4, amount: 6100000 }, …]
 * @throws {TierInputError} when a column is missing, a revenue or year is not a number, an (id, year) pair
 *   repeats (naming the rows), or a schedule rule is malformed.
 */
export function simulateRewards(
  input: TableInput,
  schedule: RewardSchedule,
  options: RewardOptions = {},
): RewardSimulation {
  const fn = 'simulateRewards';
  checkSchedule(schedule, fn);
  const cols = simulate(prepare(input, options, fn), schedule, options);
  return { payments: sortPayments(cols), byYear: aqTable(totalsByYear(cols, schedule.id)) };
}

/**
 * The fiscal cost per year of several schedules on the same panel, long format for charts and pivots:
 * `schedule, year, firms, payments, amount` for every year any schedule pays, 0 where a schedule pays nothing.
 *
 * Complexity: O(n × rules × schedules); the panel is sorted once.
 *
 * @example
 * compareRewardSchedules(panel, [seeds.WUHAN_REWARDS, seeds.HUANGGANG_REWARDS],
 *   { id: 'firm_id', revenue: 'revenue', aboveScale: 'above_scale', window: false })
 * @throws {TierInputError} as simulateRewards, or when schedule ids repeat.
 */
export function compareRewardSchedules(
  input: TableInput,
  schedules: readonly RewardSchedule[],
  options: RewardOptions = {},
): ColumnTable {
  const fn = 'compareRewardSchedules';
  const ids = schedules.map((s) => s.id);
  if (new Set(ids).size !== ids.length)
    throw new TierInputError(fn, `schedule ids repeat: ${ids.join(', ')}`);
  for (const s of schedules) checkSchedule(s, fn);
  const p = prepare(input, options, fn);
  const totals = schedules.map((s) => totalsByYear(simulate(p, s, options), s.id));
  const allYears = [...new Set(totals.flatMap((t) => t.year as number[]))].sort((a, b) => a - b);
  const out = {
    schedule: [] as string[],
    year: [] as number[],
    firms: [] as number[],
    payments: [] as number[],
    amount: [] as number[],
  };
  for (const y of allYears) {
    for (let k = 0; k < schedules.length; k++) {
      const t = totals[k]!;
      const j = (t.year as number[]).indexOf(y);
      out.schedule.push(schedules[k]!.id);
      out.year.push(y);
      out.firms.push(j >= 0 ? (t.firms[j] as number) : 0);
      out.payments.push(j >= 0 ? (t.payments[j] as number) : 0);
      out.amount.push(j >= 0 ? (t.amount[j] as number) : 0);
    }
  }
  return aqTable(out);
}
