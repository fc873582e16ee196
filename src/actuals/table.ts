/**
 * The actuals as an arquero table, for analysis and joins.
 */
import { type ColumnTable, table } from 'arquero';
import type { ActualRow } from './types.js';

/** The columns of the tidy actuals table, in output order. */
export const ACTUAL_COLUMNS = [
  'region',
  'region_code',
  'scope',
  'subject',
  'metric',
  'indicator',
  'year',
  'period',
  'value',
  'unit',
  'bound',
  'growth_pct',
  'growth_bound',
  'price_basis',
  'preliminary',
  'note',
  'source',
  'quote',
] as const;

/**
 * The actual rows as an arquero table with {@link ACTUAL_COLUMNS} (`note` is `null` when a row has none).
 *
 * Complexity: O(rows × columns).
 *
 * @example
 * actualsTable(actuals).filter((d) => d.subject === '地区生产总值').numRows()
 */
export function actualsTable(rows: readonly ActualRow[]): ColumnTable {
  const cols: Record<string, unknown[]> = {};
  for (const c of ACTUAL_COLUMNS) cols[c] = rows.map((r) => (c === 'note' ? (r.note ?? null) : r[c]));
  return table(cols);
}
