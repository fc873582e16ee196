/**
 * Compound annual growth rates: observed, required from the base, required for the remaining years.
 */
import { product } from 'simple-statistics';
import { finite3 } from './finite.js';

/**
 * CAGR(x → y, n) = (y/x)^(1/n) − 1, as a fraction (0.12 = 12% a year).
 * x and y must have the same sign (two losses compound too); n must be positive.
 *
 * Returns `null` when x or y is 0, their signs differ, n ≤ 0, or an input is not finite.
 *
 * Complexity: O(1).
 *
 * @example
 * cagr(2000, 3200, 3)  // 0.16961… (the 3200亿 by 2018 from 2000亿 in 2015)
 * cagr(1, 2, 5)        // 0.14869… (doubling in 5 years)
 */
export function cagr(from: number, to: number, years: number): number | null {
  if (!finite3(from, to, years) || years <= 0) return null;
  if (from === 0 || to === 0 || Math.sign(from) !== Math.sign(to)) return null;
  return (to / from) ** (1 / years) - 1;
}

/**
 * The band of required CAGRs for a target due within a range of years (力争用3-5年时间): the rate needed to arrive
 * by the latest deadline (`min`) and by the earliest (`max`).
 *
 * Either end is `null` when {@link cagr} is undefined for it.
 *
 * Complexity: O(1).
 *
 * @example
 * requiredCagrBand(1, 2, 2018, 2021, 2023) // { min: 0.14869…, max: 0.25992… } (a doubling in 3–5 years)
 */
export function requiredCagrBand(
  base: number,
  target: number,
  baseYear: number,
  earliestDeadline: number,
  latestDeadline: number,
): { min: number | null; max: number | null } {
  return {
    min: cagr(base, target, latestDeadline - baseYear),
    max: cagr(base, target, earliestDeadline - baseYear),
  };
}

/**
 * Chain yearly growth rates: Π(1 + g_i/100) − 1, in percent. Growth rates are never compounded from levels here.
 *
 * Complexity: O(n).
 *
 * @example
 * chainGrowth([10, 10]) // 21 (two years of +10%)
 * chainGrowth([12.2])   // 12.2
 * @throws {RangeError} when a rate is not finite or is ≤ −100% (the index would not be positive).
 */
export function chainGrowth(ratesPct: readonly number[]): number {
  for (const [i, g] of ratesPct.entries()) {
    if (!Number.isFinite(g) || g <= -100) {
      throw new RangeError(`chainGrowth: rate ${i} is ${g}%; each rate must be finite and above −100%`);
    }
  }
  return ratesPct.length === 0 ? 0 : (product(ratesPct.map((g) => 1 + g / 100)) - 1) * 100;
}
