/**
 * Reading a statistical table laid out for people (a yearbook sheet, a portal's CSV or xlsx export) into records:
 * title and `单位:亿元` lines and portal header lines (`数据库:`, `指标:`, `地区:`, `时间:`) above the table; one or
 * several header rows (merged cells filled across) found by scoring rows, not by "the first row with a non-number";
 * both orientations (indicators as rows and years across, or regions/years as rows and indicators across); unit
 * columns; indented and 其中 sub-rows that keep their parent; `—`/`…`/`-` cells; bounds (`2300左右`); footnotes
 * (`注:`, `数据来源:`). Every value cell ends in a record, a rejected cell with its address, or the reader's count.
 */
import { regions, zones } from '../dictionaries/regions.js';
import { normalizeUnit } from '../quantities/units.js';
import { readNumberCell } from './bounds.js';
import {
  type ColumnMapping,
  duplicateTextWarnings,
  type InputField,
  mapColumns,
  NUMBER_FIELDS,
  readHeader,
} from './fields.js';
import { readQualifier } from './interpret.js';
import { NumberBuilder, type RawTable, rawFromColumns } from './raw.js';
import type { RejectRow } from './types.js';

/** One cell of a grid: text, a number, or empty. Spreadsheet errors arrive as their text (`#N/A`). */
export type GridValue = string | number | null;

/** A table as a reader hands it to {@link readGrid}: rectangular cells plus where each came from. */
export interface Grid {
  file: string;
  /** The sheet name (workbooks); absent for CSV. */
  sheet?: string;
  cells: GridValue[][];
  /** Merged ranges (0-based, inclusive). */
  merges: { r0: number; c0: number; r1: number; c1: number }[];
  /** The 1-based row number users see (sheet row, CSV line) of grid row `r`. */
  rowNumber: (r: number) => number;
  /** The column letter users see (`C`) of grid column `c`. */
  colName: (c: number) => string;
  /** The alignment indent of a cell (Excel's 缩进), 0 when none. */
  indent?: (r: number, c: number) => number;
  /** Rows the reader could not decode: grid row → reason. */
  badRows?: Map<number, string>;
}

/** Lines above a table that state context rather than data, as data: pattern → what it sets. */
export const CONTEXT_LINES: ReadonlyArray<{ name: string; pattern: RegExp; example: string }> = [
  { name: 'unit', pattern: /^单位\s*[:：]\s*(\S+)/, example: '单位:亿元' },
  { name: 'database', pattern: /^数据库\s*[:：]\s*(.*)$/, example: '数据库：分省年度数据' },
  { name: 'indicator', pattern: /^指标\s*[:：]\s*(.+)$/, example: '指标：地区生产总值(亿元)' },
  { name: 'region', pattern: /^地区\s*[:：]\s*(.+)$/, example: '地区：湖北省' },
  { name: 'time', pattern: /^(?:时间|报告期|频度)\s*[:：]\s*(.*)$/, example: '时间：最近5年' },
  {
    name: 'table',
    pattern: /^(?:表\s*)?[0-9一二三四五六七八九十]+\s*[-—–.、]\s*\d+\s*\S*$/,
    example: '3-1 地区生产总值',
  },
];

/** Footnote lines below a table. */
export const FOOTNOTE = /^(?:注|注释|说明|附注|备注|资料来源|数据来源|来源|[*＊※])\s*[:：\d①-⑩、.．]?/;

/** Header words: a cell made only of these belongs to a header row. */
const HEADER_WORD =
  /^(?:指标|指标名称|项目|名称|单位|计量单位|绝对数|绝对值|总量|总额|数值|数量|金额|本年|本期|本月|上年|上年同期|同期|累计|全年|合计|增长|增速|增幅|比上年增长|比上年增减|同比|构成|比重|占比|位次|排位|排名|序号|行次|栏次|代码|地区|年份|年度|时间|备注|注|年末数|年平均|年均增长)/;
