/**
 * Reading a targets table back (CSV or JSON, as `cluster-targets extract` or the reviewed dataset writes it).
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../io/csv.js';
import { decodeText } from '../io/text.js';
import type { TargetRow } from './types.js';
import { RESPONSIBLE_SEPARATOR, TARGET_COLUMNS } from './types.js';
import { validateTargets } from './validate.js';

const NUMBER_COLUMNS = new Set([
  'value',
  'value_max',
  'base_year',
  'start_year',
  'deadline_year',
  'deadline_year_max',
]);
const INT_COLUMNS = new Set(['span_start', 'span_end']);
const NULLABLE = new Set([
  'region_code',
  'tier',
  'comparator',
  'value_max',
  'base_year',
  'start_year',
  'deadline_year',
  'deadline_year_max',
]);

function cellError(source: string, line: number, column: string, value: string, why: string): Error {
  return new Error(`${source}: line ${line}, column ${column}: ${JSON.stringify(value)} ${why}`);
}

/** Convert one CSV record (strings) to a row, naming the line and column of a bad cell. */
function rowFromCsv(rec: Record<string, string>, source: string, line: number): TargetRow {
  const out: Record<string, unknown> = {};
  for (const c of TARGET_COLUMNS) {
    const v = (rec[c] ?? '').trim() === '' && c !== 'quote' ? '' : (rec[c] ?? '');
    if (c === 'responsible') {
      out[c] =
        v === ''
          ? []
          : v
              .split(RESPONSIBLE_SEPARATOR)
              .map((s) => s.trim())
              .filter(Boolean);
    } else if (c === 'stretch') {
      const t = v.trim().toLowerCase();
      if (t === 'true' || t === '1') out[c] = true;
      else if (t === 'false' || t === '0' || t === '') out[c] = false;
      else throw cellError(source, line, c, v, 'is not true or false');
    } else if (NUMBER_COLUMNS.has(c) || INT_COLUMNS.has(c)) {
      if (v.trim() === '') {
        if (!NULLABLE.has(c)) throw cellError(source, line, c, v, 'is empty, a number is required');
        out[c] = null;
      } else {
        const n = Number(v);
        if (!Number.isFinite(n)) throw cellError(source, line, c, v, 'is not a number');
        if (INT_COLUMNS.has(c) && !Number.isInteger(n))
          throw cellError(source, line, c, v, 'is not an integer');
        out[c] = n;
      }
    } else if (NULLABLE.has(c)) out[c] = v.trim() === '' ? null : v.trim();
    else out[c] = c === 'quote' ? v : v.trim();
  }
  return out as unknown as TargetRow;
}

/**
 * Load a targets table from a file (`.csv` or `.json`, UTF-8 or GBK) into typed rows. Extra columns (such as the
 * reviewed dataset's `review_note`) are ignored; missing columns are an error. {@link parseTargets} reads text in
 * memory.
 *
 * Complexity: O(size of the file).
 *
 * @example
 * const gold = loadTargets('data/targets.csv');
 * gold.filter((r) => r.stretch).length
 * @throws {Error} when the file cannot be read, a column is missing, or a cell does not parse (naming the file, the
 * line and the column); {@link TargetValidationError} when a row breaks the schema.
 */
export function loadTargets(path: string): TargetRow[] {
  let text: string;
  try {
    text = decodeText(readFileSync(path)).text;
  } catch (e) {
    throw new Error(`loadTargets: cannot read ${path}: ${(e as Error).message}`);
  }
  return parseTargets(text, path);
}

/**
 * Parse a targets table from CSV or JSON text (as `formatTargets` writes it) into typed rows; `source` names the text
 * in errors.
 *
 * @example
 * parseTargets(formatTargets(targets, 'csv')).length === targets.length // true
 * @throws {Error} when a column is missing or a cell does not parse (naming the line and column);
 * {@link TargetValidationError} when a row breaks the schema.
 */
export function parseTargets(text: string, source = '<text>'): TargetRow[] {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  let rows: TargetRow[];
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (e) {
      throw new Error(`parseTargets: ${source} is not valid JSON: ${(e as Error).message}`);
    }
    const arr = Array.isArray(parsed) ? parsed : (parsed as { rows?: unknown }).rows;
    if (!Array.isArray(arr)) throw new Error(`parseTargets: ${source}: JSON must be an array of rows`);
    rows = arr.map((r) => {
      const o = { ...(r as Record<string, unknown>) };
      if (typeof o.responsible === 'string')
        o.responsible = o.responsible === '' ? [] : o.responsible.split(RESPONSIBLE_SEPARATOR);
      for (const k of Object.keys(o)) if (!(TARGET_COLUMNS as readonly string[]).includes(k)) delete o[k];
      return o as unknown as TargetRow;
    });
  } else {
    const table = parseCsv(trimmed);
    if (table.length === 0) return [];
    const header = table[0]!.map((h) => h.trim());
    const missing = TARGET_COLUMNS.filter((c) => !header.includes(c));
    if (missing.length > 0)
      throw new Error(`parseTargets: ${source}: missing column(s) ${missing.join(', ')}`);
    rows = [];
    for (let i = 1; i < table.length; i++) {
      const cells = table[i]!;
      if (cells.length === 1 && cells[0] === '') continue;
      const rec: Record<string, string> = {};
      header.forEach((h, k) => {
        rec[h] = cells[k] ?? '';
      });
      rows.push(rowFromCsv(rec, source, i + 1));
    }
  }
  return validateTargets(rows);
}
