/**
 * The library without its optional package exceljs (not installed by `npm install cluster-targets`): .xlsx files are
 * still read (through SheetJS, with a warning that indent levels are not seen) and writeWorkbook says what to install.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('exceljs', () => {
  throw new Error("Cannot find package 'exceljs'");
});

const { loadActuals } = await import('../../src/actuals/load.js');
const { writeWorkbook } = await import('../../src/reports/workbook.js');

describe('without exceljs', () => {
  it('reads an .xlsx yearbook through SheetJS, and says that indent levels were not seen', async () => {
    const r = await loadActuals(join(import.meta.dirname, '..', 'fixtures', 'actuals', 'yearbook.xlsx'));
    expect(r.rows.length).toBeGreaterThan(0);
    expect(r.rowsIn).toBe(r.rows.length + r.rejects.length);
    expect(
      r.warnings.some((w) =>
        /without the optional package exceljs.*npm install exceljs@4\.4\.0/.test(w.reason),
      ),
    ).toBe(true);
  });

  it('refuses to write a workbook, naming the package to install', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'no-exceljs-')), 'r.xlsx');
    await expect(writeWorkbook({ targets: [], gaps: [], actuals: [] }, out)).rejects.toThrow(
      /needs the optional package exceljs: npm install exceljs@4\.4\.0/,
    );
  });
});
