/**
 * `cluster-targets actuals FILE... [--out PATH] [--rejects PATH] [--format csv|json]`: load actuals files (CSV/TSV,
 * Excel, JSON, Arrow, Parquet), normalise them, write the tidy table (stdout or --out) and a summary of rows
 * in/used/rejected on stderr.
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadActuals } from '../../actuals/load.js';
import { ACTUAL_COLUMNS } from '../../actuals/table.js';
import type { ActualRow, RejectRow } from '../../actuals/types.js';
import { csvChunks } from '../../io/csv.js';
import { jsonArrayChunks, writeChunks, writeFileWhole } from '../../io/write.js';
import { appendRows, checkOutputs } from '../files.js';
import { ACTUAL_YEARS, yearOption } from '../options.js';

/** The columns of the rejects file. */
export const REJECT_COLUMNS = ['file', 'row', 'column', 'reason', 'raw'] as const;

const HELP = `usage: cluster-targets actuals FILE... [--out PATH] [--rejects PATH] [--format csv|json] [--region NAME]
                               [--year YYYY] [--unit UNIT] [--sheet NAME]

Load published statistics (CSV/TSV in UTF-8 or GBK, .xlsx/.xls yearbook sheets, JSON, Arrow IPC, Parquet), map their
columns (地区/region, 指标/indicator, 年份/year, 数值/value, 单位/unit, 增速/growth…), normalise units and bounds, and
print the tidy actuals table on stdout. A summary (rows in / used / rejected per file) goes to stderr.

  --out PATH       write the table to PATH instead of stdout
  --rejects PATH   write the rejected rows (file, row, column, reason, raw) to PATH as CSV
  --format F       csv (default) or json
  --region NAME    region for rows that do not name one (a sheet of one city)
  --year YYYY      year for rows that do not state one (1900–2100)
  --unit UNIT      unit of the value column when nothing else states it (万元, 亿元…)
  --sheet NAME     Excel sheet (default the first)`;

/**
 * Run the `actuals` subcommand; returns the exit code: 0, 1 when a file cannot be read at all, 2 for bad arguments
 * (a directory given as FILE, a bad --format or --year). Outputs (CSV cells neutralised as docs/security.md says) are
 * written after every file is loaded, each whole or not at all.
 *
 * Complexity: O(total input size).
 *
 * @example
 * await run(['data/actuals/hubei-actuals-published.csv', '--rejects', 'rejects.csv']) // 0
 * @throws {TypeError} from `parseArgs` for an unknown option, naming it.
 * @throws {Error} when --out or --rejects names an input file or the same file as the other (nothing is written),
 * or an output cannot be written.
 */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      rejects: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      region: { type: 'string' },
      year: { type: 'string' },
      unit: { type: 'string' },
      sheet: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`actuals: give at least one FILE\n\n${HELP}\n`);
    return 2;
  }
  if (values.format !== 'csv' && values.format !== 'json') {
    process.stderr.write(`actuals: --format must be csv or json, got "${values.format}"\n`);
    return 2;
  }
  let year: number | undefined;
  try {
    year = yearOption('actuals', 'year', values.year, ACTUAL_YEARS);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  for (const file of positionals) {
    if (isFolder(file)) {
      process.stderr.write(
        `actuals: ${file} is a directory, not a file: name the files in it (${file}/*.csv) or use gap --actuals ${file}\n`,
      );
      return 2;
    }
  }
  checkOutputs(
    'actuals',
    [
      ...(values.out ? [{ label: '--out', path: values.out }] : []),
      ...(values.rejects ? [{ label: '--rejects', path: values.rejects }] : []),
    ],
    positionals.map((path) => ({ label: 'input', path })),
  );
  const rows: ActualRow[] = [];
  const rejects: RejectRow[] = [];
  let failed = false;
  for (const file of positionals) {
    try {
      const r = await loadActuals(file, {
        sheet: values.sheet,
        defaults: { region: values.region, year, unit: values.unit },
      });
      appendRows(rows, r.rows);
      appendRows(rejects, r.rejects);
      process.stderr.write(
        `${file}: ${r.rowsIn} rows in, ${r.rows.length} used, ${r.rejects.length} rejected\n`,
      );
    } catch (e) {
      failed = true;
      process.stderr.write(`actuals: ${file}: ${(e as Error).message}\n`);
    }
  }
  if (positionals.length > 1)
    process.stderr.write(
      `total: ${rows.length + rejects.length} rows in, ${rows.length} used, ${rejects.length} rejected\n`,
    );
  const table = values.format === 'json' ? jsonArrayChunks(rows) : csvChunks(ACTUAL_COLUMNS, rows);
  if (values.out) {
    writeFileWhole(values.out, table);
    process.stderr.write(`table written to ${values.out}\n`);
  } else await writeChunks(process.stdout, table);
  if (values.rejects) {
    writeFileWhole(values.rejects, csvChunks(REJECT_COLUMNS, rejects));
    process.stderr.write(`rejects written to ${values.rejects}\n`);
  }
  return failed ? 1 : 0;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // missing or unreadable: the loader says so, naming the file
  }
}
