/**
 * The raw, columnar form every reader produces before normalisation: text fields dictionary-encoded
 * (`codes` into `dict`, code 0 is the empty string), numeric fields as Float64Array with bound codes, and the
 * cells that need the slow parser kept as text.
 */
import {
  duplicateTextWarnings,
  type FieldMap,
  type InputField,
  type NumberField,
  type TextField,
} from './fields.js';
import type { RejectRow } from './types.js';

/** A dictionary-encoded text column. */
export interface TextColumn {
  codes: Uint32Array;
  dict: string[];
}

/** A numeric column: `values[i]` is NaN when empty or when `text.get(i)` holds a cell for the slow parser. */
export interface NumberColumn {
  values: Float64Array;
  text: Map<number, string>;
}

/** What a reader hands to the normaliser. */
export interface RawTable {
  /** The file name (or `<buffer>`) for rejects. */
  file: string;
  length: number;
  /** The 1-based input row of each record (header is row 1 for CSV; sheet row for Excel; 1-based index for JSON). */
  rows: Int32Array;
  text: Partial<Record<TextField, TextColumn>>;
  numbers: Partial<Record<NumberField, NumberColumn>>;
  fieldMap: FieldMap;
  /** Context a sheet states outside its columns (a `单位:万元` line, a year or region in the title). */
  context: { unit?: string; year?: number; region?: string };
  /** Records the reader itself rejected (wrong number of fields…). */
  rejects: RejectRow[];
  /** Records read, including the reader's rejects. */
  rowsIn: number;
  /** Per-record column name for rejects, when records come from a sheet (`表3!C5 (地区生产总值/2021年)`). */
  cellColumn?: (i: number, field: string) => string;
  /** Per-record cell address (`C5`) of a field, when records come from a sheet. */
  cellAddress?: (i: number, field: string) => string | undefined;
  /** The sheet the records come from. */
  sheet?: string;
  /** Records the reader found unusable (undecodable bytes, text after a closing quote): index → field and reason. */
  recordErrors?: Map<number, { field: InputField | ''; reason: string }>;
  /** A second column read as the same number field (两个 `数值`, `数值` + `value`): compared with the first per record. */
  extraNumbers?: { field: NumberField; header: string; column: NumberColumn }[];
  /** Value cells inside the records the reader itself rejected (counted as rejected cells). */
  rejectedCells?: number;
  /** What the reader wants the user to know (a column it did not read, a sheet it skipped). */
  warnings?: RejectRow[];
}

/**
 * A growable dictionary-encoding builder for one text column (code 0 is the empty string).
 *
 * Complexity: O(1) amortised per cell. Throws never.
 *
 * @example
 * const b = new TextBuilder(); b.add('武汉市'); b.add('武汉市'); b.finish().codes // Uint32Array [1, 1]
 */
export class TextBuilder {
  codes: Uint32Array;
  readonly keys: string[] = [''];
  private readonly map = new Map<string, number>([['', 0]]);
  length = 0;

  constructor(capacity = 1024) {
    this.codes = new Uint32Array(capacity);
  }

  /** Append one cell (its key: decoded text, or latin1 bytes for the CSV fast path). */
  add(key: string): void {
    let code = this.map.get(key);
    if (code === undefined) {
      code = this.keys.length;
      this.keys.push(key);
      this.map.set(key, code);
    }
    if (this.length === this.codes.length) {
      const grown = new Uint32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length++] = code;
  }

  /** Finish: trim and decode the keys with `decode` (identity by default). */
  finish(decode: (key: string) => string = (k) => k): TextColumn {
    return { codes: this.codes.subarray(0, this.length), dict: this.keys.map(decode) };
  }
}

/**
 * The 32-bit FNV-1a hash of buf[s, e).
 *
 * Complexity: O(e - s). Throws never.
 *
 * @example
 * fnv1a(new Uint8Array([97]), 0, 1) // 3826002220
 */
export function fnv1a(buf: Uint8Array, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  return h >>> 0;
}

/**
 * A dictionary-encoding builder keyed by raw bytes (the CSV fast path): cells are hashed (FNV-1a) and compared as
 * bytes, so a repeated cell costs no string allocation. Keys are decoded once, at the end, in the detected encoding.
 *
 * Complexity: O(cell length) per cell. Throws never.
 *
 * @example
 * const b = new ByteTextBuilder(); b.add(bytes, 0, 9); b.finish((k) => Buffer.from(k).toString()).dict
 */
export class ByteTextBuilder {
  codes: Uint32Array;
  length = 0;
  private store = new Uint8Array(1 << 16);
  private storeLen = 0;
  private offsets: number[] = [0];
  private lengths: number[] = [0];
  private hashes: number[] = [0x811c9dc5];
  private table = new Int32Array(1 << 10);
  private mask = (1 << 10) - 1;

