/**
 * The row API of the engine: one target, or many matched targets, judged into `GapRow` objects.
 */
import type { ActualRow, TargetMatch } from '../actuals/types.js';
import type { TargetRow } from '../targets/types.js';
import { Engine, type EngineItem, type GapWriter, judgeSettings } from './engine.js';
import { type Judged, toRow } from './fields.js';
import type { GapTarget } from './forms.js';
import { rowsInput, type Series } from './input.js';
import { type GapOptions, type JudgeOptions, resolveAsOf } from './options.js';
import { pairStretch } from './pair.js';
import type { GapRow } from './types.js';

/**
 * A {@link TargetMatch} with, for a target relative to another indicator (全员劳动生产率增长高于国内生产总值增长), that
 * indicator's series; without it the reference rows are read from `series` by their subject.
 */
export interface GapMatch extends TargetMatch {
  target: GapTarget;
  reference?: readonly ActualRow[] | null;
}

/** The row writer: one `GapRow` object per judged year. */
export class RowWriter implements GapWriter {
  readonly rows: GapRow[] = [];

  write(j: Judged): number {
    this.rows.push(toRow(j));
    return this.rows.length - 1;
  }

  setGroup(row: number, met: number, total: number): void {
    const r = this.rows[row]!;
    r.group_met = met;
    r.group_total = total;
  }
}

/** Row references `0…n−1`, grown as needed and shared by the targets of one call. */
export class Identity {
  private ids = new Int32Array(64).map((_, i) => i);

  range(n: number): Int32Array {
    if (this.ids.length < n) this.ids = new Int32Array(Math.max(n, this.ids.length * 2)).map((_, i) => i);
    return this.ids.subarray(0, n);
  }
}

/**
 * A row-object series for the engine.
 *
 * Complexity: O(1).
 *
 * @example
 * seriesOf(match.series, new Identity()).refs.length === match.series.length // true
 */
export function seriesOf(rows: readonly ActualRow[], ids: Identity): Series {
  return { input: rowsInput(rows), refs: ids.range(rows.length) };
}

/**
 * Judge one target against its matched series: one row per judged year — the deadline once it has passed (each
 * year of a range of deadlines, each year of an `annual` target), else the latest actual up to `asOf` — and one
 * row per zone when the series covers several zones of a zone class. Every component is shown (base, actual,
 * target, 力争 figure, direction, method, thresholds) with attainment, progress, 序时进度 τ, CAGRs, R, projection,
 * timing, status, plan-review category and score. A target without a series keeps one row per deadline,
 * `insufficient_data`, with the matcher's reason.
 *
 * Complexity: O(n) in the length of the series (O(n · years) for annual targets).
 *
 * @example
 * const gdp = seeds.reviewedTargets().find((t) => t.target_id === 'wuhan-2021-industrial-transformation-plan:671:1')!;
 * const [match] = matchActuals([gdp], actuals);
 * judgeTarget(match!, { asOf: 2022 })[0]!.status // 'achieved'
 * // 武汉 2021 GDP 17716.76亿元 ≥ 17600亿元 (its 力争 17800亿元, a target of its own, is missed)
 * @throws {RangeError} naming judgeTarget when options are invalid (thresholds, a non-positive window, a non-integer
 * asOf), the target's `form` is unknown, or a figure's year is outside 1800–2311.
 */
export function judgeTarget(match: GapMatch | TargetMatch, options: JudgeOptions = {}): GapRow[] {
  const settings = judgeSettings(options, 'judgeTarget');
  const writer = new RowWriter();
  const ids = new Identity();
  new Engine(settings, options.asOf, writer, true).judge(itemOf(match, options.stretch ?? null, ids), 0);
  return writer.rows;
}

/**
 * Judge already-matched targets (one {@link TargetMatch} per target, as `matchActuals` returns them), pairing each
 * base figure with its 力争 figure. Use it when the matching is done elsewhere.
 *
 * Complexity: O(Σ series length) plus O(n) for the pairing.
 *
 * @example
 * judgeMatches(matchActuals(targets, actuals), { asOf: 2022 })
 * @throws {RangeError} naming judgeMatches (or `caller`) when options are invalid, a target's `form` is unknown,
 * or a figure's year is outside 1800–2311.
 */
export function judgeMatches(
  matches: readonly (GapMatch | TargetMatch)[],
  options: GapOptions = {},
  caller = 'judgeMatches',
): GapRow[] {
  const pairs = pairStretch(matches.map((m) => m.target));
  const asOf = resolveAsOf(options.asOf, matchYears(matches));
  const settings = judgeSettings({ ...options, asOf }, caller);
  const writer = new RowWriter();
  const engine = new Engine(settings, asOf, writer, true);
  const ids = new Identity();
  matches.forEach((m, i) => {
    const stretch = m.target.stretch ? m.target : (pairs.get(m.target.target_id) ?? null);
    engine.judge(itemOf(m, stretch, ids), i);
  });
  return writer.rows;
}

function itemOf(m: GapMatch | TargetMatch, stretch: TargetRow | null, ids: Identity): EngineItem {
  const ref = 'reference' in m ? m.reference : null;
  return {
    target: m.target,
    series: seriesOf(m.series, ids),
    // a separate identity for the reference: the main series' refs stay valid
    reference: ref ? { input: rowsInput(ref), refs: new Identity().range(ref.length) } : null,
    method: m.method,
    reason: m.reason,
    stretch,
  };
}

function* matchYears(matches: readonly TargetMatch[]): Generator<number> {
  for (const m of matches) for (const r of m.series) yield r.year;
}
