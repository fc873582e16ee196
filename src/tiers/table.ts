/**
 * Table plumbing shared by the tiers verbs: accept arquero tables or arrays of row objects, read columns as
 * arrays without copying when possible, and name the row and column of bad input.
 */
import { type ColumnTable, from } from 'arquero';
import type { TableInput } from './types.js';

/**
 * An error in the input of a tiers function, naming the function, the row and the column.
 *
 * @example
 * try {
 *   classifyTiers([{ revenue: 'lots' }], { value: 'revenue', ladder: FIRM_TIERS });
 * } catch (e) {
 *   [(e as TierInputError).fn, (e as TierInputError).row, (e as TierInputError).column] // ['classifyTiers', 0, 'revenue']
 * }
 */
export class TierInputError extends Error {
  /** The function that rejected the input. */
  readonly fn: string;
  /** 0-based row index in the input table, or `-1` when not about one row. */
  readonly row: number;
  /** The column at fault, or `''`. */
  readonly column: string;
  constructor(fn: string, message: string, row = -1, column = '') {
    const where =
      row >= 0
        ? ` (row index ${row}${column ? `, column "${column}"` : ''})`
        : column
          ? ` (column "${column}")`
          : '';
    super(`${fn}: ${message}${where}`);
    this.name = 'TierInputError';
    this.fn = fn;
    this.row = row;
    this.column = column;
  }
}

/**
 * True for an arquero table (duck-typed: has numRows and columnNames).
 *
 * Complexity: O(1).
 *
 * @example
 * isTable(aq.table({ a: [1] })) // true
 */
export function isTable(input: unknown): input is ColumnTable {
  return (
    typeof input === 'object' &&
    input !== null &&
    typeof (input as ColumnTable).numRows === 'function' &&
    typeof (input as ColumnTable).columnNames === 'function'
  );
}

/**
 * The input as an arquero table with no filter or order pending (row i of the result is row i the caller sees).
 *
 * Complexity: O(1) for an unfiltered table, O(rows × columns) otherwise.
 *
 * @example
 * toTable([{ a: 1 }], 'f').numRows() // 1
 * @throws {TierInputError} when the input is neither an arquero table nor an array of objects.
 */
export function toTable(input: TableInput, fn: string): ColumnTable {
  if (isTable(input)) return input.isFiltered() || input.isOrdered() ? input.reify() : input;
  if (Array.isArray(input)) return from(input as object[]);
  throw new TierInputError(fn, 'expected an arquero table or an array of row objects');
}

/** Array-like read access to a column. */
export type ColumnValues = ArrayLike<unknown>;

/**
 * A column of a reified table as an indexable array (the table's own storage when it is an array or typed array).
 *
 * Complexity: O(1) for array columns, O(rows) for other column types.
 *
 * @example
 * columnValues(aq.table({ x: [1, 2] }), 'x', 'f')[1] // 2
 *
 * @throws {TierInputError} when the column does not exist, listing the columns there are.
 */
export function columnValues(table: ColumnTable, name: string, fn: string): ColumnValues {
  const col = table.column(name);
  if (!col) {
    throw new TierInputError(
      fn,
      `no column "${name}"; the table has ${table
        .columnNames()
        .map((c) => `"${c}"`)
        .join(', ')}`,
    );
  }
  if (Array.isArray(col) || ArrayBuffer.isView(col)) return col as unknown as ColumnValues;
  return table.array(name) as ColumnValues;
}

/**
 * A numeric column as a Float64Array (a typed array column is returned as is when it is already Float64Array).
 * Numeric strings (`'1.5e9'`) are accepted; empty, null, NaN and non-numeric values are an error, or `NaN` when
 * `allowMissing` is set.
 *
 * Complexity: O(rows).
 *
 * @example
 * numericColumn(aq.table({ x: ['1', 2] }), 'x', 'f') // Float64Array [1, 2]
 * @throws {TierInputError} naming the first row whose value is not a finite number.
 */
export function numericColumn(
  table: ColumnTable,
  name: string,
  fn: string,
  allowMissing = false,
): Float64Array {
  const col = columnValues(table, name, fn);
  if (col instanceof Float64Array) {
    if (!allowMissing) {
      for (let i = 0; i < col.length; i++) {
        if (!Number.isFinite(col[i]!))
          throw new TierInputError(fn, `value ${col[i]} is not a finite number`, i, name);
      }
    }
    return col;
  }
  const n = col.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = col[i];
    let x: number;
    if (typeof v === 'number') x = v;
    else if (typeof v === 'string' && v.trim() !== '') x = Number(v);
    else if (typeof v === 'bigint') x = Number(v);
    else x = Number.NaN;
    if (!Number.isFinite(x)) {
      if (
        allowMissing &&
        (v === null || v === undefined || v === '' || (typeof v === 'number' && Number.isNaN(v)))
      ) {
        out[i] = Number.NaN;
        continue;
      }
      throw new TierInputError(fn, `value ${JSON.stringify(v) ?? String(v)} is not a finite number`, i, name);
    }
    out[i] = x;
  }
  return out;
}

