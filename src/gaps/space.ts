/**
 * The measure space of a judged year and the helpers the builders share (module-internal).
 */
import type { ActualRow, Bound } from '../actuals/types.js';
import type { TargetRow } from '../targets/types.js';
import type { GapTarget, ResolvedForm } from './forms.js';
import type { ActualsInput } from './input.js';
import type { GapThresholds, ReviewThresholds } from './options.js';
import { type Direction, GAP_STATUSES, type GapStatus } from './types.js';
import type { YearSeries, YearValues } from './view.js';

/** Everything a judged year is measured on, in the measure space of its kind (levels, growth index, sums). */
export interface Space {
  method: string;
  linear: boolean;
  baseYear: number | null;
  base: number | null;
  baseRule: string | null;
  year: number;
  actual: number;
  target: number;
  stretch: number | null;
  /** The same figures as shown in the row (the target's own terms: %, 亿元 level, average…). */
  shownActual: number;
  shownBase: number | null;
  shownTarget: number;
  shownStretch: number | null;
  /** The values by year in the shown terms (to find the first year the target was met, to fit the trend). */
  values: YearSeries;
  bound: Bound | null;
  preliminary: boolean;
  earlyCounts: boolean;
  tolerance: number;
  /** The actual rows the judged figure comes from (sources, quotes, unit), built only when a row asks. */
  rows(this: Space): ActualRow[];
  /** For a figure read from one row: where it is (what `rows` reads when it is {@link oneRow}). */
  rowInput: ActualsInput | null;
  rowRef: number;
  notes: string[];
  /**
   * True when `eachYear` visits the values in the measure space (levels, counts, shares): the time-weighted
   * regression projection is fitted on them. Growth chains and sums leave it unset.
   */
  trend?: boolean;
}

/**
 * The `rows` of a {@link Space} whose figure is one row (`rowInput`, `rowRef`): shared, no closure per target.
 *
 * Complexity: O(1).
 *
 * @example
 * space.rows = oneRow; space.rows() // [the row]
 */
export function oneRow(this: Space): ActualRow[] {
  return this.rowInput !== null && this.rowRef >= 0 ? [this.rowInput.row(this.rowRef)] : [];
}

/**
 * A blank measure space (one per view, refilled by the level builder target after target).
 *
 * Complexity: O(1).
 *
 * @example
 * const space = blankSpace(view.measured);
 */
export function blankSpace(values: YearSeries): Space {
  return {
    method: '',
    linear: false,
    baseYear: null,
    base: null,
    baseRule: null,
    year: 0,
    actual: 0,
    target: 0,
    stretch: null,
    shownActual: 0,
    shownBase: null,
    shownTarget: 0,
    shownStretch: null,
    values,
    bound: null,
    preliminary: false,
    earlyCounts: true,
    tolerance: 0,
    rows: oneRow,
    rowInput: null,
    rowRef: -1,
    notes: [],
    trend: false,
  };
}

/**
 * Fill the fields a growth chain and a sum share (module-internal): the target's own figures as shown (the rate or
 * the yearly figure, not the index or the total), the measured values and their combined bound, no single row.
 *
 * Complexity: O(1).
 *
 * @example
 * shownAsTarget(view.space, ctx, view.measured, '=', true)
 */
export function shownAsTarget(
  sp: Space,
  ctx: Ctx,
  values: YearValues,
  bound: Bound | null,
  earlyCounts: boolean,
): Space {
  sp.shownBase = null;
  sp.shownTarget = ctx.target.value;
  sp.shownStretch = ctx.stretch ? ctx.stretch.value : null;
  sp.values = values;
  sp.bound = bound;
  sp.earlyCounts = earlyCounts;
  sp.trend = false;
  sp.rowInput = null;
  sp.rowRef = -1;
  return sp;
}

/** What a builder returns: a measure space, or why there is none. */
export type Built =
  | Space
  | { notComparable: string }
  | { insufficient: string; year: number | null; notDue?: boolean };

/** The context of one target's judgement: the target, its 力争 pair, form, direction, asOf, thresholds. */
export interface Ctx {
  target: GapTarget;
  stretch: TargetRow | null;
  /** The target's form (docs/gaps.md, "Target forms"). */
  form: ResolvedForm;
  d: Direction;
  asOf: number;
  th: GapThresholds;
  review: ReviewThresholds;
  window: number | null;
  thresholdsText: string;
  /** For ranges of deadlines: the earliest deadline (to report the top of the required-CAGR band). */
  earliestDeadline: number | null;
  refScope: string;
  /** Which actual units a level of this target may be in (see {@link unitAccepts}). */
  unitRule: UnitRule;
  /** Build reason notes (rows); the columnar writer asks for numbers only. */
  text: boolean;
}

