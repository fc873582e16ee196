/**
 * 序时进度: the share of the plan period that has elapsed, and how progress compares with it.
 */
import { finite3 } from './finite.js';

/**
 * 序时进度 τ = (t − t0)/(Y − t0): the share of the period from the base year t0 to the target year Y elapsed by t.
 *
 * Returns `null` when Y = t0 or an input is not finite.
 *
 * Complexity: O(1).
 *
 * @example
 * scheduleTau(2015, 2016, 2018) // 0.3333…
 * scheduleTau(2020, 2021, 2021) // 1 (a one-year plan judged on its year)
 */
export function scheduleTau(baseYear: number, year: number, targetYear: number): number | null {
  if (!finite3(baseYear, year, targetYear) || targetYear === baseYear) return null;
  return (year - baseYear) / (targetYear - baseYear);
}

/**
 * Schedule gap Δ = π − τ: positive when ahead of 序时进度, negative when behind (滞后).
 *
 * Returns `null` when either input is `null`.
 *
 * Complexity: O(1).
 *
 * @example
 * scheduleGap(0.343, 1 / 3) // 0.0097 (ahead of schedule)
 */
export function scheduleGap(progress: number | null, tau: number | null): number | null {
  if (progress === null || tau === null) return null;
  return progress - tau;
}

/**
 * Schedule ratio ρ = π/τ: 1 means exactly on 序时进度.
 *
 * Returns `null` when an input is `null` or τ ≤ 0.
 *
 * Complexity: O(1).
 *
 * @example
 * scheduleRatio(0.5, 0.25) // 2
 */
export function scheduleRatio(progress: number | null, tau: number | null): number | null {
  if (progress === null || tau === null || tau <= 0) return null;
  return progress / tau;
}
