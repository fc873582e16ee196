/**
 * Units: what a text or a spreadsheet header says (`亿元`, `万户`, `万元/亩`, `个百分点`) mapped to a base unit and
 * the factor to multiply by. Also re-exports the numeral reader/writer so callers need one import.
 */
import type { BaseUnit } from './types.js';

export {
  formatChineseNumber,
  parseChineseNumber,
} from './numerals.js';

/** A unit as stated, resolved to a base unit: `value_in_base_units = stated_value × factor`. */
export interface NormalizedUnit {
  /** The base unit (`亿元` → `yuan`). */
  unit: BaseUnit;
  /** Multiply the stated number by this to get base units (`亿元` → 1e8). */
  factor: number;
  /** The unit as the caller gave it, trimmed of spaces and brackets (`（亿元）` → `亿元`). */
  sourceUnit: string;
}

/** Magnitude prefixes that may stand before a unit word: 万户 = 1e4 户. */
const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ['', 1],
  ['十', 10],
  ['百', 100],
  ['千', 1e3],
  ['万', 1e4],
  ['十万', 1e5],
  ['百万', 1e6],
  ['千万', 1e7],
  ['亿', 1e8],
  ['十亿', 1e9],
  ['百亿', 1e10],
  ['千亿', 1e11],
  ['万亿', 1e12],
  ['萬', 1e4],
  ['億', 1e8],
  ['萬億', 1e12],
];

/** Unit words that take a magnitude prefix, with their base unit. */
const SCALABLE: ReadonlyArray<readonly [string, BaseUnit]> = [
  ['元', 'yuan'],
  ['元人民币', 'yuan'],
  ['人民币', 'yuan'],
  ['美元', 'usd'],
  ['美圆', 'usd'],
  // counts with a measure word
  ['家', 'count'],
  ['个', 'count'],
  ['個', 'count'],
  ['双', 'count'],
  ['雙', 'count'],
  ['户', 'count'],
  ['项', 'count'],
  ['台', 'count'],
  ['台套', 'count'],
  ['栋', 'count'],
  ['座', 'count'],
  ['套', 'count'],
  ['条', 'count'],
  ['所', 'count'],
  ['处', 'count'],
  ['批', 'count'],
  ['款', 'count'],
  ['件', 'count'],
  ['辆', 'count'],
  ['艘', 'count'],
  ['架', 'count'],
  ['种', 'count'],
  ['类', 'count'],
  ['宗', 'count'],
  ['次', 'count'],
  ['场', 'count'],
  ['只', 'count'],
  ['张', 'count'],
  ['家次', 'count'],
  // people
  ['人', 'people'],
  ['名', 'people'],
  ['位', 'people'],
  ['人次', 'people'],
  ['头', 'count'],
  ['匹', 'count'],
  ['床', 'count'],
  ['人口', 'people'],
  // mass, energy, power, length, volume, containers
  ['吨', 'tonne'],
  ['吨标准煤', 'tce'],
  ['吨标煤', 'tce'],
  ['标准煤', 'tce'],
  ['千瓦', 'kw'],
  ['千瓦时', 'kwh'],
  ['度电', 'kwh'],
  ['公里', 'km'],
  ['立方米', 'm3'],
  ['标箱', 'teu'],
  ['标准箱', 'teu'],
  // area
  ['亩', 'mu'],
  ['公顷', 'hectare'],
  ['平方公里', 'km2'],
  ['平方千米', 'km2'],
];

/** Units that take no magnitude prefix. */
const FIXED: ReadonlyArray<readonly [string, BaseUnit, number]> = [
  ['%', 'percent', 1],
  ['‰', 'permille', 1],
  ['千分之', 'permille', 1],
  ['岁', 'years', 1],
  ['周岁', 'years', 1],
  ['公斤', 'tonne', 1e-3],
  ['千克', 'tonne', 1e-3],
  ['万公斤', 'tonne', 10],
  ['斤', 'tonne', 5e-4],
  ['万斤', 'tonne', 5],
  ['亿斤', 'tonne', 5e4],
  ['万亿斤', 'tonne', 5e8],
  ['兆瓦', 'kw', 1e3],
  ['吉瓦', 'kw', 1e6],
  ['千米', 'km', 1],
  ['万千米', 'km', 1e4],
  ['TEU', 'teu', 1],
  ['微克/立方米', 'microgram_per_m3', 1],
  ['μg/m³', 'microgram_per_m3', 1],
  ['μg/m3', 'microgram_per_m3', 1],
  ['％', 'percent', 1],
  ['百分比', 'percent', 1],
  ['个百分点', 'percentage_point', 1],
  ['百分点', 'percentage_point', 1],
  ['個百分點', 'percentage_point', 1],
  ['百分點', 'percentage_point', 1],
  ['pp', 'percentage_point', 1],
  ['倍', 'multiple', 1],
  ['年', 'year', 1],
  ['万', 'number', 1e4],
  ['亿', 'number', 1e8],
  ['万亿', 'number', 1e12],
  ['km2', 'km2', 1],
  ['km²', 'km2', 1],
  ['平方米', 'km2', 1e-6],
  ['万平方米', 'km2', 1e-2],
  ['ha', 'hectare', 1],
  ['元/亩', 'yuan_per_mu', 1],
  ['万元/亩', 'yuan_per_mu', 1e4],
  ['亿元/亩', 'yuan_per_mu', 1e8],
  ['元每亩', 'yuan_per_mu', 1],
  ['万元每亩', 'yuan_per_mu', 1e4],
  ['元/亩·年', 'yuan_per_mu', 1],
  ['万元/亩·年', 'yuan_per_mu', 1e4],
];

