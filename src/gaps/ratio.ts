/**
 * R: the observed rate of progress over the rate required (Open SDG / Eurostat).
 */
import type { Direction } from './types.js';

/**
 * R = s·d·CAGR_obs/|CAGR_req|, s = −1 when the base is negative (Open SDG `ProgressMeasure.py`).
 * ≥ 0.95 on track, 0.6–0.95 needs acceleration, 0–0.6 off track, < 0 moving away.
 *
 * Returns `null` when a rate is `null` or the required rate is 0.
 *
 * Complexity: O(1).
 *
 * @example
 * ratioR(0.175, 0.16961, 2000, 1) // 1.0318 (observed 17.5% a year against 16.96% required)
 */
export function ratioR(
  observed: number | null,
  required: number | null,
  base: number,
  direction: Direction,
): number | null {
  if (observed === null || required === null || required === 0) return null;
  const s = base < 0 ? -1 : 1;
  return (s * direction * observed) / Math.abs(required);
}

/**
 * The linear analogue of R for counts and shares: the observed annual increment over the required one,
 * d·((A − B)/(t − t0)) / |(T − B)/(Y − t0)|. Equals ρ = π/τ when the target lies in the desired direction.
 *
 * Returns `null` when t ≤ t0, Y = t0 or T = B.
 *
 * Complexity: O(1).
 *
 * @example
 * ratioLinear(0, 3, 10, 2020, 2021, 2025, 1) // 1.5 (3 a year against 2 a year needed)
 */
export function ratioLinear(
  base: number,
  actual: number,
  target: number,
  baseYear: number,
  year: number,
  targetYear: number,
  direction: Direction,
): number | null {
  if (year <= baseYear || targetYear === baseYear || target === base) return null;
  const observed = (actual - base) / (year - baseYear);
  const required = (target - base) / (targetYear - baseYear);
  return (direction * observed) / Math.abs(required);
}
