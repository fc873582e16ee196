/**
 * classifyTiers: put every row of a table on a ladder rung.
 */
import type { ColumnTable } from 'arquero';
import { numericColumn, TierInputError, toTable } from './table.js';
import type { Ladder, TableInput } from './types.js';

/** Options of {@link classifyTiers}. */
export interface ClassifyOptions {
  /** The numeric column to classify (in the ladder's unit). */
  value: string;
  ladder: Ladder;
  /** Name of the added tier column (default `tier`). */
  as?: string;
  /** Missing values: `error` (default) throws naming the row; `null` gives them a `null` tier. */
  missing?: 'error' | 'null';
}

/**
 * The band index of every value (0 = the ladder's top band), or -1 for values below or between bands.
 * With `atThreshold: 'higher'` a value equal to a band's `min` is in that band (以上 includes the number).
 *
 * NaN values get -1.
 *
 * Complexity: O(n × bands), one pass over a Float64Array.
 *
 * @example
 * bandIndex(Float64Array.of(1e10, 9e9), FIRM_TIERS) // Int8Array [2, 3]
 */
export function bandIndex(values: Float64Array, ladder: Ladder): Int8Array {
  const nb = ladder.bands.length;
  const mins = Float64Array.from(ladder.bands, (b) => b.min);
  const maxs = Float64Array.from(ladder.bands, (b) => (b.max === null ? Number.POSITIVE_INFINITY : b.max));
  const out = new Int8Array(values.length);
  const higher = ladder.atThreshold !== 'lower';
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let k = -1;
    if (higher) {
      for (let b = 0; b < nb; b++) {
        if (v >= mins[b]!) {
          if (v < maxs[b]!) k = b;
          break;
        }
      }
    } else {
      for (let b = 0; b < nb; b++) {
        if (v > mins[b]!) {
          if (v <= maxs[b]!) k = b;
          break;
        }
      }
    }
    out[i] = k;
  }
  return out;
}

/**
 * Add a tier column: the ladder rung each row's value falls in, `null` below the lowest rung (or in a gap between
 * non-contiguous rungs). Ties at a threshold go to the higher tier unless the ladder says `atThreshold: 'lower'`.
 *
 * Tables in, arquero table out: the input's columns plus `as` (default `tier`).
 *
 * Complexity: O(n × bands).
 *
 * @example
 * classifyTiers([{ firm: 'a', revenue: 1e10 }], { value: 'revenue', ladder: FIRM_TIERS }).get('tier', 0) // '百亿企业'
 * @throws {TierInputError} when the value column is absent or holds a non-number (naming the row), unless
 *   `missing: 'null'`.
 */
export function classifyTiers(input: TableInput, options: ClassifyOptions): ColumnTable {
  const fn = 'classifyTiers';
  const table = toTable(input, fn);
  if (!options.ladder || options.ladder.bands.length === 0)
    throw new TierInputError(fn, 'the ladder has no bands');
  const values = numericColumn(table, options.value, fn, options.missing === 'null');
  const idx = bandIndex(values, options.ladder);
  const names = options.ladder.bands.map((b) => b.tier);
  const tiers: (string | null)[] = new Array(idx.length);
  for (let i = 0; i < idx.length; i++) tiers[i] = idx[i]! >= 0 ? names[idx[i]!]! : null;
  return table.assign({ [options.as ?? 'tier']: tiers });
}
