/**
 * The one table of output fields: every judgement column, how it is read from a judged year, and how it is stored
 * in columns. The row writer (`GapRow` objects) and the column writer (`GapColumns`, typed arrays) both walk it.
 */

import type { ActualRow } from '../actuals/types.js';
import { bindingOf, PLAN_REVIEW_ZH, PLAN_REVIEWS, type PlanReview, planReview } from './forms.js';
import { type Measures, reasonOf } from './measure.js';
import { addMatchNote } from './row.js';
import { scheduleGap, scheduleRatio } from './schedule.js';
import { type Ctx, type Space, unique } from './space.js';
import {
  GAP_STATUS_EN,
  GAP_STATUS_ZH,
  GAP_STATUSES,
  type GapJudgement,
  type GapRow,
  type GapStatus,
} from './types.js';

/** One judged year of one target, as the engine hands it to a writer. */
export interface Judged {
  ctx: Ctx;
  /** The deadline judged (`null` when the target states none). */
  deadline: number | null;
  method: string;
  /** The measure space and the measures, or `null` when the row ends before any measure. */
  space: Space | null;
  m: Measures | null;
  /** The status and reason of a row without measures. */
  status: GapStatus;
  reason: string;
  /** How the target was matched (`null`: unmatched), and the matcher's caveat. */
  matchMethod: string | null;
  matchReason: string | null;
  /** The entity the actuals are for when it differs from the target's scope (a zone), else `null`. */
  scope: string | null;
  /** The actual rows the figure comes from, once read (`space.rows()` is read at most once per row written). */
  rowsMemo: ActualRow[] | null;
}

/** The actual rows a judged year's figure comes from (read once, then kept on the record). */
function usedRows(j: Judged): ActualRow[] {
  if (j.space === null) return [];
  j.rowsMemo ??= j.space.rows();
  return j.rowsMemo;
}

const nul = <T>(x: T | undefined): T | null => (x === undefined ? null : x);
/** A measure as a row shows it: `null` for `NaN`. */
const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);
const status = (j: Judged): GapStatus => (j.m !== null ? j.m.status : j.status);

/** How a field is stored in columns: a number (`Float64Array`, `NaN` = null), a small code, or text (rows only). */
export type FieldStore = 'number' | 'code' | 'text';

/** One output field: its name, how it is stored, and how it is read from a judged year. */
export interface OutputField<
  K extends keyof GapJudgement = keyof GapJudgement,
  S extends FieldStore = FieldStore,
> {
  name: K;
  store: S;
  read(j: Judged): GapJudgement[K];
  /** For `code` fields: the value as a small integer, and back. */
  encode?(v: GapJudgement[K]): number;
  decode?(code: number): GapJudgement[K];
}

function field<K extends keyof GapJudgement, S extends FieldStore>(f: OutputField<K, S>): OutputField<K, S> {
  return f;
}

const NO_REVIEW = 255;
const STATUS_CODE = new Map(GAP_STATUSES.map((s, i) => [s, i]));
const REVIEW_CODE = new Map(PLAN_REVIEWS.map((s, i) => [s, i]));

/**
 * Every judgement column, in output order, with how it is read and stored. `GAP_NUMERIC_COLUMNS` and the columns
 * of a `GapColumns` are the `number` fields of this table; the `code` fields are its small typed arrays.
 */
