/**
 * The JSON reader (also JSON Lines): an array of records (objects or arrays with a header first), or an object holding such an array
 * under `data`, `rows`, `records`, `items`, `result` or `list` (as statistics portals export them).
 */
import { decodeTable } from '../io/text.js';
import { type ColumnMapping, mapColumns } from './fields.js';
import { cellText, type RawTable, rawFromRecords } from './raw.js';

const HOLDERS = ['data', 'rows', 'records', 'items', 'result', 'list', 'datas', 'values'];

/** How deep holders (`{data: {rows: [...]}}`) are searched for the records; deeper nesting is not a table. */
const MAX_HOLDER_DEPTH = 8;

function findRecords(doc: unknown, file: string): unknown[] {
  // breadth-first over holder keys, iterative and bounded: hostile nesting cannot overflow the stack
  let level: unknown[] = [doc];
  for (let depth = 0; depth <= MAX_HOLDER_DEPTH && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const node of level) {
      if (Array.isArray(node)) return node;
      if (!node || typeof node !== 'object') continue;
      const o = node as Record<string, unknown>;
      for (const k of HOLDERS) {
        const v = o[k];
        if (Array.isArray(v)) return v;
        if (v && typeof v === 'object') next.push(v);
      }
      if (depth === 0) {
        const arrays = Object.values(o).filter(Array.isArray);
        if (arrays.length === 1) return arrays[0] as unknown[];
      }
    }
    level = next;
  }
  throw new Error(
    `${file}: no array of records found (expected an array, or an object with one of ${HOLDERS.join(', ')}, at most ${MAX_HOLDER_DEPTH} levels deep)`,
  );
}

/**
 * Read JSON bytes into the raw columnar form. Object records: headers are the union of keys in first-seen order.
 * Array records: the first is the header. Row numbers are 1-based record indexes.
 *
 * Complexity: O(bytes + records × keys).
 *
 * @example
 * const raw = readJsonRaw(readFileSync('export.json'), 'export.json');
 * @throws {Error} when the bytes are not JSON or hold no array of records, naming the file and the parse position.
 */
export function readJsonRaw(bytes: Uint8Array, file: string, mapping?: ColumnMapping): RawTable {
  let doc: unknown;
  const decoded = decodeTable(bytes);
  const text = decoded.text.replace(/^\uFEFF/, '');
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length > 1 && lines.every((l) => l.trimStart().startsWith('{'))) {
      // JSON Lines: one record per line
      doc = lines.map((l, i) => {
        try {
          return JSON.parse(l);
        } catch (err) {
          throw new Error(`${file} line ${i + 1}: not valid JSON: ${(err as Error).message}`);
        }
      });
    } else throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  const records = findRecords(doc, file);
  if (records.length > 0 && Array.isArray(records[0])) {
    const headers = (records[0] as unknown[]).map(cellText);
    const body = records.slice(1).map((r) => (Array.isArray(r) ? r : []));
    const raw = rawFromRecords(
      file,
      mapColumns(headers, mapping),
      body,
      body.map((_, i) => i + 2),
    );
    raw.recordErrors = notRecords(records, 1, (r) => Array.isArray(r));
    if (decoded.lossy) markUndecodable(raw.recordErrors!, body);
    return raw;
  }
  const headers: string[] = [];
  const seen = new Map<string, number>();
  for (const r of records) {
    if (!r || typeof r !== 'object' || Array.isArray(r)) continue;
    for (const k of Object.keys(r)) {
      if (!seen.has(k)) {
        seen.set(k, headers.length);
        headers.push(k);
      }
    }
  }
  const rows = records.map((r) => {
    const cells: unknown[] = new Array(headers.length).fill(null);
    if (r && typeof r === 'object' && !Array.isArray(r))
      for (const [k, v] of Object.entries(r)) cells[seen.get(k)!] = v;
    return cells;
  });
  const raw = rawFromRecords(
    file,
    mapColumns(headers, mapping),
    rows,
    rows.map((_, i) => i + 1),
  );
  raw.recordErrors = notRecords(records, 0, (r) => r !== null && typeof r === 'object' && !Array.isArray(r));
  if (decoded.lossy) markUndecodable(raw.recordErrors!, rows);
  return raw;
}

/** In a UTF-8 file holding bytes that are not UTF-8: the records with a cell that holds them are rejected. */
function markUndecodable(
  errors: NonNullable<RawTable['recordErrors']>,
  rows: readonly (readonly unknown[])[],
): void {
  rows.forEach((cells, i) => {
    if (!errors.has(i) && cells.some((c) => typeof c === 'string' && c.includes('\ufffd')))
      errors.set(i, { field: '', reason: 'bytes that are not valid UTF-8 (the file reads as UTF-8)' });
  });
}

/** The records (from index `from`) that are not of the record kind, as record errors. */
function notRecords(
  records: readonly unknown[],
  from: number,
  ok: (r: unknown) => boolean,
): Map<number, { field: ''; reason: string }> {
  const out = new Map<number, { field: ''; reason: string }>();
  for (let i = from; i < records.length; i++)
    if (!ok(records[i]))
      out.set(i - from, {
        field: '',
        reason: `record ${i + 1} is ${Array.isArray(records[i]) ? 'an array' : records[i] === null ? 'null' : `a ${typeof records[i]}`}, not a record like the others`,
      });
  return out;
}
