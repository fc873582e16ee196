/**
 * The mapping table: a user's own pairings of a target subject with an actual indicator (`全社会研发经费投入` →
 * `研究与试验发展(R&D)经费支出`), read from CSV or given in code. A mapping row makes a pair the names alone would
 * not make; it never overrides the metric, unit, place or price-basis checks.
 */
import { readFileSync } from 'node:fs';
import { normalizeName } from '../dictionaries/load.js';
import { parseCsvObjects } from '../io/csv.js';

/** One pairing the user asks for. */
export interface MappingRow {
  /** The target's subject, as the targets table writes it. */
  target: string;
  /** The actual indicator (verbatim, as the statistics name it) or the actual subject. */
  actual: string;
  /** Only for targets of this region (name or code); all regions when absent. */
  region?: string;
  /** Why the two are the same thing (shown in the match table). */
  note?: string;
}

const HEADERS: Record<keyof MappingRow, readonly string[]> = {
  target: ['target', 'target_subject', '目标', '目标指标', '规划指标', 'subject'],
  actual: ['actual', 'actual_indicator', 'indicator', '实际指标', '统计指标', '指标'],
  region: ['region', '地区'],
  note: ['note', '说明', '备注'],
};

/**
 * Load a mapping table from a CSV file (UTF-8): columns `target` (or 目标, 规划指标) and `actual` (or 实际指标, 统计指标,
 * indicator), optionally `region` (地区) and `note` (说明). See {@link parseMapping} for CSV text in memory.
 *
 * @example
 * writeFileSync('out/mapping.csv', 'target,actual\n全社会研发经费投入,研究与试验发展经费支出\n');
 * const mapping = loadMapping(`${OUT}/mapping.csv`);
 * matchActuals(targets, actuals, { mapping });
 * @throws {Error} when the file cannot be read, a column is missing (naming the file and the headers found), or a
 *   row lacks a target or an actual (naming the file and row).
 */
export function loadMapping(path: string): MappingRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`loadMapping: ${path} cannot be read: ${(e as Error).message}`);
  }
  return parseMapping(text, path);
}

/**
 * Parse a mapping table from CSV text (the columns of {@link loadMapping}); `source` names it in errors.
 *
 * Complexity: O(size).
 *
 * @example
 * parseMapping('target,actual\n全社会研发经费投入,研究与试验发展(R&D)经费支出\n')
 * // [{ target: '全社会研发经费投入', actual: '研究与试验发展(R&D)经费支出' }]
 * @throws {Error} when a column is missing (naming the headers found) or a row lacks a target or an actual (naming
 *   the row).
 */
export function parseMapping(text: string, source = '<mapping>'): MappingRow[] {
  const file = source;
  const rows = parseCsvObjects(text.replace(/^\uFEFF/, ''));
  const headers = rows.length > 0 ? Object.keys(rows[0]!) : (text.split(/\r?\n/)[0] ?? '').split(',');
  const pick = (field: keyof MappingRow): string | undefined =>
    headers.find((h) => HEADERS[field].includes(normalizeName(h).toLowerCase()));
  const t = pick('target');
  const a = pick('actual');
  if (!t || !a)
    throw new Error(
      `mapping ${file}: needs a target column (${HEADERS.target.join('/')}) and an actual column (${HEADERS.actual.join('/')}); found ${headers.join(', ')}`,
    );
  const r = pick('region');
  const n = pick('note');
  return rows.map((row, i) => {
    const target = (row[t] ?? '').trim();
    const actual = (row[a] ?? '').trim();
    if (!target || !actual) throw new Error(`mapping ${file} row ${i + 2}: needs both a ${t} and an ${a}`);
    const out: MappingRow = { target, actual };
    const region = r ? (row[r] ?? '').trim() : '';
    const note = n ? (row[n] ?? '').trim() : '';
    if (region) out.region = region;
    if (note) out.note = note;
    return out;
  });
}
