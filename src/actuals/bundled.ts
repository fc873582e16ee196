/**
 * The project's bundled actuals, loaded through {@link loadActuals}: `data/actuals/hubei-actuals-published.csv` (the
 * shared published figures for Hubei, Wuhan, Xiangyang and Huanggang) and `data/actuals/seeds-published.csv` (figures
 * collected since for the seed targets), every row with its source URL and verbatim quote.
 * `data/actuals/actuals.csv` is the first file, tidy, as `cluster-targets actuals` writes it.
 */
import { dataPath } from '../io/paths.js';
import { loadActuals } from './load.js';
import type { LoadResult } from './types.js';

/** Path of the bundled published actuals (raw, as shared). */
export const BUNDLED_ACTUALS_FILE = 'hubei-actuals-published.csv';

/** Every bundled file of published figures, in the order they are read. */
export const BUNDLED_ACTUALS_FILES: readonly string[] = [BUNDLED_ACTUALS_FILE, 'seeds-published.csv'];

let cache: Promise<LoadResult> | null = null;

/** Several load results as one: rows, rejects and warnings in file order, counts summed. */
function mergeLoads(parts: readonly LoadResult[]): LoadResult {
  const out: LoadResult = {
    rows: [],
    rejects: [],
    rowsIn: 0,
    cells: { in: 0, used: 0, rejected: 0 },
    warnings: [],
  };
  for (const p of parts) {
    for (const r of p.rows) out.rows.push(r);
    for (const r of p.rejects) out.rejects.push(r);
    for (const w of p.warnings) out.warnings.push(w);
    out.rowsIn += p.rowsIn;
    out.cells.in += p.cells.in;
    out.cells.used += p.cells.used;
    out.cells.rejected += p.cells.rejected;
  }
  return out;
}

/**
 * Load the bundled actuals (cached): every file of {@link BUNDLED_ACTUALS_FILES}, merged. 预计 rows are kept with
 * `preliminary: true`; where a final figure exists for the same region, scope, subject, metric and year,
 * `matchActuals` uses the final one. Rejects and warnings name their file.
 *
 * Complexity: O(rows) on first call.
 *
 * @example
 * const { rows, rejects, rowsIn } = await loadBundledActuals();
 * rowsIn === rows.length + rejects.length // true
 * @throws {Error} when a bundled file is missing, naming it.
 */
export function loadBundledActuals(): Promise<LoadResult> {
  if (!cache)
    cache = Promise.all(BUNDLED_ACTUALS_FILES.map((f) => loadActuals(dataPath('actuals', f)))).then(
      mergeLoads,
    );
  return cache;
}
