/**
 * The Open SDG progress score, −5…+5, used to aggregate verdicts.
 */

/**
 * Open SDG score with a target: achieved → 5; R ≥ 0.6 → min((R − 0.6)·2.5/0.35, 5); R < 0.6 →
 * max((R − 0.6)·2.5/0.6, −5). Anchors: R = −0.6 → −5, 0 → −2.5, 0.6 → 0, 0.95 → 2.5, 1.3 → 5
 * (sdg-build `ProgressMeasure.py`: 7.1429R − 4.2857 and 4.1667R − 2.5).
 *
 * Returns `null` when R is `null` and the target is not achieved.
 *
 * Complexity: O(1).
 *
 * @example
 * progressScore(0.95, false) // 2.5
 * progressScore(null, true)  // 5
 */
export function progressScore(ratio: number | null, achieved: boolean): number | null {
  if (achieved) return 5;
  if (ratio === null || !Number.isFinite(ratio)) return null;
  if (ratio >= 0.6) return Math.min(((ratio - 0.6) * 2.5) / 0.35, 5);
  return Math.max(((ratio - 0.6) * 2.5) / 0.6, -5);
}

/**
 * Open SDG score without a target figure (method 1: a direction only), from the yearly change P and the on-track
 * and moderate cut-offs (× the bound factor C when there is one): P < 0 → max(125P − 2.5, −5); C = 0 → 5;
 * P ≥ high → min(500P/C − 5, 5); P ≥ med → 250P/C − 1.25; else 500P/C − 2.5 (sdg-build `ProgressMeasure.py`).
 *
 * Complexity: O(1).
 *
 * @example
 * trendScore(0.005462, 1) // 0.1155 (Open SDG test case 17-8-1)
 * trendScore(-0.2, 1)     // -5
 */
export function trendScore(p: number | null, c = 1): number | null {
  if (p === null || !Number.isFinite(p)) return null;
  if (p < 0) return Math.max(125 * p - 2.5, -5);
  if (c === 0) return 5;
  if (p >= 0.015 * c) return Math.min((500 * p) / c - 5, 5);
  if (p >= 0.005 * c) return (250 * p) / c - 1.25;
  return (500 * p) / c - 2.5;
}
