/**
 * The gaps table for many targets: match each target to its actuals (and a relative target's reference indicator),
 * pair base and 力争 figures, judge.
 */
import { matchActuals } from '../actuals/match.js';
import type { ActualRow } from '../actuals/types.js';
import type { TargetRow } from '../targets/types.js';
import type { GapTarget } from './forms.js';
import { type GapMatch, judgeMatches } from './judge.js';
import { type GapOptions, type MatchActualsFn, resolveAsOf } from './options.js';
import type { GapRow } from './types.js';

/**
 * The gaps table: every target judged against the actuals, one row per target and judged year (see
 * `docs/gaps.md`). Targets are matched with `matchActuals` (from `src/actuals/`, or `options.matchActuals`);
 * targets without a match are kept as `insufficient_data` with the matcher's reason. A target relative to another
 * indicator (`reference_subject`) has that indicator matched too. `asOf` defaults to the latest year among the
 * actuals.
 *
 * Complexity: the matcher's cost plus O(Σ series length).
 *
 * @example
 * const gaps = computeGaps(targets, actuals, { asOf: 2022 });
 * gaps.filter((g) => g.status === 'missed').length
 * @throws {Error} naming computeGaps when the matcher does not return one match per target; {@link RangeError}
 * naming computeGaps on invalid options or an unknown target `form`; the matcher's own errors.
 */
export function computeGaps(
  targets: readonly GapTarget[],
  actuals: readonly ActualRow[],
  options: GapOptions = {},
): GapRow[] {
  const match = options.matchActuals ?? defaultMatcher();
  const matches: GapMatch[] = match(targets, actuals);
  if (matches.length !== targets.length) {
    throw new Error(
      `computeGaps: the matcher returned ${matches.length} matches for ${targets.length} targets (one per target expected)`,
    );
  }
  // The reference indicator of relative targets, matched as a growth target of its own.
  const relative = targets.filter((t) => t.kind === 'relative' && t.reference_subject);
  if (relative.length > 0) {
    const refTargets = relative.map(referenceTarget);
    const refMatches = match(refTargets, actuals);
    const byId = new Map(relative.map((t, i) => [t.target_id, refMatches[i]?.series ?? []]));
    for (const m of matches) {
      const ref = byId.get(m.target.target_id);
      if (ref !== undefined) m.reference = ref;
    }
  }
  const asOf = resolveAsOf(options.asOf, actualYears(actuals));
  return judgeMatches(matches, { ...options, asOf }, 'computeGaps');
}

/** The reference indicator of a relative target as a target row the matcher can pair (its growth rate). */
function referenceTarget(t: GapTarget): TargetRow {
  return {
    ...t,
    target_id: `${t.target_id}#reference`,
    subject: t.reference_subject!,
    metric: t.reference_metric ?? '增速',
    kind: 'growth',
    unit: 'percent',
  };
}

function defaultMatcher(): MatchActualsFn {
  // matchActuals does not modify its inputs; its parameter types are just not marked readonly.
  return (targets, actuals) => matchActuals(targets as TargetRow[], actuals as ActualRow[]);
}

function* actualYears(actuals: readonly ActualRow[]): Generator<number> {
  for (const r of actuals) yield r.year;
}
