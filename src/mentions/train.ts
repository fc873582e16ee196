/**
 * Training and cross-validating the role model on labelled documents: every figure of each document, its evidence
 * features, and whether a labelled target (or outcome) covers it. Used by `scripts/train-roles.mjs` (which writes
 * `data/models/roles.json`) and by the evaluation tests (which check the leave-one-document-out scores).
 */
import { evaluateTargets, type Scores } from '../targets/evaluate.js';
import type { TargetRow } from '../targets/types.js';
import { evaluateMentions, type LabelledOutcome, type OutcomeScores } from './evaluate.js';
import { type FigureTrace, type MentionOptions, readPolicyText } from './extract.js';
import { type Example, fitLogistic, type RoleModel } from './model.js';
import type { MentionRow } from './types.js';

/** A labelled document: its text, how it is read, its target labels and (where labelled) its outcome labels. */
export interface LabelledDocument {
  set: string;
  docId: string;
  text: string;
  options: MentionOptions;
  targets: TargetRow[];
  outcomes: Omit<LabelledOutcome, 'doc_id'>[] | null;
}

/** One figure of a labelled document, as a training example for both heads. */
interface FigureExample {
  features: readonly string[];
  target: 0 | 1;
  /** null where the document has no outcome labels. */
  reported: 0 | 1 | null;
}

const ZERO: RoleModel = { target: {}, reported: {}, trainedOn: 'zero' };
const overlaps = (a: { span_start: number; span_end: number }, t: FigureTrace) =>
  Math.min(a.span_end, t.end) - Math.max(a.span_start, t.start) > 0;
const sameSize = (x: number, y: number) =>
  Math.abs(Math.abs(x) - Math.abs(y)) <= 1e-9 * Math.max(1, Math.abs(x));

/** The figures of a document that the heads are asked about, with their labels. */
export function examplesOf(doc: LabelledDocument): FigureExample[] {
  const figures: FigureTrace[] = [];
  readPolicyText(doc.text, { ...doc.options, model: ZERO, trace: (t) => figures.push(t) });
  return figures
    .filter((t) => t.structural === 'target')
    .map((t) => ({
      features: t.features,
      target: doc.targets.some((g) => overlaps(g, t) && sameSize(g.value, t.value)) ? 1 : 0,
      reported: doc.outcomes
        ? doc.outcomes.some((g) => overlaps(g, t) && sameSize(g.value, t.value))
          ? 1
          : 0
        : null,
    }));
}

/** Fit both heads on the examples of some documents (L2 0.02, the value cross-validation chose). */
export function trainRoleModel(
  examples: readonly FigureExample[][],
  l2 = 0.02,
): RoleModel & { nTarget: number; nReported: number } {
  const all = examples.flat();
  const reported = all.filter((e) => e.reported !== null && e.target === 0);
  return {
    target: fitLogistic(
      all.map((e): Example => ({ features: e.features, y: e.target })),
      { l2 },
    ),
    reported: fitLogistic(
      reported.map((e): Example => ({ features: e.features, y: e.reported ?? 0 })),
      { l2 },
    ),
    trainedOn: '',
    nTarget: all.length,
    nReported: reported.length,
  };
}

/** Scores of a leave-one-document-out run, per set and overall. */
export interface CrossValidation {
  targets: Map<string, Scores>;
  outcomes: Map<string, OutcomeScores & { periodAgreement: number }>;
}

/**
 * Leave one document out: for each document, a model trained on all the others reads it; its targets and reported
 * values are scored against the labels. Sets are keyed by `set`, and `all` holds the pooled scores.
 *
 * Complexity: one reading per document to collect features, one training and one reading per document.
 */
export function crossValidate(docs: readonly LabelledDocument[]): CrossValidation {
  const examples = docs.map(examplesOf);
  const bySet = new Map<
    string,
    { pred: TargetRow[]; gold: TargetRow[]; mPred: MentionRow[]; mGold: LabelledOutcome[] }
  >();
  const slot = (k: string) => {
    let s = bySet.get(k);
    if (!s) {
      s = { pred: [], gold: [], mPred: [], mGold: [] };
      bySet.set(k, s);
    }
    return s;
  };
  docs.forEach((doc, i) => {
    const model = trainRoleModel(examples.filter((_, j) => j !== i));
    const r = readPolicyText(doc.text, { ...doc.options, model });
    for (const s of [slot(doc.set), slot('all')]) {
      s.pred.push(...r.targets);
      s.gold.push(...doc.targets);
      if (doc.outcomes) {
        s.mPred.push(...r.mentions);
        s.mGold.push(...doc.outcomes.map((o) => ({ ...o, doc_id: doc.docId })));
      }
    }
  });
  const targets = new Map<string, Scores>();
  const outcomes = new Map<string, OutcomeScores & { periodAgreement: number }>();
  for (const [k, s] of bySet) {
    targets.set(k, evaluateTargets(s.pred, s.gold).overall);
    if (s.mGold.length > 0) {
      const e = evaluateMentions(s.mPred, s.mGold);
      outcomes.set(k, { ...e.overall, periodAgreement: e.periodAgreement });
    }
  }
  return { targets, outcomes };
}