/** The statuses that are a verdict on the target (they count as judged and get a score). */
export const JUDGED: ReadonlySet<GapStatus> = new Set(
  GAP_STATUSES.filter((s) => s !== 'not_comparable' && s !== 'insufficient_data' && s !== 'not_due'),
);

/** Which units a view keeps for levels: any, any stated unit, or the target's own (with {@link unitMatches}). */
export type UnitRule = 'any' | 'stated' | 'target';

/**
 * Whether a level in `unit` can be read for a target under a unit rule.
 *
 * Complexity: O(1).
 *
 * @example
 * unitAccepts('stated', gdpTarget, null) // false
 */
export function unitAccepts(rule: UnitRule, t: TargetRow, unit: string | null): boolean {
  return rule === 'any' ? true : rule === 'stated' ? unit !== null : unitMatches(t, unit);
}

/**
 * Whether an actual figure's unit can be compared with a target's: the same unit, percent for a share in
 * percentage points, people for a count; a 倍增 target takes any stated unit.
 *
 * Complexity: O(1).
 *
 * @example
 * unitMatches(gdpTarget, 'yuan') // true
 */
export function unitMatches(t: TargetRow, unit: string | null): boolean {
  if (t.kind === 'multiple') return unit !== null;
  if (unit === t.unit) return true;
  // A share target stated in percent may be published as a share in percent; percentage points are differences.
  return (t.unit === 'percent' && unit === 'percentage_point') || (t.unit === 'count' && unit === 'people');
}

/**
 * Read the figures of a list of row references as {@link ActualRow}s.
 *
 * Complexity: O(rows).
 *
 * @example
 * rowsAt(input, [0, 3]).length // 2
 */
export function rowsAt(input: { row(k: number): ActualRow }, refs: readonly number[]): ActualRow[] {
  return refs.map((k) => input.row(k));
}

/**
 * The distinct non-empty values of a field, ` | `-joined, or `null`.
 *
 * Complexity: O(rows).
 *
 * @example
 * unique([a, b], 'source') // 'https://a | https://b'
 */
export function unique(rows: readonly ActualRow[], field: 'source' | 'quote'): string | null {
  if (rows.length === 1) return rows[0]![field] || null;
  const u = [...new Set(rows.map((r) => r[field]).filter((x) => x !== ''))];
  return u.length ? u.join(' | ') : null;
}

/**
 * Half-width of the uncertainty band of an approximate figure: points for percentages, relative otherwise
 * (module-internal).
 *
 * Complexity: O(1).
 *
 * @example
 * toleranceFor(ctx, 3000, false) // 150 with the default approxRelative 0.05
 */
export function toleranceFor(ctx: Ctx, shown: number, percentLike: boolean): number {
  return percentLike ? ctx.th.approxPoints : ctx.th.approxRelative * Math.abs(shown);
}

/** A set of years: which it has, and the years as a typed list and its length (read without allocating). */
export interface YearSet {
  has(year: number): boolean;
  years: Int32Array;
  n: number;
}

const NO_YEARS: readonly number[] = [];

/**
 * Pick the judged year: the deadline once passed, else the latest year ≤ asOf of `set` (and of `extra`) that it
 * has; or what is missing, in words (a string).
 *
 * Complexity: O(years).
 *
 * @example
 * pickYear(ctx, 2021, view.measured) // 2021
 */
export function pickYear(
  ctx: Ctx,
  deadline: number | null,
  set: YearSet,
  extra: readonly number[] = NO_YEARS,
): number | string {
  const asOf = ctx.asOf;
  if (deadline !== null && deadline <= asOf) {
    if (set.has(deadline)) return deadline;
    const later: number[] = [];
    for (let j = 0; j < set.n + extra.length; j++) {
      const y = j < set.n ? set.years[j]! : extra[j - set.n]!;
      if (y > deadline && y <= asOf && !later.includes(y)) later.push(y);
    }
    later.sort((a, b) => a - b);
    return `no full-year actual for the deadline year ${deadline}${later.length ? ` (later figures for ${later.join(', ')} are not used: a ${deadline} target is judged on ${deadline})` : ''}`;
  }
  let best = -1;
  for (let j = 0; j < set.n + extra.length; j++) {
    const y = j < set.n ? set.years[j]! : extra[j - set.n]!;
    if (y <= asOf && y > best && set.has(y)) best = y;
  }
  return best >= 0 ? best : `no full-year actual up to ${asOf}`;
}
