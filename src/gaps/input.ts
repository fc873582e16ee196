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
  year(k: number): number;
  /** True for a full-year figure (no `period`, or one that runs to December). */
  fullYear(k: number): boolean;
  value(k: number): number;
  bound(k: number): Bound | null;
  growth(k: number): number;
  growthBound(k: number): Bound | null;
  unit(k: number): string | null;
  scope(k: number): string;
  subject(k: number): string;
  /** True when the figure is at current prices (a real-terms growth target never uses it). */
  nominal(k: number): boolean;
  preliminary(k: number): boolean;
  period(k: number): string | null;
  /** The figure as an {@link ActualRow} (source, quote…), for reasons and row output. */
  row(k: number): ActualRow;
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
  const at = (k: number) => rows[k]!;
  const num = (x: number | null) => (x === null ? Number.NaN : x);
  return {
    year: (k) => at(k).year,
    fullYear: (k) => isFullYear(at(k)),
    value: (k) => num(at(k).value),
    bound: (k) => at(k).bound,
    growth: (k) => num(at(k).growth_pct),
    growthBound: (k) => at(k).growth_bound,
    unit: (k) => at(k).unit,
    scope: (k) => at(k).scope,
    subject: (k) => at(k).subject,
    nominal: (k) => at(k).price_basis === 'nominal',
    preliminary: (k) => at(k).preliminary,
    period: (k) => at(k).period,
    row: at,
  };
}

const FULL_YEAR = /^\d{4}-0?1\/12$/;
const NOMINAL_CODE = BASIS_CODES.indexOf('nominal');

/**
 * The actuals loader's columns as an {@link ActualsInput}: `k` is the row number in the columns.
 *
 * Complexity: O(distinct periods and units) once, O(1) per read.
 *
 * @example
 * columnsInput(await loadActualsColumns('panel.csv')).year(0) // 2021
 * @throws {RangeError} from `row(k)` when `k` is outside the table.
 */
export function columnsInput(c: ActualColumns): ActualsInput {
  const fullYear = Uint8Array.from(c.period.dict, (p) => (p === '' || FULL_YEAR.test(p) ? 1 : 0));
  const units = c.unit.dict.map((u) => (u === '' ? null : u));
  const text = (col: { codes: ArrayLike<number>; dict: readonly string[] }, k: number) =>
    col.dict[col.codes[k]!]!;
  return {
    year: (k) => c.year[k]!,
    fullYear: (k) => fullYear[c.period.codes[k]!] === 1,
    value: (k) => c.value[k]!,
    bound: (k) => BOUND_CODES[c.bound[k]!] ?? null,
    growth: (k) => c.growth_pct[k]!,
    growthBound: (k) => BOUND_CODES[c.growth_bound[k]!] ?? null,
    unit: (k) => units[c.unit.codes[k]!]!,
    scope: (k) => text(c.scope, k),
    subject: (k) => text(c.subject, k),
    nominal: (k) => c.price_basis[k] === NOMINAL_CODE,
    preliminary: (k) => c.preliminary[k] === 1,
    period: (k) => {
      const p = text(c.period, k);
      return p === '' ? null : p;
    },
    row: (k) => actualRowAt(c, k),
  };
}

/** The rows of one series in an {@link ActualsInput}: the row references, in input order. */
export interface Series {
  input: ActualsInput;
  refs: ArrayLike<number>;
}
