/**
 * Options and input row shapes shared by the chart builders.
 *
 * Every builder returns a plain Vega-Lite v6 `TopLevelSpec`: data inlined as `data.values`, no expressions built
 * from data strings, so a spec is safe to embed and free to edit.
 */
import type { Tier } from '../targets/types.js';

/** Label language: Chinese (default) or English. */
export type ChartLang = 'zh' | 'en';

/** Options every builder accepts. */
export interface ChartOptions {
  /** Label language, `zh` by default. */
  lang?: ChartLang;
  /** Replaces the default title. */
  title?: string;
  /**
   * Replaces the default source line (built from the rows' `doc_id` and `actual_source`). Builders whose rows
   * carry no provenance (tier ladder, 亩均) print this line, or “来源：调用方未注明” when it is missing.
   */
  source?: string;
  /** Width of the plotting area in pixels (each builder has its own default). */
  width?: number;
  /** Height of the plotting area in pixels (each builder has its own default). */
  height?: number;
}

/**
 * One point of a tier ladder: a cluster, industry or firm and its size in one year.
 *
 * `value` is in yuan (元, the base unit); `tier` is the tier the caller assigns (e.g. from the tiers module); when
 * absent the chart derives it from `value` with the thresholds of {@link TIER_THRESHOLDS}.
 */
export interface TierLadderRow {
  name: string;
  year: number;
  /** Size in yuan (base unit): 3.2e11 for 3200亿元. Must be > 0 (log scale). */
  value: number;
  tier?: Tier | null;
}

/**
 * One park's 亩均税收 against the floor of its zone class.
 *
 * `mujun_tax` and `floor` are in yuan per mu (元/亩, base unit `yuan_per_mu`): 35万元/亩 is 350000.
 */
export interface MuJunRow {
  park: string;
  /** The zone class whose floor applies (`三大国家级开发区`, `各新城区`…). */
  zone_class: string;
  mujun_tax: number;
  floor: number;
  /** How the tax must relate to the floor: `>=` (不低于, the default: at the floor complies) or `>` (超过). */
  comparator?: '>=' | '>';
}

/** Lower bounds of the tiers in yuan, largest first: 万亿 = 1e12 … 十亿 = 1e9. */
export const TIER_THRESHOLDS: readonly { tier: Tier; min: number }[] = [
  { tier: '万亿', min: 1e12 },
  { tier: '五千亿', min: 5e11 },
  { tier: '千亿', min: 1e11 },
  { tier: '五百亿', min: 5e10 },
  { tier: '百亿', min: 1e10 },
  { tier: '十亿', min: 1e9 },
];
