/**
 * `loadActuals`: load the statistics a user brings (CSV/TSV in UTF-8 or GBK, Excel, JSON, Arrow, Parquet) into the
 * tidy actuals table, with every input row either used or rejected with file, row, column and reason.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { loadDocument } from '../text/read.js';
import { type ActualColumns, actualRows, concatColumns } from './columns.js';
import type { ColumnMapping } from './fields.js';
import { actualsFromText, type TextActualsOptions } from './from-text.js';
import { type LoadDefaults, normalizeRaw } from './normalize.js';
import type { RawTable } from './raw.js';
import { readArrowRaw, readParquetRaw } from './read-columnar.js';
import { readCsvRaw } from './read-csv.js';
import { readJsonRaw } from './read-json.js';
import { readWorkbookRaw } from './read-sheet.js';
import type { LoadResult } from './types.js';

/** The input formats {@link loadActuals} reads. */
export type ActualsFormat = 'csv' | 'tsv' | 'xlsx' | 'xls' | 'json' | 'arrow' | 'parquet' | 'text';

/** Options of {@link loadActuals} and {@link loadActualsColumns}. */
export interface LoadActualsOptions {
  /** The format; default from the file extension, else sniffed from the bytes (Parquet, Arrow, xlsx, JSON, CSV). */
  format?: ActualsFormat;
  /** Name used in rejects (and for the format) when the input is a buffer. */
  fileName?: string;
  /** Map fields to headers the common names do not cover: `{ value: '2022年实绩', region: '单位名称' }`. */
  mapping?: ColumnMapping;
  /** Region, year, unit or source to use where the input does not say. */
  defaults?: LoadDefaults;
  /** Excel sheet name (default: every visible sheet that holds a table). */
  sheet?: string;
  /** CSV delimiter (default sniffed: `,` or tab). */
  delimiter?: string;
  /** Show progress on stderr for CSV (default: for files over 32 MB). */
  progress?: boolean;
  /**
   * For a text document (format `text`: .html, .htm, or a .txt that is not a table): what the extractor would
   * otherwise read from the text (region, issue year, document type) and the source written into every row.
   * `defaults.region` and `defaults.source` are used when these do not say.
   */
  text?: TextActualsOptions;
}

const EXTENSIONS: Record<string, ActualsFormat> = {
  '.csv': 'csv',
  '.html': 'text',
  '.htm': 'text',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.xls': 'xls',
  '.json': 'json',
  '.jsonl': 'json',
  '.ndjson': 'json',
  '.arrow': 'arrow',
  '.feather': 'arrow',
  '.ipc': 'arrow',
  '.parquet': 'parquet',
  '.pq': 'parquet',
};

/**
 * Whether a .txt file is a table (CSV or TSV: its first lines split into the same number of fields, at least two) or a
 * text document (a 统计公报 or a work report).
 */
function isDelimitedTable(bytes: Uint8Array): boolean {
  // Excel's "Unicode 文本" (UTF-16 with a BOM) is always a table
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = Buffer.from(bytes.subarray(0, 8192)).toString('latin1');
  const lines = head
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 5);
  if (lines.length < 2) return false;
  for (const d of [',', '\t']) {
    const counts = lines.slice(0, -1).map((l) => l.split(d).length);
    if (counts[0]! >= 2 && counts.every((c) => c === counts[0])) return true;
  }
  return false;
}

function sniff(bytes: Uint8Array): ActualsFormat {
  const ascii = (s: number, e: number) => Buffer.from(bytes.subarray(s, e)).toString('latin1');
  if (ascii(0, 4) === 'PAR1') return 'parquet';
  if (
    ascii(0, 6) === 'ARROW1' ||
    (bytes[0] === 0xff && bytes[1] === 0xff && bytes[2] === 0xff && bytes[3] === 0xff)
  )
    return 'arrow';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'xls';
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 32 || bytes[i] === 10 || bytes[i] === 13 || bytes[i] === 9)) i++;
  if (bytes[i] === 0x5b || bytes[i] === 0x7b) return 'json';
  return 'csv';
}

/** The format of an input (option, extension, or the bytes), and the bytes when they had to be read to tell. */
function formatOf(
  input: string | Uint8Array,
  options: LoadActualsOptions,
): { format: ActualsFormat; bytes: Uint8Array | null } {
  const file = typeof input === 'string' ? input : (options.fileName ?? '<buffer>');
  const ext = extname(file).toLowerCase();
  let bytes: Uint8Array | null = typeof input === 'string' ? null : input;
  if (options.format) return { format: options.format, bytes };
  const known = EXTENSIONS[ext];
  if (known) return { format: known, bytes };
  if (!bytes) bytes = readFileSync(input as string);
  if (ext === '.txt') return { format: isDelimitedTable(bytes) ? 'csv' : 'text', bytes };
  return { format: sniff(bytes), bytes };
}

