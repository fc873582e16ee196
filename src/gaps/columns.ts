/**
 * Judging against columnar actuals (the actuals loader's `ActualColumns`): the fast path for big panels. Targets
 * point at their series by row numbers; the common cases are read straight from the typed columns, and every
 * other case goes through the row judge on the materialised series, so the verdicts are the same either way.
 */
import { BOUND_CODES } from '../actuals/bounds.js';
import { type ActualColumns, actualRowAt, BASIS_CODES } from '../actuals/columns.js';
import type { ActualRow, Bound, TargetMatch } from '../actuals/types.js';
import type { BaseUnit } from '../quantities/types.js';
import type { TargetRow } from '../targets/types.js';
import { formatValue } from './format.js';
import { type JudgeSettings, judgeSettings, judgeWith, makeContext } from './judge.js';
import { measure } from './measure.js';
import { methodName } from './method.js';
import { type GapOptions, resolveAsOf } from './options.js';
import { pairStretch } from './pair.js';
import { addMatchNote } from './row.js';
import { type Ctx, type Space, toleranceFor } from './space.js';
import type { GapRow } from './types.js';

/** A target and the rows of its series in an {@link ActualColumns} table (what a columnar matcher returns). */
export interface ColumnMatch {
  target: TargetRow;
  /** Row numbers of the series in the columns (any order; ties within a year go to the earlier row). */
  rows: ArrayLike<number>;
  /** How the pairing was made, or `null` when unmatched (as in `TargetMatch`). */
  method: string | null;
  /** Why no series was found, or caveats; `null` when matched cleanly. */
  reason: string | null;
}

const FULL_YEAR = /^\d{4}-0?1\/12$/;
const NOMINAL_CODE = BASIS_CODES.indexOf('nominal');
const NO_NOTES: string[] = [];
const FAST_KINDS: ReadonlySet<string> = new Set(['level', 'count', 'share', 'intensity', 'multiple']);
const YEAR0 = 1900;
const SLOTS = 256;

/** Per-columns lookups, built once per table (module-internal). */
export interface ColumnInfo {
  fullYear: Uint8Array;
  units: (string | null)[];
  rank: Uint8Array;
}
const infoCache = new WeakMap<ActualColumns, ColumnInfo>();

/**
 * The per-columns lookups (full-year periods, units, bound ranks), cached per table (module-internal).
 *
 * Complexity: O(dictionary sizes) the first time, O(1) after.
 *
 * @example
 * const inf = info(columns);
 * @throws never.
 */
export function info(c: ActualColumns): ColumnInfo {
  let i = infoCache.get(c);
  if (i) return i;
  const fullYear = new Uint8Array(c.period.dict.length);
  c.period.dict.forEach((p, k) => {
    fullYear[k] = p === '' || FULL_YEAR.test(p) ? 1 : 0;
  });
  const rank = new Uint8Array(BOUND_CODES.length);
  BOUND_CODES.forEach((b, k) => {
    rank[k] = b === null || b === '=' ? 0 : 1;
  });
  i = { fullYear, units: c.unit.dict.map((u) => (u === '' ? null : u)), rank };
  infoCache.set(c, i);
  return i;
}

/**
 * Judge targets against a columnar actuals table: one {@link ColumnMatch} per target, base and 力争 rows paired
 * as in `judgeMatches`. Point targets on levels, counts, shares, floors and 倍增 with a plain deadline, and
 * single-year growth targets, are judged straight from the typed columns (no row objects but the judged year's);
 * everything else (ranges, annual, cumulative and relative targets, zones, windows, missing years, derived
 * growth…) is judged by `judgeWith` on the series materialised with `actualRowAt`. The result is the same as
 * `judgeMatches` on the materialised matches with the same `asOf` (tested).
 *
 * Complexity: O(Σ series length) plus O(columns) once for the default `asOf`.
 *
 * @example
 * const cols = await loadActualsColumns('panel.csv');
 * const gaps = judgeColumns(cols, targets.map((t) => ({ target: t, rows: index.get(key(t)) ?? [], method: 'exact', reason: null })), { asOf: 2022 });
 * @throws {RangeError} on invalid options (thresholds, window, asOf); {@link RangeError} from `actualRowAt` when a row
 * number is outside the table.
 */
