/**
 * Mention rows as an arquero table, and written as CSV, JSON or Arrow IPC (as `targets/format.ts` does for targets).
 */
import { type ColumnTable, table, toArrowIPC } from 'arquero';
import { formatCsv } from '../io/csv.js';
import { MENTION_COLUMNS, type MentionRow } from './types.js';

/** The separator of `target_ids` in CSV and Arrow. */
export const TARGET_IDS_SEPARATOR = '|';

/**
 * The rows as an arquero table with exactly {@link MENTION_COLUMNS}, in that order (`target_ids` joined by `|`).
 *
 * @example
 * mentionsTable(extractMentions(text, { docId: 'd' })).groupby('role').count().objects()
 */
export function mentionsTable(rows: readonly MentionRow[]): ColumnTable {
  const columns: Record<string, unknown[]> = {};
  for (const c of MENTION_COLUMNS)
    columns[c] = rows.map((r) => (c === 'target_ids' ? r.target_ids.join(TARGET_IDS_SEPARATOR) : r[c]));
  return table(columns, [...MENTION_COLUMNS]);
}

/**
 * Write mention rows as CSV (header first, empty cells for null), pretty JSON, or Arrow IPC bytes.
 *
 * @example
 * formatMentions(extractMentions(text, { docId: 'd' }), 'csv').split('\n')[0] // 'mention_id,doc_id,region,…,why'
 * @throws {Error} when `format` is not csv, json or arrow.
 */
export function formatMentions(rows: readonly MentionRow[], format: 'csv' | 'json'): string;
export function formatMentions(rows: readonly MentionRow[], format: 'arrow'): Uint8Array;
export function formatMentions(
  rows: readonly MentionRow[],
  format: 'csv' | 'json' | 'arrow',
): string | Uint8Array;
export function formatMentions(
  rows: readonly MentionRow[],
  format: 'csv' | 'json' | 'arrow',
): string | Uint8Array {
  if (format === 'csv')
    return formatCsv(
      MENTION_COLUMNS,
      rows.map((r) => ({ ...r, target_ids: r.target_ids.join(TARGET_IDS_SEPARATOR) })),
    );
  if (format === 'json') {
    const ordered = rows.map((r) => Object.fromEntries(MENTION_COLUMNS.map((c) => [c, r[c]])));
    return `${JSON.stringify(ordered, null, 2)}\n`;
  }
  if (format === 'arrow') return toArrowIPC(mentionsTable(rows), { format: 'stream' });
  throw new Error(`formatMentions: format must be csv, json or arrow, got ${JSON.stringify(format)}`);
}
