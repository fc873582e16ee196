/**
 * Judge one target against its matched actual series: one gaps row per judged year (and per zone of a zone class).
 */
import type { ActualRow, TargetMatch } from '../actuals/types.js';
import type { TargetRow } from '../targets/types.js';
import { buildGrowth } from './build-growth.js';
import { buildLevel } from './build-level.js';
import { buildSum } from './build-sum.js';
import { measure } from './measure.js';
import { methodName } from './method.js';
import { formatThresholds, type GapThresholds, type JudgeOptions, resolveThresholds } from './options.js';
import { addMatchNote, finish, setStatus } from './row.js';
import { directionOf } from './series.js';
import { type Built, type Ctx, JUDGED } from './space.js';
import type { Direction, GapRow } from './types.js';

/**
 * Judge one target against its matched series: one row per judged year — the deadline once it has passed (each
 * year of a range of deadlines, each year of an `annual` target), else the latest actual up to `asOf` — and one
 * row per zone when the series covers several zones of a zone class. Every component is shown (base, actual,
 * target, 力争 figure, direction, method, thresholds) with attainment, progress, 序时进度 τ, CAGRs, R, projection,
 * timing, status and score. A target without a series keeps one row per deadline, `insufficient_data`, with the
 * matcher's reason.
 *
 * Complexity: O(n log n) in the length of the series (O(n · years) for annual targets).
 *
 * @example
 * const [row] = judgeTarget({ target: gdp2021, series: [gdp2020, gdp2021], method: 'exact', reason: null },
 *   { stretch: gdp2021Stretch, asOf: 2022 });
 * row.status // 'achieved' (17716.76亿 ≥ 17600亿; 力争 17800亿 not met)
 * @throws {RangeError} when options are invalid (thresholds, a non-positive window, a non-integer asOf).
 */
export function judgeTarget(match: TargetMatch, options: JudgeOptions = {}): GapRow[] {
  const settings = judgeSettings(options);
  return judgeWith(match, settings, options.asOf, options.stretch ?? null);
}

/** Options resolved once for many targets (thresholds checked, their text built). */
export interface JudgeSettings {
  th: GapThresholds;
  window: number | null;
  thresholdsText: string;
  refScope: string;
  direction: Direction | undefined;
}

/**
 * Resolve and check judge options once, for {@link judgeWith} over many targets.
 *
 * Complexity: O(1).
 *
 * @example
 * const s = judgeSettings({ window: 5 }); matches.flatMap((m) => judgeWith(m, s, 2022, null))
 * @throws {RangeError} when thresholds are invalid, the window is not a positive whole number, or asOf is not a
 * whole year.
 */
export function judgeSettings(options: JudgeOptions = {}): JudgeSettings {
  const th = resolveThresholds(options.thresholds);
  const window = options.window ?? null;
  if (window !== null && (!Number.isInteger(window) || window <= 0)) {
    throw new RangeError(`judgeTarget: window must be a positive whole number of years, got ${window}`);
  }
  if (options.asOf !== undefined && !Number.isInteger(options.asOf)) {
    throw new RangeError(`judgeTarget: asOf must be a whole year, got ${options.asOf}`);
  }
  return {
    th,
    window,
    thresholdsText: formatThresholds(th, window),
    refScope: options.referenceScope ?? '全市',
    direction: options.direction,
  };
}

/**
 * The context of one target's judgement (module-internal; shared with the columnar path).
 *
 * Complexity: O(1).
 *
 * @example
 * makeContext(target, judgeSettings(), 2022, null).d // 1
 * @throws never.
 */
export function makeContext(
  target: TargetRow,
  settings: JudgeSettings,
  asOf: number,
  stretch: TargetRow | null,
): Ctx {
  return {
    target,
    stretch: stretch ?? (target.stretch ? target : null),
    d: settings.direction ?? directionOf(target.comparator),
    asOf,
    th: settings.th,
    window: settings.window,
    thresholdsText: settings.thresholdsText,
    earliestDeadline: target.deadline_year_max !== null ? target.deadline_year : null,
    refScope: settings.refScope,
  };
}

/**
 * {@link judgeTarget} with settings resolved by {@link judgeSettings}: the fast path for many targets.
 *
 * Complexity: as {@link judgeTarget}.
 *
 * @example
 * judgeWith(match, judgeSettings(), 2022, stretchTarget)
 * @throws never for valid settings.
 */
