import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { isFormulaLike } from '../../src/io/csv.js';
import { writeWorkbook } from '../../src/reports/index.js';
import { A_HOSTILE, G_HOSTILE, GAPS, HOSTILE, OPTO_SERIES, T_HOSTILE, TARGETS } from '../charts/fixtures.js';

const path = join(mkdtempSync(join(tmpdir(), 'ct-wb-')), 'report.xlsx');
const targets = [...TARGETS, T_HOSTILE];
const gaps = [...GAPS, G_HOSTILE];
const actuals = [...OPTO_SERIES, A_HOSTILE];
const sources = [{ doc_id: 'hostile', title: HOSTILE.formula, issued_year: 2021 }];
const wb = new ExcelJS.Workbook();

beforeAll(async () => {
  await writeWorkbook({ targets, gaps, actuals, sources }, path);
  await wb.xlsx.readFile(path);
});

function headerIndex(ws: ExcelJS.Worksheet, prefix: string): number {
  const row = ws.getRow(1).values as unknown[];
  const i = row.findIndex((v) => typeof v === 'string' && (v === prefix || v.startsWith(`${prefix} [`)));
  if (i < 0) throw new Error(`no column ${prefix} in ${ws.name}`);
  return i;
}

describe('writeWorkbook', () => {
  it('writes the four sheets with a frozen header row', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['targets', 'gaps', 'actuals', 'sources']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it('writes real numbers with the unit in the header', () => {
    const ws = wb.getWorksheet('targets')!;
    expect(ws.getRow(1).getCell(headerIndex(ws, 'value')).value).toBe('value [base unit, see unit]');
    const value = ws.getRow(2).getCell(headerIndex(ws, 'value'));
    expect(value.type).toBe(ExcelJS.ValueType.Number);
    expect(value.value).toBe(1e12); // T_OPTO: 1万亿元
    expect(value.numFmt).toBe('#,##0.####');
    expect(ws.getRow(2).getCell(headerIndex(ws, 'display_value')).value).toBe(10000);
    expect(ws.getRow(2).getCell(headerIndex(ws, 'display_unit')).value).toBe('亿元');
    expect(ws.getRow(2).getCell(headerIndex(ws, 'stretch')).value).toBe(false);
    const g = wb.getWorksheet('gaps')!;
    expect(g.getRow(2).getCell(headerIndex(g, 'tau')).value).toBe(0.6);
    expect(g.getRow(2).getCell(headerIndex(g, 'tau')).numFmt).toBe('0.0000');
    expect(g.getRow(1).getCell(headerIndex(g, 'tau')).value).toBe('tau [ratio, 1 = 100%]');
    const a = wb.getWorksheet('actuals')!;
    expect(a.getRow(3).getCell(headerIndex(a, 'value')).value).toBe(6e11);
    expect(a.getRow(3).getCell(headerIndex(a, 'year')).value).toBe(2021);
    expect(a.rowCount).toBe(1 + actuals.length);
  });

  it('keeps formula-like text as text: no formula cells, Text format on risky cells', () => {
    let risky = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
          if (typeof cell.value === 'string' && isFormulaLike(cell.value)) {
            risky++;
            expect(cell.numFmt).toBe('@');
          }
        }),
      );
    }
    expect(risky).toBeGreaterThanOrEqual(8);
    const t = wb.getWorksheet('targets')!;
    const hostileRow = t.getRow(targets.length + 1);
    expect(hostileRow.getCell(headerIndex(t, 'scope')).value).toBe(HOSTILE.formula);
    expect(hostileRow.getCell(headerIndex(t, 'responsible')).value).toBe(`${HOSTILE.at}|${HOSTILE.plus}`);
    const g = wb.getWorksheet('gaps')!;
    expect(g.getRow(gaps.length + 1).getCell(headerIndex(g, 'actual_quote')).value).toBe(HOSTILE.tab);
  });

  it('reads back through SheetJS with no formula and string cells for the hostile text', () => {
    const book = XLSX.read(readFileSync(path), { type: 'buffer', cellFormula: true, cellNF: true });
    for (const name of book.SheetNames) {
      const sheet = book.Sheets[name]!;
      for (const [addr, cell] of Object.entries(sheet)) {
        if (addr.startsWith('!')) continue;
        expect((cell as XLSX.CellObject).f, `${name}!${addr}`).toBeUndefined();
      }
    }
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.sources!);
    expect(rows).toEqual([{ doc_id: 'hostile', title: HOSTILE.formula, issued_year: 2021 }]);
    const cell = book.Sheets.sources!.B2 as XLSX.CellObject;
    expect(cell.t).toBe('s');
  });

  it('lists documents and actuals’ sources when no sources are given', async () => {
    const p = join(mkdtempSync(join(tmpdir(), 'ct-wb-')), 'x.xlsx');
    await writeWorkbook({ targets: TARGETS, actuals: OPTO_SERIES }, p);
    const book = XLSX.read(readFileSync(p), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.sources!);
    expect(rows).toEqual([
      { kind: 'document', id: 'wuhan-2021-industrial-transformation-plan' },
      { kind: 'document', id: 'wuhan-2018-wanqianbai-action-plan' },
      { kind: 'document', id: 'wuhan-2018-economy-it-commission-task-list' },
      { kind: 'document', id: 'xiangyang-2016-trillion-industrial-city-tasks' },
      { kind: 'actuals', id: 'http://www.example.gov.cn/tjj/2024/01.html' },
    ]);
  });
});

describe('writeWorkbook with long tables', () => {
  it('continues a table past the sheet limit on sheets "actuals (2)"…, every row kept', async () => {
    const p = join(mkdtempSync(join(tmpdir(), 'ct-wb-')), 'long.xlsx');
    const series = [...OPTO_SERIES, A_HOSTILE];
    await writeWorkbook({ targets: TARGETS, actuals: series, maxSheetRows: 2 }, p);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(p);
    const names = book.worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith('actuals'))).toEqual(['actuals', 'actuals (2)', 'actuals (3)']);
    const years = ['actuals', 'actuals (2)', 'actuals (3)'].flatMap((n) => {
      const ws = book.getWorksheet(n)!;
      const col = headerIndex(ws, 'year');
      const out: unknown[] = [];
      ws.eachRow((row, i) => {
        if (i > 1) out.push(row.getCell(col).value);
      });
      return out;
    });
    expect(years).toEqual(series.map((a) => a.year));
  });

  it('leaves no file behind when it cannot write, and refuses a bad sheet size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-wb-'));
    await expect(writeWorkbook({ targets: TARGETS, maxSheetRows: 0 }, join(dir, 'x.xlsx'))).rejects.toThrow(
      /maxSheetRows must be a whole number/,
    );
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(
      writeWorkbook({ targets: TARGETS, sources: [{ id: 'x', detail: cyclic }] }, join(dir, 'x.xlsx')),
    ).rejects.toThrow(/writeWorkbook: cannot write .*x\.xlsx: .*circular/i);
    expect(readdirSync(dir)).toEqual([]);
  });
});
