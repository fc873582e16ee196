// Scores the committed extractor and role model on the held-out sets (never trained or developed on): targets
// precision/recall, reported values (outcomes and estimates) precision/recall and period agreement, and field
// agreement on matched targets. Prints only overall numbers per set: no row, quote or miss of a held-out document.
// Two readings: with each index's metadata (region, issue year), and from the text alone (document info read from
// the text, as `cluster-targets extract FILE` does). Run after a build:
//   npm run build && node scripts/score-held-out.mjs [SET…]
import { evaluateMentions } from '../dist/mentions/evaluate.js';
import { readPolicyText } from '../dist/mentions/extract.js';
import { evaluateTargets } from '../dist/targets/evaluate.js';
import { HELD_OUT_SETS, loadSet } from './corpora.mjs';

const sets = process.argv.slice(2).length ? process.argv.slice(2) : [...HELD_OUT_SETS];
const FIELDS = ['comparator', 'stretch', 'deadline', 'kind', 'subject', 'metric'];
const fmt = (s) =>
  `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (tp ${s.tp}, pred ${s.predicted}, gold ${s.gold})`;

function score(docs, textOnly) {
  const pred = [];
  const gold = [];
  const mentions = [];
  const outcomes = [];
  let unread = 0;
  for (const d of docs) {
    const options = textOnly ? { docId: d.docId } : d.options;
    gold.push(...d.targets);
    let r;
    try {
      r = readPolicyText(d.text, options);
    } catch {
      // the text alone does not say what the extractor needs (its date): the document gives nothing
      unread++;
      r = { targets: [], mentions: [] };
    }
    pred.push(...r.targets);
    if (d.outcomes) {
      mentions.push(...r.mentions);
      outcomes.push(...d.outcomes.map((o) => ({ ...o, doc_id: d.docId })));
    }
  }
  const targets = evaluateTargets(pred, gold);
  const reported = outcomes.length ? evaluateMentions(mentions, outcomes) : null;
  return { targets, reported, unread };
}

const all = { meta: [], text: [] };
for (const set of sets) {
  const docs = loadSet(set);
  for (const [mode, textOnly] of [
    ['meta', false],
    ['text', true],
  ]) {
    all[mode].push(...docs);
    const { targets, reported, unread } = score(docs, textOnly);
    const m = targets.matches.length;
    const note = unread ? `; ${unread} unread: the text states no date` : '';
    console.log(
      `${set} (${docs.length} documents, ${mode === 'meta' ? 'index metadata' : 'text alone'}${note})`,
    );
    console.log(`  targets   ${fmt(targets.overall)}`);
    if (reported)
      console.log(
        `  reported  ${fmt(reported.overall)} period ${reported.periodAgreement.toFixed(3)} role ${reported.roleAgreement.toFixed(3)}`,
      );
    console.log(
      `  fields    ${FIELDS.map((k) => `${k} ${m ? (targets.fields[k].tp / m).toFixed(2) : '-'}`).join(' ')}`,
    );
  }
}
if (sets.length > 1)
  for (const [mode, docs] of Object.entries(all)) {
    const { targets, reported } = score(docs, mode === 'text');
    console.log(`pooled (${mode === 'meta' ? 'index metadata' : 'text alone'})`);
    console.log(`  targets   ${fmt(targets.overall)}`);
    if (reported)
      console.log(`  reported  ${fmt(reported.overall)} period ${reported.periodAgreement.toFixed(3)}`);
  }
