/**
 * The actuals table in columnar form (what the fast loader returns), and its conversion to {@link ActualRow}s.
 */
import type { PriceBasis } from '../targets/types.js';
import { BOUND_CODES } from './bounds.js';
import type { TextColumn } from './raw.js';
import type { ActualRow, ActualUnit, CellCount, RejectRow } from './types.js';

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
  /** Value cells: `cells.in === cells.used + cells.rejected`. */
  cells: CellCount;
  /** Cells rejected inside used rows, and what else the user should know (see {@link LoadResult}). */
  warnings: RejectRow[];
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
    unit: orNull(c.unit.dict[c.unit.codes[i]!]!) as ActualUnit | null,
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
 */
export function actualRows(c: ActualColumns): ActualRow[] {
  const out: ActualRow[] = new Array(c.length);
  for (let i = 0; i < c.length; i++) out[i] = actualRowAt(c, i);
  return out;
}

/**
 * Concatenate columnar tables (the sheets of one workbook) into one, re-encoding the text dictionaries.
 *
 * Complexity: O(total rows + total distinct texts).
 *
 * @example
 * concatColumns([sheet1, sheet2]).length === sheet1.length + sheet2.length // true
 * @throws {Error} when `parts` is empty.
 */
export function concatColumns(parts: readonly ActualColumns[]): ActualColumns {
  const first = parts[0];
  if (!first) throw new Error('concatColumns: no tables to concatenate');
  if (parts.length === 1) return first;
  const n = parts.reduce((s, p) => s + p.length, 0);
  const text = (key: TextKey): TextColumn => {
    const dict: string[] = [''];
    const index = new Map<string, number>([['', 0]]);
    const codes = new Uint32Array(n);
    let w = 0;
    for (const p of parts) {
      const col = p[key];
      const remap = col.dict.map((s) => {
        let c = index.get(s);
        if (c === undefined) {
          c = dict.length;
          dict.push(s);
          index.set(s, c);
        }
        return c;
      });
      for (let i = 0; i < p.length; i++) codes[w++] = remap[col.codes[i]!]!;
    }
    return { codes, dict };
  };
  const typed = <T extends Int32Array | Float64Array | Uint8Array>(
    key: TypedKey,
    make: (n: number) => T,
  ): T => {
    const out = make(n);
    let w = 0;
    for (const p of parts) {
      out.set(p[key].subarray(0, p.length) as never, w);
      w += p.length;
    }
    return out;
  };
  const all = <T>(pick: (p: ActualColumns) => readonly T[]): T[] => {
    const out: T[] = [];
    for (const p of parts) for (const x of pick(p)) out.push(x);
    return out;
  };
  return {
    file: first.file,
    length: n,
    region: text('region'),
    region_code: text('region_code'),
    scope: text('scope'),
    subject: text('subject'),
    metric: text('metric'),
    indicator: text('indicator'),
    period: text('period'),
    unit: text('unit'),
    source: text('source'),
    quote: text('quote'),
    note: text('note'),
    year: typed('year', (k) => new Int32Array(k)),
    value: typed('value', (k) => new Float64Array(k)),
    bound: typed('bound', (k) => new Uint8Array(k)),
    growth_pct: typed('growth_pct', (k) => new Float64Array(k)),
    growth_bound: typed('growth_bound', (k) => new Uint8Array(k)),
    price_basis: typed('price_basis', (k) => new Uint8Array(k)),
    preliminary: typed('preliminary', (k) => new Uint8Array(k)),
    row: typed('row', (k) => new Int32Array(k)),
    rejects: all((p) => p.rejects),
    rowsIn: parts.reduce((s, p) => s + p.rowsIn, 0),
    cells: {
      in: parts.reduce((s, p) => s + p.cells.in, 0),
      used: parts.reduce((s, p) => s + p.cells.used, 0),
      rejected: parts.reduce((s, p) => s + p.cells.rejected, 0),
    },
    warnings: all((p) => p.warnings),
  };
}

type TextKey =
  | 'region'
  | 'region_code'
  | 'scope'
  | 'subject'
  | 'metric'
  | 'indicator'
  | 'period'
  | 'unit'
  | 'source'
  | 'quote'
  | 'note';
type TypedKey =
  | 'year'
  | 'value'
  | 'bound'
  | 'growth_pct'
  | 'growth_bound'
  | 'price_basis'
  | 'preliminary'
  | 'row';