  constructor(capacity = 1024) {
    this.codes = new Uint32Array(capacity);
    // code 0 is the empty cell
    this.table[this.slotFor(0x811c9dc5 >>> 0)] = 1;
  }

  /** Number of distinct keys, the empty key included. */
  get size(): number {
    return this.offsets.length;
  }

  private slotFor(h: number): number {
    let i = h & this.mask;
    while (this.table[i] !== 0) i = (i + 1) & this.mask;
    return i;
  }

  private rehash(): void {
    const size = this.table.length * 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    for (let c = 0; c < this.hashes.length; c++) this.table[this.slotFor(this.hashes[c]!)] = c + 1;
  }

  /** Append the cell bytes buf[s, e). */
  add(buf: Uint8Array, s: number, e: number): void {
    this.addHashed(buf, s, e, fnv1a(buf, s, e));
  }

  /** Append the cell bytes buf[s, e) whose {@link fnv1a} hash the caller computed while scanning. */
  addHashed(buf: Uint8Array, s: number, e: number, h: number): void {
    const len = e - s;
    let i = h & this.mask;
    let code = -1;
    for (;;) {
      const t = this.table[i]!;
      if (t === 0) break;
      const c = t - 1;
      if (this.hashes[c] === h && this.lengths[c] === len) {
        const off = this.offsets[c]!;
        let k = 0;
        while (k < len && this.store[off + k] === buf[s + k]) k++;
        if (k === len) {
          code = c;
          break;
        }
      }
      i = (i + 1) & this.mask;
    }
    if (code < 0) {
      code = this.offsets.length;
      if (this.storeLen + len > this.store.length) {
        const grown = new Uint8Array(Math.max(this.store.length * 2, this.storeLen + len));
        grown.set(this.store.subarray(0, this.storeLen));
        this.store = grown;
      }
      this.store.set(buf.subarray(s, e), this.storeLen);
      this.offsets.push(this.storeLen);
      this.lengths.push(len);
      this.hashes.push(h);
      this.storeLen += len;
      this.table[i] = code + 1;
      if (this.offsets.length * 2 > this.table.length) this.rehash();
    }
    if (this.length === this.codes.length) {
      const grown = new Uint32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length++] = code;
  }

  /** The bytes of key `code`. */
  keyBytes(code: number): Uint8Array {
    return this.store.subarray(this.offsets[code]!, this.offsets[code]! + this.lengths[code]!);
  }

  /** Finish, decoding every key's bytes with `decode`. */
  finish(decode: (bytes: Uint8Array) => string): TextColumn {
    const dict: string[] = new Array(this.offsets.length);
    for (let c = 0; c < dict.length; c++) dict[c] = c === 0 ? '' : decode(this.keyBytes(c));
    return { codes: this.codes.subarray(0, this.length), dict };
  }
}

/**
 * A growable builder for one numeric column; cells that need the slow parser are kept as text.
 *
 * Complexity: O(1) amortised per cell. Throws never.
 *
 * @example
 * const b = new NumberBuilder(); b.addNumber(12.2); b.addText('约3000'); b.finish().text.get(1) // '约3000'
 */
export class NumberBuilder {
  values: Float64Array;
  readonly text = new Map<number, string>();
  length = 0;

  constructor(capacity = 1024) {
    this.values = new Float64Array(capacity);
  }

  private grow(): void {
    const grown = new Float64Array(this.values.length * 2);
    grown.set(this.values);
    this.values = grown;
  }

  /** Append a parsed number (NaN for empty). */
  addNumber(x: number): void {
    if (this.length === this.values.length) this.grow();
    this.values[this.length++] = x;
  }

  /** Append a cell for the slow parser. */
  addText(s: string): void {
    if (this.length === this.values.length) this.grow();
    this.text.set(this.length, s);
    this.values[this.length++] = Number.NaN;
  }

  /** Finish, decoding slow-path cells with `decode`. */
  finish(decode: (key: string) => string = (k) => k): NumberColumn {
    const text = new Map<number, string>();
    for (const [i, s] of this.text) text.set(i, decode(s));
    return { values: this.values.subarray(0, this.length), text };
  }
}

/**
 * A growable Int32 builder (row numbers).
 *
 * Complexity: O(1) amortised per value. Throws never.
 *
 * @example
 * const b = new IntBuilder(); b.add(2); b.finish() // Int32Array [2]
 */
