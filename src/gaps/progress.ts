/**
 * Distance progress π: the share of the way from the base to the target that has been covered.
 */
import { finite3 } from './finite.js';

/**
 * Linear progress π_lin = (A − B)/(T − B), for counts, shares (percentage points) and any sign.
 *
 * Returns `null` when T = B (no distance to cover) or an input is not finite.
 *
 * Complexity: O(1).
 *
 * @example
 * progressLinear(2000, 2350, 3200) // 0.291666… (350 of the 1200 needed)
 * progressLinear(0, 3, 10)         // 0.3 (a zero base is fine)
 */
export function progressLinear(base: number, actual: number, target: number): number | null {
  if (!finite3(base, actual, target) || target === base) return null;
  return (actual - base) / (target - base);
}

/**
 * Geometric progress π_geo = ln(A/B)/ln(T/B), for output-type quantities that grow multiplicatively.
 *
 * Returns `null` unless A, B and T are all positive and T ≠ B.
 *
 * Complexity: O(1).
 *
 * @example
 * progressGeometric(2000, 2350, 3200) // 0.34313… (ln 1.175 / ln 1.6)
 */
export function progressGeometric(base: number, actual: number, target: number): number | null {
  if (!(base > 0 && actual > 0 && target > 0) || target === base) return null;
  if (!finite3(base, actual, target)) return null;
  return Math.log(actual / base) / Math.log(target / base);
}
