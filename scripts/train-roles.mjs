// Trains the role model (data/models/roles.json) on every development document and reports leave-one-document-out
// cross-validation: for each document, a model trained on all the others reads it, and its targets and outcomes are
// scored against the labels. Run after a build: npx tsc -p tsconfig.build.json && node scripts/train-roles.mjs
import { writeFileSync } from 'node:fs';
import { evaluateMentions } from '../dist/mentions/evaluate.js';
import { readPolicyText } from '../dist/mentions/extract.js';
import { fitLogistic } from '../dist/mentions/model.js';
import { evaluateTargets } from '../dist/targets/evaluate.js';
import { DEVELOPMENT_SETS, loadSet } from './corpora.mjs';

const L2 = 0.02;
const docs = DEVELOPMENT_SETS.flatMap(loadSet);
const ZERO = { target: {}, reported: {}, trainedOn: 'zero' };

const overlaps = (a, b) =>
  Math.min(a.span_end ?? a.end, b.end) - Math.max(a.span_start ?? a.start, b.start) > 0;
const sameAbs = (x, y) => Math.abs(Math.abs(x) - Math.abs(y)) <= 1e-9 * Math.max(1, Math.abs(x));

/** Every figure of a document with its features and its labels. */
function examplesOf(doc) {
  const figs = [];
  readPolicyText(doc.text, { ...doc.options, model: ZERO, trace: (t) => figs.push(t) });
  return figs
    .filter((t) => t.structural === 'target')
    .map((t) => ({
      features: t.features,
      target: doc.targets.some((g) => overlaps(g, t) && sameAbs(g.value, t.value)) ? 1 : 0,
      reported: doc.outcomes
        ? doc.outcomes.some((g) => overlaps(g, t) && sameAbs(g.value, t.value))
          ? 1
          : 0
        : null,
    }));
}

const perDoc = new Map(docs.map((d) => [d, examplesOf(d)]));

function train(except) {
  const all = [...perDoc].filter(([d]) => d !== except).flatMap(([, ex]) => ex);
  const target = fitLogistic(
    all.map((e) => ({ features: e.features, y: e.target })),
    { l2: L2 },
  );
  const rep = all.filter((e) => e.reported !== null && e.target === 0);
  const reported = fitLogistic(
    rep.map((e) => ({ features: e.features, y: e.reported })),
    { l2: L2 },
  );
  return { target, reported, n: all.length, nReported: rep.length };
}

// leave one document out
const pred = [];
const gold = [];
const mPred = [];
const mGold = [];
const bySet = new Map();
for (const doc of docs) {
  const m = train(doc);
  const r = readPolicyText(doc.text, {
    ...doc.options,
    model: { target: m.target, reported: m.reported, trainedOn: 'fold' },
  });
  pred.push(...r.targets);
  gold.push(...doc.targets);
  const s = bySet.get(doc.set) ?? { pred: [], gold: [], mPred: [], mGold: [] };
  s.pred.push(...r.targets);
  s.gold.push(...doc.targets);
  if (doc.outcomes) {
    const outs = doc.outcomes.map((o) => ({ ...o, doc_id: doc.docId }));
    mPred.push(...r.mentions);
    mGold.push(...outs);
    s.mPred.push(...r.mentions);
    s.mGold.push(...outs);
  }
  bySet.set(doc.set, s);
}
const fmt = (s) =>
  `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (tp ${s.tp}, pred ${s.predicted}, gold ${s.gold})`;
console.log('leave-one-document-out, targets:');
for (const [set, s] of bySet)
  console.log(`  ${set.padEnd(16)} ${fmt(evaluateTargets(s.pred, s.gold).overall)}`);
console.log(`  ${'all'.padEnd(16)} ${fmt(evaluateTargets(pred, gold).overall)}`);
console.log('leave-one-document-out, outcomes and estimates (recall with the right period):');
for (const [set, s] of bySet)
  if (s.mGold.length) {
    const e = evaluateMentions(s.mPred, s.mGold);
    console.log(`  ${set.padEnd(16)} ${fmt(e.overall)}  period ${e.periodAgreement.toFixed(3)}`);
  }
const all = evaluateMentions(mPred, mGold);
console.log(`  ${'all'.padEnd(16)} ${fmt(all.overall)}  period ${all.periodAgreement.toFixed(3)}`);

const final = train(null);
const model = {
  trainedOn: `${docs.length} development documents (${DEVELOPMENT_SETS.join(', ')}); ${final.n} figures for the target head, ${final.nReported} for the reported head; L2 ${L2}; scripts/train-roles.mjs`,
  target: final.target,
  reported: final.reported,
};
writeFileSync(new URL('../data/models/roles.json', import.meta.url), `${JSON.stringify(model, null, 1)}\n`);
console.log(
  `wrote data/models/roles.json (${Object.keys(final.target).length} + ${Object.keys(final.reported).length} weights)`,
);