const GROWTH_PART = /增长|增速|增幅|同比|比上年|增减/;
const VALUE_PART = /^(?:绝对数|绝对值|总量|总额|数值|本年|本期|全年|年末数|实绩|金额|数量)$/;
const IGNORED_COLUMN = /^(?:序号|行次|栏次|代码|位次|排位|排名|编号)/;
const YEAR_LABEL = /^((?:19|20)\d{2})\s*(?:年|年度|年末|年底)?$/;
const YEAR_PERIOD = /^((?:19|20)\d{2})\s*年.+$/;
const REGION_SUFFIX = /(?:省|市|区|县|自治区|自治州|州|盟|旗|全国|开发区|新区|高新区)$/;

/**
 * The spreadsheet letters of a 0-based column (0 → `A`, 26 → `AA`).
 *
 * @example
 * columnLetters(27) // 'AB'
 */
export function columnLetters(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const isBlank = (v: GridValue): boolean => v === null || (typeof v === 'string' && v.trim() === '');
const textOf = (v: GridValue): string =>
  v === null ? '' : typeof v === 'number' ? String(v) : v.replace(/[\s\u3000]+/g, ' ').trim();
const isYearNumber = (v: GridValue): boolean =>
  (typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100) ||
  (typeof v === 'string' && YEAR_LABEL.test(v.trim()));

function isFigure(v: GridValue): boolean {
  if (typeof v === 'number') return !isYearNumber(v);
  if (v === null) return false;
  const c = readNumberCell(v);
  return c.kind === 'number' && !YEAR_LABEL.test(v.trim());
}

function hasUnitBrackets(text: string): boolean {
  const m = /[(（]([^()（）]+)[)）]\s*$/.exec(text);
  return m !== null && (m[1] === '%' || normalizeUnit(m[1]!) !== null || /元|人|户|吨|个|家|%|‰/.test(m[1]!));
}

function isHeaderish(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return (
    HEADER_WORD.test(t) ||
    readHeader(t).field !== null ||
    YEAR_LABEL.test(t) ||
    YEAR_PERIOD.test(t) ||
    GROWTH_PART.test(t) ||
    hasUnitBrackets(t)
  );
}

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

/** Context a table states outside its columns. */
interface Context {
  unit?: string;
  year?: number;
  region?: string;
  indicator?: string;
}

function readContextCell(text: string, ctx: Context): boolean {
  const t = text.trim();
  for (const rule of CONTEXT_LINES) {
    const m = rule.pattern.exec(t);
    if (!m) continue;
    if (rule.name === 'unit') ctx.unit = m[1]!.replace(/[,，;；)）]+$/, '');
    else if (rule.name === 'region') ctx.region = m[1]!.trim();
    else if (rule.name === 'indicator') {
      const ind = m[1]!.trim();
      const u = /^(.*?)[(（]([^()（）]+)[)）]$/.exec(ind);
      ctx.indicator = u ? u[1]!.trim() : ind;
      if (u) ctx.unit ??= u[2]!;
    }
    return true;
  }
  return false;
}

function readTitle(text: string, ctx: Context): void {
  const year = /((?:19|20)\d{2})\s*年/.exec(text);
  if (year && ctx.year === undefined && !/单位/.test(text)) ctx.year = Number(year[1]);
  const unit = /单位\s*[:：]\s*([^\s,，;；)）]+)/.exec(text);
  if (unit) ctx.unit = unit[1];
  const region = titleRegion(text);
  if (region && !ctx.region) ctx.region = region;
}

/** The indent level of a row label: Excel's alignment indent, else leading spaces (a full-width space is one level). */
function indentOf(raw: GridValue, alignment: number): number {
  if (alignment > 0) return alignment;
  if (typeof raw !== 'string') return 0;
  const lead = /^[ \u3000\u00a0]*/.exec(raw)![0];
  let n = 0;
  for (const ch of lead) n += ch === ' ' || ch === '\u00a0' ? 0.5 : 1;
  return Math.floor(n);
}