export const GAP_FIELDS = [
  field({
    name: 'judged_year',
    store: 'number',
    read: (j) => (j.space !== null ? j.space.year : j.deadline),
  }),
  field({ name: 'base_year_used', store: 'number', read: (j) => nul(j.space?.baseYear) }),
  field({ name: 'base_value', store: 'number', read: (j) => nul(j.space?.shownBase) }),
  field({ name: 'base_rule', store: 'text', read: (j) => nul(j.space?.baseRule) }),
  field({ name: 'actual_year', store: 'number', read: (j) => nul(j.space?.year) }),
  field({ name: 'actual_value', store: 'number', read: (j) => nul(j.space?.shownActual) }),
  field({
    name: 'actual_bound',
    store: 'text',
    read: (j) => (j.space === null || j.space.bound === '=' ? null : j.space.bound),
  }),
  field({
    name: 'actual_preliminary',
    store: 'code',
    read: (j) => j.space?.preliminary ?? false,
    encode: (v) => (v ? 1 : 0),
    decode: (c) => c === 1,
  }),
  field({ name: 'target_year', store: 'number', read: (j) => j.deadline }),
  field({
    name: 'target_value',
    store: 'number',
    read: (j) => {
      if (j.space !== null) return j.space.shownTarget;
      const t = j.ctx.target;
      return t.kind === 'multiple' || !Number.isFinite(t.value) ? null : t.value;
    },
  }),
  field({
    name: 'stretch_value',
    store: 'number',
    read: (j) =>
      j.space !== null
        ? j.space.shownStretch
        : j.ctx.stretch && j.ctx.target.kind !== 'multiple'
          ? j.ctx.stretch.value
          : null,
  }),
  field({
    name: 'direction',
    store: 'code',
    read: (j) => j.ctx.d,
    encode: (v) => v,
    decode: (c) => (c === -1 ? -1 : 1),
  }),
  field({ name: 'method', store: 'text', read: (j) => (j.space !== null ? j.space.method : j.method) }),
  field({
    name: 'thresholds',
    store: 'text',
    read: (j) => {
      const c = j.m === null ? null : orNull(j.m.boundFactor);
      return c === null ? j.ctx.thresholdsText : `${j.ctx.thresholdsText};bound_factor=${c}`;
    },
  }),
  field({ name: 'attainment', store: 'number', read: (j) => (j.m === null ? null : orNull(j.m.attainment)) }),
  field({
    name: 'attainment_stretch',
    store: 'number',
    read: (j) => (j.m === null ? null : orNull(j.m.attainmentStretch)),
  }),
  field({ name: 'progress_linear', store: 'number', read: (j) => (j.m === null ? null : orNull(j.m.piLin)) }),
  field({
    name: 'progress_geometric',
    store: 'number',
    read: (j) => (j.m === null ? null : orNull(j.m.piGeo)),
  }),
  field({ name: 'tau', store: 'number', read: (j) => (j.m === null ? null : orNull(j.m.tau)) }),
  field({
    name: 'schedule_gap',
    store: 'number',
    read: (j) => (j.m === null ? null : scheduleGap(orNull(j.m.pi), orNull(j.m.tau))),
  }),
  field({
    name: 'schedule_ratio',
    store: 'number',
    read: (j) => (j.m === null ? null : scheduleRatio(orNull(j.m.pi), orNull(j.m.tau))),
  }),
  field({ name: 'cagr_observed', store: 'number', read: (j) => (j.m === null ? null : orNull(j.m.cObs)) }),
  field({ name: 'cagr_required', store: 'number', read: (j) => (j.m === null ? null : orNull(j.m.cReq)) }),
  field({
    name: 'cagr_required_max',
    store: 'number',
    read: (j) => (j.m === null ? null : orNull(j.m.cMax)),
  }),
  field({
    name: 'cagr_required_remaining',
    store: 'number',
    read: (j) => (j.m === null ? null : orNull(j.m.cRem)),
  }),
  field({ name: 'ratio_r', store: 'number', read: (j) => (j.m === null ? null : orNull(j.m.ratio)) }),
  field({ name: 'projection', store: 'number', read: (j) => (j.m === null ? null : orNull(j.m.projection)) }),
  field({
    name: 'years_ahead',
    store: 'number',
    read: (j) => (j.m === null ? null : orNull(j.m.yearsAhead)),
  }),
  field({ name: 'eta_year', store: 'number', read: (j) => (j.m === null ? null : orNull(j.m.eta)) }),
  field({
    name: 'status',
    store: 'code',
    read: status,
    encode: (v) => STATUS_CODE.get(v)!,
    decode: (c) => GAP_STATUSES[c]!,
  }),
  field({ name: 'status_zh', store: 'text', read: (j) => GAP_STATUS_ZH[status(j)] }),
  field({ name: 'status_en', store: 'text', read: (j) => GAP_STATUS_EN[status(j)] }),
  field({ name: 'score', store: 'number', read: (j) => (j.m === null ? null : orNull(j.m.score)) }),
  field({ name: 'reason', store: 'text', read: reasonText }),
  field({
    name: 'actual_source',
    store: 'text',
    read: (j) => (j.space !== null ? unique(usedRows(j), 'source') : null),
  }),
  field({
    name: 'actual_quote',
    store: 'text',
    read: (j) => (j.space !== null ? unique(usedRows(j), 'quote') : null),
  }),
  field({ name: 'actual_scope', store: 'text', read: (j) => j.scope }),
  field({ name: 'group_met', store: 'number', read: () => null }),
  field({ name: 'group_total', store: 'number', read: () => null }),
  field({
    name: 'uncertain',
    store: 'code',
    read: (j) => j.m?.uncertain ?? false,
    encode: (v) => (v ? 1 : 0),
    decode: (c) => c === 1,
  }),
  field({
    name: 'projection_weighted',
    store: 'number',
    read: (j) => (j.m === null ? null : orNull(j.m.projectionWeighted)),
  }),
  field({
    name: 'trend_points',
    store: 'number',
    read: (j) => (j.m === null ? null : orNull(j.m.trendPoints)),
  }),
  field({ name: 'anticipated_gap', store: 'number', read: (j) => (j.m === null ? null : orNull(j.m.gap)) }),
  field({
    name: 'anticipated_progress',
    store: 'number',
    read: (j) => (j.m === null || Number.isNaN(j.m.gap) ? null : 1 - j.m.gap),
  }),
  field({
    name: 'anticipated_gap_weighted',
    store: 'number',
    read: (j) => (j.m === null ? null : orNull(j.m.gapWeighted)),
  }),
  field({
    name: 'anticipated_progress_weighted',
    store: 'number',
    read: (j) => (j.m === null || Number.isNaN(j.m.gapWeighted) ? null : 1 - j.m.gapWeighted),
  }),
  field({
    name: 'bound_factor',
    store: 'number',
    read: (j) => (j.m === null ? null : orNull(j.m.boundFactor)),
  }),
  field({ name: 'form', store: 'text', read: (j) => j.ctx.form }),
  field({
    name: 'binding',
    store: 'code',
    read: (j) => bindingOf(j.ctx.target),
    encode: (v) => (v === true ? 1 : v === false ? 0 : -1),
    decode: (c) => (c === 1 ? true : c === 0 ? false : null),
  }),
  field({
    name: 'review',
    store: 'code',
    read: reviewOf,
    encode: (v) => (v === null || v === undefined ? NO_REVIEW : REVIEW_CODE.get(v)!),
    decode: (c) => (c === NO_REVIEW ? null : (PLAN_REVIEWS[c] as PlanReview)),
  }),
  field({
    name: 'review_zh',
    store: 'text',
    read: (j) => {
      const r = reviewOf(j);
      return r === null ? null : PLAN_REVIEW_ZH[r];
    },
  }),
  field({
    name: 'breaches',
    store: 'number',
    read: (j) => (j.m === null ? null : (j.m.breaches?.length ?? null)),
  }),
] as const satisfies readonly OutputField[];

