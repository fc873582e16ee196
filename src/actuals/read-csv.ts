/**
 * The CSV/TSV reader: a byte-level scanner that streams a file in 16 MB chunks and writes straight into typed
 * columns (dictionary-encoded text, Float64 numbers), so 10 million rows never become 10 million objects.
 * UTF-16 with BOM (Excel's "Unicode 文本" export) is re-encoded first.
 * UTF-8 (with or without BOM) and GBK/GB18030 are told apart after reading, by whether every distinct cell is
 * valid UTF-8: cells are keyed by their raw bytes until then.
 */

import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import iconv from 'iconv-lite';
import { restoreCell } from '../io/csv.js';
import { createProgress } from '../io/progress.js';
import { decideEncoding, undecodable } from '../io/text.js';
import {
  type ColumnMapping,
  duplicateTextWarnings,
  type InputField,
  mapColumns,
  NUMBER_FIELDS,
  type NumberField,
  type TextField,
} from './fields.js';
import { columnLetters, type Grid, readGrid } from './layout.js';
import { ByteTextBuilder, IntBuilder, NumberBuilder, type RawTable } from './raw.js';
import type { RejectRow } from './types.js';

/** Options of {@link readCsvRaw}. */
export interface CsvReadOptions {
  /** Field delimiter; default: tab for `.tsv`/`.tab` files, else sniffed from the header line (`,` or tab). */
  delimiter?: string;
  /** Header mapping for columns the common names do not cover. */
  mapping?: ColumnMapping;
  /** Name used in rejects when the input is a buffer. */
  fileName?: string;
  /** Show progress on stderr (default: for files over 32 MB). */
  progress?: boolean;
}

const CHUNK = 16 << 20;
const FAIL = Number.POSITIVE_INFINITY;
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parse a plain ASCII decimal in buf[s, e): NaN when blank, FAIL when it needs the slow parser. */
function parseAscii(buf: Uint8Array, s: number, e: number): number {
  while (s < e && buf[s] === 32) s++;
  while (e > s && buf[e - 1] === 32) e--;
  if (s === e) return Number.NaN;
  let neg = false;
  if (buf[s] === 45) {
    neg = true;
    s++;
  } else if (buf[s] === 43) s++;
  let m = 0;
  let digits = 0;
  let frac = -1;
  let commas = false;
  let group = 0; // digits since the last comma: thousands separators only in groups of three ("17,716.76")
  for (let i = s; i < e; i++) {
    const c = buf[i]!;
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      group++;
      if (frac >= 0) frac++;
    } else if (c === 46 && frac < 0) {
      if (commas && group !== 3) return FAIL;
      frac = 0;
    } else if (c === 44 && frac < 0 && digits > 0) {
      if (commas ? group !== 3 : group > 3) return FAIL;
      commas = true;
      group = 0;
    } else return FAIL;
  }
  if (digits === 0 || (commas && frac < 0 && group !== 3)) return FAIL;
  if (digits > 15 || frac > 22) {
    // too many digits for exact integer arithmetic (0.30000000000000004): let the platform round it
    const text = Buffer.from(buf.buffer, buf.byteOffset + s, e - s).toString('latin1');
    const x = Number(commas ? text.replace(/,/g, '') : text);
    return Number.isFinite(x) ? (neg ? -x : x) : FAIL;
  }
  const x = frac > 0 ? m / POW10[frac]! : m;
  return neg ? -x : x;
}

interface ScanState {
  fs: Int32Array;
  fe: Int32Array;
  fq: Uint8Array;
  /** FNV-1a hash of unquoted fields whose column is flagged in `hashed`. */
  fh: Uint32Array;
  hashed: Uint8Array;
  nf: number;
  nl: number;
}

const scanState = (): ScanState => ({
  fs: new Int32Array(64),
  fe: new Int32Array(64),
  fq: new Uint8Array(64),
  fh: new Uint32Array(64),
  hashed: new Uint8Array(64),
  nf: 0,
  nl: 0,
});

