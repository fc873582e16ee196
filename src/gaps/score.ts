/**
 * The Open SDG progress score, −5…+5, used to aggregate verdicts.
 */

/**
 * Open SDG score with a target: achieved → 5; R ≥ 0.6 → min((R − 0.6)·2.5/0.35, 5); R < 0.6 →
 * max((R − 0.6)·2.5/0.6, −5). Anchors: R = −0.6 → −5, 0 → −2.5, 0.6 → 0, 0.95 → 2.5, 1.3 → 5
 * (sdg-build `ProgressMeasure.py`: 7.1429R − 4.2857 and 4.1667R − 2.5).
 *
 * Complexity: O(1).
 *
 * @example
 * progressScore(0.95, false) // 2.5
 * progressScore(null, true)  // 5
 * @throws never; returns `null` when R is `null` and the target is not achieved.
 */
export function progressScore(ratio: number | null, achieved: boolean): number | null {
  if (achieved) return 5;
  if (ratio === null || !Number.isFinite(ratio)) return null;
  if (ratio >= 0.6) return Math.min(((ratio - 0.6) * 2.5) / 0.35, 5);
  return Math.max(((ratio - 0.6) * 2.5) / 0.6, -5);
}