/** The plan-review category: measured rows carry it; a row without measures is `定性` when qualitative, else none. */
function reviewOf(j: Judged): PlanReview | null {
  if (j.m !== null) return j.m.review;
  return planReview(
    { status: j.status, form: j.ctx.form, due: false, ratio: null, boundFactor: null },
    j.ctx.review,
  );
}

function reasonText(j: Judged): string {
  if (j.m === null || j.space === null) return j.reason;
  let r = reasonOf(j.ctx, j.space, j.deadline, j.m, () => usedRows(j));
  const b = j.m.breaches;
  if (b !== null && b.length > 0 && !r.includes('breached in')) r += `; breached in ${b.join(', ')}`;
  return addMatchNote(r, j.matchMethod, j.matchReason);
}

/** The fields of {@link GAP_FIELDS} by name. */
const F = Object.fromEntries(GAP_FIELDS.map((f) => [f.name, f])) as {
  [K in (typeof GAP_FIELDS)[number]['name']]: Extract<(typeof GAP_FIELDS)[number], { name: K }>;
};

/** The judgement columns stored as numbers in a `GapColumns` (`Float64Array`, `NaN` = null), in output order. */
export type GapNumericColumn = Extract<(typeof GAP_FIELDS)[number], { store: 'number' }>['name'];

