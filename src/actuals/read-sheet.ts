/**
 * The Excel reader: .xlsx through exceljs when that optional package is installed (it reads Excel's indent levels,
 * which mark sub-items in yearbooks), else through SheetJS; .xls (BIFF, and the HTML or XML "xls" some portals export)
 * through SheetJS 0.20.3 (`@e965/xlsx`; 0.18.5 had a prototype-pollution and a ReDoS advisory). Each visible sheet becomes a grid
 * (merges, Excel's indent) read by {@link readGrid}; a sheet that holds no table is named in a warning, with any figures
 * it holds counted as rejected cells.
 */
import XLSX from '@e965/xlsx';
import { EXCELJS_VERSION, optionalExcelJs } from '../io/optional.js';
import type { ColumnMapping } from './fields.js';
import { mapColumns } from './fields.js';
import { columnLetters, type Grid, type GridValue, readGrid } from './layout.js';
import type { RawTable } from './raw.js';

/** Options of {@link readWorkbookRaw}. */
export interface SheetReadOptions {
  /** Sheet name; default every visible sheet that holds a table. */
  sheet?: string;
  mapping?: ColumnMapping;
}

/** The largest grid (rows × columns) a sheet may span; a sparse sheet with a far-away cell is refused, not allocated. */
export const MAX_GRID_CELLS = 20_000_000;

interface SheetGrid {
  grid: Grid;
  hidden: boolean;
}

function decodeRange(ref: string): { r0: number; c0: number; r1: number; c1: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c0 = col(m[1]!);
  const r0 = Number(m[2]) - 1;
  return { r0, c0, r1: m[4] ? Number(m[4]) - 1 : r0, c1: m[3] ? col(m[3]) : c0 };
}

/** Sparse cells into a dense grid over their bounding box. */
function dense(
  file: string,
  sheet: string,
  sparse: { r: number; c: number; v: GridValue; indent: number }[],
  merges: { r0: number; c0: number; r1: number; c1: number }[],
): Grid {
  let r0 = Number.POSITIVE_INFINITY;
  let c0 = Number.POSITIVE_INFINITY;
  let r1 = -1;
  let c1 = -1;
  for (const x of sparse) {
    if (x.r < r0) r0 = x.r;
    if (x.c < c0) c0 = x.c;
    if (x.r > r1) r1 = x.r;
    if (x.c > c1) c1 = x.c;
  }
  if (r1 < 0) {
    r0 = 0;
    c0 = 0;
  }
  const rows = r1 - r0 + 1;
  const cols = c1 - c0 + 1;
  if (rows * cols > MAX_GRID_CELLS)
    throw new Error(
      `${file} sheet ${sheet}: spans ${rows} rows × ${cols} columns, more than ${MAX_GRID_CELLS} cells (a stray cell far from the table?)`,
    );
  const cells: GridValue[][] = [];
  for (let r = 0; r < Math.max(0, rows); r++) cells.push(new Array<GridValue>(Math.max(0, cols)).fill(null));
  const indents = new Map<number, number>();
  for (const x of sparse) {
    cells[x.r - r0]![x.c - c0] = x.v;
    if (x.indent > 0) indents.set((x.r - r0) * cols + (x.c - c0), x.indent);
  }
  const shifted = merges
    .map((m) => ({ r0: m.r0 - r0, c0: m.c0 - c0, r1: m.r1 - r0, c1: m.c1 - c0 }))
    .filter((m) => m.r1 >= 0 && m.c1 >= 0 && m.r0 < rows && m.c0 < cols)
    .map((m) => ({ r0: Math.max(0, m.r0), c0: Math.max(0, m.c0), r1: m.r1, c1: m.c1 }));
  return {
    file,
    sheet,
    cells,
    merges: shifted,
    rowNumber: (r) => r + r0 + 1,
    colName: (c) => columnLetters(c + c0),
    indent: (r, c) => indents.get(r * cols + c) ?? 0,
  };
}

/**
 * OOXML's escapes in cell text (`_x000D_` for a carriage return, `_x005F_` for a literal underscore), which Excel
 * writes and exceljs leaves as they are.
 */
function unescapeOoxml(s: string): string {
  return s.includes('_x')
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : s;
}

function exceljsValue(v: unknown): GridValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return unescapeOoxml(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '#DATE' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return o.error;
    if (Array.isArray(o.richText))
      return (o.richText as { text?: unknown }[])
        .map((t) => (typeof t.text === 'string' ? t.text : ''))
        .join('');
    if ('result' in o)
      return o.result === undefined
        ? `=${String(o.formula ?? o.sharedFormula ?? '')}`
        : exceljsValue(o.result);
    if ('formula' in o || 'sharedFormula' in o) return `=${String(o.formula ?? o.sharedFormula ?? '')}`;
    if (typeof o.text === 'string') return unescapeOoxml(o.text);
  }
  return '[object]';
}

async function xlsxGrids(bytes: Uint8Array, file: string): Promise<SheetGrid[] | null> {
  const ExcelJS = await optionalExcelJs();
  if (!ExcelJS) return null;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (e) {
    throw new Error(`${file}: not an Excel workbook: ${(e as Error).message}`);
  }
  const out: SheetGrid[] = [];
  for (const ws of wb.worksheets) {
    const sparse: { r: number; c: number; v: GridValue; indent: number }[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const v = exceljsValue(cell.value);
        if (v === null || v === '') return;
        const indent = Number(cell.alignment?.indent ?? 0);
        sparse.push({ r: r - 1, c: c - 1, v, indent: Number.isFinite(indent) ? indent : 0 });
      });
    });
    const merges: { r0: number; c0: number; r1: number; c1: number }[] = [];
    for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
      const range = decodeRange(m);
      if (range) merges.push(range);
    }
    out.push({
      grid: dense(file, ws.name, sparse, merges),
      hidden: ws.state !== 'visible' && ws.state !== undefined,
    });
  }
  return out;
}

