/**
 * The project's bundled actuals: `data/actuals/hubei-actuals-published.csv` (the shared published figures for Hubei,
 * Wuhan, Xiangyang and Huanggang, with source URL and quote for every row) loaded through {@link loadActuals}.
 * `data/actuals/actuals.csv` is the same table, tidy, as `cluster-targets actuals` writes it.
 */
import { dataPath } from '../io/paths.js';
import { loadActuals } from './load.js';
import type { LoadResult } from './types.js';

/** Path of the bundled published actuals (raw, as shared). */
export const BUNDLED_ACTUALS_FILE = 'hubei-actuals-published.csv';

let cache: Promise<LoadResult> | null = null;

/**
 * Load the bundled actuals (cached). 预计 rows are kept with `preliminary: true`; where a final figure exists for the
 * same region, scope, subject, metric and year, {@link matchActuals} uses the final one.
 *
 * Complexity: O(rows) on first call.
 *
 * @example
 * const { rows, rejects, rowsIn } = await loadBundledActuals();
 * rowsIn // 147
 * @throws {Error} when data/actuals/hubei-actuals-published.csv is missing.
 */
export function loadBundledActuals(): Promise<LoadResult> {
  if (!cache) cache = loadActuals(dataPath('actuals', BUNDLED_ACTUALS_FILE));
  return cache;
}
