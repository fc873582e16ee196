/**
 * Statistical indicators (地区生产总值, 规模以上工业增加值, 社会消费品零售总额…) with price basis, direction, unit and
 * aliases, from `data/dictionaries/indicators.csv`.
 */
import type { BaseUnit } from '../quantities/types.js';
import type { PriceBasis } from '../targets/types.js';
import { readDictionary, splitList } from './load.js';

/** One statistical indicator. */
export interface IndicatorEntry {
  name: string;
  /** Other names (社零, 规上工业增加值, GDP…). */
  aliases: string[];
  /** The metric its level is stated in (`总量`). */
  metric: string;
  /** The base unit of its level. */
  unit: BaseUnit;
  /** The unit it is usually published in (`亿元`). */
  source_unit: string;
  /** Price basis of its level (levels are at current prices: `nominal`). */
  level_basis: PriceBasis;
  /** Price basis of its published growth (`real` for GDP and 增加值, `nominal` for investment, retail, trade). */
  growth_basis: PriceBasis;
  /** `higher` when more is better, `lower` otherwise. */
  direction: 'higher' | 'lower';
  note: string;
  source: string;
}

let cache: IndicatorEntry[] | null = null;
const BASES = new Set(['real', 'nominal', 'unspecified']);

/**
 * Every indicator in the dictionary.
 *
 * Complexity: O(1) after the first call.
 *
 * @example
 * indicators().find((i) => i.name === '地区生产总值')?.growth_basis // 'real'
 * @throws {Error} when data/dictionaries/indicators.csv is missing, or a row has an unknown basis or direction.
 */
export function indicators(): IndicatorEntry[] {
  if (cache) return cache;
  cache = readDictionary('indicators.csv').map((r, i) => {
    const where = `indicators.csv row ${i + 2} (${r.name})`;
    if (!BASES.has(r.level_basis ?? '') || !BASES.has(r.growth_basis ?? ''))
      throw new Error(`${where}: level_basis/growth_basis must be real, nominal or unspecified`);
    if (r.direction !== 'higher' && r.direction !== 'lower')
      throw new Error(`${where}: direction must be higher or lower, got "${r.direction}"`);
    return {
      name: r.name!,
      aliases: splitList(r.aliases),
      metric: r.metric || '总量',
      unit: (r.unit || 'number') as BaseUnit,
      source_unit: r.source_unit ?? '',
      level_basis: r.level_basis as PriceBasis,
      growth_basis: r.growth_basis as PriceBasis,
      direction: r.direction,
      note: r.note ?? '',
      source: r.source!,
    };
  });
  return cache;
}
