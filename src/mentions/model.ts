/**
 * A logistic model over named binary features: the learned part of the role decision. Small and readable: one weight
 * per feature, committed as JSON (`data/models/roles.json`), trained by `scripts/train-roles.mjs` on every labelled
 * document and reported with leave-one-document-out cross-validation (docs/evaluation.md).
 */

/** One head: weights by feature name (a missing feature weighs 0). */
export type Weights = Readonly<Record<string, number>>;

/** The committed model: one head per yes/no question. */
export interface RoleModel {
  /** Is this figure a target? */
  target: Weights;
  /** If not a target: is it a reported value (outcome or estimate)? */
  reported: Weights;
  /** What it was trained on and how (documents, counts, regularisation). */
  trainedOn: string;
}

/** The probability a head gives to a set of features. */
export function probability(w: Weights, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += w[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** One training example: its features and its answer. */
export interface Example {
  features: readonly string[];
  y: 0 | 1;
}

/**
 * Fit one head by gradient descent on the L2-regularised log loss (full batch, fixed steps): deterministic, a few
 * thousand examples in well under a second.
 *
 * @example
 * fitLogistic([{ features: ['bias', 'a'], y: 1 }, { features: ['bias'], y: 0 }], { l2: 0.01 }).a > 0 // true
 * @throws {Error} when there are no examples.
 */
export function fitLogistic(
  examples: readonly Example[],
  options: { l2?: number; steps?: number; rate?: number } = {},
): Weights {
  if (examples.length === 0) throw new Error('fit: no training examples');
  const l2 = options.l2 ?? 0.05;
  const steps = options.steps ?? 400;
  const rate = options.rate ?? 0.5;
  const names = [...new Set(examples.flatMap((e) => e.features))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => Int32Array.from(e.features.map((f) => index.get(f)!)));
  const w = new Float64Array(names.length);
  const g = new Float64Array(names.length);
  const n = examples.length;
  for (let step = 0; step < steps; step++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const row = rows[i]!;
      let z = 0;
      for (const k of row) z += w[k]!;
      const err = 1 / (1 + Math.exp(-z)) - examples[i]!.y;
      for (const k of row) g[k]! += err;
    }
    for (let k = 0; k < w.length; k++) w[k]! -= rate * (g[k]! / n + (names[k] === 'bias' ? 0 : l2 * w[k]!));
  }
  const out: Record<string, number> = {};
  names.forEach((name, k) => {
    const v = Math.round(w[k]! * 1000) / 1000;
    if (v !== 0) out[name] = v;
  });
  return out;
}