/** The names of the numeric judgement columns, in output order. */
export const GAP_NUMERIC_COLUMNS: readonly GapNumericColumn[] = GAP_FIELDS.filter(
  (f) => f.store === 'number',
).map((f) => f.name as GapNumericColumn);

/** The judgement columns stored as small codes in a `GapColumns`. */
export type GapCodeColumn = Extract<(typeof GAP_FIELDS)[number], { store: 'code' }>['name'];

/** The names of the coded judgement columns. */
export const GAP_CODE_COLUMNS: readonly GapCodeColumn[] = GAP_FIELDS.filter((f) => f.store === 'code').map(
  (f) => f.name as GapCodeColumn,
);

/**
 * A gaps row from a judged year: the target's columns, then every field of {@link GAP_FIELDS}.
 *
 * Complexity: O(fields + rows the figure comes from).
 *
 * @example
 * toRow(judged).status // 'achieved'
 */
export function toRow(j: Judged): GapRow {
  const t = j.ctx.target;
  const row: GapRow = {
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
    // every judgement field, read through its entry in GAP_FIELDS (one literal: one stable object shape)
    judged_year: F.judged_year.read(j),
    base_year_used: F.base_year_used.read(j),
    base_value: F.base_value.read(j),
    base_rule: F.base_rule.read(j),
    actual_year: F.actual_year.read(j),
    actual_value: F.actual_value.read(j),
    actual_bound: F.actual_bound.read(j),
    actual_preliminary: F.actual_preliminary.read(j),
    target_year: F.target_year.read(j),
    target_value: F.target_value.read(j),
    stretch_value: F.stretch_value.read(j),
    direction: F.direction.read(j),
    method: F.method.read(j),
    thresholds: F.thresholds.read(j),
    attainment: F.attainment.read(j),
    attainment_stretch: F.attainment_stretch.read(j),
    progress_linear: F.progress_linear.read(j),
    progress_geometric: F.progress_geometric.read(j),
    tau: F.tau.read(j),
    schedule_gap: F.schedule_gap.read(j),
    schedule_ratio: F.schedule_ratio.read(j),
    cagr_observed: F.cagr_observed.read(j),
    cagr_required: F.cagr_required.read(j),
    cagr_required_max: F.cagr_required_max.read(j),
    cagr_required_remaining: F.cagr_required_remaining.read(j),
    ratio_r: F.ratio_r.read(j),
    projection: F.projection.read(j),
    years_ahead: F.years_ahead.read(j),
    eta_year: F.eta_year.read(j),
    status: F.status.read(j),
    status_zh: F.status_zh.read(j),
    status_en: F.status_en.read(j),
    score: F.score.read(j),
    reason: F.reason.read(j),
    actual_source: F.actual_source.read(j),
    actual_quote: F.actual_quote.read(j),
    actual_scope: F.actual_scope.read(j),
    group_met: F.group_met.read(j),
    group_total: F.group_total.read(j),
    uncertain: F.uncertain.read(j),
    projection_weighted: F.projection_weighted.read(j),
    trend_points: F.trend_points.read(j),
    anticipated_gap: F.anticipated_gap.read(j),
    anticipated_progress: F.anticipated_progress.read(j),
    anticipated_gap_weighted: F.anticipated_gap_weighted.read(j),
    anticipated_progress_weighted: F.anticipated_progress_weighted.read(j),
    bound_factor: F.bound_factor.read(j),
    form: F.form.read(j),
    binding: F.binding.read(j),
    review: F.review.read(j),
    review_zh: F.review_zh.read(j),
    breaches: F.breaches.read(j),
  };
  return row;
}

