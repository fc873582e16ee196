/**
 * The Excel workbook: sheets `targets`, `gaps`, `actuals` and `sources`, real numbers, units in the headers, a
 * frozen header row, and text that Excel can never run as a formula.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type ExcelJS from 'exceljs';
import { ACTUAL_COLUMNS } from '../actuals/table.js';
import type { ActualRow } from '../actuals/types.js';
import { displayUnit, toDisplay } from '../charts/units.js';
import type { GapRow } from '../gaps/types.js';
import { isFormulaLike } from '../io/csv.js';
import { EXCELJS_VERSION, optionalExcelJs } from '../io/optional.js';
import { RESPONSIBLE_SEPARATOR, TARGET_COLUMNS, type TargetRow } from '../targets/types.js';

/** What {@link writeWorkbook} writes. */
export interface WorkbookInput {
  targets: readonly TargetRow[];
  gaps?: readonly GapRow[];
  actuals?: readonly ActualRow[];
  /**
   * Rows of the `sources` sheet (e.g. `seeds.index()` entries plus the actuals' sources): each object's own
   * properties become columns, in first-seen order. When absent, the sheet lists the targets' documents and the
   * actuals' distinct sources.
   */
  sources?: readonly object[];
  /**
   * Data rows per sheet before a table continues on a sheet `name (2)`: default and at most
   * {@link MAX_SHEET_ROWS} (Excel's limit).
   */
  maxSheetRows?: number;
}

const IN_UNIT = '[base unit, see unit]';
const RATIO = '[ratio, 1 = 100%]';
const PER_YEAR = '[per year, 0.1 = 10%]';

/**
 * Number formats by header unit: thousands separators for base-unit values (1,000,000,000,000 rather than
 * 1E+12), four decimals for ratios and rates. Only the display changes; cells hold the full numbers.
 */
const NUMBER_FORMATS: Readonly<Record<string, string>> = {
  [IN_UNIT]: '#,##0.####',
  [RATIO]: '0.0000',
  [PER_YEAR]: '0.0000',
};

/** Unit notes appended to headers: `value [base unit, see unit]`, `tau [ratio, 1 = 100%]`. */
export const HEADER_UNITS: Readonly<Record<string, string>> = {
  value: IN_UNIT,
  value_max: IN_UNIT,
  base_value: IN_UNIT,
  actual_value: IN_UNIT,
  target_value: IN_UNIT,
  stretch_value: IN_UNIT,
  projection: IN_UNIT,
  base_year: '[year]',
  start_year: '[year]',
  deadline_year: '[year]',
  deadline_year_max: '[year]',
  judged_year: '[year]',
  base_year_used: '[year]',
  actual_year: '[year]',
  target_year: '[year]',
  eta_year: '[year]',
  year: '[year]',
  years_ahead: '[years]',
  span_start: '[UTF-16 offset]',
  span_end: '[UTF-16 offset]',
  attainment: RATIO,
  attainment_stretch: RATIO,
  progress_linear: RATIO,
  progress_geometric: RATIO,
  tau: RATIO,
  schedule_gap: RATIO,
  schedule_ratio: RATIO,
  ratio_r: RATIO,
  cagr_observed: PER_YEAR,
  cagr_required: PER_YEAR,
  cagr_required_max: PER_YEAR,
  cagr_required_remaining: PER_YEAR,
  growth_pct: '[%]',
  score: '[−5…+5]',
  direction: '[+1 higher is better, −1 lower]',
  display_value: '[display_unit]',
};

type CellValue = string | number | boolean | null;

/** A value as a cell: finite numbers and booleans as such, arrays joined with `|`, everything else as text. */
function cellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(String).join(RESPONSIBLE_SEPARATOR);
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** Data rows per sheet: Excel's limit of 1,048,576 rows, less the header. */
export const MAX_SHEET_ROWS = 1_048_575;

/** The display width of a column: header and text lengths in characters, between 8 and 60. */
function columnWidths(
  headers: readonly string[],
  columns: readonly string[],
  rows: readonly object[],
): number[] {
  const widths = headers.map((h) => Math.min(60, Math.max(8, h.length + 2)));
  for (const r of rows)
    columns.forEach((c, j) => {
      const v = (r as Record<string, unknown>)[c];
      if (typeof v === 'string' && widths[j]! < 60)
        widths[j] = Math.min(60, Math.max(widths[j]!, (v.length > 60 ? 60 : [...v].length) + 2));
    });
  return widths;
}

/** One sheet, streamed row by row: bold frozen header with units, typed cells, filter, column widths. */
function writeSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly string[],
  rows: readonly object[],
): void {
  const headers = columns.map((c) => (HEADER_UNITS[c] ? `${c} ${HEADER_UNITS[c]}` : c));
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = columnWidths(headers, columns, rows).map((width) => ({ width }));
  if (columns.length > 0)
    ws.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, rows.length + 1), column: columns.length },
    };
  const header = ws.addRow(headers);
  header.font = { bold: true };
  header.commit();
  for (const r of rows) {
    const row = ws.addRow(columns.map(() => null));
    columns.forEach((c, j) => {
      const v = cellValue((r as Record<string, unknown>)[c]);
      if (v === null) return;
      const cell = row.getCell(j + 1);
      cell.value = v;
      if (typeof v === 'number') {
        const fmt = NUMBER_FORMATS[HEADER_UNITS[c] ?? ''];
        if (fmt) cell.numFmt = fmt;
      } else if (typeof v === 'string' && isFormulaLike(v)) {
        // text is written as a shared string (never a formula); formula-like text also gets the Text number
        // format '@', so that re-editing the cell in Excel keeps it text
        cell.numFmt = '@';
      }
    });
    row.commit();
  }
  ws.commit();
}

