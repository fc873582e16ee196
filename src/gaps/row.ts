/**
 * Gaps rows: a blank row for a target, its status, and rows that end before any measure (module-internal).
 */
import type { Ctx } from './space.js';
import { GAP_STATUS_EN, GAP_STATUS_ZH, type GapRow, type GapStatus } from './types.js';

/**
 * Append the matcher's caveat (or how it matched) to a judged row's reason (module-internal).
 *
 * Complexity: O(length of the reason).
 *
 * @example
 * addMatchNote(row, 'alias:社零', null) // row.reason ends with '; matched by alias:社零'
 * @throws never.
 */
export function addMatchNote(row: GapRow, method: string | null, reason: string | null): void {
  if (reason) row.reason += `; match: ${reason}`;
  else if (method && method !== 'exact') row.reason += `; matched by ${method}`;
}

/**
 * A gaps row for a target before any measure: the target's columns, the judgement's set to `null`, status `insufficient_data`.
 *
 * Complexity: O(1).
 *
 * @example
 * blank(ctx, 2021, 'geometric').status // 'insufficient_data'
 * @throws never.
 */
export function blank(ctx: Ctx, deadline: number | null, method: string): GapRow {
  const t = ctx.target;
  // One object literal with every column in order: a single stable shape (spreading 60 keys is several times
  // slower and leaves rows in dictionary mode).
  return {
    target_id: t.target_id,
    doc_id: t.doc_id,
    region: t.region,
    region_code: t.region_code,
    scope: t.scope,
    subject: t.subject,
    subject_type: t.subject_type,
    metric: t.metric,
    kind: t.kind,
    aggregation: t.aggregation,
    tier: t.tier,
    comparator: t.comparator,
    value: t.value,
    value_max: t.value_max,
    unit: t.unit,
    stretch: t.stretch,
    base_year: t.base_year,
    start_year: t.start_year,
    deadline_year: t.deadline_year,
    deadline_year_max: t.deadline_year_max,
    price_basis: t.price_basis,
    responsible: t.responsible.slice(),
    quote: t.quote,
    span_start: t.span_start,
    span_end: t.span_end,
    judged_year: deadline,
    base_year_used: null,
    base_value: null,
    base_rule: null,
    actual_year: null,
    actual_value: null,
    actual_bound: null,
    actual_preliminary: false,
    target_year: deadline,
    target_value: t.kind === 'multiple' ? null : t.value,
    stretch_value: ctx.stretch && t.kind !== 'multiple' ? ctx.stretch.value : null,
    direction: ctx.d,
    method,
    thresholds: ctx.thresholdsText,
    attainment: null,
    attainment_stretch: null,
    progress_linear: null,
    progress_geometric: null,
    tau: null,
    schedule_gap: null,
    schedule_ratio: null,
    cagr_observed: null,
    cagr_required: null,
    cagr_required_max: null,
    cagr_required_remaining: null,
    ratio_r: null,
    projection: null,
    years_ahead: null,
    eta_year: null,
    status: 'insufficient_data',
    status_zh: GAP_STATUS_ZH.insufficient_data,
    status_en: GAP_STATUS_EN.insufficient_data,
    score: null,
    reason: '',
    actual_source: null,
    actual_quote: null,
    actual_scope: null,
    group_met: null,
    group_total: null,
    uncertain: false,
    projection_weighted: null,
    trend_points: null,
    anticipated_gap: null,
    anticipated_progress: null,
    anticipated_gap_weighted: null,
    anticipated_progress_weighted: null,
    bound_factor: null,
  };
}

/**
 * Set a row's status with its Chinese and English labels (and the reason, when given).
 *
 * Complexity: O(1).
 *
 * @example
 * setStatus(row, 'missed', 'deadline passed') // row.status_zh === '未完成'
 * @throws never.
 */
export function setStatus(row: GapRow, status: GapStatus, reason: string): void {
  row.status = status;
  row.status_zh = GAP_STATUS_ZH[status];
  row.status_en = GAP_STATUS_EN[status];
  if (reason) row.reason = reason;
}

/**
 * A row that ends before any measure: not comparable, not due, or insufficient data, with the reason.
 *
 * Complexity: O(1).
 *
 * @example
 * finish(ctx, 2021, 'geometric', { insufficient: 'no series', year: null }).status // 'insufficient_data'
 * @throws never.
 */
export function finish(
  ctx: Ctx,
  deadline: number | null,
  method: string,
  why: { notComparable: string } | { insufficient: string; year: number | null; notDue?: boolean },
): GapRow {
  const row = blank(ctx, deadline, method);
  if ('notComparable' in why) setStatus(row, 'not_comparable', why.notComparable);
  else if (why.notDue) setStatus(row, 'not_due', `no actual after the base year yet (as of ${ctx.asOf})`);
  else setStatus(row, 'insufficient_data', why.insufficient || 'no usable actual');
  return row;
}
