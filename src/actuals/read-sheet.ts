/**
 * The Excel reader (.xlsx, .xls) for yearbook-style sheets: a title line, a `单位:万元` line, merged multi-row
 * headers (`地区生产总值` over `总量 | 比上年增长(%)`), a wide layout (indicators or years across), and footnotes.
 * Merged header cells are filled across their range, header rows are joined per column with `/`, and wide sheets
 * are melted so that each (row, indicator, year) cell group is one input record.
 */
import XLSX from '@e965/xlsx';
import { regions, zones } from '../dictionaries/regions.js';
import { type ColumnMapping, mapColumns, readHeader } from './fields.js';
import { type RawTable, rawFromRecords } from './raw.js';
import type { RejectRow } from './types.js';

/** Options of {@link readSheetRaw}. */
export interface SheetReadOptions {
  /** Sheet name; default the first sheet. */
  sheet?: string;
  mapping?: ColumnMapping;
}

type Cell = string | number | boolean | null;

const isNumeric = (c: Cell): boolean =>
  typeof c === 'number' || (typeof c === 'string' && /^[>≥<≤约~]?\s*-?[\d,]+(\.\d+)?\s*$/.test(c.trim()));
const isYearNumber = (c: Cell): boolean =>
  typeof c === 'number' && Number.isInteger(c) && c >= 1900 && c <= 2100;
const nonEmpty = (c: Cell): boolean => c !== null && !(typeof c === 'string' && c.trim() === '');
const FOOTNOTE = /^(注|说明|资料来源|数据来源|备注)[::\s]/;

function titleRegion(text: string): string | undefined {
  let best: string | undefined;
  for (const r of regions())
    for (const name of [r.name, ...r.aliases])
      if (name.length >= 2 && text.includes(name) && (!best || name.length > best.length)) best = r.name;
  for (const z of zones())
    for (const name of [z.name, ...z.aliases])
      if (name.length >= 3 && text.includes(name) && (!best || name.length > best.length)) best = z.name;
  return best;
}

/**
 * Read one sheet of an Excel workbook into the raw columnar form.
 *
 * Complexity: O(cells).
 *
 * @example
 * const raw = readSheetRaw(readFileSync('yearbook.xlsx'), 'yearbook.xlsx');
 * @throws {Error} when the bytes are not a workbook, the sheet does not exist (listing the sheets), or no header row
 *   is found, naming the file.
 */
