/**
 * Timing: years ahead of or behind schedule, and the estimated year the target is reached.
 */

/**
 * Time distance (after Sicherl): t* − t, where t* = t0 + π·(Y − t0) is the year by which the 序时进度 schedule
 * expected the progress reached so far. Positive = years ahead of schedule, negative = years behind.
 * (gap-methods.md writes t − t*, whose sign reads the other way; this library reports years *ahead*.)
 * Equals (π − τ)·(Y − t0).
 *
 * Returns `null` when π is `null`.
 *
 * Complexity: O(1).
 *
 * @example
 * yearsAhead(2015, 2016, 2018, 0.5) // 0.5 (half-way progress was due in 2016.5; it is 2016)
 */
export function yearsAhead(
  baseYear: number,
  year: number,
  targetYear: number,
  progress: number | null,
): number | null {
  if (progress === null) return null;
  return baseYear + progress * (targetYear - baseYear) - year;
}

/**
 * Estimated year of attainment at a constant growth rate: t + ln(T/A)/ln(1 + g).
 *
 * Returns `null` when A or T is not positive, g ≤ −1 or g = 0, or the trend moves away (the estimate would lie
 * before t).
 *
 * Complexity: O(1).
 *
 * @example
 * etaGeometric(1000, 2000, 0.1, 2020) // 2027.27… (ln 2 / ln 1.1 = 7.27 years)
 */
export function etaGeometric(
  actual: number,
  target: number,
  rate: number | null,
  year: number,
): number | null {
  if (rate === null || rate <= -1 || rate === 0 || !(actual > 0 && target > 0)) return null;
  const years = Math.log(target / actual) / Math.log(1 + rate);
  return years >= 0 && Number.isFinite(years) ? year + years : null;
}

/**
 * Estimated year of attainment at a constant annual increment: t + (T − A)/slope.
 *
 * Returns `null` when the slope is 0 or `null`, or moves away from the target.
 *
 * Complexity: O(1).
 *
 * @example
 * etaLinear(3, 10, 2, 2021) // 2024.5
 */
export function etaLinear(actual: number, target: number, slope: number | null, year: number): number | null {
  if (slope === null || slope === 0) return null;
  const years = (target - actual) / slope;
  return years >= 0 && Number.isFinite(years) ? year + years : null;
}
