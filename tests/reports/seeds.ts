/**
 * The seeds' report input, computed as `cluster-targets report` computes it: the reviewed targets
 * (data/targets.csv) judged against the bundled actuals, with the seeds' titles.
 */
import { loadBundledActuals } from '../../src/actuals/bundled.js';
import { matchActuals } from '../../src/actuals/match.js';
import type { ActualRow, TargetMatch } from '../../src/actuals/types.js';
import { computeGaps } from '../../src/gaps/compute.js';
import type { GapRow } from '../../src/gaps/types.js';
import { dataPath } from '../../src/io/paths.js';
import type { ReportDocument } from '../../src/reports/index.js';
import { loadTargets } from '../../src/targets/read.js';
import type { TargetRow } from '../../src/targets/types.js';
import { seedIndex } from '../../src/text/seeds.js';

export interface SeedsInput {
  targets: TargetRow[];
  actuals: ActualRow[];
  matches: TargetMatch[];
  gaps: GapRow[];
  documents: ReportDocument[];
}

let cached: Promise<SeedsInput> | null = null;

/** The seeds' targets, actuals, matches, gaps and documents (computed once per test file). */
export function seedsInput(): Promise<SeedsInput> {
  cached ??= (async () => {
    const targets = loadTargets(dataPath('targets.csv'));
    const actuals = (await loadBundledActuals()).rows;
    const matches = matchActuals(targets, actuals);
    const gaps = computeGaps(targets, actuals, { matchActuals: () => matches });
    return { targets, actuals, matches, gaps, documents: seedIndex() };
  })();
  return cached;
}
