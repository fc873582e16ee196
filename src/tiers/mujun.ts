/**
 * 亩均: per-亩 intensities (亩均税收, 亩均增加值, 亩均营收) from tax, value added, revenue and land in any area unit.
 */
import type { ColumnTable } from 'arquero';
import { numericColumn, TierInputError, toTable } from './table.js';
import type { TableInput } from './types.js';

/** Area units accepted for land: 亩, 公顷 (hectare), 平方公里 (km²), 平方米 (m²), in Chinese or English. */
export type LandUnit = '亩' | '公顷' | '平方公里' | '平方米' | 'mu' | 'hectare' | 'km2' | 'm2';

/**
 * 亩 per unit of each area unit, as an exact fraction [numerator, denominator]: 1 亩 = 10000/15 m², so
 * 1 公顷 = 15 亩, 1 平方公里 = 1500 亩, 1 平方米 = 15/10000 亩.
 */
export const MU_PER_UNIT: Readonly<Record<LandUnit, readonly [number, number]>> = {
  亩: [1, 1],
  mu: [1, 1],
  公顷: [15, 1],
  hectare: [15, 1],
  平方公里: [1500, 1],
  km2: [1500, 1],
  平方米: [15, 10000],
  m2: [15, 10000],
};

/** Money units for the tax / value-added / revenue columns. */
export type MoneyUnit = '元' | '万元' | '亿元' | 'yuan';

const YUAN_PER: Readonly<Record<MoneyUnit, number>> = { 元: 1, yuan: 1, 万元: 1e4, 亿元: 1e8 };

/**
 * Convert an area to 亩.
 *
 * Complexity: O(1).
 *
 * @example
 * toMu(1, '公顷') // 15
 * toMu(2000, '平方米') // 3
 *
 * @throws {Error} for an unknown unit, listing the units there are.
 */
export function toMu(area: number, unit: LandUnit): number {
  const f = MU_PER_UNIT[unit];
  if (!f)
    throw new Error(`toMu: unknown land unit "${unit}"; use one of ${Object.keys(MU_PER_UNIT).join(', ')}`);
  return (area * f[0]) / f[1];
}

/** Options of {@link muJun}. */
export interface MuJunOptions {
  /** Tax column (税收). */
  tax: string;
  /** Land area column. */
  land: string;
  landUnit: LandUnit;
  /** Value-added column (增加值), for 亩均增加值. */
  valueAdded?: string;
  /** Revenue column (营业收入), for 亩均营收. */
  revenue?: string;
  /** Unit of the money columns (default 元). Outputs are always in 元 per 亩 (`yuan_per_mu`). */
  moneyUnit?: MoneyUnit;
}

/**
 * Add 亩均 columns: `land_mu` (land in 亩), `tax_per_mu` (亩均税收), and when asked `value_added_per_mu`
 * (亩均增加值) and `revenue_per_mu` (亩均营收), all in 元/亩 (35万元/亩 = 350000).
 *
 * Tables in, arquero table out (the input's columns plus the new ones).
 *
 * Complexity: O(n).
 *
 * @example
 * muJun([{ park: 'A', tax: 7e7, land: 2 }], { tax: 'tax', land: 'land', landUnit: '平方公里' })
 * // land_mu 3000, tax_per_mu 23333.33…
 * @throws {TierInputError} when land is zero, negative or missing, or a money value is missing or not a number,
 *   naming the row and column; or when the land unit is unknown.
 */
export function muJun(input: TableInput, options: MuJunOptions): ColumnTable {
  const fn = 'muJun';
  const f = MU_PER_UNIT[options.landUnit];
  if (!f) {
    throw new TierInputError(
      fn,
      `unknown land unit "${options.landUnit}"; use one of ${Object.keys(MU_PER_UNIT).join(', ')}`,
    );
  }
  const scale = YUAN_PER[options.moneyUnit ?? '元'];
  if (scale === undefined)
    throw new TierInputError(fn, `unknown money unit "${options.moneyUnit}"; use 元, 万元 or 亿元`);
  const table = toTable(input, fn);
  const n = table.numRows();
  let land: Float64Array;
  try {
    land = numericColumn(table, options.land, fn);
  } catch (e) {
    if (e instanceof TierInputError && e.row >= 0) {
      throw new TierInputError(
        fn,
        'land is missing or not a number: 亩均 needs a positive land area',
        e.row,
        options.land,
      );
    }
    throw e;
  }
  const landMu = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!(land[i]! > 0)) {
      throw new TierInputError(fn, `land is ${land[i]}: 亩均 needs a positive land area`, i, options.land);
    }
    landMu[i] = (land[i]! * f[0]) / f[1];
  }
  const perMu = (column: string): Float64Array => {
    const v = numericColumn(table, column, fn);
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = (v[i]! * scale) / landMu[i]!;
    return out;
  };
  const added: Record<string, Float64Array> = { land_mu: landMu, tax_per_mu: perMu(options.tax) };
  if (options.valueAdded) added.value_added_per_mu = perMu(options.valueAdded);
  if (options.revenue) added.revenue_per_mu = perMu(options.revenue);
  return table.assign(added);
}
