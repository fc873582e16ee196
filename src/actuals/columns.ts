/**
 * The actuals table in columnar form (what the fast loader returns), and its conversion to {@link ActualRow}s.
 */
import type { BaseUnit } from '../quantities/types.js';
import type { PriceBasis } from '../targets/types.js';
import { BOUND_CODES } from './bounds.js';
import type { TextColumn } from './raw.js';
import type { ActualRow, RejectRow } from './types.js';

/** Price basis codes in columnar storage. */
export const BASIS_CODES: readonly PriceBasis[] = ['unspecified', 'real', 'nominal'];

/**
 * The tidy actuals table as typed columns: text columns dictionary-encoded, numbers in Float64Array (NaN = null),
 * bounds and price basis as small codes ({@link BOUND_CODES}, {@link BASIS_CODES}).
 */
export interface ActualColumns {
  file: string;
  /** Rows used. */
  length: number;
  region: TextColumn;
  region_code: TextColumn;
  scope: TextColumn;
  subject: TextColumn;
  metric: TextColumn;
  indicator: TextColumn;
  period: TextColumn;
  unit: TextColumn;
  source: TextColumn;
  quote: TextColumn;
  note: TextColumn;
  year: Int32Array;
  value: Float64Array;
  bound: Uint8Array;
  growth_pct: Float64Array;
  growth_bound: Uint8Array;
  price_basis: Uint8Array;
  preliminary: Uint8Array;
  /** The input row each used row came from. */
  row: Int32Array;
  rejects: RejectRow[];
  /** Input records: `rowsIn === length + rejects.length`. */
  rowsIn: number;
}

const orNull = (s: string): string | null => (s === '' ? null : s);

/**
 * One row of a columnar actuals table as an {@link ActualRow}.
 *
 * Complexity: O(1).
 *
 * @example
 * const first = actualRowAt(columns, 0); first.region // '武汉市'
 * @throws {RangeError} when `i` is outside the table.
 */
export function actualRowAt(c: ActualColumns, i: number): ActualRow {
  if (i < 0 || i >= c.length) throw new RangeError(`row ${i} is outside the table of ${c.length} rows`);
  const v = c.value[i]!;
  const g = c.growth_pct[i]!;
  const note = c.note.dict[c.note.codes[i]!]!;
  const row: ActualRow = {
    region: c.region.dict[c.region.codes[i]!]!,
    region_code: orNull(c.region_code.dict[c.region_code.codes[i]!]!),
    scope: c.scope.dict[c.scope.codes[i]!]!,
    subject: c.subject.dict[c.subject.codes[i]!]!,
    metric: c.metric.dict[c.metric.codes[i]!]!,
    indicator: c.indicator.dict[c.indicator.codes[i]!]!,
    year: c.year[i]!,
    period: orNull(c.period.dict[c.period.codes[i]!]!),
    value: Number.isNaN(v) ? null : v,
    unit: orNull(c.unit.dict[c.unit.codes[i]!]!) as BaseUnit | null,
    bound: BOUND_CODES[c.bound[i]!] ?? null,
    growth_pct: Number.isNaN(g) ? null : g,
    growth_bound: BOUND_CODES[c.growth_bound[i]!] ?? null,
    price_basis: BASIS_CODES[c.price_basis[i]!]!,
    preliminary: c.preliminary[i] === 1,
    source: c.source.dict[c.source.codes[i]!]!,
    quote: c.quote.dict[c.quote.codes[i]!]!,
  };
  if (note !== '') row.note = note;
  return row;
}

/**
 * Every row of a columnar actuals table as {@link ActualRow} objects (for small and medium tables; keep big ones
 * columnar).
 *
 * Complexity: O(rows).
 *
 * @example
 * actualRows(columns).length === columns.length // true
 * @throws never.
 */
export function actualRows(c: ActualColumns): ActualRow[] {
  const out: ActualRow[] = new Array(c.length);
  for (let i = 0; i < c.length; i++) out[i] = actualRowAt(c, i);
  return out;
}