export function judgeWith(
  match: TargetMatch,
  settings: JudgeSettings,
  asOfOption: number | undefined,
  stretch: TargetRow | null,
): GapRow[] {
  const target = match.target;
  const series = match.series;
  let asOf = asOfOption;
  if (asOf === undefined) {
    let maxYear = Number.NEGATIVE_INFINITY;
    for (const r of series) if (r.year > maxYear) maxYear = r.year;
    asOf = Number.isFinite(maxYear) ? maxYear : (target.deadline_year_max ?? target.deadline_year ?? 0);
  }
  const ctx = makeContext(target, settings, asOf, stretch);
  const deadlines = deadlineYears(target);

  if (target.kind === 'reward') {
    return deadlines.map((y) =>
      finish(ctx, y, 'reward', {
        notComparable:
          'a reward the policy promises (一次性奖励): not an outcome that actuals can be judged on',
      }),
    );
  }
  if (match.method === null || series.length === 0) {
    const why = match.reason ?? 'no matching actual series';
    return deadlines.map((y) => finish(ctx, y, methodName(target), { insufficient: why, year: null }));
  }
  if (target.kind === 'relative') return judgeGroup(ctx, series, null, deadlines, match);

  const scope0 = series[0]!.scope;
  let oneScope = true;
  for (let k = 1; k < series.length; k++) {
    if (series[k]!.scope !== scope0) {
      oneScope = false;
      break;
    }
  }
  if (oneScope) return judgeGroup(ctx, series, scope0 === target.scope ? null : scope0, deadlines, match);
  const groups = new Map<string, ActualRow[]>();
  for (const r of series) {
    const g = groups.get(r.scope);
    if (g) g.push(r);
    else groups.set(r.scope, [r]);
  }
  if (groups.size === 1) {
    const [scope, rows] = [...groups][0]!;
    return judgeGroup(ctx, rows, scope === target.scope ? null : scope, deadlines, match);
  }
  const out: GapRow[] = [];
  for (const [scope, rows] of groups) out.push(...judgeGroup(ctx, rows, scope, deadlines, match));
  // Roll up the members of the class per judged year: how many met the target, of how many judged.
  const tally = new Map<string, { met: number; total: number }>();
  const key = (r: GapRow) => String(r.target_year);
  for (const r of out) {
    const t = tally.get(key(r)) ?? { met: 0, total: 0 };
    if (r.status === 'achieved' || r.status === 'achieved_stretch') t.met++;
    if (JUDGED.has(r.status)) t.total++;
    tally.set(key(r), t);
  }
  for (const r of out) {
    const t = tally.get(key(r))!;
    r.group_met = t.met;
    r.group_total = t.total;
  }
  return out;
}

/** The deadline years a target is judged at: each year of a range; `[null]` when the text gives none. */
function deadlineYears(t: TargetRow): (number | null)[] {
  if (t.deadline_year === null) return [null];
  const last = t.deadline_year_max ?? t.deadline_year;
  const out: number[] = [];
  for (let y = t.deadline_year; y <= last; y++) out.push(y);
  return out.length > 0 ? out : [t.deadline_year];
}

function judgeGroup(
  ctx: Ctx,
  rows: ActualRow[],
  scope: string | null,
  deadlines: (number | null)[],
  match: TargetMatch,
): GapRow[] {
  const t = ctx.target;
  const out: GapRow[] = [];
  if (t.aggregation === 'annual') {
    const years = rows.map((r) => r.year);
    const first = t.start_year ?? (years.length ? Math.min(...years) : ctx.asOf);
    const lastDeadline = t.deadline_year_max ?? t.deadline_year;
    const last = Math.min(lastDeadline ?? ctx.asOf, ctx.asOf);
    if (last < first) {
      const row = finish(ctx, first, methodName(t), { insufficient: '', year: null });
      setStatus(row, 'not_due', `the first year of the annual target (${first}) is after ${ctx.asOf}`);
      out.push(row);
    }
    for (let y = first; y <= last; y++) out.push(judgeYear(ctx, rows, y, y - 1, match));
  } else {
    for (const y of deadlines) out.push(judgeYear(ctx, rows, y, null, match));
  }
  if (scope !== null) for (const r of out) r.actual_scope = scope;
  return out;
}

/** Judge one deadline year (`annualBase` set for one year of an `annual` target: judged on that year alone). */
function judgeYear(
  ctx: Ctx,
  rows: ActualRow[],
  deadline: number | null,
  annualBase: number | null,
  match: TargetMatch,
): GapRow {
  const t = ctx.target;
  let built: Built;
  if (t.kind === 'growth') built = buildGrowth(ctx, rows, deadline, annualBase);
  else if (t.kind !== 'multiple' && (t.aggregation === 'cumulative' || t.aggregation === 'annual_average')) {
    built = buildSum(ctx, rows, deadline);
  } else built = buildLevel(ctx, rows, deadline, annualBase);
  if (!('space' in built)) return finish(ctx, deadline, methodName(t), built);
  const row = measure(ctx, built.space, deadline);
  addMatchNote(row, match.method, match.reason);
  return row;
}
