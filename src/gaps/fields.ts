/**
 * The one table of output fields: every judgement column, how it is read from a judged year, and how it is stored
 * in columns. The row writer (`GapRow` objects) and the column writer (`GapColumns`, typed arrays) both walk it.
 */
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
}

const nul = <T>(x: T | undefined): T | null => (x === undefined ? null : x);
const status = (j: Judged): GapStatus => (j.m !== null ? j.m.status : j.status);
const measured = <T>(j: Judged, read: (m: Measures, s: Space) => T): T | null =>
  j.m !== null && j.space !== null ? read(j.m, j.space) : null;

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
      const c = j.m?.boundFactor ?? null;
      return c === null ? j.ctx.thresholdsText : `${j.ctx.thresholdsText};bound_factor=${c}`;
    },
  }),
  field({ name: 'attainment', store: 'number', read: (j) => measured(j, (m) => m.attainment) }),
  field({
    name: 'attainment_stretch',
    store: 'number',
    read: (j) => measured(j, (m) => m.attainmentStretch),
  }),
  field({ name: 'progress_linear', store: 'number', read: (j) => measured(j, (m) => m.piLin) }),
  field({ name: 'progress_geometric', store: 'number', read: (j) => measured(j, (m) => m.piGeo) }),
  field({ name: 'tau', store: 'number', read: (j) => measured(j, (m) => m.tau) }),
  field({ name: 'schedule_gap', store: 'number', read: (j) => measured(j, (m) => scheduleGap(m.pi, m.tau)) }),
  field({
    name: 'schedule_ratio',
    store: 'number',
    read: (j) => measured(j, (m) => scheduleRatio(m.pi, m.tau)),
  }),
  field({ name: 'cagr_observed', store: 'number', read: (j) => measured(j, (m) => m.cObs) }),
  field({ name: 'cagr_required', store: 'number', read: (j) => measured(j, (m) => m.cReq) }),
  field({ name: 'cagr_required_max', store: 'number', read: (j) => measured(j, (m) => m.cMax) }),
  field({ name: 'cagr_required_remaining', store: 'number', read: (j) => measured(j, (m) => m.cRem) }),
  field({ name: 'ratio_r', store: 'number', read: (j) => measured(j, (m) => m.ratio) }),
  field({ name: 'projection', store: 'number', read: (j) => measured(j, (m) => m.projection) }),
  field({ name: 'years_ahead', store: 'number', read: (j) => measured(j, (m) => m.yearsAhead) }),
  field({ name: 'eta_year', store: 'number', read: (j) => measured(j, (m) => m.eta) }),
  field({
    name: 'status',
    store: 'code',
    read: status,
    encode: (v) => STATUS_CODE.get(v)!,
    decode: (c) => GAP_STATUSES[c]!,
  }),
  field({ name: 'status_zh', store: 'text', read: (j) => GAP_STATUS_ZH[status(j)] }),
  field({ name: 'status_en', store: 'text', read: (j) => GAP_STATUS_EN[status(j)] }),
  field({ name: 'score', store: 'number', read: (j) => measured(j, (m) => m.score) }),
  field({ name: 'reason', store: 'text', read: reasonText }),
  field({
    name: 'actual_source',
    store: 'text',
    read: (j) => (j.space !== null ? unique(j.space.rows(), 'source') : null),
  }),
  field({
    name: 'actual_quote',
    store: 'text',
    read: (j) => (j.space !== null ? unique(j.space.rows(), 'quote') : null),
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
    read: (j) => measured(j, (m) => m.projectionWeighted),
  }),
  field({ name: 'trend_points', store: 'number', read: (j) => measured(j, (m) => m.trendPoints) }),
  field({ name: 'anticipated_gap', store: 'number', read: (j) => measured(j, (m) => m.gap) }),
  field({
    name: 'anticipated_progress',
    store: 'number',
    read: (j) => measured(j, (m) => (m.gap === null ? null : 1 - m.gap)),
  }),
  field({
    name: 'anticipated_gap_weighted',
    store: 'number',
    read: (j) => measured(j, (m) => m.gapWeighted),
  }),
  field({
    name: 'anticipated_progress_weighted',
    store: 'number',
    read: (j) => measured(j, (m) => (m.gapWeighted === null ? null : 1 - m.gapWeighted)),
  }),
  field({ name: 'bound_factor', store: 'number', read: (j) => measured(j, (m) => m.boundFactor) }),
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
  field({ name: 'breaches', store: 'number', read: (j) => measured(j, (m) => m.breaches?.length ?? null) }),
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
  let r = reasonOf(j.ctx, j.space, j.deadline, j.m);
  const b = j.m.breaches;
  if (b !== null && b.length > 0 && !r.includes('breached in')) r += `; breached in ${b.join(', ')}`;
  return addMatchNote(r, j.matchMethod, j.matchReason);
}

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
  const row = {
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
  } as Record<string, unknown>;
  for (const f of GAP_FIELDS) row[f.name] = f.read(j);
  return row as unknown as GapRow;
}