function sheetjsGrids(bytes: Uint8Array, file: string): SheetGrid[] {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      cellDates: true,
      cellFormula: false,
      cellHTML: false,
    });
  } catch (e) {
    throw new Error(`${file}: not an Excel workbook: ${(e as Error).message}`);
  }
  return wb.SheetNames.map((name, i) => {
    const ws = wb.Sheets[name]!;
    const data = (ws as { '!data'?: (XLSX.CellObject | undefined)[][] })['!data'] ?? [];
    const sparse: { r: number; c: number; v: GridValue; indent: number }[] = [];
    data.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!cell || cell.t === 'z') return;
        let v: GridValue;
        if (cell.t === 'n') v = typeof cell.v === 'number' ? cell.v : null;
        else if (cell.t === 'e') v = cell.w ?? '#ERROR';
        else if (cell.t === 'b') v = cell.v ? 'TRUE' : 'FALSE';
        else if (cell.t === 'd')
          v = cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v);
        else v = cell.v === undefined || cell.v === null ? null : String(cell.v);
        if (v === null || v === '') return;
        sparse.push({ r, c, v, indent: 0 });
      });
    });
    const merges = (ws['!merges'] ?? []).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c }));
    const hidden = (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
    return { grid: dense(file, name, sparse, merges), hidden };
  });
}

function figuresIn(grid: Grid): number {
  let n = 0;
  for (const row of grid.cells) for (const v of row) if (typeof v === 'number') n++;
  return n;
}

function emptyRaw(file: string, sheet: string, figures: number, reason: string): RawTable {
  return {
    file,
    sheet,
    length: 0,
    rows: new Int32Array(0),
    text: {},
    numbers: {},
    fieldMap: mapColumns([]),
    context: {},
    rejects: [],
    rowsIn: 0,
    rejectedCells: figures,
    warnings: [
      {
        file,
        row: 0,
        column: `${sheet}!`,
        reason:
          figures > 0
            ? `sheet "${sheet}" not read (${reason}): its ${figures} numeric cells are rejected`
            : `sheet "${sheet}" not read (${reason})`,
        raw: '',
        sheet,
      },
    ],
  };
}

/**
 * Read the sheets of an Excel workbook (.xlsx or .xls, told apart by their bytes) into raw tables, one per sheet.
 *
 * Complexity: O(cells).
 *
 * @example
 * const raws = await readWorkbookRaw(readFileSync('yearbook.xlsx'), 'yearbook.xlsx');
 * raws.map((r) => r.sheet) // ['表3-2']
 * @throws {Error} when the bytes are not a workbook, the sheet asked for does not exist (listing the sheets), or no
 *   sheet holds a table, naming the file (and the sheet).
 */
export async function readWorkbookRaw(
  bytes: Uint8Array,
  file: string,
  options: SheetReadOptions = {},
): Promise<RawTable[]> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  // .xlsx through exceljs when it is installed (it reads Excel's indent levels), else through SheetJS
  const viaExcelJs = zip ? await xlsxGrids(bytes, file) : null;
  const sheets = viaExcelJs ?? sheetjsGrids(bytes, file);
  if (options.sheet !== undefined) {
    const one = sheets.find((s) => s.grid.sheet === options.sheet);
    if (!one)
      throw new Error(
        `${file}: no sheet "${options.sheet}"; sheets are ${sheets.map((s) => s.grid.sheet).join(', ')}`,
      );
    return [readGrid(one.grid, options.mapping)];
  }
  const out: RawTable[] = [];
  let tables = 0;
  let firstError: Error | null = null;
  for (const s of sheets) {
    const name = s.grid.sheet!;
    if (s.grid.cells.length === 0) continue;
    if (s.hidden) {
      out.push(emptyRaw(file, name, figuresIn(s.grid), 'hidden; pass sheet to read it'));
      continue;
    }
    try {
      out.push(readGrid(s.grid, options.mapping));
      tables++;
    } catch (e) {
      firstError ??= e as Error;
      out.push(
        emptyRaw(file, name, figuresIn(s.grid), (e as Error).message.replace(/^.*?sheet [^:]*: /, '')),
      );
    }
  }
  if (tables === 0) {
    if (firstError) throw firstError;
    throw new Error(
      `${file}: no sheet holds a table (sheets are ${sheets.map((s) => s.grid.sheet).join(', ')})`,
    );
  }
  if (zip && !viaExcelJs)
    for (const raw of out) raw.warnings = [...(raw.warnings ?? []), withoutIndent(file, raw.sheet ?? '')];
  return out;
}

/** The warning of an .xlsx read without exceljs: indent levels (sub-items of a yearbook table) are not seen. */
function withoutIndent(file: string, sheet: string) {
  return {
    file,
    row: 0,
    column: `${sheet}!`,
    reason: `read without the optional package exceljs: Excel's indent levels are not seen (a sub-item marked only by its indent reads as a row of its own); npm install exceljs@${EXCELJS_VERSION} to read them`,
    raw: '',
    sheet,
  };
}