/** A table as one sheet, or as `name`, `name (2)`… of at most `maxRows` rows each. */
function addSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly string[],
  rows: readonly object[],
  maxRows: number,
): void {
  if (rows.length <= maxRows) {
    writeSheet(wb, name, columns, rows);
    return;
  }
  for (let start = 0, part = 1; start < rows.length; start += maxRows, part++)
    writeSheet(wb, part === 1 ? name : `${name} (${part})`, columns, rows.slice(start, start + maxRows));
}

function orderedKeys(rows: readonly object[], first: readonly string[] = []): string[] {
  const keys = new Set<string>(first);
  for (const r of rows) for (const k of Object.keys(r)) keys.add(k);
  return [...keys];
}

/**
 * Write the workbook: `targets` (TARGET_COLUMNS plus `display_value`/`display_unit`, e.g. 3200 亿元), `gaps`
 * (target columns then judgement columns, as present in the rows), `actuals`, `sources`. Numbers are numeric
 * cells in base units with the unit in the header (`value [base unit, see unit]`, `tau [ratio, 1 = 100%]`) and
 * a display format (`#,##0.####` for values, `0.0000` for ratios and rates); the header row is frozen and
 * filterable. Rows are streamed to the file (memory stays flat for hundreds of thousands of actual rows); a table
 * longer than Excel's 1,048,575 data rows continues on sheets `actuals (2)`, `actuals (3)`…; the file appears whole
 * or not at all (written beside `path`, then renamed).
 *
 * Needs the optional package exceljs (`npm install exceljs@4.4.0`; the library installs without it).
 *
 * Formula safety: exceljs writes every string as a shared string (`t="s"`), never as a formula; text that starts
 * with a formula lead (`isFormulaLike`: `=`, `+`, `-`, `@`, tab, CR, LF, or full-width `＝＋－＠`) also gets the
 * Text number format `@` (exceljs 4.4 cannot write the `quotePrefix` style), so Excel keeps it text even after the
 * cell is edited. The text itself is not altered (the CSV writer, which has no formats, prefixes a `'` instead).
 *
 * Complexity: O(rows × columns) time; memory O(distinct strings) besides the input.
 *
 * @example
 * await writeWorkbook({ targets, gaps, actuals, sources: seeds.index() }, `${OUT}/report.xlsx`);
 * @throws {RangeError} when `maxSheetRows` is not a whole number from 1 to {@link MAX_SHEET_ROWS}.
 * @throws {Error} when the file cannot be written (the path and the fs error); no partial file is left; when the
 * optional package exceljs is not installed (saying what to install).
 */
export async function writeWorkbook(input: WorkbookInput, path: string): Promise<void> {
  const max = input.maxSheetRows ?? MAX_SHEET_ROWS;
  if (!(Number.isInteger(max) && max >= 1 && max <= MAX_SHEET_ROWS))
    throw new RangeError(`maxSheetRows must be a whole number from 1 to ${MAX_SHEET_ROWS}, got ${max}`);
  const ExcelJS = await optionalExcelJs();
  if (!ExcelJS)
    throw new Error(
      `writeWorkbook: writing ${path} needs the optional package exceljs: npm install exceljs@${EXCELJS_VERSION}`,
    );
  const partial = join(dirname(path), `.${basename(path)}.partial-${process.pid}`);
  let stream: WriteStream | null = null;
  try {
    await mkdir(dirname(path), { recursive: true });
    stream = createWriteStream(partial);
    await once(stream, 'open');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true });
    wb.creator = 'cluster-targets';
    addSheets(wb, input, max);
    await wb.commit();
    await rename(partial, path);
  } catch (e) {
    if (stream && !stream.closed) {
      const closed = once(stream, 'close');
      stream.destroy();
      await closed;
    }
    await rm(partial, { force: true });
    throw new Error(`writeWorkbook: cannot write ${path}: ${(e as Error).message}`);
  }
}

/** The four sheets of {@link writeWorkbook}. */
function addSheets(wb: ExcelJS.stream.xlsx.WorkbookWriter, input: WorkbookInput, max: number): void {
  const targets = input.targets.map((t) => {
    const u = displayUnit(t.unit, [t.value, t.value_max]);
    return { ...t, display_value: toDisplay(t.value, u), display_unit: u.label };
  });
  addSheet(wb, 'targets', [...TARGET_COLUMNS, 'display_value', 'display_unit'], targets, max);
  const gaps: readonly object[] = input.gaps ?? [];
  addSheet(wb, 'gaps', orderedKeys(gaps, TARGET_COLUMNS), gaps, max);
  addSheet(wb, 'actuals', ACTUAL_COLUMNS, input.actuals ?? [], max);
  let sources = input.sources;
  if (!sources) {
    const docs = [...new Set(input.targets.map((t) => t.doc_id))].map((id) => ({ kind: 'document', id }));
    const srcs = [...new Set((input.actuals ?? []).map((a) => a.source))].map((id) => ({
      kind: 'actuals',
      id,
    }));
    sources = [...docs, ...srcs];
  }
  addSheet(wb, 'sources', orderedKeys(sources), sources, max);
}