export function readSheetRaw(bytes: Uint8Array, file: string, options: SheetReadOptions = {}): RawTable {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'buffer' });
  } catch (e) {
    throw new Error(`${file}: not an Excel workbook: ${(e as Error).message}`);
  }
  const sheetName = options.sheet ?? wb.SheetNames[0];
  const ws = sheetName ? wb.Sheets[sheetName] : undefined;
  if (!ws || !sheetName)
    throw new Error(`${file}: no sheet "${options.sheet}"; sheets are ${wb.SheetNames.join(', ')}`);
  const origin = ws['!ref'] ? XLSX.utils.decode_range(ws['!ref']).s : { r: 0, c: 0 };
  const grid = XLSX.utils.sheet_to_json<Cell[]>(ws, { header: 1, raw: true, defval: null, blankrows: true });
  const width = Math.max(0, ...grid.map((r) => r.length));
  for (const row of grid) while (row.length < width) row.push(null);
  for (const m of ws['!merges'] ?? []) {
    const v = grid[m.s.r - origin.r]?.[m.s.c - origin.c] ?? null;
    for (let r = m.s.r; r <= m.e.r; r++)
      for (let c = m.s.c; c <= m.e.c; c++) {
        const row = grid[r - origin.r];
        if (row && c - origin.c < width) row[c - origin.c] = v;
      }
  }
  const sheetRow = (i: number) => i + origin.r + 1;
  const colLetter = (c: number) => XLSX.utils.encode_col(c + origin.c);

  // context lines above the header: title, 单位 line
  const context: RawTable['context'] = {};
  let h = 0;
  const scanContext = (text: string) => {
    const unit = /单位\s*[::]\s*([^\s,,;;)]+)/.exec(text);
    if (unit) context.unit = unit[1];
    const year = /((?:19|20)\d{2})\s*年/.exec(text);
    if (year && context.year === undefined && !unit) context.year = Number(year[1]);
    const region = titleRegion(text);
    if (region && !context.region) context.region = region;
  };
  for (; h < grid.length; h++) {
    const cells = grid[h]!.filter(nonEmpty);
    const unitCell = cells.find((c) => typeof c === 'string' && /^\s*单位\s*[::]/.test(c));
    if (unitCell) scanContext(String(unitCell));
    const others = cells.filter((c) => c !== unitCell);
    if (others.length >= 2 && new Set(others.map(String)).size >= 2) break;
    for (const c of others) scanContext(String(c));
  }
  if (h >= grid.length)
    throw new Error(`${file} sheet ${sheetName}: no header row (a row with two or more cells)`);
  // header rows: until the first row whose label is followed by numbers that are not just years
  let d = h + 1;
  for (; d < grid.length; d++) {
    const row = grid[d]!;
    const nums = row.filter((c, i) => i > 0 && isNumeric(c));
    if (nums.length > 0 && !nums.every(isYearNumber)) break;
  }
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = h; r < d; r++) {
      const v = grid[r]![c];
      if (!nonEmpty(v)) continue;
      let s = String(v).trim().replace(/\s+/g, '');
      if (isYearNumber(v as Cell)) s = `${v}年`;
      if (/^单位[:：]/.test(s)) continue;
      if (parts[parts.length - 1] !== s) parts.push(s);
    }
    headers.push(parts.join('/'));
  }
  const rejects: RejectRow[] = [];
  const dataRows: number[] = [];
  for (let r = d; r < grid.length; r++) {
    const row = grid[r]!;
    if (!row.some(nonEmpty)) continue;
    const first = row.find(nonEmpty);
    if (typeof first === 'string' && FOOTNOTE.test(first.trim()) && row.filter(nonEmpty).length === 1) {
      rejects.push({
        file,
        row: sheetRow(r),
        column: '',
        reason: 'footnote, not a data row',
        raw: first,
      });
      continue;
    }
    dataRows.push(r);
  }
  // composite headers (地区生产总值/总量) are measures of a wide sheet, never id columns
  const fieldMap = mapColumns(
    headers.map((x) => (x.includes('/') ? '' : x)),
    options.mapping,
  );
  fieldMap.headers = headers;
  const long = fieldMap.columns.value !== undefined || fieldMap.columns.growth_pct !== undefined;
  if (long) {
    const raw = rawFromRecords(
      file,
      fieldMap,
      dataRows.map((r) => grid[r]!),
      dataRows.map(sheetRow),
      context,
    );
    raw.rejects = rejects;
    raw.rowsIn += rejects.length;
    return raw;
  }
  // wide: melt measure columns into (indicator, year) groups
  const idCols = new Set(Object.values(fieldMap.columns));
  interface Group {
    indicator: string;
    year: number | null;
    unit: string | null;
    value: number | null;
    growth: number | null;
  }
  const groups = new Map<string, Group>();
  for (let c = 0; c < width; c++) {
    if (idCols.has(c) || headers[c] === '') continue;
    let indicator = '';
    let year: number | null = null;
    let unit: string | null = null;
    let role: 'value' | 'growth' = 'value';
    for (const part of headers[c]!.split('/')) {
      const y = /^((?:19|20)\d{2})年?$/.exec(part);
      if (y) {
        year = Number(y[1]);
        continue;
      }
      const r = readHeader(part);
      if (r.field === 'growth_pct') {
        role = 'growth';
        continue;
      }
      if (r.field === 'value') {
        if (r.unit) unit = r.unit;
        continue;
      }
      const m = /^(.*?)\(([^()]*)\)$/.exec(part.replace(/（/g, '(').replace(/）/g, ')'));
      if (m) {
        unit = m[2]!;
        indicator = indicator ? `${indicator}/${m[1]}` : m[1]!;
      } else indicator = indicator ? `${indicator}/${part}` : part;
    }
    const key = `${indicator}\u0000${year ?? ''}`;
    const g = groups.get(key) ?? { indicator, year, unit: null, value: null, growth: null };
    if (role === 'growth') g.growth = c;
    else {
      g.value = c;
      if (unit) g.unit = unit;
    }
    groups.set(key, g);
  }
  const outHeaders = ['region', 'indicator', 'year', 'value', 'unit', 'growth_pct', 'source', 'scope'];
  const records: Cell[][] = [];
  const rowNums: number[] = [];
  const cellCols: string[] = [];
  const rc = fieldMap.columns;
  for (const r of dataRows) {
    const row = grid[r]!;
    for (const g of groups.values()) {
      const value = g.value !== null ? row[g.value]! : null;
      const growth = g.growth !== null ? row[g.growth]! : null;
      if (!nonEmpty(value) && !nonEmpty(growth)) continue;
      const indicator =
        rc.indicator !== undefined ? [row[rc.indicator], g.indicator].filter(nonEmpty).join('') : g.indicator;
      records.push([
        rc.region !== undefined ? row[rc.region]! : null,
        indicator,
        g.year ?? (rc.year !== undefined ? row[rc.year]! : null),
        value,
        g.unit ?? (rc.unit !== undefined ? row[rc.unit]! : null),
        growth,
        rc.source !== undefined ? row[rc.source]! : null,
        rc.scope !== undefined ? row[rc.scope]! : null,
      ]);
      rowNums.push(sheetRow(r));
      const vc = g.value ?? g.growth!;
      cellCols.push(`${colLetter(vc)} (${headers[vc]})`);
    }
  }
  const outMap = mapColumns(outHeaders);
  if (rc.scope === undefined) delete outMap.columns.scope;
  const raw = rawFromRecords(file, outMap, records, rowNums, context);
  raw.cellColumn = (i, field) =>
    field === 'value' || field === 'growth_pct' || field === 'unit' ? cellCols[i]! : field;
  raw.rejects = rejects;
  raw.rowsIn += rejects.length;
  return raw;
}
