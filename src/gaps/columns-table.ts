/**
 * The gaps table in columnar form: every numeric measure in a typed array, statuses as codes, and the full row
 * (reason text included) built only when asked. The fast path for big panels; `rows()` gives exactly what
 * `judgeColumns` gives.
 */
import { type ActualColumns, actualRowAt } from '../actuals/columns.js';
import type { ActualRow } from '../actuals/types.js';
import type { TargetRow } from '../targets/types.js';
import { type ColumnMatch, emitRow, info, judgeFast } from './columns.js';
import { judgeSettings, judgeWith } from './judge.js';
import { computeMeasures, type Measures, newMeasures } from './measure.js';
import { type GapOptions, resolveAsOf } from './options.js';
import { pairStretch } from './pair.js';
import { scheduleGap, scheduleRatio } from './schedule.js';
import type { Ctx, Space } from './space.js';
import { GAP_STATUSES, type GapRow, type GapStatus } from './types.js';

/** The numeric judgement columns kept as `Float64Array`s in a {@link GapColumns} (`NaN` = `null`). */
export const GAP_NUMERIC_COLUMNS = [
  'judged_year',
  'base_year_used',
  'base_value',
  'actual_year',
  'actual_value',
  'target_year',
  'target_value',
  'stretch_value',
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
  'score',
  'group_met',
  'group_total',
] as const satisfies readonly (keyof GapRow)[];

/** One of {@link GAP_NUMERIC_COLUMNS}. */
export type GapNumericColumn = (typeof GAP_NUMERIC_COLUMNS)[number];

/** The gaps table as columns: one entry per gaps row in every array, in the order `judgeColumns` returns rows. */
export type GapColumns = { readonly [K in GapNumericColumn]: Float64Array } & {
  /** Number of gaps rows. */
  readonly length: number;
  /** For each gaps row, the index of its target in the `matches` given. */
  readonly match: Int32Array;
  /** The status as its index in `GAP_STATUSES` (`GAP_STATUSES[status[i]]`). */
  readonly status: Uint8Array;
  /** +1 or −1. */
  readonly direction: Int8Array;
  /** 1 when the approximate actual's band straddles the target or 力争 figure. */
  readonly uncertain: Uint8Array;
  /** 1 when the actual is a 预计 (preliminary) figure. */
  readonly actual_preliminary: Uint8Array;
  /** How many rows were built from the typed columns (the rest went through the row judge). */
  readonly fastRows: number;
  /** Gaps row `i` as `judgeColumns` gives it, reason and target columns included (built on demand). */
  row(i: number): GapRow;
  /** Every gaps row (= `judgeColumns(columns, matches, options)`). */
  rows(): GapRow[];
};

/** A growable set of output arrays. */
class Builder {
  length = 0;
  cap: number;
  /** The numeric columns in {@link GAP_NUMERIC_COLUMNS} order (an array: indexed, never a keyed lookup per row). */
  cols: Float64Array[];
  match: Int32Array;
  status: Uint8Array;
  direction: Int8Array;
  uncertain: Uint8Array;
  preliminary: Uint8Array;

  constructor(cap: number) {
    this.cap = Math.max(cap, 16);
    this.cols = GAP_NUMERIC_COLUMNS.map(() => new Float64Array(this.cap));
    this.match = new Int32Array(this.cap);
    this.status = new Uint8Array(this.cap);
    this.direction = new Int8Array(this.cap);
    this.uncertain = new Uint8Array(this.cap);
    this.preliminary = new Uint8Array(this.cap);
  }

  /** Make room for one more row; returns its index. */
  next(): number {
    if (this.length === this.cap) {
      const cap = this.cap * 2;
      const grow = <A extends Float64Array | Int32Array | Uint8Array | Int8Array>(
        a: A,
        make: (n: number) => A,
      ) => {
        const b = make(cap);
        b.set(a);
        return b;
      };
      this.cols = this.cols.map((a) => grow(a, (n) => new Float64Array(n)));
      this.match = grow(this.match, (n) => new Int32Array(n));
      this.status = grow(this.status, (n) => new Uint8Array(n));
      this.direction = grow(this.direction, (n) => new Int8Array(n));
      this.uncertain = grow(this.uncertain, (n) => new Uint8Array(n));
      this.preliminary = grow(this.preliminary, (n) => new Uint8Array(n));
      this.cap = cap;
    }
    return this.length++;
  }
}

