/**
 * Options of the gap engine: the as-of year, the status thresholds and the assessment window.
 */
import type { ActualRow } from '../actuals/types.js';
import type { TargetRow } from '../targets/types.js';
import type { Direction } from './types.js';

/** The cut-offs that turn measures into statuses. Defaults in {@link DEFAULT_THRESHOLDS}. */
export interface GapThresholds {
  /** R at or above which a target is `on_track` (Open SDG / Eurostat: 0.95). */
  onTrack: number;
  /** R at or above which a target `needs_acceleration` rather than being `off_track` (Open SDG / Eurostat: 0.6). */
  acceleration: number;
  /** Half-width of the uncertainty band of an approximate (约/左右) level, relative to the value (0.05 = ±5%). */
  approxRelative: number;
  /** Half-width of the uncertainty band of an approximate percentage (growth rate or share), in points (0.5). */
  approxPoints: number;
}

/**
 * Default thresholds: R ≥ 0.95 on track and R ≥ 0.6 needs acceleration are Open SDG's `substantial_progress` and
 * `moderate_progress` cut-offs (sdg-build `ProgressMeasure.py`, the same as Eurostat's 95% / 60%); ±5% and ±0.5
 * points for 约/左右 are this library's convention (a published "约3000" is read as 2850–3150).
 */
export const DEFAULT_THRESHOLDS: Readonly<GapThresholds> = {
  onTrack: 0.95,
  acceleration: 0.6,
  approxRelative: 0.05,
  approxPoints: 0.5,
};

/**
 * The cut-offs of the plan-review categories (docs/gaps.md, "Plan-review categories") and of the trend of a
 * qualitative target. Defaults in {@link DEFAULT_REVIEW}.
 */
export interface ReviewThresholds {
  /** R at or above which a target on its way is 快于预期 (faster than expected). */
  ahead: number;
  /** R at or above which it is 基本符合预期; below, 滞后. */
  lagging: number;
  /** Open SDG's yearly change P (a target without a figure) at or above which the trend is on track… */
  trendHigh: number;
  /** …and at or above which it is moderate progress (below: limited; below 0: moving away). */
  trendMed: number;
}

/**
 * Default plan-review cut-offs: 快于预期 from R ≥ 1.2, 滞后 below R = 0.8 — at a pace a fifth faster or slower than
 * required, a five-year target is reached about a year early or late, the margin a review can tell from one year's
 * noise; Open SDG's 1.5% and 0.5% a year for targets without a figure (sdg-build `ProgressMeasure.py`).
 */
export const DEFAULT_REVIEW: Readonly<ReviewThresholds> = {
  ahead: 1.2,
  lagging: 0.8,
  trendHigh: 0.015,
  trendMed: 0.005,
};

/** Options of {@link judgeTarget}. */
export interface JudgeOptions {
  /**
   * The year of the assessment: deadlines up to it have passed; later deadlines are judged on the latest actual up
   * to it. Default: the latest year in the target's series.
   */
  asOf?: number;
  /** Status thresholds; missing entries take {@link DEFAULT_THRESHOLDS}. */
  thresholds?: Partial<GapThresholds>;
  /** Plan-review cut-offs; missing entries take {@link DEFAULT_REVIEW}. */
  review?: Partial<ReviewThresholds>;
  /**
   * Short assessment window in years (Eurostat's 5-year view): the trend is measured from `t − window` instead of
   * the base year when that is later. Default `null`: since the base year.
   */
  window?: number | null;
  /** The 力争 (stretch) target paired with this one, when there is one. */
  stretch?: TargetRow | null;
  /**
   * For `relative` targets: the `scope` of the series rows that are the reference figure (高于全市平均…).
   * Default `全市`.
   */
  referenceScope?: string;
  /** Override the direction of improvement; default from the comparator (以下/不超过/低于 → −1, else +1). */
  direction?: Direction;
}

/** A matcher with the signature of `matchActuals` in `src/actuals/`. */
export type MatchActualsFn = (
  targets: readonly TargetRow[],
  actuals: readonly ActualRow[],
) => import('../actuals/types.js').TargetMatch[];