/** Every known unit spelling, including magnitude-prefixed forms (万户, 亿元, 万人). */
export const UNIT_TABLE: ReadonlyMap<string, { unit: BaseUnit; factor: number }> = buildTable();

function buildTable(): Map<string, { unit: BaseUnit; factor: number }> {
  const t = new Map<string, { unit: BaseUnit; factor: number }>();
  for (const [word, unit] of SCALABLE)
    for (const [prefix, factor] of MAGNITUDES) t.set(prefix + word, { unit, factor });
  for (const [word, unit, factor] of FIXED) t.set(word, { unit, factor });
  return t;
}

/** The longest unit spelling in {@link UNIT_TABLE}, in UTF-16 code units. */
export const MAX_UNIT_LENGTH: number = Math.max(...[...UNIT_TABLE.keys()].map((k) => k.length));

const STRIP = new Set(['(', ')', '（', '）', '[', ']', '【', '】', '〔', '〕', ' ', '\u3000', '\t']);

/**
 * Map a unit as a text or spreadsheet header states it to a base unit and the factor to multiply by.
 *
 * Accepts the unit alone, in brackets, or after `单位:`/`单位：` (`（亿元）`, `单位：万户`). Magnitude prefixes
 * combine with measure words (`万户`, `千万元`, `万人`). Bare magnitudes (`万`, `亿`) give the unit `number`.
 * Returns `null` for anything it does not know: callers must reject such rows rather than guess.
 *
 * Unknown units give `null`.
 *
 * Complexity: O(length of `sourceUnit`) (one map lookup after trimming).
 *
 * @example
 * normalizeUnit('亿元') // { unit: 'yuan', factor: 1e8, sourceUnit: '亿元' }
 * normalizeUnit('万户') // { unit: 'count', factor: 1e4, sourceUnit: '万户' }
 * normalizeUnit('万元/亩') // { unit: 'yuan_per_mu', factor: 1e4, sourceUnit: '万元/亩' }
 * normalizeUnit('万吨') // { unit: 'tonne', factor: 1e4, sourceUnit: '万吨' }
 * normalizeUnit('亿斤') // { unit: 'tonne', factor: 5e4, sourceUnit: '亿斤' }
 * normalizeUnit('标准间') // null
 */
export function normalizeUnit(sourceUnit: string): NormalizedUnit | null {
  let s = sourceUnit.trim();
  s = s.replace(/^单位\s*[:：]\s*/, '');
  let a = 0;
  let b = s.length;
  while (a < b && STRIP.has(s[a]!)) a++;
  while (b > a && STRIP.has(s[b - 1]!)) b--;
  s = s.slice(a, b).replace(/／/g, '/');
  if (s === '') return null;
  const hit = UNIT_TABLE.get(s) ?? UNIT_TABLE.get(s.toLowerCase());
  if (hit === undefined) return null;
  return { unit: hit.unit, factor: hit.factor, sourceUnit: s };
}

/** Format a number with at most `digits` decimals and no trailing zeros (12.50 → "12.5"). */
function trimDecimals(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * Format an amount in yuan for display, in 亿元 from 1e8 up, in 万元 from 1e4 up, else in 元
 * (economists read plans in 亿元; 万亿 figures stay in 亿元 as statistical yearbooks print them).
 *
 * Complexity: O(1).
 *
 * @example
 * formatYuan(1.76e12) // '17600亿元'
 * formatYuan(350000) // '35万元'
 * formatYuan(1234.5) // '1234.5元'
 * @throws {RangeError} when `yuan` is NaN or infinite.
 */
export function formatYuan(yuan: number): string {
  if (!Number.isFinite(yuan))
    throw new RangeError(`formatYuan: expected a finite number of yuan, got ${yuan}`);
  const abs = Math.abs(yuan);
  if (abs >= 1e8) return `${trimDecimals(yuan / 1e8, 4)}亿元`;
  if (abs >= 1e4) return `${trimDecimals(yuan / 1e4, 4)}万元`;
  return `${trimDecimals(yuan, 2)}元`;
}