/** Shorthand for the typed arrays of the code columns. */
export type CodeArray = Int8Array | Uint8Array;

/** The numeric output columns by name. */
type NumberColumns = Record<GapNumericColumn, Float64Array>;
/** The coded output columns by name. */
type CodeColumns = Record<GapCodeColumn, CodeArray>;

const num = (v: number | null | undefined): number => (v === null || v === undefined ? Number.NaN : v);

function numberArrays(cap: number): NumberColumns {
  return {
    judged_year: new Float64Array(cap),
    base_year_used: new Float64Array(cap),
    base_value: new Float64Array(cap),
    actual_year: new Float64Array(cap),
    actual_value: new Float64Array(cap),
    target_year: new Float64Array(cap),
    target_value: new Float64Array(cap),
    stretch_value: new Float64Array(cap),
    attainment: new Float64Array(cap),
    attainment_stretch: new Float64Array(cap),
    progress_linear: new Float64Array(cap),
    progress_geometric: new Float64Array(cap),
    tau: new Float64Array(cap),
    schedule_gap: new Float64Array(cap),
    schedule_ratio: new Float64Array(cap),
    cagr_observed: new Float64Array(cap),
    cagr_required: new Float64Array(cap),
    cagr_required_max: new Float64Array(cap),
    cagr_required_remaining: new Float64Array(cap),
    ratio_r: new Float64Array(cap),
    projection: new Float64Array(cap),
    years_ahead: new Float64Array(cap),
    eta_year: new Float64Array(cap),
    score: new Float64Array(cap),
    group_met: new Float64Array(cap),
    group_total: new Float64Array(cap),
    projection_weighted: new Float64Array(cap),
    trend_points: new Float64Array(cap),
    anticipated_gap: new Float64Array(cap),
    anticipated_progress: new Float64Array(cap),
    anticipated_gap_weighted: new Float64Array(cap),
    anticipated_progress_weighted: new Float64Array(cap),
    bound_factor: new Float64Array(cap),
    breaches: new Float64Array(cap),
  };
}

function codeArrays(cap: number): CodeColumns {
  return {
    actual_preliminary: codeArray('actual_preliminary', cap),
    direction: codeArray('direction', cap),
    status: codeArray('status', cap),
    uncertain: codeArray('uncertain', cap),
    binding: codeArray('binding', cap),
    review: codeArray('review', cap),
  };
}

/**
 * The arrays of a columnar gaps table while it is written: every field of {@link GAP_FIELDS} stored as a number or
 * a code, each written by name through its entry in the table (one call site per field, so each inlines).
 */
export class ColumnSink {
  length = 0;
  private cap: number;
  private n: NumberColumns;
  private c: CodeColumns;
  match: Int32Array;

  constructor(capacity: number) {
    this.cap = Math.max(capacity, 16);
    this.n = numberArrays(this.cap);
    this.c = codeArrays(this.cap);
    this.match = new Int32Array(this.cap);
  }