export class IntBuilder {
  values: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.values = new Int32Array(capacity);
  }
  add(x: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = x;
  }
  finish(): Int32Array {
    return this.values.subarray(0, this.length);
  }
}

/**
 * A string with lone surrogates replaced by U+FFFD, as any UTF-8 output of it would read back.
 *
 * @example
 * wellFormed('a\uD800') // 'a\uFFFD'
 */
export function wellFormed(s: string): string {
  return /[\uD800-\uDFFF]/.test(s)
    ? s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    : s;
}

/**
 * The text of one cell of any type, without recursion: a nested array or object (a JSON record holding one) is shown
 * by its kind, never stringified (a deeply nested one would overflow the stack).
 *
 * @example
 * cellText([1, [2]]) // '[array]'
 * cellText(new Date(Date.UTC(2021, 0, 1))) // '2021-01-01'
 */
export function cellText(cell: unknown): string {
  if (typeof cell === 'string') return wellFormed(cell);
  if (typeof cell === 'number' || typeof cell === 'bigint' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '[date]' : cell.toISOString().slice(0, 10);
  if (Array.isArray(cell)) return '[array]';
  if (cell === null || cell === undefined) return '';
  return '[object]';
}

/**
 * A number column from cells of any type: finite numbers (and bigints) as numbers, blanks as NaN, anything else
 * (NaN, ±Infinity, text) as text for the number grammar.
 *
 * Complexity: O(n).
 *
 * @example
 * numberColumn([1, Infinity, null], 3).text.get(1) // 'Infinity'
 */
export function numberColumn(cells: ArrayLike<unknown>, n: number): NumberColumn {
  const b = new NumberBuilder(Math.max(16, n));
  for (let i = 0; i < n; i++) {
    const cell = cells[i];
    if (typeof cell === 'number') {
      if (Number.isFinite(cell)) b.addNumber(cell);
      else b.addText(String(cell));
    } else if (typeof cell === 'bigint') b.addNumber(Number(cell));
    else if (cell === null || cell === undefined || cell === '') b.addNumber(Number.NaN);
    else b.addText(cellText(cell));
  }
  return b.finish();
}

/**
 * Build a raw table from columns of cells (the Arrow and Parquet readers use this; records go through
 * {@link rawFromRecords}). Numbers stay numbers; other cells become text.
 *
 * Complexity: O(rows × mapped fields).
 *
 * @example
 * rawFromColumns('a.parquet', fieldMap, (c) => arrays[c], 3, Int32Array.from([1, 2, 3])).length // 3
 */
export function rawFromColumns(
  file: string,
  fieldMap: FieldMap,
  column: (col: number) => ArrayLike<unknown>,
  n: number,
  rows: Int32Array,
  context: RawTable['context'] = {},
): RawTable {
  const text: Partial<Record<TextField, TextColumn>> = {};
  const numbers: Partial<Record<NumberField, NumberColumn>> = {};
  for (const [field, col] of Object.entries(fieldMap.columns) as [string, number][]) {
    const cells = column(col);
    if (field === 'year' || field === 'value' || field === 'growth_pct') {
      numbers[field] = numberColumn(cells, n);
    } else {
      const b = new TextBuilder(Math.max(16, n));
      for (let i = 0; i < n; i++) {
        const cell = cells[i];
        b.add(cell === null || cell === undefined ? '' : cellText(cell).trim());
      }
      text[field as TextField] = b.finish();
    }
  }
  const extraNumbers = fieldMap.duplicates
    .filter((d) => d.field === 'year' || d.field === 'value' || d.field === 'growth_pct')
    .map((d) => ({
      field: d.field as NumberField,
      header: fieldMap.headers[d.column] ?? d.field,
      column: numberColumn(column(d.column), n),
    }));
  const warnings = duplicateTextWarnings(file, fieldMap);
  return {
    file,
    length: n,
    rows,
    text,
    numbers,
    fieldMap,
    context,
    rejects: [],
    rowsIn: n,
    extraNumbers,
    warnings,
  };
}

/**
 * Build a raw table from records of cells, each an array in header order (JSON and Excel readers use this).
 *
 * Complexity: O(records × fields).
 *
 * @example
 * rawFromRecords('a.json', fieldMap, [['武汉市', '2021', 17716.76]], [2]).length // 1
 */
export function rawFromRecords(
  file: string,
  fieldMap: FieldMap,
  records: ReadonlyArray<ReadonlyArray<unknown>>,
  rowNumbers: ReadonlyArray<number>,
  context: RawTable['context'] = {},
): RawTable {
  return rawFromColumns(
    file,
    fieldMap,
    (col) => records.map((r) => r[col]),
    records.length,
    Int32Array.from(rowNumbers),
    context,
  );
}
