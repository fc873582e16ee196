/**
 * `cluster-targets actuals FILE... [--rejects PATH] [--format csv|json]`: load actuals files (CSV/TSV, Excel, JSON,
 * Arrow, Parquet), normalise them, print the tidy table on stdout and a summary of rows in/used/rejected on stderr.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadActuals } from '../../actuals/load.js';
import { ACTUAL_COLUMNS } from '../../actuals/table.js';
import type { ActualRow, RejectRow } from '../../actuals/types.js';
import { formatCsv } from '../../io/csv.js';

const HELP = `usage: cluster-targets actuals FILE... [--rejects PATH] [--format csv|json] [--region NAME] [--year YYYY]
                               [--unit UNIT] [--sheet NAME]

Load published statistics (CSV/TSV in UTF-8 or GBK, .xlsx/.xls yearbook sheets, JSON, Arrow IPC, Parquet), map their
columns (地区/region, 指标/indicator, 年份/year, 数值/value, 单位/unit, 增速/growth…), normalise units and bounds, and
print the tidy actuals table on stdout. A summary (rows in / used / rejected per file) goes to stderr.

  --rejects PATH   write the rejected rows (file, row, column, reason, raw) to PATH as CSV
  --format F       csv (default) or json
  --region NAME    region for rows that do not name one (a sheet of one city)
  --year YYYY      year for rows that do not state one
  --unit UNIT      unit of the value column when nothing else states it (万元, 亿元…)
  --sheet NAME     Excel sheet (default the first)`;

/**
 * Run the `actuals` subcommand; returns the exit code: 0, 1 when a file cannot be read at all, 2 for bad arguments.
 *
 * Complexity: O(total input size).
 *
 * @example
 * await run(['data/actuals/hubei-actuals-published.csv', '--rejects', 'rejects.csv']) // 0
 * @throws {TypeError} from `parseArgs` for an unknown option, naming it.
 */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
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
  const year = values.year !== undefined ? Number(values.year) : undefined;
  if (year !== undefined && !Number.isInteger(year)) {
    process.stderr.write(`actuals: --year must be a year like 2021, got "${values.year}"\n`);
    return 2;
  }
  const rows: ActualRow[] = [];
  const rejects: RejectRow[] = [];
  let failed = false;
  for (const file of positionals) {
    try {
      const r = await loadActuals(file, {
        sheet: values.sheet,
        defaults: { region: values.region, year, unit: values.unit },
      });
      rows.push(...r.rows);
      rejects.push(...r.rejects);
      process.stderr.write(
        `${file}: ${r.rowsIn} rows in, ${r.rows.length} used, ${r.rejects.length} rejected\n`,
      );
    } catch (e) {
      failed = true;
      process.stderr.write(`actuals: ${(e as Error).message}\n`);
    }
  }
  if (positionals.length > 1)
    process.stderr.write(
      `total: ${rows.length + rejects.length} rows in, ${rows.length} used, ${rejects.length} rejected\n`,
    );
  if (values.format === 'json') process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else
    process.stdout.write(
      formatCsv(
        ACTUAL_COLUMNS,
        rows.map((r) => ({ ...r, note: r.note ?? '' })),
      ),
    );
  if (values.rejects) {
    writeFileSync(values.rejects, formatCsv(['file', 'row', 'column', 'reason', 'raw'], rejects as never));
    process.stderr.write(`rejects written to ${values.rejects}\n`);
  }
  return failed ? 1 : 0;
}
