/**
 * The gaps table for many targets: match each target to its actuals, pair base and 力争 figures, judge.
 */
import { matchActuals } from '../actuals/match.js';
import type { ActualRow, TargetMatch } from '../actuals/types.js';
import type { TargetRow } from '../targets/types.js';
import { judgeSettings, judgeWith } from './judge.js';
import { type GapOptions, type MatchActualsFn, resolveAsOf } from './options.js';
import { pairStretch } from './pair.js';
import type { GapRow } from './types.js';

/**
 * Judge already-matched targets (one {@link TargetMatch} per target, as `matchActuals` returns them), pairing each
 * base figure with its 力争 figure. Use it when the matching is done elsewhere.
 *
 * Complexity: O(Σ series length · log) plus O(n) for the pairing.
 *
 * @example
 * judgeMatches(matchActuals(targets, actuals), { asOf: 2022 })
 * @throws {RangeError} when options are invalid (see `judgeTarget`).
 */
export function judgeMatches(matches: readonly TargetMatch[], options: GapOptions = {}): GapRow[] {
  const pairs = pairStretch(matches.map((m) => m.target));
  const asOf = resolveAsOf(options.asOf, matchYears(matches));
  const settings = judgeSettings({ ...options, asOf });
  const out: GapRow[] = [];
  for (const m of matches) {
    const stretch = m.target.stretch ? m.target : (pairs.get(m.target.target_id) ?? null);
    const rows = judgeWith(m, settings, asOf, stretch);
    for (const r of rows) out.push(r);
  }
  return out;
}

/**
 * The gaps table: every target judged against the actuals, one row per target and judged year (see
 * `docs/gaps.md`). Targets are matched with `matchActuals` (from `src/actuals/`, or `options.matchActuals`);
 * targets without a match are kept as `insufficient_data` with the matcher's reason. `asOf` defaults to the
 * latest year among the actuals.
 *
 * Complexity: the matcher's cost plus O(Σ series length · log).
 *
 * @example
 * const gaps = computeGaps(targets, actuals, { asOf: 2022 });
 * gaps.filter((g) => g.status === 'missed').length
 * @throws {Error} when the matcher does not return one match per target; {@link RangeError} on invalid options;
 * the matcher's own errors.
 */
export function computeGaps(
  targets: readonly TargetRow[],
  actuals: readonly ActualRow[],
  options: GapOptions = {},
): GapRow[] {
  const match = options.matchActuals ?? defaultMatcher();
  const matches = match(targets, actuals);
  if (matches.length !== targets.length) {
    throw new Error(
      `computeGaps: the matcher returned ${matches.length} matches for ${targets.length} targets (one per target expected)`,
    );
  }
  const asOf = resolveAsOf(options.asOf, actualYears(actuals));
  return judgeMatches(matches, { ...options, asOf });
}

function defaultMatcher(): MatchActualsFn {
  // matchActuals does not modify its inputs; its parameter types are just not marked readonly.
  return (targets, actuals) => matchActuals(targets as TargetRow[], actuals as ActualRow[]);
}

function* matchYears(matches: readonly TargetMatch[]): Generator<number> {
  for (const m of matches) for (const r of m.series) yield r.year;
}

function* actualYears(actuals: readonly ActualRow[]): Generator<number> {
  for (const r of actuals) yield r.year;
}