const STATUS_CODE: Readonly<Record<GapStatus, number>> = Object.fromEntries(
  GAP_STATUSES.map((s, i) => [s, i]),
) as Record<GapStatus, number>;

const nan = (x: number | null | undefined): number => (x === null || x === undefined ? Number.NaN : x);

/**
 * Judge targets against a columnar actuals table into a {@link GapColumns}: the same verdicts and numbers as
 * {@link judgeColumns}, but the plain point targets it reads straight from the typed columns are measured into
 * typed arrays without building a row object or a reason; `row(i)` builds a row (reason included) when asked, by
 * judging that one target again. Targets that need the row judge (ranges, annual, cumulative, relative, zones,
 * windows, missing years…) are judged by `judgeWith` and their rows kept.
 *
 * Complexity: O(Σ series length) plus O(columns) once for the default `asOf`; `row(i)` O(series length of its
 * target).
 *
 * @example
 * const g = judgeColumnsTable(cols, matches, { asOf: 2022 });
 * GAP_STATUSES[g.status[0]] // 'achieved'
 * g.ratio_r[0]              // 1.03
 * g.row(0).reason           // 'target met: 2021 …'
 * @throws {RangeError} on invalid options (thresholds, window, asOf), or from `actualRowAt` when a row number is
 * outside the table; `row(i)` throws a {@link RangeError} when `i` is not a row number of the table.
 */
export function judgeColumnsTable(
  columns: ActualColumns,
  matches: readonly ColumnMatch[],
  options: GapOptions = {},
): GapColumns {
  const asOf = resolveAsOf(options.asOf, columns.year.subarray(0, columns.length));
  const settings = judgeSettings({ ...options, asOf });
  const pairs = pairStretch(matches.map((m) => m.target));
  const stretchOf = (t: TargetRow) =>
    t.stretch ? t : pairs.size === 0 ? null : (pairs.get(t.target_id) ?? null);
  const inf = info(columns);
  const out = new Builder(matches.length);
  const kept = new Map<number, GapRow>();
  let fastRows = 0;
  const writer: Writer = { out, index: 0, m: newMeasures(), values: new Float64Array(N_NUMERIC) };
  const emit = (ctx: Ctx, space: Space, deadline: number) => writeFast(writer, ctx, space, deadline);
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    writer.index = i;
    const fast =
      asOf !== undefined
        ? judgeFast(columns, inf, m, settings, asOf, stretchOf(m.target), emit, false)
        : null;
    if (fast !== null) {
      fastRows++;
      continue;
    }
    const series: ActualRow[] = [];
    for (let j = 0; j < m.rows.length; j++) series.push(actualRowAt(columns, m.rows[j]!));
    const rows = judgeWith(
      { target: m.target, series, method: m.method, reason: m.reason },
      settings,
      asOf,
      stretchOf(m.target),
    );
    for (const r of rows) {
      const k = out.next();
      out.match[k] = i;
      writeRow(out, k, r);
      kept.set(k, r);
    }
  }
  const n = out.length;
  const trim = <A extends Float64Array | Int32Array | Uint8Array | Int8Array>(a: A) => a.subarray(0, n) as A;
  const num = {} as Record<GapNumericColumn, Float64Array>;
  GAP_NUMERIC_COLUMNS.forEach((name, c) => {
    num[name] = trim(out.cols[c]!);
  });
  const match = trim(out.match);
  const row = (i: number): GapRow => {
    if (!Number.isInteger(i) || i < 0 || i >= n) {
      throw new RangeError(`judgeColumnsTable: row ${i} is not a row of this gaps table (0…${n - 1})`);
    }
    const r = kept.get(i);
    if (r !== undefined) return r;
    const m = matches[match[i]!]!;
    const again = judgeFast(columns, inf, m, settings, asOf!, stretchOf(m.target), emitRow);
    // A fast row is always fast again (same inputs); guard anyway rather than return a wrong row.
    if (again === null) throw new RangeError(`judgeColumnsTable: row ${i} could not be rebuilt`);
    return again;
  };
  return {
    ...num,
    length: n,
    match,
    status: trim(out.status),
    direction: trim(out.direction),
    uncertain: trim(out.uncertain),
    actual_preliminary: trim(out.preliminary),
    fastRows,
    row,
    rows: () => {
      const all = new Array<GapRow>(n);
      for (let i = 0; i < n; i++) all[i] = row(i);
      return all;
    },
  };
}

