/**
 * The gaps table as an arquero table, with its columns in order.
 */
import { type ColumnTable, table } from 'arquero';
import { TARGET_COLUMNS } from '../targets/types.js';
import type { GapJudgement, GapRow } from './types.js';

/** The judgement columns of a gaps row, in output order (after the target's own columns). */
export const GAP_JUDGEMENT_COLUMNS = [
  'judged_year',
  'status',
  'status_zh',
  'status_en',
  'review',
  'review_zh',
  'score',
  'base_year_used',
  'base_value',
  'base_rule',
  'actual_year',
  'actual_value',
  'actual_bound',
  'actual_preliminary',
  'actual_scope',
  'target_year',
  'target_value',
  'stretch_value',
  'direction',
  'method',
  'thresholds',
  'attainment',
  'attainment_stretch',
  'progress_linear',
  'progress_geometric',
  'tau',
  'schedule_gap',
  'schedule_ratio',
  'cagr_observed',
  'cagr_required',
  'cagr_required_max',
  'cagr_required_remaining',
  'ratio_r',
  'projection',
  'projection_weighted',
  'trend_points',
  'anticipated_gap',
  'anticipated_progress',
  'anticipated_gap_weighted',
  'anticipated_progress_weighted',
  'bound_factor',
  'years_ahead',
  'eta_year',
  'group_met',
  'group_total',
  'uncertain',
  'form',
  'binding',
  'breaches',
  'reason',
  'actual_source',
  'actual_quote',
] as const satisfies readonly (keyof GapJudgement)[];

/** Every column of the gaps table: the target's columns, then the judgement's. */
export const GAP_COLUMNS = [...TARGET_COLUMNS, ...GAP_JUDGEMENT_COLUMNS] as const;

/**
 * The gaps rows as an arquero table with the columns of {@link GAP_COLUMNS} in order (`responsible` stays a
 * string array; optional judgement columns missing from a row are `null`).
 *
 * Complexity: O(rows × columns).
 *
 * @example
 * gapsTable(computeGaps(targets, actuals)).groupby('status').count().objects()
 */
export function gapsTable(gaps: readonly GapRow[]): ColumnTable {
  const columns: Record<string, unknown[]> = {};
  for (const c of GAP_COLUMNS) {
    const col = new Array<unknown>(gaps.length);
    for (let i = 0; i < gaps.length; i++) col[i] = (gaps[i] as unknown as Record<string, unknown>)[c] ?? null;
    columns[c] = col;
  }
  return table(columns, [...GAP_COLUMNS]);
}