/** A row label with its parent (indented and 其中 sub-rows), and the indicator text read from both. */
interface Label {
  text: string;
  parent: string | null;
  /** What the indicator reader is given: the label, with the parent's metric when the label names none. */
  indicator: string;
  /** The unit the label states in brackets (`地区生产总值(亿元)`), or `null`. */
  unit: string | null;
}

/** The metric word a sub-row takes from its parent when it names none (第一产业 under 地区生产总值 is 第一产业增加值). */
const METRIC_OF_PARENT: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:地区|国内)生产总值$|^GDP$|增加值$/, '增加值'],
  [/营业收入$/, '营业收入'],
  [/产值$/, '产值'],
  [/投资(?:额)?$/, '投资'],
  [/产量$/, '产量'],
];
const STATES_METRIC = /(?:增加值|产值|收入|投资额?|产量|规模|总额|总量|总值|率|比重|数|额|量)$/;
const CAVEAT = /含|预计|推算|规上|规模以上|口径|现价|不变价|可比价|当年价|以上|以下|合计|小计|全口径/;

/**
 * The unit a label states in trailing brackets: one `normalizeUnit` knows, or a short unit-looking word (kept as
 * written by the loader, with a warning, when the unit table lacks it); caveats such as `(含软件)` are not units.
 */
function labelUnit(text: string): { name: string; unit: string | null } {
  const m = /^(.+?)\s*[(（]([^()（）]+)[)）]$/.exec(text);
  if (!m) return { name: text, unit: null };
  const inner = m[2]!.trim();
  const unitLike =
    normalizeUnit(inner) !== null ||
    (/^[十百千万亿]*[\u4e00-\u9fff%‰/·]{1,6}$/.test(inner) && !CAVEAT.test(inner));
  return unitLike ? { name: m[1]!.trim(), unit: inner } : { name: text, unit: null };
}

function labelsWithParents(labels: readonly (GridValue | undefined)[], indents: readonly number[]): Label[] {
  const out: Label[] = [];
  const stack: { level: number; text: string; indicator: string }[] = [];
  let qizhongParent: { level: number } | null = null;
  for (let k = 0; k < labels.length; k++) {
    const raw = labels[k];
    if (raw === undefined || isBlank(raw ?? null)) {
      out.push({ text: '', parent: null, indicator: '', unit: null });
      continue;
    }
    let text = textOf(raw ?? null);
    let level = indents[k] ?? 0;
    const qizhong = /^其中\s*[:：]?\s*/.exec(text);
    if (qizhong) {
      text = text.slice(qizhong[0].length);
      const prev = stack[stack.length - 1];
      qizhongParent = prev ?? null;
      level = Math.max(level, (prev?.level ?? 0) + 1);
    } else if (qizhongParent && level > qizhongParent.level) level = Math.max(level, qizhongParent.level + 1);
    else qizhongParent = null;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const { name, unit } = labelUnit(text);
    let indicator = name;
    if (parent !== null && !STATES_METRIC.test(name)) {
      const hit = METRIC_OF_PARENT.find(([re]) => re.test(parent.indicator));
      if (hit) indicator = `${name}${hit[1]}`;
    }
    stack.push({ level, text: name, indicator });
    out.push({ text: name, parent: parent?.text ?? null, indicator, unit });
  }
  return out;
}

/** What a value column of a wide table holds. */
interface Group {
  indicator: string;
  year: number | null;
  period: string | null;
  unit: string | null;
  value: number | null;
  growth: number | null;
  note: string;
}