interface Writer {
  out: Builder;
  index: number;
  m: Measures;
  /** One row's numeric values, in column order. */
  values: Float64Array;
}

const N_NUMERIC = GAP_NUMERIC_COLUMNS.length;

/**
 * Write one fast-path judged year straight into the arrays (what `measure` would put in the row). The values are
 * listed in {@link GAP_NUMERIC_COLUMNS} order (the columns test compares every column with the rows).
 */
function writeFast(w: Writer, ctx: Ctx, s: Space, deadline: number): true {
  const m = computeMeasures(ctx, s, deadline, w.m);
  const out = w.out;
  const k = out.next();
  const v = w.values;
  v[0] = s.year; // judged_year
  v[1] = nan(s.baseYear);
  v[2] = nan(s.shownBase);
  v[3] = s.year; // actual_year
  v[4] = s.shownActual;
  v[5] = deadline; // target_year
  v[6] = s.shownTarget;
  v[7] = nan(s.shownStretch);
  v[8] = nan(m.attainment);
  v[9] = nan(m.attainmentStretch);
  v[10] = nan(m.piLin);
  v[11] = nan(m.piGeo);
  v[12] = nan(m.tau);
  v[13] = nan(scheduleGap(m.pi, m.tau));
  v[14] = nan(scheduleRatio(m.pi, m.tau));
  v[15] = nan(m.cObs);
  v[16] = nan(m.cReq);
  v[17] = nan(m.cMax);
  v[18] = nan(m.cRem);
  v[19] = nan(m.ratio);
  v[20] = nan(m.projection);
  v[21] = nan(m.projectionWeighted);
  v[22] = nan(m.trendPoints);
  v[23] = nan(m.gap);
  v[24] = m.gap === null ? Number.NaN : 1 - m.gap; // anticipated_progress
  v[25] = nan(m.gapWeighted);
  v[26] = m.gapWeighted === null ? Number.NaN : 1 - m.gapWeighted;
  v[27] = nan(m.boundFactor);
  v[28] = nan(m.yearsAhead);
  v[29] = nan(m.eta);
  v[30] = nan(m.score);
  v[31] = Number.NaN; // group_met
  v[32] = Number.NaN; // group_total
  const cols = out.cols;
  for (let c = 0; c < N_NUMERIC; c++) cols[c]![k] = v[c]!;
  out.match[k] = w.index;
  out.status[k] = STATUS_CODE[m.status];
  out.direction[k] = ctx.d;
  out.uncertain[k] = m.uncertain ? 1 : 0;
  out.preliminary[k] = s.preliminary ? 1 : 0;
  return true;
}

/** Copy a row judged by the row judge into the arrays. */
function writeRow(out: Builder, k: number, r: GapRow): void {
  GAP_NUMERIC_COLUMNS.forEach((name, c) => {
    out.cols[c]![k] = nan(r[name]);
  });
  out.status[k] = STATUS_CODE[r.status];
  out.direction[k] = r.direction;
  out.uncertain[k] = r.uncertain ? 1 : 0;
  out.preliminary[k] = r.actual_preliminary ? 1 : 0;
}
