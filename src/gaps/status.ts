/**
 * The verdict: the first status whose condition holds, in {@link GAP_STATUSES} order.
 */
import type { GapThresholds } from './options.js';
import type { GapStatus } from './types.js';

/** Whether a figure meets a target: `unknown` when a published bound (超过…, 以下…) cannot tell. */
export type Met = 'met' | 'not_met' | 'unknown';

/** What {@link classifyStatus} decides on. */
export interface StatusInput {
  /** A reason the actual cannot be compared with the target (basis, unit, caliber), else `null`. */
  notComparable: string | null;
  /** A reason there is not enough data to judge, else `null`. */
  insufficient: string | null;
  /** Whether the target figure is met at the judged year. */
  met: Met;
  /** Whether the 力争 figure is met (`not_met` when there is none). */
  metStretch: Met;
  /** True when the judged year is the target year (the deadline has passed or is the year judged). */
  due: boolean;
  /** Whether meeting the figure before the deadline counts as achieved (not for 年均 averages). */
  earlyCounts: boolean;
  /** 序时进度 τ (null when there is no base). */
  tau: number | null;
  /** R (or its linear analogue). */
  ratio: number | null;
  /** Distance progress π by the row's method. */
  progress: number | null;
}

/**
 * Classify a judged row. Order (first match wins): `not_comparable`, `insufficient_data`, then for a due target
 * `achieved_stretch` / `achieved` / `missed` (a bound that cannot tell is `insufficient_data`); before the deadline
 * `achieved_stretch` / `achieved` when met early, `not_due` when τ ≤ 0, `insufficient_data` without a trend,
 * `regressing` when R < 0 or π < 0, `on_track` when R ≥ onTrack, `needs_acceleration` when R ≥ acceleration,
 * else `off_track`.
 *
 * Complexity: O(1).
 *
 * @example
 * classifyStatus({ notComparable: null, insufficient: null, met: 'met', metStretch: 'not_met', due: true,
 *   earlyCounts: true, tau: 1, ratio: 1.02, progress: 1.1 }, DEFAULT_THRESHOLDS).status // 'achieved'
 */
export function classifyStatus(
  input: StatusInput,
  t: GapThresholds,
): Readonly<{ status: GapStatus; why: string }> {
  if (input.notComparable !== null) return { status: 'not_comparable', why: input.notComparable };
  if (input.insufficient !== null) return { status: 'insufficient_data', why: input.insufficient };
  const canMeetNow = input.due || input.earlyCounts;
  if (canMeetNow && input.met === 'met') {
    if (input.metStretch === 'met') return input.due ? STRETCH_MET : STRETCH_MET_EARLY;
    return input.due ? MET : MET_EARLY;
  }
  if (input.due) return input.met === 'unknown' ? CANNOT_TELL : MISSED;
  if (input.tau === null || input.tau <= 0) return input.tau !== null ? NOT_DUE : NO_BASE;
  if (input.ratio === null) return NO_RATE;
  if (input.ratio < 0 || (input.progress !== null && input.progress < 0)) return REGRESSING;
  const w = whyTexts(t);
  if (input.ratio >= t.onTrack) return w.onTrack;
  if (input.ratio >= t.acceleration) return w.acceleration;
  return w.offTrack;
}

// The verdicts whose reason has no number in it, shared (no allocation per target).
const verdict = (status: GapStatus, why: string) => Object.freeze({ status, why });
const STRETCH_MET = verdict('achieved_stretch', '力争 figure met');
const STRETCH_MET_EARLY = verdict('achieved_stretch', '力争 figure met early (提前实现)');
const MET = verdict('achieved', 'target met');
const MET_EARLY = verdict('achieved', 'target met early (提前实现)');
const CANNOT_TELL = verdict(
  'insufficient_data',
  'the actual is published only as a bound that cannot show whether the target was met',
);
const MISSED = verdict('missed', 'deadline passed and target not met');
const NOT_DUE = verdict('not_due', 'no actual after the base year yet (τ ≤ 0)');
const NO_BASE = verdict('insufficient_data', 'no base value: the trend cannot be assessed');
const NO_RATE = verdict(
  'insufficient_data',
  'the rate of progress is undefined (zero or sign-changing values)',
);
const REGRESSING = verdict('regressing', 'moving away from the target (倒退)');

interface WhyTexts {
  onTrack: Readonly<{ status: GapStatus; why: string }>;
  acceleration: Readonly<{ status: GapStatus; why: string }>;
  offTrack: Readonly<{ status: GapStatus; why: string }>;
}
const whyCache = new WeakMap<GapThresholds, WhyTexts>();

/** The three trend verdicts with their reasons for one set of thresholds, built once (numbers printed once). */
function whyTexts(t: GapThresholds): WhyTexts {
  let w = whyCache.get(t);
  if (w === undefined) {
    w = {
      onTrack: Object.freeze({ status: 'on_track', why: `R ≥ ${t.onTrack} (符合序时进度)` }),
      acceleration: Object.freeze({
        status: 'needs_acceleration',
        why: `${t.acceleration} ≤ R < ${t.onTrack}`,
      }),
      offTrack: Object.freeze({ status: 'off_track', why: `0 ≤ R < ${t.acceleration} (滞后)` }),
    };
    whyCache.set(t, w);
  }
  return w;
}
