/**
 * Projection of the latest actual to the target year, and how the projection compares with the target.
 */

/**
 * Constant-rate projection v̂_Y = A·(1 + g)^(Y − t) (UN Progress Chart).
 *
 * Returns `null` when the rate is `null` or Y < t.
 *
 * Complexity: O(1).
 *
 * @example
 * projectGeometric(2350, 0.175, 2016, 2018) // 3244.47 (2350 × 1.175²)
 */
export function projectGeometric(
  actual: number,
  rate: number | null,
  year: number,
  targetYear: number,
): number | null {
  if (rate === null || targetYear < year) return null;
  return actual * (1 + rate) ** (targetYear - year);
}

/**
 * Straight-line projection v̂_Y = A + slope·(Y − t), slope = (A − B)/(t − t0), for counts and shares.
 *
 * Returns `null` when t ≤ t0 or Y < t.
 *
 * Complexity: O(1).
 *
 * @example
 * projectLinear(0, 3, 2020, 2021, 2025) // 15
 */
export function projectLinear(
  base: number,
  actual: number,
  baseYear: number,
  year: number,
  targetYear: number,
): number | null {
  if (year <= baseYear || targetYear < year) return null;
  return actual + ((actual - base) / (year - baseYear)) * (targetYear - year);
}

/**
 * ESCAP's anticipated gap ratio G = (T − v̂_Y)/(T − B): ≤ 0 maintain, 0–1 accelerate, > 1 reverse the trend.
 * The UN Progress Chart's E is 1 − G.
 *
 * Returns `null` when the projection is `null` or T = B.
 *
 * Complexity: O(1).
 *
 * @example
 * anticipatedGap(2000, 3244.47, 3200) // −0.0371 (projected to overshoot)
 */
export function anticipatedGap(base: number, projection: number | null, target: number): number | null {
  if (projection === null || target === base) return null;
  return (target - projection) / (target - base);
}
