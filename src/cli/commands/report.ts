/**
 * `cluster-targets report`: the main job. Runs the whole pipeline on the bundled material (or yours) and writes
 * everything under one folder:
 *
 *   seeds/ → targets (extracted, and evaluated against the reviewed data/targets.csv)
 *          → actuals (data/actuals/ plus any --actuals files, with rejects)
 *          → gaps (reviewed targets judged against the actuals) and summaries
 *          → charts (SVG, PNG, Vega-Lite JSON) → report.html and report.xlsx
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBundledActuals } from '../../actuals/bundled.js';
import { loadActuals } from '../../actuals/load.js';
import { matchActuals } from '../../actuals/match.js';
import { ACTUAL_COLUMNS } from '../../actuals/table.js';
import type { ActualRow, RejectRow } from '../../actuals/types.js';
import { computeGaps } from '../../gaps/compute.js';
import { summarizeGaps } from '../../gaps/summarize.js';
import { GAP_COLUMNS } from '../../gaps/table.js';
import { formatCsv } from '../../io/csv.js';
import { dataPath } from '../../io/paths.js';
import { reportCharts, writeChartFiles } from '../../reports/charts.js';
import { writeReport } from '../../reports/html.js';
import { writeWorkbook } from '../../reports/workbook.js';
import { evaluateTargets, formatEvaluation } from '../../targets/evaluate.js';
import { readTargets } from '../../targets/read.js';
import { extractSeedTargets } from '../../targets/seeds.js';
import { TARGET_COLUMNS } from '../../targets/types.js';
import { seedIndex } from '../../text/seeds.js';

const HELP = `usage: cluster-targets report [--out DIR] [--targets PATH] [--actuals PATH]... [--as-of YEAR] [--lang zh|en]

Run the pipeline and write its outputs under DIR (default out/):
  targets-extracted.csv   targets the extractor finds in seeds/
  evaluation.txt          the extractor against the reviewed targets (precision, recall, F1)
  targets.csv             the reviewed targets (default data/targets.csv, or --targets)
  actuals.csv, actuals-rejects.csv   the actual statistics used, and the input rows rejected with reasons
  gaps.csv, gaps-summary.csv         every target judged against the actuals, and counts by document
  charts/                 every chart as SVG, PNG and Vega-Lite JSON
  report.html, report.xlsx           the standalone report and the workbook`;

const REJECT_COLUMNS = ['file', 'row', 'column', 'reason', 'raw'];

function say(message: string): void {
  process.stderr.write(`report: ${message}\n`);
}

/** Run the report command. Returns the exit code. */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string', default: 'out' },
      targets: { type: 'string' },
      actuals: { type: 'string', multiple: true },
      'as-of': { type: 'string' },
      lang: { type: 'string', default: 'zh' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const lang = values.lang;
  if (lang !== 'zh' && lang !== 'en') throw new Error(`report: --lang must be zh or en, got "${lang}"`);
  const asOf = values['as-of'] === undefined ? undefined : Number(values['as-of']);
  if (asOf !== undefined && !Number.isInteger(asOf)) {
    throw new Error(`report: --as-of must be a year, got "${values['as-of']}"`);
  }
  const out = values.out;
  await mkdir(out, { recursive: true });

  // 1. Targets: extract from the seeds, evaluate against the reviewed dataset.
  const extracted = extractSeedTargets();
  await writeFile(join(out, 'targets-extracted.csv'), formatCsv(TARGET_COLUMNS, extracted as never));
  const reviewedPath = values.targets ?? dataPath('targets.csv');
  const targets = readTargets(reviewedPath);
  const evaluation = evaluateTargets(extracted, targets);
  await writeFile(join(out, 'evaluation.txt'), formatEvaluation(evaluation, { disagreements: true }));
  await writeFile(join(out, 'targets.csv'), formatCsv(TARGET_COLUMNS, targets as never));
  say(
    `targets: ${extracted.length} extracted from ${seedIndex().length} seeds; ${targets.length} reviewed (${reviewedPath})`,
  );
  say(
    `extractor against the reviewed targets: precision ${evaluation.overall.precision.toFixed(3)}, recall ${evaluation.overall.recall.toFixed(3)}`,
  );

  // 2. Actuals: the bundled published figures plus the user's files.
  const actuals: ActualRow[] = [];
  const rejects: RejectRow[] = [];
  const loads = [{ name: 'data/actuals (bundled)', result: await loadBundledActuals() }];
  for (const path of values.actuals ?? []) loads.push({ name: path, result: await loadActuals(path) });
  for (const { name, result } of loads) {
    actuals.push(...result.rows);
    rejects.push(...result.rejects);
    say(
      `actuals: ${name}: ${result.rowsIn} rows in, ${result.rows.length} used, ${result.rejects.length} rejected`,
    );
  }
  await writeFile(join(out, 'actuals.csv'), formatCsv(ACTUAL_COLUMNS, actuals as never));
  await writeFile(join(out, 'actuals-rejects.csv'), formatCsv(REJECT_COLUMNS, rejects as never));

  // 3. Gaps.
  const matches = matchActuals(targets, actuals);
  const gaps = computeGaps(targets, actuals, {
    ...(asOf === undefined ? {} : { asOf }),
    matchActuals: () => matches,
  });
  await writeFile(join(out, 'gaps.csv'), formatCsv(GAP_COLUMNS, gaps as never));
  const summary = summarizeGaps(gaps, { by: 'doc_id' });
  const summaryColumns = summary.length > 0 ? Object.keys(summary[0] as object) : ['doc_id'];
  await writeFile(join(out, 'gaps-summary.csv'), formatCsv(summaryColumns, summary as never));
  const counts = new Map<string, number>();
  for (const g of gaps) counts.set(g.status, (counts.get(g.status) ?? 0) + 1);
  say(`gaps: ${gaps.length} rows: ${[...counts].map(([s, n]) => `${s} ${n}`).join(', ')}`);

  // 4. Charts, report and workbook.
  const charts = reportCharts(gaps, targets, { lang, actuals, matches });
  await writeChartFiles(charts, join(out, 'charts'));
  say(`charts: ${charts.length} written to ${join(out, 'charts')} (SVG, PNG, JSON)`);
  const html = await writeReport(gaps, targets, { out, lang, actuals, matches });
  const xlsx = join(out, 'report.xlsx');
  await writeWorkbook({ targets, gaps, actuals, sources: seedIndex() }, xlsx);
  say(`wrote ${html} and ${xlsx}`);
  return 0;
}
