/**
 * The extractor run on the five bundled seed documents.
 */
import { readSeed, seedIndex } from '../text/seeds.js';
import { extractTargets } from './extract.js';
import type { TargetRow } from './types.js';

/**
 * Extract the targets of every seed document (seeds/), with region, region code, issue year and horizon from
 * seeds/index.csv.
 *
 * Complexity: O(total length of the seeds).
 *
 * @example
 * extractSeedTargets().filter((r) => r.doc_id === 'wuhan-2021-industrial-transformation-plan').length
 * @throws {Error} when seeds/index.csv or a seed file cannot be read.
 */
export function extractSeedTargets(): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const d of seedIndex()) {
    rows.push(
      ...extractTargets(readSeed(d.doc_id), {
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
