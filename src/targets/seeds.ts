/**
 * The extractor run on the five bundled seed documents.
 */
import { dataPath } from '../io/paths.js';
import { loadSeed, seedIndex } from '../text/seeds.js';
import { extractTargets } from './extract.js';
import { loadTargets } from './read.js';
import type { TargetRow } from './types.js';

/**
 * Extract the targets of every seed document (seeds/), with region, region code, issue year and horizon from
 * seeds/index.csv.
 *
 * Complexity: O(total length of the seeds).
 *
 * @example
 * seeds.extractTargets().filter((r) => r.doc_id === 'wuhan-2021-industrial-transformation-plan').length
 * @throws {Error} when seeds/index.csv or a seed file cannot be read.
 */
export function extractSeedTargets(): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const d of seedIndex()) {
    rows.push(
      ...extractTargets(loadSeed(d.doc_id), {
        docId: d.doc_id,
        region: d.region,
        regionCode: d.region_code || null,
        issuedYear: d.issued_year,
        horizon: d.horizon,
      }),
    );
  }
  return rows;
}

/**
 * Load the hand-reviewed targets of the five seed documents (`data/targets.csv`: 245 rows, each with its quote and
 * the reviewer's note, described in docs/targets-schema.md).
 *
 * @example
 * seeds.reviewedTargets().length // 245
 * @throws {Error} when the bundled file cannot be read or does not parse (naming the line and column).
 */
export function loadReviewedTargets(): TargetRow[] {
  return loadTargets(dataPath('targets.csv'));
}