/** Shorthand for the typed arrays of the code columns. */
export type CodeArray = Int8Array | Uint8Array;

/** The arrays of a columnar gaps table while it is written. */
export class ColumnSink {
  length = 0;
  private cap: number;
  readonly numbers: Float64Array[];
  readonly codes: CodeArray[];
  match: Int32Array;
  private readonly numberFields = GAP_FIELDS.filter((f) => f.store === 'number');
  private readonly codeFields = GAP_FIELDS.filter((f) => f.store === 'code');

  constructor(capacity: number) {
    this.cap = Math.max(capacity, 16);
    this.numbers = this.numberFields.map(() => new Float64Array(this.cap));
    this.codes = this.codeFields.map((f) => codeArray(f.name, this.cap));
    this.match = new Int32Array(this.cap);
  }

  /** Write one judged year; returns its row number. */
  write(j: Judged, matchIndex: number): number {
    if (this.length === this.cap) this.grow();
    const k = this.length++;
    const nf = this.numberFields;
    for (let c = 0; c < nf.length; c++) {
      const v = nf[c]!.read(j) as number | null;
      this.numbers[c]![k] = v === null ? Number.NaN : v;
    }
    const cf = this.codeFields;
    for (let c = 0; c < cf.length; c++) {
      const f = cf[c]! as OutputField;
      this.codes[c]![k] = f.encode!(f.read(j));
    }
    this.match[k] = matchIndex;
    return k;
  }

  /** Set the zone roll-up of a row. */
  setGroup(k: number, met: number, total: number): void {
    this.numbers[this.numberFields.findIndex((f) => f.name === 'group_met')]![k] = met;
    this.numbers[this.numberFields.findIndex((f) => f.name === 'group_total')]![k] = total;
  }

  private grow(): void {
    const cap = this.cap * 2;
    const more = <A extends Float64Array | Int32Array | CodeArray>(a: A, make: (n: number) => A): A => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    for (let c = 0; c < this.numbers.length; c++)
      this.numbers[c] = more(this.numbers[c]!, (n) => new Float64Array(n));
    for (let c = 0; c < this.codes.length; c++) {
      const a = this.codes[c]!;
      this.codes[c] = more(a, (n) => (a instanceof Int8Array ? new Int8Array(n) : new Uint8Array(n)));
    }
    this.match = more(this.match, (n) => new Int32Array(n));
    this.cap = cap;
  }

  /** The numeric columns by name, trimmed to the rows written. */
  numberColumns(): Record<GapNumericColumn, Float64Array> {
    const out = {} as Record<GapNumericColumn, Float64Array>;
    this.numberFields.forEach((f, c) => {
      out[f.name as GapNumericColumn] = this.numbers[c]!.subarray(0, this.length);
    });
    return out;
  }

  /** The code columns by name, trimmed to the rows written. */
  codeColumns(): Record<GapCodeColumn, CodeArray> {
    const out = {} as Record<GapCodeColumn, CodeArray>;
    this.codeFields.forEach((f, c) => {
      out[f.name as GapCodeColumn] = this.codes[c]!.subarray(0, this.length);
    });
    return out;
  }
}

function codeArray(name: string, n: number): CodeArray {
  return name === 'direction' || name === 'binding' ? new Int8Array(n) : new Uint8Array(n);
}
