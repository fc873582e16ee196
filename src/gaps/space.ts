/**
 * The measure space of a judged year and the helpers the builders share (module-internal).
 */
import type { ActualRow, ActualUnit, Bound } from '../actuals/types.js';
import type { TargetRow } from '../targets/types.js';
import type { GapThresholds } from './options.js';
import type { Direction, GapStatus } from './types.js';

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
  /** Visit the values by year in the shown terms (to find the first year the target was met). */
  eachYear: (visit: (year: number, value: number, bound: Bound | null) => void) => void;
  bound: Bound | null;
  preliminary: boolean;
  earlyCounts: boolean;
  tolerance: number;
  /** The sources and quotes of the rows used (` | `-joined when several), and the unit of the first. */
  source: string | null;
  quote: string | null;
  rowUnit: ActualUnit | null;
  notes: string[];
  /**
   * True when `eachYear` visits the values in the measure space (levels, counts, shares): the time-weighted
   * regression projection is fitted on them. Growth chains and sums leave it unset.
   */
  trend?: boolean;
}

/** One year's figure as measured: its value, bound, and the rows it comes from. */
export interface Entry {
  value: number;
  bound: Bound | null;
  /** The row the figure comes from, and a second one when it is derived from two (a difference, a ratio). */
  row: ActualRow;
  other: ActualRow | null;
}

/**
 * Visit a `year → { value, bound }` map (the `eachYear` of a {@link Space}).
 *
 * Complexity: O(years) per visit.
 *
 * @example
 * mapYears(values)((year, value, bound) => …)
 * @throws never.
 */
export function mapYears(
  m: Map<number, { value: number; bound: Bound | null }>,
): (visit: (year: number, value: number, bound: Bound | null) => void) => void {
  return (visit) => {
    for (const [y, v] of m) visit(y, v.value, v.bound);
  };
}

/**
 * The rows a year's figure comes from (one, or two for a derived figure).
 *
 * Complexity: O(1).
 *
 * @example
 * entryRows(entry) // [row]
 * @throws never.
 */
export function entryRows(e: { row: ActualRow; other: ActualRow | null }): ActualRow[] {
  return e.other === null ? [e.row] : [e.row, e.other];
}

/** What a builder returns: a measure space, or why there is none. */
export type Built =
  | { space: Space }
  | { notComparable: string }
  | { insufficient: string; year: number | null; notDue?: boolean };

/** The context of one target's judgement: the target, its 力争 pair, direction, asOf, thresholds. */
export interface Ctx {
  target: TargetRow;
  stretch: TargetRow | null;
  d: Direction;
  asOf: number;
  th: GapThresholds;
  window: number | null;
  thresholdsText: string;
  /** For ranges of deadlines: the earliest deadline (to report the top of the required-CAGR band). */
  earliestDeadline: number | null;
  refScope: string;
}

/** The statuses that are a verdict on the target (they count as judged and get a score). */
export const JUDGED: ReadonlySet<GapStatus> = new Set([
  'achieved_stretch',
  'achieved',
  'on_track',
  'needs_acceleration',
  'off_track',
  'regressing',
  'missed',
]);

/**
 * Whether an actual row's unit can be compared with the target's (a multiple takes any level; percent also accepts percentage points; count accepts people).
 *
 * Complexity: O(1).
 *
 * @example
 * unitOk(ctx, row) // true for a yuan row against a yuan target
 * @throws never.
 */
export function unitOk(ctx: Ctx, r: ActualRow): boolean {
  const u = ctx.target.unit;
  if (ctx.target.kind === 'multiple') return r.unit !== null;
  if (r.unit === u) return true;
  // A share target stated in percent may be published as a share in percent; percentage points are differences.
  return (u === 'percent' && r.unit === 'percentage_point') || (u === 'count' && r.unit === 'people');
}

/**
 * Half-width of the uncertainty band of an approximate figure: points for percentages, relative otherwise
 * (module-internal).
 *
 * Complexity: O(1).
 *
 * @example
 * toleranceFor(ctx, 3000, false) // 150 with the default approxRelative 0.05
 * @throws never.
 */
export function toleranceFor(ctx: Ctx, shown: number, percentLike: boolean): number {
  return percentLike ? ctx.th.approxPoints : ctx.th.approxRelative * Math.abs(shown);
}

/**
 * Pick the judged year: the deadline once passed, else the latest year ≤ asOf for which `has(year)` holds; or say what is missing.
 *
 * Complexity: O(years).
 *
 * @example
 * pickYear(ctx, 2021, (y) => values.has(y), values.keys()) // { year: 2021 }
 * @throws never.
 */
export function pickYear(
  ctx: Ctx,
  deadline: number | null,
  has: (y: number) => boolean,
  years: Iterable<number>,
): { year: number } | { missing: string } {
  if (deadline !== null && deadline <= ctx.asOf) {
    if (has(deadline)) return { year: deadline };
    const later = [...years].filter((y) => y > deadline && y <= ctx.asOf).sort((a, b) => a - b);
    return {
      missing: `no full-year actual for the deadline year ${deadline}${later.length ? ` (later figures for ${later.join(', ')} are not used: a ${deadline} target is judged on ${deadline})` : ''}`,
    };
  }
  let best: number | null = null;
  for (const y of years) if (y <= ctx.asOf && has(y) && (best === null || y > best)) best = y;
  if (best === null) return { missing: `no full-year actual up to ${ctx.asOf}` };
  return { year: best };
}

/**
 * The source, quote and unit fields of a {@link Space} from the rows used.
 *
 * Complexity: O(rows).
 *
 * @example
 * rowsInfo([row]) // { source: 'https://…', quote: '…', rowUnit: 'yuan' }
 * @throws never.
 */
export function rowsInfo(rows: ActualRow[]): {
  source: string | null;
  quote: string | null;
  rowUnit: ActualUnit | null;
} {
  return { source: unique(rows, 'source'), quote: unique(rows, 'quote'), rowUnit: rows[0]?.unit ?? null };
}

/**
 * The distinct non-empty values of a field, ` | `-joined, or `null`.
 *
 * Complexity: O(rows).
 *
 * @example
 * unique([a, b], 'source') // 'https://a | https://b'
 * @throws never.
 */
export function unique(rows: ActualRow[], field: 'source' | 'quote'): string | null {
  if (rows.length === 1) return rows[0]![field] || null;
  const u = [...new Set(rows.map((r) => r[field]).filter((x) => x !== ''))];
  return u.length ? u.join(' | ') : null;
}
