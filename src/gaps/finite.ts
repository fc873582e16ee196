/**
 * A guard the measures share.
 */

/**
 * True when all three numbers are finite (no array is allocated: the measures call it once per target).
 *
 * Complexity: O(1).
 *
 * @example
 * finite3(1, 2, Number.NaN) // false
 */
export function finite3(a: number, b: number, c: number): boolean {
  return Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c);
}
