/**
 * Small, exact CSV reading and writing (RFC 4180: quoted fields, doubled quotes, CRLF or LF), and the package's one
 * CSV writer, which neutralises formula-leading text (see docs/security.md, "Outputs").
 * For very large files use the streaming actuals loader instead.
 */

/** Options of {@link parseCsv} and {@link parseCsvObjects}. */
export interface ParseCsvOptions {
  /**
   * Undo the writer's formula neutralisation ({@link restoreCell}: `'=1+2` → `=1+2`), so that what
   * {@link formatCsv} writes reads back to the same table. Default true.
   */
  restore?: boolean;
}

/**
 * Parse CSV text into rows of fields. A leading UTF-8 BOM is dropped; a trailing newline does not make an empty row.
 * A cell the writer neutralised (`'=1+2`) reads back as written before (`=1+2`) unless `options.restore` is false.
 *
 * Complexity: O(n) in the length of the text.
 *
 * @example
 * parseCsv('a,b\n1,"x,y"\n') // [['a', 'b'], ['1', 'x,y']]
 * parseCsv("a\n'=1+2\n") // [['a'], ['=1+2']]
 * @throws {Error} when a quoted field is not closed, naming the line where it opened.
 */
export function parseCsv(text: string, delimiter = ',', options: ParseCsvOptions = {}): string[][] {
  const cell = options.restore === false ? (f: string) => f : restoreCell;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  let line = 1;
  let fieldStarted = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */ && !fieldStarted) {
      const openLine = line;
      i++;
      let closed = false;
      while (i < n) {
        const q = text.charCodeAt(i);
        if (q === 34) {
          if (text.charCodeAt(i + 1) === 34) {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (q === 10) line++;
        field += text[i];
        i++;
      }
      if (!closed) throw new Error(`CSV: quoted field opened on line ${openLine} is never closed`);
      fieldStarted = true;
      continue;
    }
    if (c === d) {
      row.push(cell(field));
      field = '';
      fieldStarted = false;
      i++;
      continue;
    }
    if (c === 13 /* \r */ || c === 10 /* \n */) {
      row.push(cell(field));
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      continue;
    }
    field += text[i];
    fieldStarted = true;
    i++;
  }
  if (fieldStarted || row.length > 0) {
    row.push(cell(field));
    rows.push(row);
  }
  return rows;
}

/**
 * Parse CSV text with a header row into objects keyed by column name.
 *
 * @example
 * parseCsvObjects('a,b\n1,2\n') // [{ a: '1', b: '2' }]
 * @throws {Error} when a row has more fields than the header, naming the 1-based line.
 */
export function parseCsvObjects(
  text: string,
  delimiter = ',',
  options: ParseCsvOptions = {},
): Record<string, string>[] {
  const rows = parseCsv(text, delimiter, options);
  if (rows.length === 0) return [];
  const header = rows[0]!;
  const out: Record<string, string>[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length === 1 && row[0] === '') continue;
    if (row.length > header.length) {
      throw new Error(`CSV: row ${r + 1} has ${row.length} fields, the header has ${header.length}`);
    }
    const o: Record<string, string> = {};
    for (let c = 0; c < header.length; c++) o[header[c]!] = row[c] ?? '';
    out.push(o);
  }
  return out;
}

/**
 * The first characters that make a spreadsheet (Excel, LibreOffice Calc, Google Sheets, WPS) read a cell as a
 * formula or command: `=`, `+`, `-`, `@`, tab, CR, LF, and their full-width forms `＝＋－＠` (which East Asian
 * spreadsheet input converts). One table, used by the CSV writer and the workbook alike.
 */
export const FORMULA_LEADS: readonly string[] = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '＝',
  '＋',
  '－',
  '＠',
];

const FORMULA_LEAD = new Set(FORMULA_LEADS);

/**
 * True for text that a spreadsheet would read as a formula or command: it starts with one of {@link FORMULA_LEADS}.
 *
 * Complexity: O(1).
 *
 * @example
 * isFormulaLike('=HYPERLINK("http://x","y")') // true
 * isFormulaLike('-3.5') // true: as text, it is neutralised like any other formula-leading text
 * isFormulaLike('光电子信息') // false
 */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && FORMULA_LEAD.has(text[0]!);
}

/** True for text that {@link neutraliseCell} prefixed, or that would be taken for a prefixed cell: `'`s then a lead. */
function looksNeutralised(text: string): boolean {
  let i = 0;
  while (text[i] === "'") i++;
  return i > 0 && i < text.length && FORMULA_LEAD.has(text[i]!);
}

