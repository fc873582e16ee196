/**
 * Roll verdicts up by document, region, metric or tier, with counts per status and the Open SDG score.
 */
import { mean } from 'simple-statistics';
import { pairStretch } from './pair.js';
import { JUDGED } from './space.js';
import { GAP_STATUSES, type GapRow, type GapStatus } from './types.js';

/** What {@link summarizeGaps} groups by. */
export type GapGroupBy = 'doc_id' | 'region' | 'metric' | 'tier';

/** One group of verdicts. */
export type GapSummaryRow = {
  by: GapGroupBy;
  /** The group's value (`(none)` for an empty tier). */
  key: string;
  /** Gaps rows counted (one per target and judged year). */
  rows: number;
  /** Distinct targets among them. */
  targets: number;
  /** Rows with a verdict on the target (achieved, on/off track, regressing, missed…). */
  judged: number;
  /** achieved + achieved_stretch over judged, or `null` when none is judged. */
  achieved_share: number | null;
  /** Mean Open SDG score (−5…+5) of the rows that have one; `null` when none has. */
  score_mean: number | null;
  /** How many rows have a score. */
  score_n: number;
  /** Open SDG: a group is achieved only if every row in it is. */
  all_achieved: boolean;
} & Record<GapStatus, number>;

/** Options of {@link summarizeGaps}. */
export interface SummarizeOptions {
  by: GapGroupBy;
  /**
   * Count the 力争 rows that are paired with a base row as well. Default `false`: their verdict is already in the
   * base row (`achieved_stretch`), and counting them would count one target twice.
   */
  includePairedStretch?: boolean;
}

/**
 * Summarise verdicts per group: counts per status, the share achieved, the mean Open SDG −5…+5 score, and whether
 * every row is achieved. Groups are sorted by key.
 *
 * Complexity: O(n log n).
 *
 * @example
 * summarizeGaps(gaps, { by: 'doc_id' })[0] // { by: 'doc_id', key: 'wuhan-2021-…', rows: 24, achieved: 7, … }
 * @throws {Error} when `by` is not one of doc_id, region, metric, tier.
 */
export function summarizeGaps(gaps: readonly GapRow[], options: SummarizeOptions): GapSummaryRow[] {
  const by = options.by;
  if (!['doc_id', 'region', 'metric', 'tier'].includes(by)) {
    throw new Error(`summarizeGaps: by must be doc_id, region, metric or tier, got ${JSON.stringify(by)}`);
  }
  let rows = gaps;
  if (!options.includePairedStretch) {
    const paired = new Set([...pairStretch(uniqueTargets(gaps)).values()].map((t) => t.target_id));
    rows = gaps.filter((g) => !(g.stretch && paired.has(g.target_id)));
  }
  const groups = new Map<string, GapRow[]>();
  for (const g of rows) {
    const key = (g[by] as string | null) ?? '(none)';
    const list = groups.get(key);
    if (list) list.push(g);
    else groups.set(key, [g]);
  }
  const out: GapSummaryRow[] = [];
  for (const [key, list] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const counts = Object.fromEntries(GAP_STATUSES.map((s) => [s, 0])) as Record<GapStatus, number>;
    let judged = 0;
    const scores: number[] = [];
    for (const g of list) {
      counts[g.status]++;
      if (JUDGED.has(g.status)) judged++;
      if (g.score !== null) scores.push(g.score);
    }
    const achieved = counts.achieved + counts.achieved_stretch;
    out.push({
      by,
      key,
      rows: list.length,
      targets: new Set(list.map((g) => g.target_id)).size,
      judged,
      achieved_share: judged > 0 ? achieved / judged : null,
      score_mean: scores.length > 0 ? mean(scores) : null,
      score_n: scores.length,
      all_achieved: list.length > 0 && achieved === list.length,
      ...counts,
    });
  }
  return out;
}

function uniqueTargets(gaps: readonly GapRow[]) {
  const seen = new Map<string, GapRow>();
  for (const g of gaps) if (!seen.has(g.target_id)) seen.set(g.target_id, g);
  return [...seen.values()];
}