  /** Write one judged year; returns its row number. */
  write(j: Judged, matchIndex: number): number {
    if (this.length === this.cap) this.grow();
    const k = this.length++;
    const n = this.n;
    const c = this.c;
    n.judged_year[k] = num(F.judged_year.read(j));
    n.base_year_used[k] = num(F.base_year_used.read(j));
    n.base_value[k] = num(F.base_value.read(j));
    n.actual_year[k] = num(F.actual_year.read(j));
    n.actual_value[k] = num(F.actual_value.read(j));
    n.target_year[k] = num(F.target_year.read(j));
    n.target_value[k] = num(F.target_value.read(j));
    n.stretch_value[k] = num(F.stretch_value.read(j));
    n.attainment[k] = num(F.attainment.read(j));
    n.attainment_stretch[k] = num(F.attainment_stretch.read(j));
    n.progress_linear[k] = num(F.progress_linear.read(j));
    n.progress_geometric[k] = num(F.progress_geometric.read(j));
    n.tau[k] = num(F.tau.read(j));
    n.schedule_gap[k] = num(F.schedule_gap.read(j));
    n.schedule_ratio[k] = num(F.schedule_ratio.read(j));
    n.cagr_observed[k] = num(F.cagr_observed.read(j));
    n.cagr_required[k] = num(F.cagr_required.read(j));
    n.cagr_required_max[k] = num(F.cagr_required_max.read(j));
    n.cagr_required_remaining[k] = num(F.cagr_required_remaining.read(j));
    n.ratio_r[k] = num(F.ratio_r.read(j));
    n.projection[k] = num(F.projection.read(j));
    n.years_ahead[k] = num(F.years_ahead.read(j));
    n.eta_year[k] = num(F.eta_year.read(j));
    n.score[k] = num(F.score.read(j));
    n.group_met[k] = num(F.group_met.read(j));
    n.group_total[k] = num(F.group_total.read(j));
    n.projection_weighted[k] = num(F.projection_weighted.read(j));
    n.trend_points[k] = num(F.trend_points.read(j));
    n.anticipated_gap[k] = num(F.anticipated_gap.read(j));
    n.anticipated_progress[k] = num(F.anticipated_progress.read(j));
    n.anticipated_gap_weighted[k] = num(F.anticipated_gap_weighted.read(j));
    n.anticipated_progress_weighted[k] = num(F.anticipated_progress_weighted.read(j));
    n.bound_factor[k] = num(F.bound_factor.read(j));
    n.breaches[k] = num(F.breaches.read(j));
    c.actual_preliminary[k] = F.actual_preliminary.encode!(F.actual_preliminary.read(j));
    c.direction[k] = F.direction.encode!(F.direction.read(j));
    c.status[k] = F.status.encode!(F.status.read(j));
    c.uncertain[k] = F.uncertain.encode!(F.uncertain.read(j));
    c.binding[k] = F.binding.encode!(F.binding.read(j));
    c.review[k] = F.review.encode!(F.review.read(j));
    this.match[k] = matchIndex;
    return k;
  }

  /** Set the zone roll-up of a row. */
  setGroup(k: number, met: number, total: number): void {
    this.n.group_met[k] = met;
    this.n.group_total[k] = total;
  }

  private grow(): void {
    const cap = this.cap * 2;
    const n = numberArrays(cap);
    for (const name of GAP_NUMERIC_COLUMNS) n[name].set(this.n[name]);
    const c = codeArrays(cap);
    for (const name of GAP_CODE_COLUMNS) c[name].set(this.c[name]);
    const match = new Int32Array(cap);
    match.set(this.match);
    this.n = n;
    this.c = c;
    this.match = match;
    this.cap = cap;
  }

  /** The numeric columns by name, trimmed to the rows written. */
  numberColumns(): NumberColumns {
    const out = {} as NumberColumns;
    for (const name of GAP_NUMERIC_COLUMNS) out[name] = this.n[name].subarray(0, this.length);
    return out;
  }

  /** The code columns by name, trimmed to the rows written. */
  codeColumns(): CodeColumns {
    const out = {} as CodeColumns;
    for (const name of GAP_CODE_COLUMNS) out[name] = this.c[name].subarray(0, this.length);
    return out;
  }
}

function codeArray(name: string, n: number): CodeArray {
  return name === 'direction' || name === 'binding' ? new Int8Array(n) : new Uint8Array(n);
}