function readColumnHeader(
  header: string,
): Omit<Group, 'value' | 'growth' | 'note'> & { role: 'value' | 'growth' } {
  let indicator = '';
  let year: number | null = null;
  let period: string | null = null;
  let unit: string | null = null;
  let role: 'value' | 'growth' = 'value';
  for (const part0 of header.split('/')) {
    let part = part0.replace(/（/g, '(').replace(/）/g, ')');
    const bracket = /^(.*?)\(([^()]*)\)$/.exec(part);
    if (bracket) {
      part = bracket[1]!;
      if (bracket[2] !== '%' && !GROWTH_PART.test(part)) unit = bracket[2]!;
    }
    const y = YEAR_LABEL.exec(part);
    if (y) {
      year = Number(y[1]);
      continue;
    }
    if (GROWTH_PART.test(part) || readHeader(part).field === 'growth_pct') {
      role = 'growth';
      const gy = /((?:19|20)\d{2})\s*年/.exec(part);
      if (gy) year = Number(gy[1]);
      continue;
    }
    const yp = YEAR_PERIOD.exec(part);
    if (yp) {
      const q = readQualifier(part);
      year = Number(yp[1]);
      period = q.period;
      continue;
    }
    if (part === '' || VALUE_PART.test(part) || readHeader(part).field === 'value') continue;
    indicator = indicator ? `${indicator}/${part}` : part;
  }
  return { indicator, year, period, unit, role };
}

/**
 * Read one grid as a table into the raw columnar form, long (one figure per row, a `数值` column) or wide (melted:
 * one record per row and value column group, `地区生产总值/2021年` with its `比上年增长` column).
 *
 * Complexity: O(cells).
 *
 * @example
 * const raw = readGrid({ file: 'a.xlsx', sheet: '表1', cells, merges: [], rowNumber: (r) => r + 1, colName });
 * raw.rowsIn // records read, footnotes included
 * @throws {Error} when the grid holds no table (no header row with two or more cells), naming file and sheet.
 */