/** Scan one record from `pos`; returns the position after it, or -1 when the buffer ends first (not at EOF). */
function scanRecord(
  buf: Uint8Array,
  pos: number,
  len: number,
  eof: boolean,
  delim: number,
  st: ScanState,
): number {
  let nf = 0;
  let i = pos;
  st.nl = 0;
  for (;;) {
    if (nf === st.fs.length) {
      const fs = new Int32Array(nf * 2);
      fs.set(st.fs);
      const fe = new Int32Array(nf * 2);
      fe.set(st.fe);
      const fq = new Uint8Array(nf * 2);
      fq.set(st.fq);
      const fh = new Uint32Array(nf * 2);
      fh.set(st.fh);
      const hashed = new Uint8Array(nf * 2);
      hashed.set(st.hashed);
      st.fs = fs;
      st.fe = fe;
      st.fq = fq;
      st.fh = fh;
      st.hashed = hashed;
    }
    if (i < len && buf[i] === 34) {
      let j = i + 1;
      let esc = false;
      for (;;) {
        if (j >= len) {
          if (!eof) return -1;
          throw new Error('a quoted field is never closed');
        }
        const c = buf[j];
        if (c === 34) {
          if (j + 1 >= len && !eof) return -1;
          if (buf[j + 1] === 34) {
            esc = true;
            j += 2;
            continue;
          }
          break;
        }
        if (c === 10) st.nl++;
        j++;
      }
      st.fs[nf] = i + 1;
      st.fe[nf] = j;
      st.fq[nf] = esc ? 2 : 1;
      i = j + 1;
      // text between the closing quote and the delimiter ("1"7716.76) makes the field malformed, never dropped
      while (i < len && buf[i] !== delim && buf[i] !== 10 && buf[i] !== 13) {
        if (buf[i] !== 32 && buf[i] !== 9) st.fq[nf] = 3;
        i++;
      }
      nf++;
    } else {
      let j = i;
      if (st.hashed[nf] === 1) {
        let h = 0x811c9dc5;
        while (j < len) {
          const c = buf[j]!;
          if (c === delim || c === 10 || c === 13) break;
          h = Math.imul(h ^ c, 0x01000193);
          j++;
        }
        st.fh[nf] = h >>> 0;
      } else
        while (j < len) {
          const c = buf[j];
          if (c === delim || c === 10 || c === 13) break;
          j++;
        }
      st.fs[nf] = i;
      st.fe[nf] = j;
      st.fq[nf] = 0;
      nf++;
      i = j;
    }
    if (i >= len) {
      if (!eof) return -1;
      st.nf = nf;
      return len;
    }
    const c = buf[i];
    if (c === delim) {
      i++;
      continue;
    }
    if (c === 13) {
      if (i + 1 >= len && !eof) return -1;
      i += buf[i + 1] === 10 ? 2 : 1;
    } else i++;
    st.nf = nf;
    return i;
  }
}

function latin1(buf: Buffer, s: number, e: number): string {
  return buf.toString('latin1', s, e);
}

/** Decode a latin1-keyed cell to text in the detected encoding. */
function decoderFor(encoding: 'utf-8' | 'gb18030'): (key: string) => string {
  return (key) => {
    if (/^[\x00-\x7f]*$/.test(key)) return key.trim();
    const bytes = Buffer.from(key, 'latin1');
    return (encoding === 'utf-8' ? bytes.toString('utf8') : iconv.decode(bytes, 'gb18030')).trim();
  };
}

/** The largest table laid out for people a CSV may hold (records × fields). */
const MAX_GRID_CELLS = 20_000_000;

/** Read a whole CSV (a table laid out for people) as a grid of decoded cells, rows it cannot decode flagged. */
function csvGrid(all: Buffer, file: string, d: number, bom: boolean): Grid {
  const st = scanState();
  const records: { line: number; fields: [number, number, number][] }[] = [];
  let pos = bom ? 3 : 0;
  let line = 1;
  let cellCount = 0;
  while (pos < all.length) {
    let end: number;
    try {
      end = scanRecord(all, pos, all.length, true, d, st);
    } catch (e) {
      throw new Error(`${file} line ${line}: ${(e as Error).message}`);
    }
    const fields: [number, number, number][] = [];
    for (let f = 0; f < st.nf; f++) fields.push([st.fs[f]!, st.fe[f]!, st.fq[f]!]);
    records.push({ line, fields });
    cellCount += st.nf;
    if (cellCount > MAX_GRID_CELLS)
      throw new Error(
        `${file}: more than ${MAX_GRID_CELLS} cells in a table without a tidy header line (give it a header with a value column, e.g. 数值)`,
      );
    line += 1 + st.nl;
    if (end <= pos) break;
    pos = end;
  }
  const keys: Uint8Array[] = [];
  for (const r of records) for (const [s, e] of r.fields) if (e > s) keys.push(all.subarray(s, e));
  const encoding = bom ? 'utf-8' : decideEncoding(keys);
  const decode = decoderFor(encoding);
  const badRows = new Map<number, string>();
  const cells: (string | null)[][] = records.map((r, k) =>
    r.fields.map(([s, e, q], c) => {
      if (e <= s) return null;
      const why = q === 3 ? 'text after the closing quote' : undecodable(all.subarray(s, e), encoding);
      if (why && !badRows.has(k)) badRows.set(k, `column ${c + 1}: ${why}`);
      const key = latin1(all, s, e);
      return decode(q === 2 ? key.replace(/""/g, '"') : key);
    }),
  );
  return {
    file,
    cells,
    merges: [],
    rowNumber: (r) => records[r]?.line ?? r + 1,
    colName: columnLetters,
    badRows,
  };
}

