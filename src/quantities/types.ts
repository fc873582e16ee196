/**
 * Types shared by the quantity parser and everything built on it.
 *
 * A {@link Quantity} is one number a Chinese policy text states, normalised to a base unit:
 * `产值突破5000亿元` gives `{ value: 5e11, unit: 'yuan', sourceUnit: '亿元', comparator: '>' }`.
 */

/**
 * The base units every quantity is normalised to, one table (the source of the type, the runtime list and the
 * labels the charts and reports print). Stated units convert to these by an exact factor (万吨 → 1e4 tonne,
 * 亿斤 → 5e4 tonne, 万千瓦 → 1e4 kw); nothing is guessed: a figure whose unit is not known gets `number`.
 *
 * - `yuan`, `usd`: money (美元 → `usd`, never converted).
 * - `percent`: 12 means 12%. `percentage_point`: 2个百分点 → 2. `permille`: 5‰ → 5.
 * - `count`: things counted with a measure word (家, 个, 户, 项, 台, 头, 辆…); `people`: 人, 名, 人次, 万人.
 * - `yuan_per_mu`: per-area intensity such as 亩均税收 35万元/亩 → 350000.
 * - `mu`, `km2`, `hectare`: areas (平方米 → km2 × 1e-6).
 * - `multiple`: 倍增 = 2, 翻一番 = 2, 翻两番 = 4, 增长两倍 = 3.
 * - `year`: a calendar year (到2025年 → 2025); `years`: a duration (3-5年 → 3..5) or an age (人均预期寿命78岁).
 * - `tonne` (吨, 公斤, 斤), `tce` (吨标准煤), `kw` (千瓦, 兆瓦), `kwh` (千瓦时, 度电), `km` (公里, 千米),
 *   `m3` (立方米), `teu` (标箱), `microgram_per_m3` (微克/立方米, PM2.5 concentrations).
 * - `number`: a bare number with no unit, or a unit the parser does not know (its words stay in `sourceUnit`).
 */
export const BASE_UNIT = {
  yuan: { label: '元' },
  usd: { label: '美元' },
  percent: { label: '%' },
  percentage_point: { label: '个百分点' },
  permille: { label: '‰' },
  count: { label: '个' },
  people: { label: '人' },
  yuan_per_mu: { label: '元/亩' },
  mu: { label: '亩' },
  km2: { label: '平方公里' },
  hectare: { label: '公顷' },
  multiple: { label: '倍' },
  year: { label: '年' },
  years: { label: '年' },
  tonne: { label: '吨' },
  tce: { label: '吨标准煤' },
  kw: { label: '千瓦' },
  kwh: { label: '千瓦时' },
  km: { label: '公里' },
  m3: { label: '立方米' },
  teu: { label: '标箱' },
  microgram_per_m3: { label: '微克/立方米' },
  number: { label: '' },
} as const satisfies Record<string, { label: string }>;

/** A base unit: a key of {@link BASE_UNIT}. */
export type BaseUnit = keyof typeof BASE_UNIT;

/** Every base unit, in a stable order (for validation and docs). */
export const BASE_UNITS: readonly BaseUnit[] = Object.keys(BASE_UNIT) as BaseUnit[];

/** Whether a string is a base unit name. */
export function isBaseUnit(s: string): s is BaseUnit {
  return Object.hasOwn(BASE_UNIT, s);
}

/**
 * How a stated figure relates to the number: 突破/超过 `>`, 不低于/以上/达到 `>=`, exactly `=`,
 * 左右/约 `~`, 以下/不超过 `<=`, 低于 `<`. `null` when the text states none.
 * 以上 and 以下 include the number (Chinese legal usage).
 */
export type Comparator = '>' | '>=' | '=' | '~' | '<=' | '<';

/** Every comparator, in a stable order. */
export const COMPARATORS: readonly Comparator[] = ['>', '>=', '=', '~', '<=', '<'];

/** One quantity found in or parsed from a text. */
export interface Quantity {
  /** The matched text, verbatim (including comparator words and unit when they were part of the match). */
  text: string;
  /** UTF-16 offset of the first character of `text` in the input. */
  start: number;
  /** UTF-16 offset one past the last character of `text` in the input. */
  end: number;
  /** The value in base units (the lower end of a range). Never NaN. */
  value: number;
  /** The upper end of a range (50-100亿元 → 1e10), else `null`. */
  valueMax: number | null;
  /** The base unit of `value` and `valueMax`. */
  unit: BaseUnit;
  /** What the text said for the unit, e.g. `亿元`, `万元/亩`, `%`, `家`, `个百分点`; `''` when none. */
  sourceUnit: string;
  /** The comparator stated next to the number, or `null`. */
  comparator: Comparator | null;
  /** True when the figure is hedged: 左右, 约, 近, 接近, 十几, 多, 余. */
  approx: boolean;
  /** True when 力争/争取 stands directly before the figure (the stretch, 力争, value of a target). */
  stretch: boolean;
  /**
   * Set when the figure is a tier word standing alone (万亿级, 千亿, 百亿…): `value` is then the tier's size in
   * yuan (万亿 = 1e12, 五千亿 = 5e11, 千亿 = 1e11, 五百亿 = 5e10, 百亿 = 1e10, 十亿 = 1e9). Absent otherwise.
   */
  tier?: QuantityTier;
}

/** The size tiers Chinese plans name clusters and firms by (万亿级产业集群, 千亿产业, 百亿企业). */
export type QuantityTier = '万亿' | '五千亿' | '千亿' | '五百亿' | '百亿' | '十亿';

/**
 * Alias of {@link QuantityTier} for modules that import it from this file (`src/targets` does). Not re-exported
 * from the package root, where `Tier` is the targets table's (identical) type.
 */
export type Tier = QuantityTier;

/** Every tier, largest first, with its size in yuan. */
export const TIERS: ReadonlyArray<{ tier: QuantityTier; yuan: number }> = [
  { tier: '万亿', yuan: 1e12 },
  { tier: '五千亿', yuan: 5e11 },
  { tier: '千亿', yuan: 1e11 },
  { tier: '五百亿', yuan: 5e10 },
  { tier: '百亿', yuan: 1e10 },
  { tier: '十亿', yuan: 1e9 },
];

/**
 * Thrown by `parseQuantity` when a string is not one quantity expression; says where and why.
 *
 * @example
 * try {
 *   parseQuantity('12标准间');
 * } catch (e) {
 *   (e as QuantityParseError).position // 2
 * }
 */
export class QuantityParseError extends Error {
  /** The input that failed to parse. */
  readonly input: string;
  /** UTF-16 offset in `input` where parsing failed. */
  readonly position: number;

  constructor(input: string, position: number, reason: string) {
    super(`cannot parse quantity ${JSON.stringify(input)} at position ${position}: ${reason}`);
    this.name = 'QuantityParseError';
    this.input = input;
    this.position = position;
  }
}
