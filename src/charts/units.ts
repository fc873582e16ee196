/**
 * Display units: base-unit values (yuan, yuan_per_mu, people…) shown the way Chinese readers expect (亿元, 万元,
 * 万元/亩, 万人), with the unit in the axis title.
 */
import type { BaseUnit } from '../quantities/types.js';
import type { ChartLang } from './types.js';

/** How to show values of one base unit: multiply by `factor`, print `label` after the number. */
export interface DisplayUnit {
  /** Multiply a base-unit value by this to get the displayed number (1e-8 for yuan → 亿元). */
  factor: number;
  /** The unit as printed after numbers and in axis titles (`亿元`, `万元/亩`, `%`). `''` for bare numbers. */
  label: string;
}

interface Step {
  min: number;
  factor: number;
  zh: string;
  en: string;
}

const STEPS: Readonly<Record<BaseUnit, readonly Step[]>> = {
  yuan: [
    { min: 1e8, factor: 1e-8, zh: '亿元', en: '亿元, 100 mn yuan' },
    { min: 1e4, factor: 1e-4, zh: '万元', en: '万元, 10,000 yuan' },
    { min: 0, factor: 1, zh: '元', en: 'yuan' },
  ],
  usd: [
    { min: 1e8, factor: 1e-8, zh: '亿美元', en: '亿美元, 100 mn USD' },
    { min: 1e4, factor: 1e-4, zh: '万美元', en: '万美元, 10,000 USD' },
    { min: 0, factor: 1, zh: '美元', en: 'USD' },
  ],
  yuan_per_mu: [
    { min: 1e4, factor: 1e-4, zh: '万元/亩', en: '万元/亩, 10,000 yuan per mu' },
    { min: 0, factor: 1, zh: '元/亩', en: 'yuan per mu' },
  ],
  people: [
    { min: 1e4, factor: 1e-4, zh: '万人', en: '万人, 10,000 people' },
    { min: 0, factor: 1, zh: '人', en: 'people' },
  ],
  percent: [{ min: 0, factor: 1, zh: '%', en: '%' }],
  percentage_point: [{ min: 0, factor: 1, zh: '个百分点', en: 'percentage points' }],
  count: [{ min: 0, factor: 1, zh: '个', en: 'count' }],
  multiple: [{ min: 0, factor: 1, zh: '倍', en: 'times' }],
  mu: [
    { min: 1e4, factor: 1e-4, zh: '万亩', en: '万亩, 10,000 mu' },
    { min: 0, factor: 1, zh: '亩', en: 'mu' },
  ],
  km2: [{ min: 0, factor: 1, zh: '平方公里', en: 'km²' }],
  hectare: [{ min: 0, factor: 1, zh: '公顷', en: 'ha' }],
  year: [{ min: 0, factor: 1, zh: '年', en: 'year' }],
  years: [{ min: 0, factor: 1, zh: '年', en: 'years' }],
  permille: [{ min: 0, factor: 1, zh: '‰', en: '‰' }],
  tonne: [
    { min: 1e8, factor: 1e-8, zh: '亿吨', en: '亿吨, 100 mn tonnes' },
    { min: 1e4, factor: 1e-4, zh: '万吨', en: '万吨, 10,000 tonnes' },
    { min: 0, factor: 1, zh: '吨', en: 'tonnes' },
  ],
  tce: [
    { min: 1e4, factor: 1e-4, zh: '万吨标准煤', en: '万吨标准煤, 10,000 tce' },
    { min: 0, factor: 1, zh: '吨标准煤', en: 'tce' },
  ],
  kw: [
    { min: 1e4, factor: 1e-4, zh: '万千瓦', en: '万千瓦, 10 MW' },
    { min: 0, factor: 1, zh: '千瓦', en: 'kW' },
  ],
  kwh: [
    { min: 1e8, factor: 1e-8, zh: '亿千瓦时', en: '亿千瓦时, 100 GWh' },
    { min: 1e4, factor: 1e-4, zh: '万千瓦时', en: '万千瓦时, 10 MWh' },
    { min: 0, factor: 1, zh: '千瓦时', en: 'kWh' },
  ],
  km: [{ min: 0, factor: 1, zh: '公里', en: 'km' }],
  m3: [
    { min: 1e8, factor: 1e-8, zh: '亿立方米', en: '亿立方米, 100 mn m³' },
    { min: 0, factor: 1, zh: '立方米', en: 'm³' },
  ],
  teu: [
    { min: 1e4, factor: 1e-4, zh: '万标箱', en: '万标箱, 10,000 TEU' },
    { min: 0, factor: 1, zh: '标箱', en: 'TEU' },
  ],
  microgram_per_m3: [{ min: 0, factor: 1, zh: '微克/立方米', en: 'µg/m³' }],
  number: [{ min: 0, factor: 1, zh: '', en: '' }],
};

