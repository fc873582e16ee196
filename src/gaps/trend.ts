/**
 * The time-weighted regression projection (UNESCAP's Anticipated Progress Index) and the Open SDG bound factor C
 * for shares near a natural limit.
 */

/**
 * The weight of a year in the time-weighted regression: w = y − t0 + 1 (the base year weighs 1, the next year 2,
 * …, the latest year most). UNESCAP and UNECE say only that "recent data are given more weight than earlier data"
 * (w3.unece.org/sdg2023/technical-notes.html); the weights themselves are this library's choice, linear in time so
 * that every year counts and none dominates.
 *
 * Complexity: O(1).
 *
 * @example
 * trendWeight(2020, 2018) // 3
 */
export function trendWeight(year: number, baseYear: number): number {
  return year - baseYear + 1;
}

/** Running sums of a weighted least-squares fit of value (or ln value) on x = year − t0. */
export interface TrendSums {
  n: number;
  sw: number;
  swx: number;
  swy: number;
  swxx: number;
  swxy: number;
  /** False once a non-positive value was added to a geometric (log) fit. */
  ok: boolean;
}

/**
 * Fresh sums for {@link addTrendPoint} (or reset `into` to zero, to reuse one object for many targets).
 *
 * Complexity: O(1).
 *
 * @example
 * const sums = trendSums();
 */
export function trendSums(into?: TrendSums): TrendSums {
  if (into === undefined) return { n: 0, sw: 0, swx: 0, swy: 0, swxx: 0, swxy: 0, ok: true };
  into.n = 0;
  into.sw = 0;
  into.swx = 0;
  into.swy = 0;
  into.swxx = 0;
  into.swxy = 0;
  into.ok = true;
  return into;
}

/**
 * Add one year's value to a time-weighted fit from base year `baseYear` (weight {@link trendWeight}); a geometric
 * fit regresses ln(value) and is spoilt by a value ≤ 0.
 *
 * Complexity: O(1).
 *
 * @example
 * addTrendPoint(sums, 2019, 110, 2018, false)
 */
export function addTrendPoint(
  sums: TrendSums,
  year: number,
  value: number,
  baseYear: number,
  geometric: boolean,
): void {
  if (geometric && !(value > 0)) {
    sums.ok = false;
    return;
  }
  const x = year - baseYear;
  const y = geometric ? Math.log(value) : value;
  const w = trendWeight(year, baseYear);
  sums.n++;
  sums.sw += w;
  sums.swx += w * x;
  sums.swy += w * y;
  sums.swxx += w * x * x;
  sums.swxy += w * x * y;
}

/**
 * The projection of a time-weighted linear regression to the target year: v̂_Y = a + b·(Y − t0) on values (counts,
 * shares) or exp(a + b·(Y − t0)) on ln values (output-type levels), b = Σw(x − x̄)(y − ȳ)/Σw(x − x̄)². Needs at
 * least 3 points (the PSA's rule for the Anticipated Progress Index).
 *
 * Returns `null` with fewer than 3 points, a non-positive value in a geometric fit, or all points in one year.
 *
 * Complexity: O(1).
 *
 * @example
 * // 2018 100, 2019 110, 2020 130 with weights 1, 2, 3: b = 16 a year, v̂_2022 = 161
 * projectTrend(sums, 2022, 2018, false) // 161
 */
export function projectTrend(
  sums: TrendSums,
  targetYear: number,
  baseYear: number,
  geometric: boolean,
): number | null {
  if (!sums.ok || sums.n < 3) return null;
  const xm = sums.swx / sums.sw;
  const ym = sums.swy / sums.sw;
  const sxx = sums.swxx - sums.sw * xm * xm;
  if (!(sxx > 1e-12)) return null;
  const b = (sums.swxy - sums.sw * xm * ym) / sxx;
  const fit = ym + b * (targetYear - baseYear - xm);
  const v = geometric ? Math.exp(fit) : fit;
  return Number.isFinite(v) ? v : null;
}

/**
 * Time-weighted regression projection from a list of (year, value) points in [t0, t]: {@link projectTrend} on
 * {@link addTrendPoint} sums.
 *
 * Complexity: O(points).
 *
 * @example
 * projectWeighted([2018, 2019, 2020], [100, 110, 130], 2022) // 161
 * @throws {RangeError} when `years` and `values` differ in length.
 */
export function projectWeighted(
  years: readonly number[],
  values: readonly number[],
  targetYear: number,
  geometric = false,
): number | null {
  if (years.length !== values.length) {
    throw new RangeError(
      `projectWeighted: ${years.length} years but ${values.length} values (they must pair up)`,
    );
  }
  if (years.length === 0) return null;
  let t0 = years[0]!;
  for (const y of years) if (y < t0) t0 = y;
  const sums = trendSums();
  for (let i = 0; i < years.length; i++) addTrendPoint(sums, years[i]!, values[i]!, t0, geometric);
  return projectTrend(sums, targetYear, t0, geometric);
}

/**
 * Open SDG's bound factor C for an indicator near a natural limit y_lim (100% for a share): C = 1 − (y0/y_lim)^4.44
 * when 0 ≤ y0 ≤ y_lim, 1 − ((2·y_lim − y0)/y_lim)^4.44 when y_lim < y0 < 2·y_lim, else 1 (sdg-build
 * `ProgressMeasure.py`, docs/gap-methods.md section 2). The positive thresholds are multiplied by C: the closer to
 * the limit, the less progress is asked for; C = 0 at the limit (any R ≥ 0 is then on track).
 *
 * Complexity: O(1).
 *
 * @example
 * boundFactor(90) // 0.3736 (1 − 0.9^4.44)
 * boundFactor(50) // 0.9540 (1 − 0.5^4.44)
 * @throws {RangeError} when the limit is not a positive finite number.
 */
export function boundFactor(y0: number, limit = 100): number {
  if (!(limit > 0) || !Number.isFinite(limit)) {
    throw new RangeError(`boundFactor: the natural limit must be a positive number, got ${limit}`);
  }
  if (y0 >= 0 && y0 <= limit) return 1 - (y0 / limit) ** 4.44;
  if (y0 > limit && y0 < 2 * limit) return 1 - ((2 * limit - y0) / limit) ** 4.44;
  return 1;
}

/**
 * ESCAP's anticipated gap from a projection (see `anticipatedGap`) and the UN Progress Chart's E = 1 − G.
 *
 * Returns `null` when the projection is `null` or T = B.
 *
 * Complexity: O(1).
 *
 * @example
 * anticipatedProgress(100, 161, 200) // 0.61 (E = (161 − 100)/(200 − 100))
 */
export function anticipatedProgress(base: number, projection: number | null, target: number): number | null {
  if (projection === null || target === base) return null;
  return 1 - (target - projection) / (target - base);
}