/**
 * Make text safe for a spreadsheet cell: text that starts with a formula lead ({@link FORMULA_LEADS}) and has
 * something after it gets a `'` in front (`=SUM(A1)` → `'=SUM(A1)`), the spreadsheets' own "this is text" marker.
 * A lone lead (`=` the comparator, `-` the statistical "none") carries no formula and is left as it is. Text that
 * already starts with `'`s followed by a lead gets one more `'`, so that {@link restoreCell} undoes exactly what
 * this did. Any other text is returned unchanged.
 *
 * Complexity: O(1) plus the length of a leading run of `'`.
 *
 * @example
 * neutraliseCell('=1+2') // "'=1+2"
 * neutraliseCell("'=1+2") // "''=1+2"
 * neutraliseCell('=') // '='
 * neutraliseCell('光电子信息') // '光电子信息'
 */
export function neutraliseCell(text: string): string {
  return (text.length > 1 && isFormulaLike(text)) || looksNeutralised(text) ? `'${text}` : text;
}

/**
 * Undo {@link neutraliseCell}: a cell that is `'`s followed by a formula lead loses its first `'`; any other text
 * is returned unchanged. `restoreCell(neutraliseCell(s)) === s` for every string `s`.
 *
 * Complexity: O(1) plus the length of a leading run of `'`.
 *
 * @example
 * restoreCell("'=1+2") // '=1+2'
 * restoreCell("it's") // "it's"
 */
export function restoreCell(text: string): string {
  return looksNeutralised(text) ? text.slice(1) : text;
}

/**
 * The text of one CSV cell, before quoting. The rule is decided by the cell's type, which is its column's type in
 * the package's typed tables (TargetRow, GapRow, ActualRow, RejectRow…):
 * - numeric cells (a finite `number` or a `bigint`) are written as numbers, sign included: `-3.5` stays `-3.5`,
 *   a value a spreadsheet reads as the number it is;
 * - `true` / `false` for booleans, `''` for `null` and `undefined`;
 * - arrays are joined with `|` and then treated as text;
 * - text, and a non-finite number (`NaN`, `-Infinity`, which no spreadsheet reads as a number), is neutralised
 *   with {@link neutraliseCell}: `-3.5` given as *text* (a rejected raw cell, a note) becomes `'-3.5` and stays
 *   text in a spreadsheet, exactly as `=1+2` becomes `'=1+2`; a lone `=` or `-` (a comparator, a "none") is
 *   left as it is.
 *
 * Complexity: O(length of the text).
 *
 * @example
 * csvCellText(-3.5) // '-3.5'
 * csvCellText('-3.5') // "'-3.5"
 * csvCellText(['@a', 'b']) // "'@a|b"
 */
export function csvCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  const text = Array.isArray(value) ? value.join('|') : String(value);
  return neutraliseCell(text);
}

/**
 * One CSV field: {@link csvCellText}, then quoted (RFC 4180) when it holds `"`, `,`, CR or LF.
 *
 * Complexity: O(length of the text).
 *
 * @example
 * csvField('a,b') // '"a,b"'
 * csvField('=HYPERLINK("x")') // the 18 characters "'=HYPERLINK(""x"")"
 * csvField(-3.5) // '-3.5'
 */
export function csvField(value: unknown): string {
  const s = csvCellText(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The CSV of objects with the given columns, as chunks of text: the header line, then the rows, at most
 * `chunkRows` rows per chunk (LF line ends, a final LF). Every cell goes through {@link csvField}, the one CSV
 * writer of the package. Writing chunk by chunk keeps tables of millions of rows under the engine's string limit.
 *
 * Complexity: O(rows × columns).
 *
 * @example
 * [...csvChunks(['a'], [{ a: 1 }, { a: 2 }], 1)] // ['a\n', '1\n', '2\n']
 */
export function* csvChunks(
  columns: readonly string[],
  rows: Iterable<object>,
  chunkRows = 10_000,
): Generator<string> {
  yield `${columns.map(csvField).join(',')}\n`;
  let lines: string[] = [];
  for (const row of rows) {
    const cells = row as Readonly<Record<string, unknown>>;
    lines.push(columns.map((c) => csvField(cells[c])).join(','));
    if (lines.length >= chunkRows) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

/**
 * Format objects as CSV with the given columns, header first, LF line ends (see {@link csvChunks} and
 * {@link csvCellText} for the cell rules, formula neutralisation included).
 *
 * Complexity: O(rows × columns).
 *
 * @example
 * formatCsv(['a', 'b'], [{ a: 1, b: 'x,y' }]) // 'a,b\n1,"x,y"\n'
 * formatCsv(['a'], [{ a: '@SUM(A1)' }, { a: -2 }]) // "a\n'@SUM(A1)\n-2\n"
 */
export function formatCsv(columns: readonly string[], rows: Iterable<object>): string {
  let out = '';
  for (const chunk of csvChunks(columns, rows)) out += chunk;
  return out;
}
