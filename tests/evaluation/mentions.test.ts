/**
 * The role model, scored honestly on the development documents: leave one document out (a model trained on all the
 * others reads each document). Floors sit just under the scores measured when the model was committed (see
 * docs/evaluation.md), so a change that makes roles worse on documents it was not trained on fails here.
 */
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_SETS, HELD_OUT_SETS, loadLabelledSet } from '../../src/mentions/corpora.js';
import { evaluateMentions, type LabelledOutcome } from '../../src/mentions/evaluate.js';
import { readPolicyText } from '../../src/mentions/extract.js';
import { crossValidate } from '../../src/mentions/train.js';
import type { MentionRow } from '../../src/mentions/types.js';
import { evaluateTargets } from '../../src/targets/evaluate.js';
import type { TargetRow } from '../../src/targets/types.js';

describe('role model, leave one document out on the development documents', () => {
  const docs = DEVELOPMENT_SETS.flatMap((s) => loadLabelledSet(s));
  const cv = crossValidate(docs);

  it('reads every labelled document', () => {
    expect(docs.length).toBeGreaterThanOrEqual(45);
    expect(cv.targets.get('all')!.gold).toBeGreaterThan(850);
  });

  it('targets, pooled: precision ≥ 0.92 and recall ≥ 0.90 (measured 0.943, 0.921)', () => {
    const s = cv.targets.get('all')!;
    expect(s.precision).toBeGreaterThanOrEqual(0.92);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('targets in complete work reports (dev-national, dev-local): F1 ≥ 0.82 each (measured 0.880, 0.849)', () => {
    expect(cv.targets.get('corpus4/dev-national')!.f1).toBeGreaterThanOrEqual(0.82);
    expect(cv.targets.get('corpus4/dev-local')!.f1).toBeGreaterThanOrEqual(0.82);
  });

  it('outcomes and estimates, pooled: recall ≥ 0.84 with the right period ≥ 0.97 (measured 0.864, 0.990)', () => {
    const o = cv.outcomes.get('all')!;
    expect(o.recall).toBeGreaterThanOrEqual(0.84);
    expect(o.precision).toBeGreaterThanOrEqual(0.88);
    expect(o.periodAgreement).toBeGreaterThanOrEqual(0.97);
  });
});

// The corpus4 held-out sets were scored once (docs/evaluation.md §3, commit 0175f97) and are no longer blind; from
// then on their measured scores are floors, so a change that helps the development documents at the expense of
// documents it was not developed on fails here. Only overall numbers are compared.
describe('the committed model on the corpus4 held-out sets (scored once, now floors)', () => {
  const docs = HELD_OUT_SETS.flatMap((s) => loadLabelledSet(s));
  const pred: TargetRow[] = [];
  const mentions: MentionRow[] = [];
  const outcomes: LabelledOutcome[] = [];
  for (const d of docs) {
    const r = readPolicyText(d.text, d.options);
    pred.push(...r.targets);
    mentions.push(...r.mentions);
    for (const o of d.outcomes ?? []) outcomes.push({ ...o, doc_id: d.docId });
  }
  const gold = docs.flatMap((d) => d.targets);

  it('targets, pooled: precision ≥ 0.76 and recall ≥ 0.82 (measured 0.781, 0.836)', () => {
    const s = evaluateTargets(pred, gold).overall;
    expect(s.precision).toBeGreaterThanOrEqual(0.76);
    expect(s.recall).toBeGreaterThanOrEqual(0.82);
  });

  it('outcomes and estimates, pooled: P ≥ 0.86, R ≥ 0.86, period ≥ 0.96 (measured 0.883, 0.879, 0.977)', () => {
    const e = evaluateMentions(mentions, outcomes);
    expect(e.overall.precision).toBeGreaterThanOrEqual(0.86);
    expect(e.overall.recall).toBeGreaterThanOrEqual(0.86);
    expect(e.periodAgreement).toBeGreaterThanOrEqual(0.96);
  });
});