function isUtf8(key: string): boolean {
  if (/^[\x00-\x7f]*$/.test(key)) return true;
  try {
    utf8.decode(Buffer.from(key, 'latin1'));
    return true;
  } catch {
    return false;
  }
}

/** The text of a UTF-16 input (BOM FF FE or FE FF), or `null` for any other input. */
function utf16Text(input: string | Uint8Array): string | null {
  let head: Uint8Array;
  if (typeof input === 'string') {
    const fd = openSync(input, 'r');
    try {
      head = Buffer.alloc(2);
      readSync(fd, head, 0, 2, 0);
    } finally {
      closeSync(fd);
    }
  } else head = input;
  const le = head[0] === 0xff && head[1] === 0xfe;
  const be = head[0] === 0xfe && head[1] === 0xff;
  if (!le && !be) return null;
  const bytes = typeof input === 'string' ? readFileSync(input) : input;
  return new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes);
}

/**
 * Read a CSV or TSV file (path) or buffer into the raw columnar form. Blank lines and lines of empty fields only (as
 * Excel leaves at the end) are skipped and not counted; a record with the wrong number of fields is a reject.
 *
 * Complexity: O(bytes) time; memory O(rows × mapped fields × 4–8 bytes) plus the distinct cell texts.
 *
 * @example
 * const raw = await readCsvRaw('actuals.csv');
 * raw.length; raw.text.region?.dict
 * @throws {Error} when the file cannot be read, has no header, or a quoted field is never closed (naming file and line).
 */