/** Options of {@link computeGaps}. */
export interface GapOptions extends Omit<JudgeOptions, 'stretch' | 'asOf'> {
  /** The year of the assessment. Default: the latest year among the actuals. */
  asOf?: number;
  /** The matcher to use; default `matchActuals` from `src/actuals/`. */
  matchActuals?: MatchActualsFn;
}

/**
 * Merge partial thresholds over the defaults, checking they make sense.
 *
 * Complexity: O(1).
 *
 * @example
 * resolveThresholds({ onTrack: 1 }) // { onTrack: 1, acceleration: 0.6, approxRelative: 0.05, approxPoints: 0.5 }
 * @throws {RangeError} naming `caller` when a threshold is not a finite number, is negative, or
 * `acceleration > onTrack`.
 */
export function resolveThresholds(
  partial: Partial<GapThresholds> = {},
  caller = 'gap thresholds',
): GapThresholds {
  const t: GapThresholds = { ...DEFAULT_THRESHOLDS, ...partial };
  checkNumbers(t, caller);
  if (t.acceleration > t.onTrack) {
    throw new RangeError(
      `${caller}: acceleration (${t.acceleration}) must not exceed onTrack (${t.onTrack})`,
    );
  }
  return t;
}

/**
 * Merge partial plan-review cut-offs over the defaults, checking they make sense.
 *
 * Complexity: O(1).
 *
 * @example
 * resolveReview({ ahead: 1.5 }) // { ahead: 1.5, lagging: 0.8, trendHigh: 0.015, trendMed: 0.005 }
 * @throws {RangeError} naming `caller` when a cut-off is not a finite number ≥ 0, `lagging > ahead` or
 * `trendMed > trendHigh`.
 */
export function resolveReview(
  partial: Partial<ReviewThresholds> = {},
  caller = 'review thresholds',
): ReviewThresholds {
  const t: ReviewThresholds = { ...DEFAULT_REVIEW, ...partial };
  checkNumbers(t, caller);
  if (t.lagging > t.ahead) {
    throw new RangeError(
      `${caller}: review.lagging (${t.lagging}) must not exceed review.ahead (${t.ahead})`,
    );
  }
  if (t.trendMed > t.trendHigh) {
    throw new RangeError(
      `${caller}: review.trendMed (${t.trendMed}) must not exceed review.trendHigh (${t.trendHigh})`,
    );
  }
  return t;
}

function checkNumbers(t: object, caller: string): void {
  for (const [name, v] of Object.entries(t)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new RangeError(`${caller}: ${name} must be a finite number ≥ 0, got ${String(v)}`);
    }
  }
}

/**
 * The thresholds as the `name=value;…` string shown in every gaps row.
 *
 * @example
 * formatThresholds(DEFAULT_THRESHOLDS, DEFAULT_REVIEW)
 * // 'on_track=0.95;acceleration=0.6;approx_relative=0.05;approx_points=0.5;review_ahead=1.2;review_lagging=0.8'
 */
export function formatThresholds(
  t: GapThresholds,
  review: ReviewThresholds = DEFAULT_REVIEW,
  window: number | null = null,
): string {
  const s = `on_track=${t.onTrack};acceleration=${t.acceleration};approx_relative=${t.approxRelative};approx_points=${t.approxPoints};review_ahead=${review.ahead};review_lagging=${review.lagging}`;
  return window === null ? s : `${s};window=${window}`;
}

/**
 * The `asOf` year to judge at: the one given, else the latest year among `years` (undefined when there are none).
 *
 * Complexity: O(n) in the number of years when `asOf` is not given.
 *
 * @example
 * resolveAsOf(undefined, [2019, 2021, 2020]) // 2021
 * resolveAsOf(2020, [2019, 2021]) // 2020
 */
export function resolveAsOf(asOf: number | undefined, years: Iterable<number>): number | undefined {
  if (asOf !== undefined) return asOf;
  let max = Number.NEGATIVE_INFINITY;
  for (const y of years) if (y > max) max = y;
  return Number.isFinite(max) ? max : undefined;
}
