// Trains the role model (data/models/roles.json) on every development document and reports leave-one-document-out
// cross-validation: for each document, a model trained on all the others reads it, and its targets and outcomes are
// scored against the labels. Held-out sets are never used. Run after a build:
//   npm run build && node scripts/train-roles.mjs
import { writeFileSync } from 'node:fs';
import { crossValidate, examplesOf, trainRoleModel } from '../dist/mentions/train.js';
import { DEVELOPMENT_SETS, loadSet } from './corpora.mjs';

const docs = DEVELOPMENT_SETS.flatMap(loadSet);
const fmt = (s) =>
  `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (tp ${s.tp}, pred ${s.predicted}, gold ${s.gold})`;
const cv = crossValidate(docs);
console.log('leave-one-document-out, targets:');
for (const [set, s] of cv.targets) console.log(`  ${set.padEnd(22)} ${fmt(s)}`);
console.log(
  'leave-one-document-out, outcomes and estimates (period = share of matches with the right period_year):',
);
for (const [set, s] of cv.outcomes)
  console.log(`  ${set.padEnd(22)} ${fmt(s)}  period ${s.periodAgreement.toFixed(3)}`);

const final = trainRoleModel(docs.map(examplesOf));
const model = {
  trainedOn: `${docs.length} development documents (${DEVELOPMENT_SETS.join(', ')}); ${final.nTarget} figures for the target head, ${final.nReported} for the reported head; L2 0.02; scripts/train-roles.mjs`,
  target: final.target,
  reported: final.reported,
};
writeFileSync(new URL('../data/models/roles.json', import.meta.url), `${JSON.stringify(model, null, 1)}\n`);
console.log(
  `wrote data/models/roles.json (${Object.keys(final.target).length} + ${Object.keys(final.reported).length} weights)`,
);