export function judgeColumns(
  columns: ActualColumns,
  matches: readonly ColumnMatch[],
  options: GapOptions = {},
): GapRow[] {
  const asOf = resolveAsOf(options.asOf, columns.year.subarray(0, columns.length));
  const settings = judgeSettings({ ...options, asOf });
  const pairs = pairStretch(matches.map((m) => m.target));
  const inf = info(columns);
  const out: GapRow[] = [];
  for (const m of matches) {
    const stretch = m.target.stretch ? m.target : (pairs.get(m.target.target_id) ?? null);
    const fast = asOf !== undefined ? judgeFast(columns, inf, m, settings, asOf, stretch, emitRow) : null;
    if (fast !== null) {
      out.push(fast);
      continue;
    }
    const series: ActualRow[] = [];
    for (let j = 0; j < m.rows.length; j++) series.push(actualRowAt(columns, m.rows[j]!));
    const match: TargetMatch = { target: m.target, series, method: m.method, reason: m.reason };
    for (const r of judgeWith(match, settings, asOf, stretch)) out.push(r);
  }
  return out;
}

// Scratch space for one target: the best row per year (slot = year − 1900), and the slots touched.
const best = new Int32Array(SLOTS).fill(-1);
const touched = new Int32Array(SLOTS);

/** What the fast path does with a measure space: called while the scratch index is valid (before it is reset). */
export type Emit<T> = (ctx: Ctx, space: Space, deadline: number, m: ColumnMatch) => T;

/**
 * The row judge's ending for the fast path: measure, then the matcher's note (module-internal).
 *
 * Complexity: O(years in the series).
 *
 * @example
 * judgeFast(columns, info(columns), match, settings, 2022, null, emitRow) // GapRow or null
 * @throws never.
 */
export function emitRow(ctx: Ctx, space: Space, deadline: number, m: ColumnMatch): GapRow {
  const out = measure(ctx, space, deadline);
  addMatchNote(out, m.method, m.reason);
  return out;
}

/**
 * The fast path for one target (module-internal): index its series' full-year rows by year in the scratch space,
 * build the measure space and hand it to `emit`; `null` when the case needs the row judge (`judgeWith`).
 *
 * Complexity: O(series length).
 *
 * @example
 * judgeFast(columns, info(columns), match, judgeSettings(), 2022, null, emitRow)
 * @throws never for row numbers inside the table.
 */
export function judgeFast<T>(
  c: ActualColumns,
  inf: ColumnInfo,
  m: ColumnMatch,
  settings: JudgeSettings,
  asOf: number,
  stretch: TargetRow | null,
  emit: Emit<T>,
  text = true,
): T | null {
  const t = m.target;
  const Y = t.deadline_year;
  if (m.method === null || m.rows.length === 0 || t.aggregation !== 'point' || Y === null) return null;
  if (t.deadline_year_max !== null || settings.window !== null) return null;
  const growth = t.kind === 'growth';
  if (!growth && !FAST_KINDS.has(t.kind)) return null;
  // One scope, the target's own (zones go through the row judge).
  const scopes = c.scope.codes;
  const scopeCode = scopes[m.rows[0]!]!;
  if (c.scope.dict[scopeCode] !== t.scope) return null;

  let n = 0;
  let ok = true;
  const real = t.price_basis === 'real';
  const rows = m.rows;
  const periods = c.period.codes;
  const fullYear = inf.fullYear;
  const values = growth ? c.growth_pct : c.value;
  const unitCodes = c.unit.codes;
  const years = c.year;
  // The unit test is on dictionary codes: remember the last code's answer (series rarely mix units).
  let lastUnit = -1;
  let lastUnitOk = false;
  for (let j = 0; j < rows.length; j++) {
    const k = rows[j]!;
    if (scopes[k] !== scopeCode) {
      ok = false; // several scopes: the row judge splits them
      break;
    }
    // Years after asOf are never judged, shown or scanned by the fast path: skip them before reading more.
    const year = years[k]!;
    if (year > asOf || !fullYear[periods[k]!]) continue;
    const v = values[k]!;
    if (!Number.isFinite(v)) continue;
    if (growth) {
      if (real && c.price_basis[k] === NOMINAL_CODE) continue;
    } else {
      const u = unitCodes[k]!;
      if (u !== lastUnit) {
        lastUnit = u;
        lastUnitOk = unitOk(t, inf.units[u]!);
      }
      if (!lastUnitOk) continue;
    }
    const slot = year - YEAR0;
    if (slot < 0 || slot >= SLOTS) {
      ok = false;
      break;
    }
    const prev = best[slot]!;
    if (prev === -1) {
      best[slot] = k;
      touched[n++] = slot;
    } else if (rankOf(c, inf, k, growth) < rankOf(c, inf, prev, growth)) best[slot] = k;
  }
  const result = ok && n > 0 ? buildFast(c, inf, m, settings, asOf, stretch, n, emit, text) : null;
  for (let j = 0; j < n; j++) best[touched[j]!] = -1;
  return result;
}

