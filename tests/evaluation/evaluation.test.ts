/**
 * The extractor on real plans from cities it was not developed on (tests/fixtures/heldout*, labelled blind by hand:
 * see their README / docs/heldout-evaluation.md and docs/evaluation.md). Floors sit just under the scores measured
 * when each set was first run, so a change that makes the extractor worse on unseen documents fails here.
 *
 * Both sets were labelled blind. Their first runs, the honest unseen-document scores, were:
 *   heldout (v1) on the original extractor: P 0.919, R 0.731;
 *   heldout2 after one round of generality work guided by heldout's error categories: P 0.894, R 0.817.
 * A second round then fixed heldout2's error categories (the engineers never saw either set's texts or labels):
 * heldout P 0.987 R 0.987, heldout2 P 0.978 R 0.968. These are now development scores, not blind ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvObjects } from '../../src/io/csv.js';
import { dataPath } from '../../src/io/paths.js';
import { evaluateTargets } from '../../src/targets/evaluate.js';
import { extractTargets } from '../../src/targets/extract.js';
import { loadTargets } from '../../src/targets/read.js';
import { extractSeedTargets } from '../../src/targets/seeds.js';
import type { TargetRow } from '../../src/targets/types.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

function evaluateSet(folder: string) {
  const index = parseCsvObjects(readFileSync(join(fixtures, folder, 'index.csv'), 'utf8'));
  const predicted: TargetRow[] = [];
  const gold: TargetRow[] = [];
  for (const doc of index) {
    const docId = doc.file!.replace(/\.txt$/, '');
    const text = readFileSync(join(fixtures, folder, doc.file!), 'utf8');
    const year = Number((doc.issued ?? '').slice(0, 4));
    predicted.push(...extractTargets(text, { docId, region: doc.region!, issuedYear: year }));
    gold.push(...loadTargets(join(fixtures, folder, `${docId}.csv`)));
  }
  return evaluateTargets(predicted, gold);
}

describe('extractor on the seed documents', () => {
  it('against the reviewed dataset (data/targets.csv): precision and recall ≥ 0.97 (the issue goal)', () => {
    const ev = evaluateTargets(extractSeedTargets(), loadTargets(dataPath('targets.csv')));
    expect(ev.overall.gold).toBe(245);
    expect(ev.overall.precision).toBeGreaterThanOrEqual(0.97);
    expect(ev.overall.recall).toBeGreaterThanOrEqual(0.97);
  });
});

describe('extractor on held-out documents', () => {
  it('heldout2 (8 documents, 93 targets): precision ≥ 0.95, recall ≥ 0.94', () => {
    const ev = evaluateSet('heldout2');
    expect(ev.overall.gold).toBe(93);
    expect(ev.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(ev.overall.recall).toBeGreaterThanOrEqual(0.94);
  });

  it('heldout (6 documents, 78 targets): precision ≥ 0.95, recall ≥ 0.95', () => {
    const ev = evaluateSet('heldout');
    expect(ev.overall.gold).toBe(78);
    expect(ev.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(ev.overall.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('heldout3 (8 documents, 70 targets; blind first run P 0.766, R 0.843, after fixes P 1.0, R 0.914): P ≥ 0.95, R ≥ 0.89', () => {
    const ev = evaluateSet('heldout3');
    expect(ev.overall.gold).toBe(70);
    expect(ev.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(ev.overall.recall).toBeGreaterThanOrEqual(0.89);
  });

  it('values and units of matched rows agree with the labels', () => {
    for (const folder of ['heldout', 'heldout2', 'heldout3']) {
      const ev = evaluateSet(folder);
      expect(ev.fields.value!.tp).toBe(ev.overall.tp);
      expect(ev.fields.unit!.tp).toBe(ev.overall.tp);
    }
  });
});
