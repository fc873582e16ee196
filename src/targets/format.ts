/**
 * Targets rows as an arquero table, and written as CSV, JSON or Arrow IPC.
 */
import { type ColumnTable, table, toArrowIPC } from 'arquero';
import { formatCsv } from '../io/csv.js';
import type { TargetRow } from './types.js';
import { RESPONSIBLE_SEPARATOR, TARGET_COLUMNS } from './types.js';

/** The output formats of {@link formatTargets}. */
export type TargetFormat = 'csv' | 'json' | 'arrow';

/**
 * The rows as an arquero table with exactly {@link TARGET_COLUMNS}, in that order (`responsible` stays an array).
 *
 * Complexity: O(rows × columns).
 *
 * @example
 * targetsTable(targets).groupby('doc_id').count().objects()
 */
export function targetsTable(rows: readonly TargetRow[]): ColumnTable {
  const columns: Record<string, unknown[]> = {};
  for (const c of TARGET_COLUMNS) columns[c] = rows.map((r) => r[c]);
  return table(columns, [...TARGET_COLUMNS]);
}

/**
 * Write rows as CSV (header first, `responsible` joined with `|`, empty cells for null), pretty JSON (an array of
 * objects with the columns in order), or Arrow IPC bytes (`responsible` joined with `|`).
 *
 * Complexity: O(rows × columns).
 *
 * @example
 * formatTargets(targets, 'csv').split('\n')[0] // 'target_id,doc_id,region,…,span_end'
 * @throws {Error} when `format` is not csv, json or arrow.
 */
export function formatTargets(rows: readonly TargetRow[], format: 'csv' | 'json'): string;
export function formatTargets(rows: readonly TargetRow[], format: 'arrow'): Uint8Array;
export function formatTargets(rows: readonly TargetRow[], format: TargetFormat): string | Uint8Array;
export function formatTargets(rows: readonly TargetRow[], format: TargetFormat): string | Uint8Array {
  if (format === 'csv') {
    return formatCsv(
      TARGET_COLUMNS,
      rows.map((r) => ({ ...r, responsible: r.responsible.join(RESPONSIBLE_SEPARATOR) })),
    );
  }
  if (format === 'json') {
    const ordered = rows.map((r) => Object.fromEntries(TARGET_COLUMNS.map((c) => [c, r[c]])));
    return `${JSON.stringify(ordered, null, 2)}\n`;
  }
  if (format === 'arrow') {
    const flat = rows.map((r) => ({ ...r, responsible: r.responsible.join(RESPONSIBLE_SEPARATOR) }));
    return toArrowIPC(targetsTable(flat as unknown as TargetRow[]), { format: 'stream' });
  }
  throw new Error(`formatTargets: format must be csv, json or arrow, got ${JSON.stringify(format)}`);
}
