/**
 * Attainment: how far the actual is from the target, sign-safe.
 */
import type { Direction } from './types.js';

/**
 * Sign-safe attainment 1 + d·(A − T)/|T|: exactly 1 at the target, above 1 beyond it in the desired direction, and
 * meaningful for negative values (a loss of −50 against a target of −20 with d = +1 gives 1 + (−30)/20 = −0.5).
 *
 * Returns `null` when T = 0 (no relative distance exists) or an input is not finite.
 *
 * Complexity: O(1).
 *
 * @example
 * attainment(17716.76, 17600, 1) // 1.00663… (GDP 17716.76亿 against 17600亿)
 * attainment(8, 10, -1)          // 1.2 (a ceiling of 10 undershot by 2)
 */
export function attainment(actual: number, target: number, direction: Direction): number | null {
  if (!Number.isFinite(actual) || !Number.isFinite(target) || target === 0) return null;
  return 1 + (direction * (actual - target)) / Math.abs(target);
}