/**
 * The display unit for a set of values of one base unit: the largest step that the largest |value| reaches.
 *
 * Complexity: O(n) in the number of values.
 *
 * @example
 * displayUnit('yuan', [3.2e11]) // { factor: 1e-8, label: '亿元' }
 * displayUnit('yuan_per_mu', [350000]) // { factor: 1e-4, label: '万元/亩' }
 * displayUnit('yuan', [3.2e11], 'en').label // '亿元, 100 mn yuan'
 * @throws {Error} when `unit` is not a BaseUnit (names the value).
 */
export function displayUnit(
  unit: BaseUnit,
  values: readonly (number | null | undefined)[],
  lang: ChartLang = 'zh',
): DisplayUnit {
  const steps = STEPS[unit];
  if (!steps) throw new Error(`displayUnit: unknown base unit ${JSON.stringify(unit)}`);
  let max = 0;
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) max = Math.max(max, Math.abs(v));
  const step = steps.find((s) => max >= s.min) ?? steps[steps.length - 1]!;
  return { factor: step.factor, label: lang === 'en' ? step.en : step.zh };
}

/**
 * An axis title with its unit: `产值（亿元）` in Chinese, `Output (亿元, 100 mn yuan)` in English.
 *
 * Complexity: O(1).
 *
 * @example
 * axisTitle('产值', '亿元') // '产值（亿元）'
 * axisTitle('Value', '%', 'en') // 'Value (%)'
 */
export function axisTitle(name: string, unitLabel: string, lang: ChartLang = 'zh'): string {
  if (!unitLabel) return name;
  return lang === 'en' ? `${name} (${unitLabel})` : `${name}（${unitLabel}）`;
}

/** Short unit label for numbers in tooltips (no English gloss): 亿元, 万元/亩, %. */
function shortLabel(label: string): string {
  const i = label.indexOf(', ');
  return i > 0 ? label.slice(0, i) : label;
}

/**
 * A value formatted for tooltips and tables: scaled, up to 2 decimals, thousands separators, short unit.
 *
 * Complexity: O(1).
 *
 * @example
 * formatDisplayValue(3.2e11, { factor: 1e-8, label: '亿元' }) // '3,200 亿元'
 * formatDisplayValue(null, { factor: 1, label: '%' }) // '—'
 */
export function formatDisplayValue(value: number | null | undefined, unit: DisplayUnit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const n = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value * unit.factor);
  const label = shortLabel(unit.label);
  if (!label) return n;
  return label === '%' ? `${n}%` : `${n} ${label}`;
}

/**
 * Scale a base-unit value to the display unit, rounded to 6 significant digits (keeps specs readable);
 * `null` for missing or non-finite values.
 *
 * Complexity: O(1).
 *
 * @example
 * toDisplay(3.2e11, { factor: 1e-8, label: '亿元' }) // 3200
 */
export function toDisplay(value: number | null | undefined, unit: DisplayUnit): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Number((value * unit.factor).toPrecision(6));
}