export function readGrid(grid: Grid, mapping?: ColumnMapping): RawTable {
  const where = grid.sheet !== undefined ? `${grid.file} sheet ${grid.sheet}` : grid.file;
  const cells = grid.cells;
  let width = 0;
  for (const row of cells) if (row.length > width) width = row.length;
  for (const row of cells) while (row.length < width) row.push(null);
  // merged cells: the master's value fills the range; remember which cells are covered and which head a group
  const covered = new Set<number>();
  const group = new Set<number>();
  for (const m of grid.merges) {
    const v = cells[m.r0]?.[m.c0] ?? null;
    for (let r = m.r0; r <= m.r1 && r < cells.length; r++)
      for (let c = m.c0; c <= m.c1 && c < width; c++) {
        if (r !== m.r0 || c !== m.c0) {
          cells[r]![c] = v;
          covered.add(r * width + c);
        }
        if (m.c1 > m.c0) group.add(r * width + c);
      }
  }
  const at = (r: number, c: number): GridValue => cells[r]?.[c] ?? null;
  const ctx: Context = {};

  // 1. context lines above the table
  let h = 0;
  for (; h < cells.length; h++) {
    const row = cells[h]!;
    const others = new Set<string>();
    let numbers = 0;
    for (let c = 0; c < width; c++) {
      const v = row[c] ?? null;
      if (isBlank(v)) continue;
      const t = textOf(v);
      if (typeof v === 'string' && readContextCell(t, ctx)) continue;
      if (isFigure(v)) numbers++;
      others.add(t);
    }
    if (others.size >= 2 || numbers > 0) break;
    for (const t of others) readTitle(t, ctx);
  }
  if (h >= cells.length) throw new Error(`${where}: no table (no row with two or more cells)`);
  let left = width;
  for (let r = h; r < Math.min(cells.length, h + 50); r++)
    for (let c = 0; c < left; c++)
      if (!isBlank(at(r, c))) {
        left = c;
        break;
      }

  // 2. header rows, scored: header words, years, units in brackets; never a figure or a new row label (under a
  // 年份 header, a year in the label column is a row label)
  const yearLabels = readHeader(textOf(at(h, left)).replace(/\s+/g, '')).field === 'year';
  const headerRow = (r: number): boolean => {
    const row = cells[r]!;
    let nonEmpty = 0;
    for (let c = left; c < width; c++) {
      const v = row[c] ?? null;
      if (isBlank(v)) continue;
      nonEmpty++;
      if (covered.has(r * width + c)) continue;
      if (isFigure(v)) return false;
      const t = textOf(v);
      if (typeof v === 'string' && FOOTNOTE.test(t) && c === left) return false;
      if (c === left) {
        if (r > h && t !== textOf(at(r - 1, c)) && (!isHeaderish(t) || (yearLabels && isYearNumber(v))))
          return false;
        continue;
      }
      if (isHeaderish(t) || isYearNumber(v) || /^单位\s*[:：]/.test(t)) continue;
      if (r > h && group.has((r - 1) * width + c)) continue;
      if (r === h) continue;
      return false;
    }
    return nonEmpty > 0;
  };
  {
    let figures = 0;
    let nonEmpty = 0;
    for (let c = left; c < width; c++) {
      const v = at(h, c);
      if (isBlank(v)) continue;
      nonEmpty++;
      if (isFigure(v)) figures++;
    }
    if (figures * 2 > nonEmpty)
      throw new Error(
        `${where}: no header row: row ${grid.rowNumber(h)} holds figures (give the table a header row)`,
      );
  }
  // a tidy header (a 数值 or 增速 column named, beside another field) is one row: nothing below it is header
  const tidyHeader = (() => {
    const m = mapColumns(
      cells[h]!.map((v) => textOf(v)),
      mapping,
    );
    const named = cells[h]!.filter((v) => !isBlank(v)).length;
    const fields = Object.keys(m.columns).length + m.duplicates.length;
    return (
      fields >= 2 &&
      (m.columns.value !== undefined || (m.columns.growth_pct !== undefined && fields === named))
    );
  })();
  let d = h + 1;
  while (!tidyHeader && d < cells.length && (cells[d]!.every(isBlank) || headerRow(d))) d++;
  while (d > h + 1 && cells[d - 1]!.every(isBlank)) d--;
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = h; r < d; r++) {
      const v = at(r, c);
      if (isBlank(v)) continue;
      let s = textOf(v).replace(/\s+/g, '');
      if (/^单位[:：]/.test(s)) {
        readContextCell(s, ctx);
        continue;
      }
      if (isYearNumber(v) && typeof v === 'number') s = `${v}年`;
      if (parts[parts.length - 1] !== s) parts.push(s);
    }
    headers.push(parts.join('/'));
  }

  // 3. columns: id fields by header; a label column without a header is read by its content
  const fieldMap = mapColumns(
    headers.map((x) => (x.includes('/') ? '' : x)),
    mapping,
  );
  fieldMap.headers = headers;
  const warnings: RejectRow[] = duplicateTextWarnings(grid.file, fieldMap);
  const dataRows: number[] = [];
  const footnotes: number[] = [];
  let inFootnote = false;
  for (let r = d; r < cells.length; r++) {
    const row = cells[r]!;
    if (row.every(isBlank)) continue;
    const firstCol = row.findIndex((v) => !isBlank(v));
    const first = textOf(row[firstCol] ?? null);
    const distinct = new Set(row.filter((v) => !isBlank(v)).map(textOf));
    const figures = row.some((v, c) => c !== firstCol && isFigure(v));
    // a footnote is one text (a single cell, or merged across); a row with anything else beside it is data
    if ((FOOTNOTE.test(first) || inFootnote) && distinct.size === 1 && !figures && firstCol <= left) {
      inFootnote = true;
      footnotes.push(r);
      continue;
    }
    inFootnote = false;
    dataRows.push(r);
  }
  const mapped = new Set(Object.values(fieldMap.columns));
  if (!mapped.has(left) && headers[left] === '' && fieldMap.columns.indicator === undefined) {
    let regionLike = 0;
    let n = 0;
    for (const r of dataRows) {
      const t = textOf(at(r, left));
      if (t === '') continue;
      n++;
      if (titleRegion(t) === t || REGION_SUFFIX.test(t)) regionLike++;
    }
    const field: InputField =
      regionLike * 2 > n && fieldMap.columns.region === undefined
        ? 'region'
        : dataRows.every((r) => isYearNumber(at(r, left)) || isBlank(at(r, left))) &&
            fieldMap.columns.year === undefined
          ? 'year'
          : 'indicator';
    fieldMap.columns[field] = left;
    mapped.add(left);
  }
  const labelCol = fieldMap.columns.indicator ?? fieldMap.columns.region ?? left;
  const labels = labelsWithParents(
    dataRows.map((r) => at(r, labelCol)),
    dataRows.map((r) => indentOf(at(r, labelCol), grid.indent?.(r, labelCol) ?? 0)),
  );
  const labelField = fieldMap.columns.indicator === labelCol ? 'indicator' : null;
  const rowNumbers: number[] = [];
  const cellOf: string[][] = [];
  const columnOf: string[][] = [];
  const rejectedCellWarnings: RejectRow[] = [];
  const sheetPrefix = grid.sheet !== undefined ? `${grid.sheet}!` : '';
  const addr = (r: number, c: number) => `${grid.colName(c)}${grid.rowNumber(r)}`;
  const colLabel = (r: number, c: number) => `${sheetPrefix}${addr(r, c)} (${headers[c] || 'no header'})`;
  const recordErrors = new Map<number, { field: InputField | ''; reason: string }>();
  // long (one figure per row) when a value column is named; a growth column alone makes a table long only when no
  // other column holds figures (a yearbook's 比上年增长 beside its year columns belongs to the wide table)
  const measureColumns = headers.filter(
    (x, c) => c >= left && x !== '' && !mapped.has(c) && !IGNORED_COLUMN.test(x),
  ).length;
  const long =
    fieldMap.columns.value !== undefined ||
    mapping?.value !== undefined ||
    (fieldMap.columns.growth_pct !== undefined && measureColumns === 0);
  if (!long && fieldMap.columns.growth_pct !== undefined && mapping?.growth_pct === undefined) {
    mapped.delete(fieldMap.columns.growth_pct);
    delete fieldMap.columns.growth_pct;
  }

  const FIELDS = [
    'region',
    'indicator',
    'year',
    'value',
    'unit',
    'growth_pct',
    'source',
    'scope',
    'period',
    'note',
    'region_code',
    'subject',
    'metric',
    'bound',
    'growth_bound',
    'price_basis',
    'preliminary',
    'quote',
  ] as const satisfies readonly InputField[];
  type Field = (typeof FIELDS)[number];
  const columns: Record<Field, unknown[]> = Object.fromEntries(FIELDS.map((f) => [f, []])) as never;
  const push = (rec: Partial<Record<Field, unknown>>, refs: Partial<Record<Field, number>>, r: number) => {
    const i = rowNumbers.length;
    for (const f of FIELDS) columns[f].push(rec[f] ?? null);
    rowNumbers.push(grid.rowNumber(r));
    const cs: string[] = [];
    const ns: string[] = [];
    for (const f of FIELDS) {
      const c = refs[f];
      cs.push(c === undefined ? '' : addr(r, c));
      ns.push(c === undefined ? f : colLabel(r, c));
    }
    cellOf.push(cs);
    columnOf.push(ns);
    const bad = grid.badRows?.get(r);
    if (bad) recordErrors.set(i, { field: '', reason: bad });
  };
  const fc = fieldMap.columns;
  const idValue = (r: number, f: InputField): GridValue => (fc[f] !== undefined ? at(r, fc[f]!) : null);
  let rejectedCells = 0;
  const extras: NumberBuilder[] = [];
  const extraDefs = fieldMap.duplicates.filter((x) => (NUMBER_FIELDS as readonly string[]).includes(x.field));

  if (long) {
    for (const _ of extraDefs) extras.push(new NumberBuilder(dataRows.length + 16));
    dataRows.forEach((r, k) => {
      const lab = labels[k]!;
      const rec: Partial<Record<Field, unknown>> = {};
      const refs: Partial<Record<Field, number>> = {};
      for (const [f, c] of Object.entries(fc) as [Field, number][]) {
        rec[f] = at(r, c);
        refs[f] = c;
      }
      if (labelField === 'indicator' && lab.text !== '') {
        rec.indicator = lab.indicator;
        if (lab.parent)
          rec.note = [textOf(idValue(r, 'note')), `sub-row of ${lab.parent}`].filter(Boolean).join('; ');
      }
      if (rec.indicator === null || rec.indicator === undefined) rec.indicator = ctx.indicator ?? null;
      if (isBlank((rec.unit ?? null) as GridValue) && fieldMap.headerUnits.value)
        rec.unit = fieldMap.headerUnits.value;
      extraDefs.forEach((x, e) => {
        const v = at(r, x.column);
        if (typeof v === 'number') extras[e]!.addNumber(v);
        else if (isBlank(v)) extras[e]!.addNumber(Number.NaN);
        else extras[e]!.addText(textOf(v));
      });
      push(rec, refs, r);
    });
  } else {
    // wide: melt value columns into (indicator, year) groups
    const groups = new Map<string, Group>();
    const headless: number[] = [];
    const growthOnly: Group[] = [];
    for (let c = left; c < width; c++) {
      if (mapped.has(c)) continue;
      if (headers[c] === '') {
        headless.push(c);
        continue;
      }
      if (IGNORED_COLUMN.test(headers[c]!)) {
        warnings.push({
          file: grid.file,
          row: grid.rowNumber(h),
          column: `${sheetPrefix}${grid.colName(c)} (${headers[c]})`,
          reason: `column "${headers[c]}" is not read: row numbers, codes and ranks are not figures`,
          raw: '',
        });
        continue;
      }
      const col = readColumnHeader(headers[c]!);
      const key = `${col.indicator}\u0000${col.year ?? ''}\u0000${col.period ?? ''}`;
      const g = groups.get(key) ?? {
        indicator: col.indicator,
        year: col.year,
        period: col.period,
        unit: null,
        value: null,
        growth: null,
        note: '',
      };
      if (col.role === 'growth') {
        if (g.growth !== null) {
          headless.push(c); // a second growth column for the same figure: its cells are rejected below
          continue;
        }
        g.growth = c;
        if (g.value === null && g.year === null) growthOnly.push(g);
      } else {
        if (g.value !== null) {
          headless.push(c);
          continue;
        }
        g.value = c;
        if (col.unit) g.unit = col.unit;
      }
      groups.set(key, g);
    }
    // a bare 比上年增长 column beside year columns is the latest year's growth (yearbook convention), said in a note
    for (const g of growthOnly) {
      let latest: Group | null = null;
      for (const o of groups.values())
        if (
          o.value !== null &&
          o.indicator === g.indicator &&
          o.year !== null &&
          (!latest || o.year > latest.year!)
        )
          latest = o;
      if (latest && latest.growth === null) {
        latest.growth = g.growth;
        latest.note = `growth column "${headers[g.growth!]}" read as ${latest.year}'s`;
        groups.delete(`${g.indicator}\u0000\u0000`);
      }
    }
    dataRows.forEach((r, k) => {
      const lab = labels[k]!;
      for (const g of groups.values()) {
        const value = g.value !== null ? at(r, g.value) : null;
        const growth = g.growth !== null ? at(r, g.growth) : null;
        if (isBlank(value) && isBlank(growth)) continue;
        const rowName = labelField === 'indicator' ? lab.indicator : textOf(idValue(r, 'indicator'));
        const indicator = [rowName, g.indicator].filter((x) => x !== '').join('/') || ctx.indicator || '';
        const notes = [textOf(idValue(r, 'note')), g.note];
        if (labelField === 'indicator' && lab.parent) notes.push(`sub-row of ${lab.parent}`);
        const rec: Partial<Record<Field, unknown>> = {
          region: idValue(r, 'region'),
          indicator,
          year: g.year ?? idValue(r, 'year'),
          value,
          unit: isBlank(idValue(r, 'unit')) ? (g.unit ?? lab.unit) : idValue(r, 'unit'),
          growth_pct: growth,
          source: idValue(r, 'source'),
          scope: idValue(r, 'scope'),
          period: g.period ?? idValue(r, 'period'),
          note: notes.filter((x) => x !== '').join('; ') || null,
          region_code: idValue(r, 'region_code'),
        };
        const refs: Partial<Record<Field, number>> = {};
        for (const f of ['region', 'year', 'unit', 'source', 'scope', 'period', 'region_code'] as const)
          if (fc[f] !== undefined) refs[f] = fc[f];
        if (fc.indicator !== undefined) refs.indicator = fc.indicator;
        if (g.value !== null) refs.value = g.value;
        if (g.growth !== null) refs.growth_pct = g.growth;
        if (g.value !== null && g.year === null && fc.year !== undefined) refs.year = fc.year;
        if (refs.unit === undefined && g.value !== null) refs.unit = g.value;
        push(rec, refs, r);
      }
      for (const c of headless) {
        const v = at(r, c);
        if (isBlank(v)) continue;
        rejectedCells++;
        rejectedCellWarnings.push({
          file: grid.file,
          row: grid.rowNumber(r),
          column: colLabel(r, c),
          reason: `cell "${textOf(v)}" is in a column without a header of its own: not read`,
          raw: textOf(v),
          ...(grid.sheet !== undefined ? { sheet: grid.sheet, cell: addr(r, c) } : {}),
        });
      }
    });
  }

  const outMap = mapColumns([...FIELDS]);
  for (const f of FIELDS) if (columns[f].every((v) => v === null)) delete outMap.columns[f];
  if (long) for (const f of FIELDS) if (fc[f] !== undefined) outMap.columns[f] = FIELDS.indexOf(f);
  outMap.columns.indicator = FIELDS.indexOf('indicator');
  outMap.columns.value ??= FIELDS.indexOf('value');
  const n = rowNumbers.length;
  const raw = rawFromColumns(grid.file, outMap, (c) => columns[FIELDS[c]!], n, Int32Array.from(rowNumbers), {
    unit: ctx.unit,
    year: ctx.year,
    region: ctx.region,
  });
  const fieldIndex = new Map<string, number>(FIELDS.map((f, i) => [f, i]));
  raw.cellColumn = (i, field) => columnOf[i]?.[fieldIndex.get(field) ?? -1] ?? field;
  raw.cellAddress = (i, field) => cellOf[i]?.[fieldIndex.get(field) ?? -1] || undefined;
  if (grid.sheet !== undefined) raw.sheet = grid.sheet;
  raw.recordErrors = recordErrors;
  raw.extraNumbers = extraDefs.map((x, e) => ({
    field: x.field as 'value',
    header: colLabel(h, x.column)
      .replace(/^.*?\(/, '')
      .replace(/\)$/, ''),
    column: extras[e]!.finish(),
  }));
  raw.rejects = footnotes.map((r) => ({
    file: grid.file,
    row: grid.rowNumber(r),
    column: '',
    reason: 'footnote, not a data row',
    raw: cells[r]!.filter((v) => !isBlank(v))
      .map(textOf)
      .filter((t, i, a) => a.indexOf(t) === i)
      .join(' '),
  }));
  raw.rowsIn += footnotes.length;
  raw.rejectedCells = rejectedCells;
  raw.warnings = [...warnings, ...rejectedCellWarnings];
  return raw;
}
