/**
 * Reading an actual series: which row stands for a year, and whether a (possibly bounded) figure meets a target.
 */
import { flipBound } from '../actuals/bounds.js';
import type { ActualRow, Bound } from '../actuals/types.js';
import type { Comparator } from '../quantities/types.js';
import type { Met } from './status.js';
import type { Direction } from './types.js';

/**
 * True for a full-year figure: no `period`, or a period that runs to December (`2021-01/12`, `2021-12`, `2021Q4`
 * cumulative is not assumed).
 *
 * Complexity: O(1).
 *
 * @example
 * isFullYear({ period: null } as ActualRow)        // true
 * isFullYear({ period: '2021-01/11' } as ActualRow) // false
 */
export function isFullYear(row: Pick<ActualRow, 'period'>): boolean {
  const p = row.period;
  if (p === null || p === '') return true;
  // Fast reject of the other eleven months before the exact pattern.
  const n = p.length;
  if (p.charCodeAt(n - 1) !== 50 || p.charCodeAt(n - 2) !== 49 || p.charCodeAt(n - 3) !== 47) return false;
  return /^\d{4}-0?1\/12$/.test(p);
}

/** Which field of an actual row a measure needs. */
export type Needed = 'value' | 'growth';

/**
 * The row that stands for each year: full-year rows having the needed field (and passing `keep`, when given), the
 * final figure before a 预计
 * (preliminary) one, an exact figure before a bound, else the first in input order.
 *
 * Complexity: O(n) in the series length.
 *
 * @example
 * byYear(series, 'growth').get(2021)?.growth_pct // 12.2
 */
export function byYear(
  series: readonly ActualRow[],
  need: Needed,
  keep?: (row: ActualRow) => boolean,
): Map<number, ActualRow> {
  const out = new Map<number, ActualRow>();
  for (const row of series) {
    if (!isFullYear(row) || (keep !== undefined && !keep(row))) continue;
    const v = need === 'value' ? row.value : row.growth_pct;
    if (v === null || !Number.isFinite(v)) continue;
    const prev = out.get(row.year);
    if (prev === undefined || rowRank(row, need) < rowRank(prev, need)) out.set(row.year, row);
  }
  return out;
}

/**
 * The preference order of rows for one year (lower is better): a final figure before a 预计 one, an exact figure
 * before a bound.
 *
 * Complexity: O(1).
 *
 * @example
 * rowRank({ preliminary: true, bound: '>' } as ActualRow, 'value') // 3
 */
export function rowRank(row: ActualRow, need: Needed): number {
  const bound = need === 'value' ? row.bound : row.growth_bound;
  return (row.preliminary ? 2 : 0) + (bound === null || bound === '=' ? 0 : 1);
}

/**
 * The partial-year periods available for a year (to explain why a year has no full-year figure).
 *
 * Complexity: O(n).
 *
 * @example
 * partialPeriods(series, 2021) // ['2021-01/11']
 */
export function partialPeriods(series: readonly ActualRow[], year: number): string[] {
  const out: string[] = [];
  for (const r of series) if (r.year === year && !isFullYear(r) && r.period) out.push(r.period);
  return [...new Set(out)];
}

/**
 * Combine the bounds of the figures a derived value is built from (a chain of growth rates, a sum): all exact →
 * `=`; exact and lower bounds → `>`; exact and upper bounds → `<`; anything approximate or mixed → `~`.
 *
 * Complexity: O(n).
 *
 * @example
 * combineBounds(['=', '>']) // '>'
 */
export function combineBounds(bounds: readonly (Bound | null)[]): Bound {
  let lower = false;
  let upper = false;
  for (const b of bounds) {
    if (b === null || b === '=') continue;
    if (b === '~') return '~';
    if (b === '>' || b === '>=') lower = true;
    else upper = true;
  }
  if (lower && upper) return '~';
  return lower ? '>' : upper ? '<' : '=';
}

// The five possible answers of `meets`, shared (no allocation per call).
const MET = Object.freeze({ met: 'met' as Met, uncertain: false });
const NOT_MET = Object.freeze({ met: 'not_met' as Met, uncertain: false });
const UNKNOWN = Object.freeze({ met: 'unknown' as Met, uncertain: false });
const MET_UNCERTAIN = Object.freeze({ met: 'met' as Met, uncertain: true });
const NOT_MET_UNCERTAIN = Object.freeze({ met: 'not_met' as Met, uncertain: true });

/**
 * Whether a published figure A (exact, a bound, or approximate ± `tolerance`) meets a target T stated with a
 * comparator, in direction d. A lower bound ("超过9330亿元") meets any floor at or below it but cannot show a
 * higher one was missed (`unknown`); an approximate figure is judged on its point value, and `uncertain` says
 * whether its band [A − tol, A + tol] straddles T.
 *
 * Complexity: O(1).
 *
 * @example
 * meets(9330, '>', 9330, '>=', 1, 0) // { met: 'met', uncertain: false }
 * meets(9330, '>', 9360, '>=', 1, 0) // { met: 'unknown', uncertain: false }
 * meets(3000, '~', 3000, '>=', 1, 150) // { met: 'met', uncertain: true }
 */
export function meets(
  actual: number,
  bound: Bound | null,
  target: number,
  comparator: Comparator | null,
  direction: Direction,
  tolerance: number,
): Readonly<{ met: Met; uncertain: boolean }> {
  // Work in the "higher is better" frame: flip signs for ceilings.
  const a = direction * actual;
  const t = direction * target;
  const strict = comparator === '>' || comparator === '<';
  let b: Bound | null = bound;
  if (direction === -1 && b !== null) b = flipBound(b);
  const pointMet = strict ? a > t : a >= t;
  if (b === '>' || b === '>=') {
    // true value ≥ a (or > a)
    if (a > t || (a === t && (!strict || b === '>'))) return MET;
    return UNKNOWN;
  }
  if (b === '<' || b === '<=') {
    // true value ≤ a (or < a)
    if (a < t || (a === t && (strict || b === '<'))) return NOT_MET;
    return UNKNOWN;
  }
  if (b === '~') {
    const lowMet = strict ? a - tolerance > t : a - tolerance >= t;
    const highMet = strict ? a + tolerance > t : a + tolerance >= t;
    if (lowMet !== highMet) return pointMet ? MET_UNCERTAIN : NOT_MET_UNCERTAIN;
    return pointMet ? MET : NOT_MET;
  }
  return pointMet ? MET : NOT_MET;
}

/**
 * Just the `met` part of {@link meets} (no allocation), for scanning a series.
 *
 * Complexity: O(1).
 *
 * @example
 * metState(9330, '>', 9330, '>=', 1) // 'met'
 */
export function metState(
  actual: number,
  bound: Bound | null,
  target: number,
  comparator: Comparator | null,
  direction: Direction,
): Met {
  return meets(actual, bound === '~' ? null : bound, target, comparator, direction, 0).met;
}

/**
 * Read a direction of improvement from a target comparator: 以下/不超过/低于 (`<=`, `<`) → −1, anything else → +1.
 *
 * Complexity: O(1).
 *
 * @example
 * directionOf('<=') // -1
 */
export function directionOf(comparator: Comparator | null): Direction {
  return comparator === '<=' || comparator === '<' ? -1 : 1;
}
