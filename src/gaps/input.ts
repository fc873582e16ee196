/**
 * Read access to actual figures by row reference, the same for row objects (`ActualRow[]`) and for the actuals
 * loader's typed columns (`ActualColumns`): the one engine reads its series through this, whichever API was called.
 */
import { BOUND_CODES } from '../actuals/bounds.js';
import { type ActualColumns, actualRowAt, BASIS_CODES } from '../actuals/columns.js';
import type { ActualRow, Bound } from '../actuals/types.js';
import { isFullYear } from './series.js';

/** A table of actual figures read by row reference `k`. Numbers are `NaN` where the figure is `null`. */
export interface ActualsInput {
  /** How many rows the table has (row references run from 0 to size − 1). */
  readonly size: number;
  year(k: number): number;
  /** True for a full-year figure (no `period`, or one that runs to December). */
  fullYear(k: number): boolean;
  value(k: number): number;
  bound(k: number): Bound | null;
  growth(k: number): number;
  growthBound(k: number): Bound | null;
  unit(k: number): string | null;
  scope(k: number): string;
  /** A key equal for rows of the same scope (a code for columns, the text for rows): compared, never shown. */
  scopeKey(k: number): number | string;
  subject(k: number): string;
  /** True when the figure is at current prices (a real-terms growth target never uses it). */
  nominal(k: number): boolean;
  preliminary(k: number): boolean;
  period(k: number): string | null;
  /** The figure as an {@link ActualRow} (source, quote…), for reasons and row output. */
  row(k: number): ActualRow;
}

/** Row objects as an {@link ActualsInput}: `k` is the index in `rows`. */
class RowsInput implements ActualsInput {
  readonly size: number;
  constructor(private readonly rows: readonly ActualRow[]) {
    this.size = rows.length;
  }
  year(k: number): number {
    return this.rows[k]!.year;
  }
  fullYear(k: number): boolean {
    return isFullYear(this.rows[k]!);
  }
  value(k: number): number {
    const v = this.rows[k]!.value;
    return v === null ? Number.NaN : v;
  }
  bound(k: number): Bound | null {
    return this.rows[k]!.bound;
  }
  growth(k: number): number {
    const g = this.rows[k]!.growth_pct;
    return g === null ? Number.NaN : g;
  }
  growthBound(k: number): Bound | null {
    return this.rows[k]!.growth_bound;
  }
  unit(k: number): string | null {
    return this.rows[k]!.unit;
  }
  scope(k: number): string {
    return this.rows[k]!.scope;
  }
  scopeKey(k: number): string {
    return this.rows[k]!.scope;
  }
  subject(k: number): string {
    return this.rows[k]!.subject;
  }
  nominal(k: number): boolean {
    return this.rows[k]!.price_basis === 'nominal';
  }
  preliminary(k: number): boolean {
    return this.rows[k]!.preliminary;
  }
  period(k: number): string | null {
    return this.rows[k]!.period;
  }
  row(k: number): ActualRow {
    return this.rows[k]!;
  }
}

/**
 * Row objects as an {@link ActualsInput}: `k` is the index in `rows`.
 *
 * Complexity: O(1) per read.
 *
 * @example
 * rowsInput([gdp2020, gdp2021]).value(1) // 1.771676e12
 */
export function rowsInput(rows: readonly ActualRow[]): ActualsInput {
  return new RowsInput(rows);
}

const FULL_YEAR = /^\d{4}-0?1\/12$/;
const NOMINAL_CODE = BASIS_CODES.indexOf('nominal');

/** The actuals loader's columns as an {@link ActualsInput}: `k` is the row number in the columns. */
class ColumnsInput implements ActualsInput {
  private readonly full: Uint8Array;
  private readonly units: (string | null)[];
  readonly size: number;
  constructor(private readonly c: ActualColumns) {
    this.size = c.length;
    this.full = Uint8Array.from(c.period.dict, (p) => (p === '' || FULL_YEAR.test(p) ? 1 : 0));
    this.units = c.unit.dict.map((u) => (u === '' ? null : u));
  }
  year(k: number): number {
    return this.c.year[k]!;
  }
  fullYear(k: number): boolean {
    return this.full[this.c.period.codes[k]!] === 1;
  }
  value(k: number): number {
    return this.c.value[k]!;
  }
  bound(k: number): Bound | null {
    return BOUND_CODES[this.c.bound[k]!] ?? null;
  }
  growth(k: number): number {
    return this.c.growth_pct[k]!;
  }
  growthBound(k: number): Bound | null {
    return BOUND_CODES[this.c.growth_bound[k]!] ?? null;
  }
  unit(k: number): string | null {
    return this.units[this.c.unit.codes[k]!]!;
  }
  scope(k: number): string {
    return this.c.scope.dict[this.c.scope.codes[k]!]!;
  }
  scopeKey(k: number): number {
    return this.c.scope.codes[k]!;
  }
  subject(k: number): string {
    return this.c.subject.dict[this.c.subject.codes[k]!]!;
  }
  nominal(k: number): boolean {
    return this.c.price_basis[k] === NOMINAL_CODE;
  }
  preliminary(k: number): boolean {
    return this.c.preliminary[k] === 1;
  }
  period(k: number): string | null {
    const p = this.c.period.dict[this.c.period.codes[k]!]!;
    return p === '' ? null : p;
  }
  row(k: number): ActualRow {
    return actualRowAt(this.c, k);
  }
}

/**
 * The actuals loader's columns as an {@link ActualsInput}: `k` is the row number in the columns.
 *
 * Complexity: O(distinct periods and units) once, O(1) per read.
 *
 * @example
 * columnsInput(await loadActualsColumns('panel.csv')).year(0) // 2021
 */
export function columnsInput(c: ActualColumns): ActualsInput {
  return new ColumnsInput(c);
}

/** The rows of one series in an {@link ActualsInput}: the row references, in input order. */
export interface Series {
  input: ActualsInput;
  refs: ArrayLike<number>;
}