export async function readCsvRaw(
  input: string | Uint8Array,
  options: CsvReadOptions = {},
): Promise<RawTable> {
  const file = typeof input === 'string' ? input : (options.fileName ?? '<buffer>');
  const utf16 = utf16Text(input);
  if (utf16 !== null)
    // Excel's "Unicode 文本" export: UTF-16 with BOM, tab-separated; re-encode and read as UTF-8
    return readCsvRaw(Buffer.from(utf16, 'utf8'), { ...options, fileName: file });
  const fd = typeof input === 'string' ? openSync(input, 'r') : -1;
  try {
    const size = fd >= 0 ? fstatSync(fd).size : input.length;
    const showProgress = options.progress ?? size > 32 << 20;
    const progress = showProgress
      ? createProgress(`actuals ${file}`, Math.ceil(size / 1e6), { unit: 'MB' })
      : null;
    let buf: Buffer =
      fd >= 0 ? Buffer.allocUnsafe(Math.min(CHUNK, Math.max(size, 1))) : Buffer.from(input as Uint8Array);
    let len = 0;
    let eof = fd < 0;
    let fileOffset = 0;
    let reported = 0;
    const fill = () => {
      if (eof) return;
      if (len === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, len);
        buf = bigger;
      }
      const n = readSync(fd, buf, len, buf.length - len, fileOffset);
      fileOffset += n;
      len += n;
      if (n === 0 || fileOffset >= size) eof = true;
      if (progress) {
        const mb = Math.floor(fileOffset / 1e6);
        if (mb > reported) {
          progress.tick(mb - reported);
          reported = mb;
        }
      }
    };
    if (fd < 0) len = buf.length;
    else fill();
    const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
    let pos = bom ? 3 : 0;
    const st = scanState();
    const lower = typeof input === 'string' ? input.toLowerCase() : (options.fileName ?? '').toLowerCase();
    let delim = options.delimiter ?? (lower.endsWith('.tsv') || lower.endsWith('.tab') ? '\t' : '');
    if (!delim) {
      const nl = buf.indexOf(10, pos);
      const line = buf.subarray(pos, nl < 0 ? len : nl);
      let tabs = 0;
      let commas = 0;
      for (const c of line) {
        if (c === 9) tabs++;
        else if (c === 44) commas++;
      }
      delim = tabs > commas ? '\t' : ',';
    }
    const d = delim.charCodeAt(0);
    // header
    let next = scanRecord(buf, pos, len, eof, d, st);
    while (next < 0) {
      fill();
      next = scanRecord(buf, pos, len, eof, d, st);
    }
    if (st.nf === 0 || (st.nf === 1 && st.fs[0] === st.fe[0])) throw new Error(`${file}: no header line`);
    const headerBytes: string[] = [];
    for (let f = 0; f < st.nf; f++) headerBytes.push(latin1(buf, st.fs[f]!, st.fe[f]!).replace(/""/g, '"'));
    const headerUtf8 = headerBytes.every(isUtf8);
    const headers = headerBytes.map(decoderFor(headerUtf8 ? 'utf-8' : 'gb18030'));
    const fieldMap = mapColumns(headers, options.mapping);
    if (fieldMap.columns.value === undefined && fieldMap.columns.growth_pct === undefined) {
      // not a tidy header line: a table laid out for people (a portal export, a yearbook sheet saved as CSV)
      const all = fd >= 0 ? readFileSync(input as string) : Buffer.from(input as Uint8Array);
      return readGrid(csvGrid(all, file, d, bom), options.mapping);
    }
    const nCols = headers.length;
    pos = next;
    let line = 2 + st.nl;
    // capacity from the mean line length of the first chunk (typed columns grow by doubling if it is short)
    let sampleLines = 0;
    for (let k = pos; k < len; k++) if (buf[k] === 10) sampleLines++;
    const meanLine = sampleLines > 0 ? (len - pos) / sampleLines : 48;
    const cap = Math.max(1024, Math.min(1 << 27, Math.ceil((size / meanLine) * 1.02) + 16));
    const textCols: [number, TextField, ByteTextBuilder][] = [];
    const numCols: [number, NumberField, NumberBuilder][] = [];
    for (const [field, col] of Object.entries(fieldMap.columns) as [InputField, number][]) {
      if ((NUMBER_FIELDS as readonly string[]).includes(field))
        numCols.push([col, field as NumberField, new NumberBuilder(cap)]);
      else textCols.push([col, field as TextField, new ByteTextBuilder(cap)]);
    }
    // a second value or growth column is read too, and compared with the first per record
    const extraCols: [number, NumberField, NumberBuilder][] = fieldMap.duplicates
      .filter((x) => (NUMBER_FIELDS as readonly string[]).includes(x.field))
      .map((x) => [x.column, x.field as NumberField, new NumberBuilder(cap)]);
    const allNum = [...numCols, ...extraCols];
    const rows = new IntBuilder(cap);
    if (nCols > st.hashed.length) {
      st.hashed = new Uint8Array(nCols * 2);
      st.fs = new Int32Array(nCols * 2);
      st.fe = new Int32Array(nCols * 2);
      st.fq = new Uint8Array(nCols * 2);
      st.fh = new Uint32Array(nCols * 2);
    }
    for (const [col] of textCols) st.hashed[col] = 1;
    const mappedCols = [...textCols, ...allNum].map(([col, field]) => [col, field] as const);
    const rawRejects: { row: number; raw: string; reason: string }[] = [];
    const recordErrors = new Map<number, { field: InputField | ''; reason: string }>();
    let rejectedCells = 0;
    let rowsIn = 0;
    for (;;) {
      if (pos >= len && eof) break;
      let end: number;
      try {
        end = scanRecord(buf, pos, len, eof, d, st);
      } catch (e) {
        throw new Error(`${file} line ${line}: ${(e as Error).message}`);
      }
      if (end < 0) {
        // carry the partial record to the front and read more
        buf.copy(buf, 0, pos, len);
        len -= pos;
        pos = 0;
        fill();
        continue;
      }
      const startLine = line;
      line += 1 + st.nl;
      let blank = true;
      for (let f = 0; f < st.nf; f++)
        if (st.fe[f]! > st.fs[f]!) {
          blank = false;
          break;
        }
      if (blank) {
        pos = end;
        continue;
      }
      rowsIn++;
      if (st.nf !== nCols) {
        rawRejects.push({
          row: startLine,
          raw: latin1(buf, pos, end).replace(/[\r\n]+$/, ''),
          reason: `has ${st.nf} fields, the header has ${nCols}`,
        });
        for (const [col] of allNum) if (col < st.nf && st.fe[col]! > st.fs[col]!) rejectedCells++;
        pos = end;
        continue;
      }
      for (const [col, field] of mappedCols)
        if (st.fq[col] === 3) {
          recordErrors.set(rows.length, {
            field,
            reason: `text after the closing quote in ${JSON.stringify(latin1(buf, st.fs[col]! - 1, Math.min(end, st.fe[col]! + 40)).split(String.fromCharCode(d))[0])}`,
          });
          break;
        }
      rows.add(startLine);
      for (let t = 0; t < textCols.length; t++) {
        const [col, , b] = textCols[t]!;
        if (st.fq[col] === 2) {
          const unq = Buffer.from(latin1(buf, st.fs[col]!, st.fe[col]!).replace(/""/g, '"'), 'latin1');
          b.add(unq, 0, unq.length);
        } else if (st.fq[col] !== 0) b.add(buf, st.fs[col]!, st.fe[col]!);
        else b.addHashed(buf, st.fs[col]!, st.fe[col]!, st.fh[col]!);
      }
      for (let t = 0; t < allNum.length; t++) {
        const [col, , b] = allNum[t]!;
        const x = parseAscii(buf, st.fs[col]!, st.fe[col]!);
        if (x === FAIL) {
          const key = latin1(buf, st.fs[col]!, st.fe[col]!);
          b.addText(st.fq[col] === 2 ? key.replace(/""/g, '"') : key);
        } else b.addNumber(x);
      }
      pos = end;
    }
    progress?.done();
    // the encoding, decided once for the file from its distinct non-ASCII cells; rows it cannot decode are rejected
    const keys: Uint8Array[] = [];
    for (const [, , b] of textCols) for (let k = 1; k < b.size; k++) keys.push(b.keyBytes(k));
    for (const [, , b] of allNum) for (const k of b.text.values()) keys.push(Buffer.from(k, 'latin1'));
    for (const h of headerBytes) keys.push(Buffer.from(h, 'latin1'));
    const encoding = bom ? 'utf-8' : decideEncoding(keys);
    const badKey = (bytes: Uint8Array): string | null => undecodable(bytes, encoding);
    for (const [, field, b] of textCols) {
      const bad = new Map<number, string>();
      for (let k = 1; k < b.size; k++) {
        const why = badKey(b.keyBytes(k));
        if (why) bad.set(k, why);
      }
      if (bad.size === 0) continue;
      for (let i = 0; i < b.length; i++) {
        const why = bad.get(b.codes[i]!);
        if (why && !recordErrors.has(i)) recordErrors.set(i, { field, reason: why });
      }
    }
    for (const [, field, b] of allNum)
      for (const [i, k] of b.text) {
        const why = badKey(Buffer.from(k, 'latin1'));
        if (why && !recordErrors.has(i)) recordErrors.set(i, { field, reason: why });
      }
    const decode = decoderFor(encoding);
    const text: RawTable['text'] = {};
    // a text cell that a CSV writer (this package's, or Excel's own text marker) neutralised with a leading ' reads
    // back as written before: '=1+1 → =1+1 (restoreCell leaves every other text alone)
    const decodeBytes = (bytes: Uint8Array) =>
      restoreCell(decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')));
    for (const [, field, b] of textCols) text[field] = b.finish(decodeBytes);
    const numbers: RawTable['numbers'] = {};
    for (const [, field, b] of numCols) numbers[field] = b.finish(decode);
    const rejects: RejectRow[] = rawRejects.map((r) => ({
      file,
      row: r.row,
      column: '',
      reason: r.reason,
      raw: decode(r.raw),
    }));
    const finalHeaders = headerBytes.map(decode);
    fieldMap.headers = finalHeaders;
    return {
      file,
      length: rows.length,
      rows: rows.finish(),
      text,
      numbers,
      fieldMap,
      context: {},
      rejects,
      rowsIn,
      recordErrors,
      rejectedCells,
      extraNumbers: extraCols.map(([col, field, b]) => ({
        field,
        header: finalHeaders[col]!,
        column: b.finish(decode),
      })),
      warnings: duplicateTextWarnings(file, fieldMap),
    };
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}
