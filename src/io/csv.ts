/**
 * Small, exact CSV reading and writing (RFC 4180: quoted fields, doubled quotes, CRLF or LF).
 * For very large files use the streaming actuals loader instead.
 */

/**
 * Parse CSV text into rows of fields. A leading UTF-8 BOM is dropped; a trailing newline does not make an empty row.
 *
 * Complexity: O(n) in the length of the text.
 *
 * @example
 * parseCsv('a,b\n1,"x,y"\n') // [['a', 'b'], ['1', 'x,y']]
 * @throws {Error} when a quoted field is not closed, naming the line where it opened.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
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
      row.push(field);
      field = '';
      fieldStarted = false;
      i++;
      continue;
    }
    if (c === 13 /* \r */ || c === 10 /* \n */) {
      row.push(field);
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
    row.push(field);
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
export function parseCsvObjects(text: string, delimiter = ','): Record<string, string>[] {
  const rows = parseCsv(text, delimiter);
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

/** Quote one CSV field when it needs it. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = Array.isArray(value) ? value.join('|') : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Format objects as CSV with the given columns, header first, LF line ends.
 *
 * Complexity: O(rows × columns).
 *
 * @example
 * formatCsv(['a', 'b'], [{ a: 1, b: 'x,y' }]) // 'a,b\n1,"x,y"\n'
 */
export function formatCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}
