/**
 * Optional packages: loaded when a function needs them, so that the library installs without them. `exceljs` (53 MB
 * with its dependencies) writes workbooks and reads Excel's indent levels; without it, .xlsx files are read by SheetJS
 * (`@e965/xlsx`, always installed) and `writeWorkbook` says what to install.
 */
import type ExcelJSModule from 'exceljs';

let excel: typeof ExcelJSModule | null | undefined;

/** exceljs, or null when it is not installed. */
export async function optionalExcelJs(): Promise<typeof ExcelJSModule | null> {
  if (excel !== undefined) return excel;
  try {
    const mod = (await import('exceljs')) as unknown as { default?: typeof ExcelJSModule };
    excel = mod.default ?? (mod as unknown as typeof ExcelJSModule);
  } catch {
    excel = null;
  }
  return excel;
}

/** The version of exceljs the library is tested with (`npm install exceljs@4.4.0`). */
export const EXCELJS_VERSION = '4.4.0';