function rankOf(c: ActualColumns, inf: ColumnInfo, k: number, growth: boolean): number {
  return (c.preliminary[k] === 1 ? 2 : 0) + inf.rank[growth ? c.growth_bound[k]! : c.bound[k]!]!;
}

function unitOk(t: TargetRow, unit: string | null): boolean {
  if (t.kind === 'multiple') return unit !== null;
  if (unit === t.unit) return true;
  return (t.unit === 'percent' && unit === 'percentage_point') || (t.unit === 'count' && unit === 'people');
}

function filled(year: number | null): boolean {
  if (year === null) return false;
  const slot = year - YEAR0;
  return slot >= 0 && slot < SLOTS && best[slot] !== -1;
}

function rowOf(year: number): number {
  return best[year - YEAR0]!;
}

/** Build the measure space from the scratch index, or `null` when the case needs the row judge. */
function buildFast<T>(
  c: ActualColumns,
  inf: ColumnInfo,
  m: ColumnMatch,
  settings: JudgeSettings,
  asOf: number,
  stretchTarget: TargetRow | null,
  n: number,
  emit: Emit<T>,
  text: boolean,
): T | null {
  const t = m.target;
  const Y = t.deadline_year!;
  const ctx: Ctx = makeContext(t, settings, asOf, stretchTarget);
  const boundOf = (k: number): Bound | null =>
    BOUND_CODES[t.kind === 'growth' ? c.growth_bound[k]! : c.bound[k]!] ?? null;
  let space: Space;
  if (t.kind === 'growth') {
    const baseYear = t.base_year ?? (t.start_year !== null ? t.start_year - 1 : Y - 1);
    if (Y > asOf || baseYear !== Y - 1 || !filled(Y)) return null;
    const k = rowOf(Y);
    const g = c.growth_pct[k]!;
    const bound = single(boundOf(k));
    space = {
      method: methodName(t),
      linear: false,
      baseYear,
      base: 1,
      baseRule: t.base_year !== null ? 'target_base_year' : 'year_before_start',
      year: Y,
      actual: 1 + g / 100,
      target: 1 + t.value / 100,
      stretch: ctx.stretch ? 1 + ctx.stretch.value / 100 : null,
      shownActual: g,
      shownBase: null,
      shownTarget: t.value,
      shownStretch: ctx.stretch ? ctx.stretch.value : null,
      eachYear: (visit) => visit(Y, g, bound),
      bound,
      preliminary: c.preliminary[k] === 1,
      earlyCounts: true,
      tolerance: ctx.th.approxPoints,
      // Sources, quotes and the row's unit are for the reason and the row: not read by the columnar table.
      source: text ? textAt(c.source, k) : null,
      quote: text ? textAt(c.quote, k) : null,
      rowUnit: text ? (inf.units[c.unit.codes[k]!] as BaseUnit | null) : null,
      notes: NO_NOTES,
    };
  } else {
    // The judged year: the deadline once passed, else the latest year up to asOf.
    let year: number;
    if (Y <= asOf) {
      if (!filled(Y)) return null;
      year = Y;
    } else {
      year = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < n; j++) {
        const y = touched[j]! + YEAR0;
        if (y <= asOf && y > year) year = y;
      }
      if (!Number.isFinite(year)) return null;
      if (t.start_year !== null && year < t.start_year) return null;
    }
    let baseYear: number;
    let baseRule: string;
    if (t.base_year !== null && t.base_year < year && filled(t.base_year)) {
      baseYear = t.base_year;
      baseRule = 'target_base_year';
    } else if (t.start_year !== null && t.start_year - 1 < year && filled(t.start_year - 1)) {
      baseYear = t.start_year - 1;
      baseRule = 'year_before_start';
    } else return null;
    const k = rowOf(year);
    const A = c.value[k]!;
    const B = c.value[rowOf(baseYear)]!;
    let target = t.value;
    let stretch = ctx.stretch ? ctx.stretch.value : null;
    let notes: string[] = NO_NOTES;
    if (t.kind === 'multiple') {
      const by = t.base_year ?? (t.start_year !== null ? t.start_year - 1 : null);
      if (by === null || !filled(by)) return null;
      const bk = rowOf(by);
      const bv = c.value[bk]!;
      const unit = inf.units[c.unit.codes[bk]!] as Parameters<typeof formatValue>[1];
      target = t.value * bv;
      stretch = stretch !== null ? stretch * bv : null;
      // Reason text only when a row is built (the columnar table asks for numbers).
      if (text) notes = [`T = ${t.value} × ${formatValue(bv, unit)} (${by}) = ${formatValue(target, unit)}`];
    }
    const geometricKind = t.kind === 'level' || t.kind === 'multiple';
    let method = methodName(t);
    let linear = !geometricKind;
    if (geometricKind && !(B > 0 && A > 0 && target > 0)) {
      linear = true;
      method = `${method}>linear (non-positive value)`;
    }
    const percentLike = t.unit === 'percent' || t.unit === 'percentage_point';
    space = {
      method,
      linear,
      baseYear,
      base: B,
      baseRule,
      year,
      actual: A,
      target,
      stretch,
      shownActual: A,
      shownBase: B,
      shownTarget: target,
      shownStretch: stretch,
      // Reads the scratch index directly: valid while this target is measured (below), before it is reset.
      eachYear: (visit) => {
        for (let j = 0; j < n; j++) {
          const row = best[touched[j]!]!;
          visit(touched[j]! + YEAR0, c.value[row]!, boundOf(row));
        }
      },
      bound: BOUND_CODES[c.bound[k]!] ?? null,
      preliminary: c.preliminary[k] === 1,
      earlyCounts: true,
      tolerance: toleranceFor(ctx, A, percentLike),
      // Sources, quotes and the row's unit are for the reason and the row: not read by the columnar table.
      source: text ? textAt(c.source, k) : null,
      quote: text ? textAt(c.quote, k) : null,
      rowUnit: text ? (inf.units[c.unit.codes[k]!] as BaseUnit | null) : null,
      notes,
      trend: true,
    };
  }
  return emit(ctx, space, Y, m);
}

/** A text column's value at row k, `null` for '' (as `actualRowAt` gives it). */
function textAt(col: { codes: ArrayLike<number>; dict: readonly string[] }, k: number): string | null {
  const v = col.dict[col.codes[k]!]!;
  return v === '' ? null : v;
}

/** The bound of a single published figure as the growth chain reports it (`=` when exact). */
function single(b: Bound | null): Bound {
  if (b === null || b === '=') return '=';
  if (b === '~') return '~';
  return b === '>' || b === '>=' ? '>' : '<';
}