async function readRaw(input: string | Uint8Array, options: LoadActualsOptions): Promise<RawTable[]> {
  const file = typeof input === 'string' ? input : (options.fileName ?? '<buffer>');
  const { format, bytes } = formatOf(input, options);
  switch (format) {
    case 'text':
      throw new Error(`${file}: a text document: load it with loadActuals (read through actualsFromText)`);
    case 'csv':
    case 'tsv':
      return [
        await readCsvRaw(bytes ?? input, {
          fileName: file,
          mapping: options.mapping,
          delimiter: options.delimiter ?? (format === 'tsv' ? '\t' : undefined),
          progress: options.progress,
        }),
      ];
    case 'parquet':
      return [await readParquetRaw(bytes ?? input, file, options.mapping)];
    default: {
      const b = bytes ?? readFileSync(input as string);
      if (format === 'json') return [readJsonRaw(b, file, options.mapping)];
      if (format === 'arrow') return [readArrowRaw(b, file, options.mapping)];
      return readWorkbookRaw(b, file, { sheet: options.sheet, mapping: options.mapping });
    }
  }
}

/**
 * Load actuals into typed columns (the fast path for big files: no row objects). CSV streams in chunks.
 *
 * Complexity: O(input size); memory O(rows × 60 bytes) plus distinct texts.
 *
 * @example
 * const cols = await loadActualsColumns('big.csv');
 * cols.length + cols.rejects.length === cols.rowsIn // true
 * @throws {Error} when the input cannot be read or parsed at all (naming the file); bad rows are rejects instead.
 */
export async function loadActualsColumns(
  input: string | Uint8Array,
  options: LoadActualsOptions = {},
): Promise<ActualColumns> {
  const file = typeof input === 'string' ? input : (options.fileName ?? '<buffer>');
  try {
    const raws = await readRaw(input, options);
    return concatColumns(raws.map((raw) => normalizeRaw(raw, options.defaults)));
  } catch (e) {
    // every failure names the file, also one a parser throws without it (a stack overflow on hostile nesting)
    const message = (e as Error).message ?? String(e);
    if (message.includes(file)) throw e;
    throw new Error(`${file}: cannot be read: ${message}`, { cause: e });
  }
}

/**
 * Load actuals from a file path or bytes: CSV/TSV (UTF-8 with or without BOM, or GBK/GB18030), Excel (.xlsx/.xls,
 * yearbook layouts), JSON, Arrow IPC or Parquet. Headers are mapped from common Chinese and English names (or
 * `options.mapping`); units are normalised (`normalizeUnit`); a unit the unit table does not know is kept as written
 * (value unconverted) with a warning, never guessed. `rowsIn === rows.length +
 * rejects.length` and `cells.in === cells.used + cells.rejected`; cells dropped inside used rows are in `warnings`.
 *
 * Complexity: O(input size + rows).
 *
 * @example
 * const { rows, rejects, rowsIn } = await loadActuals(seeds.dataPath('actuals/hubei-actuals-published.csv'));
 * rowsIn === rows.length + rejects.length // true
 * rows[0] // { region: '武汉市', subject: 'A股上市公司', metric: '总量', year: 2021, value: 71, unit: 'count', … }
 * @throws {Error} when the input cannot be read or parsed at all (naming the file); bad rows are rejects instead.
 */
export async function loadActuals(
  input: string | Uint8Array,
  options: LoadActualsOptions = {},
): Promise<LoadResult> {
  const { format, bytes } = formatOf(input, options);
  if (format === 'text') return loadText(input, bytes, options);
  const cols = await loadActualsColumns(input, options);
  return {
    rows: actualRows(cols),
    rejects: cols.rejects,
    rowsIn: cols.rowsIn,
    cells: cols.cells,
    warnings: cols.warnings,
  };
}

/** A text document through {@link actualsFromText}: its outcomes and estimates, every mention a row in. */
function loadText(
  input: string | Uint8Array,
  bytes: Uint8Array | null,
  options: LoadActualsOptions,
): LoadResult {
  const file = typeof input === 'string' ? input : (options.fileName ?? '<buffer>');
  try {
    const ext = extname(file).toLowerCase();
    const doc = loadDocument(bytes ?? input, {
      docId: basename(file, ext),
      ...(ext === '.html' || ext === '.htm' ? { html: true } : {}),
    });
    const t = options.text ?? {};
    return actualsFromText(doc.text, {
      ...t,
      docId: t.docId ?? (doc.docId || basename(file, extname(file))),
      fileName: file,
      region: t.region ?? options.defaults?.region,
      source: t.source ?? options.defaults?.source ?? file,
    });
  } catch (e) {
    const message = (e as Error).message ?? String(e);
    throw new Error(message.includes(file) ? message : `${file}: cannot be read: ${message}`, { cause: e });
  }
}