/**
 * An integer year column as an Int32Array.
 *
 * Complexity: O(rows).
 *
 * @example
 * yearColumn(aq.table({ year: [2020, '2021'] }), 'year', 'f') // Int32Array [2020, 2021]
 *
 * @throws {TierInputError} naming the first row whose year is not an integer.
 */
export function yearColumn(table: ColumnTable, name: string, fn: string): Int32Array {
  const col = columnValues(table, name, fn);
  if (col instanceof Int32Array) return col;
  const n = col.length;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = col[i];
    const x = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
    if (!Number.isInteger(x)) {
      throw new TierInputError(fn, `year ${JSON.stringify(v) ?? String(v)} is not an integer`, i, name);
    }
    out[i] = x;
  }
  return out;
}

/**
 * Rows grouped by id and sorted by year within each id: `order` lists row indices, `starts[k]..starts[k+1]` is
 * the k-th id's segment. Ids may be numbers or strings; a panel already sorted by (id, year) is detected in O(n).
 *
 * Complexity: O(n) expected (hash by id, counting sort, insertion sort of each id's few years).
 *
 * @example
 * panelOrder(['b', 'a', 'a'], Int32Array.from([2020, 2021, 2020]), 'f') // order [2, 1, 0], starts [0, 2, 3]
 * @throws {TierInputError} when an id is missing or an (id, year) pair appears twice, naming both rows.
 */
export function panelOrder(
  ids: ColumnValues,
  years: Int32Array,
  fn: string,
  idName = 'id',
  yearName = 'year',
): { order: Uint32Array; starts: Uint32Array } {
  const n = years.length;
  for (let i = 0; i < n; i++) {
    const v = ids[i];
    if (v === null || v === undefined || v === '') throw new TierInputError(fn, 'missing id', i, idName);
  }
  // Fast path: already sorted by id (contiguous) and year.
  let sorted = true;
  let segments = n > 0 ? 1 : 0;
  const seen = new Set<unknown>();
  for (let i = 1; i < n && sorted; i++) {
    if (ids[i] === ids[i - 1]) {
      if (years[i]! <= years[i - 1]!) sorted = false;
    } else {
      segments++;
    }
  }
  if (sorted) {
    // contiguity check: an id may not reappear after another id
    seen.clear();
    for (let i = 0; i < n && sorted; i++) {
      if (i === 0 || ids[i] !== ids[i - 1]) {
        if (seen.has(ids[i])) sorted = false;
        seen.add(ids[i]);
      }
    }
  }
  if (sorted) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const starts = new Uint32Array(segments + 1);
    let k = 0;
    for (let i = 0; i < n; i++) if (i === 0 || ids[i] !== ids[i - 1]) starts[k++] = i;
    starts[segments] = n;
    return { order, starts };
  }
  // Dictionary-encode ids, counting sort by code, insertion sort by year within each code.
  const codes = new Uint32Array(n);
  const dict = new Map<unknown, number>();
  for (let i = 0; i < n; i++) {
    const v = ids[i];
    let c = dict.get(v);
    if (c === undefined) {
      c = dict.size;
      dict.set(v, c);
    }
    codes[i] = c;
  }
  const m = dict.size;
  const starts = new Uint32Array(m + 1);
  for (let i = 0; i < n; i++) starts[codes[i]! + 1]!++;
  for (let k = 0; k < m; k++) starts[k + 1]! += starts[k]!;
  const fill = starts.slice(0, m);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[fill[codes[i]!]!++] = i;
  for (let k = 0; k < m; k++) {
    const a = starts[k]!;
    const b = starts[k + 1]!;
    for (let i = a + 1; i < b; i++) {
      const r = order[i]!;
      const y = years[r]!;
      let j = i - 1;
      while (j >= a && years[order[j]!]! > y) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = r;
    }
  }
  for (let k = 0; k < m; k++) {
    for (let i = starts[k]! + 1; i < starts[k + 1]!; i++) {
      if (years[order[i]!] === years[order[i - 1]!]) {
        throw new TierInputError(
          fn,
          `id ${JSON.stringify(ids[order[i]!])} has two rows for year ${years[order[i]!]} (row indices ${order[i - 1]} and ${order[i]})`,
          order[i]!,
          yearName,
        );
      }
    }
  }
  return { order, starts };
}
