/**
 * `cluster-targets report`: the main job. Runs the whole pipeline on the bundled material (or yours) and writes
 * everything under one folder:
 *
 *   seeds/ → targets (extracted, and evaluated against the reviewed data/targets.csv)
 *          → actuals (data/actuals/ plus any --actuals files, with rejects)
 *          → gaps (reviewed targets judged against the actuals) and summaries
 *          → charts (SVG, PNG, Vega-Lite JSON) → report.html and report.xlsx
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBundledActuals } from '../../actuals/bundled.js';
import { loadActuals } from '../../actuals/load.js';
import { loadMapping, type MappingRow } from '../../actuals/mapping.js';
import { MATCH_TABLE_COLUMNS, matchActuals, matchTable } from '../../actuals/match.js';
import { ACTUAL_COLUMNS } from '../../actuals/table.js';
import type { ActualRow, LoadResult, RejectRow } from '../../actuals/types.js';
import { computeGaps } from '../../gaps/compute.js';
import { summarizeGaps } from '../../gaps/summarize.js';
import { GAP_COLUMNS } from '../../gaps/table.js';
import { csvChunks } from '../../io/csv.js';
import { EXCELJS_VERSION, optionalExcelJs } from '../../io/optional.js';
import { dataPath } from '../../io/paths.js';
import { writeFileWhole } from '../../io/write.js';
import { reportCharts, writeChartFiles } from '../../reports/charts.js';
import { writeReport } from '../../reports/html.js';
import { writeWorkbook } from '../../reports/workbook.js';
import { evaluateTargets, formatEvaluation } from '../../targets/evaluate.js';
import { loadTargets } from '../../targets/read.js';
import { extractSeedTargets } from '../../targets/seeds.js';
import { TARGET_COLUMNS } from '../../targets/types.js';
import { seedIndex } from '../../text/seeds.js';
import { actualsFiles, appendRows, checkOutputs, isInside, writeFolderWhole } from '../files.js';
import { yearOption } from '../options.js';
import { REJECT_COLUMNS } from './actuals.js';

const HELP = `usage: cluster-targets report [--out DIR] [--targets PATH] [--actuals PATH]... [--mapping PATH] [--as-of YEAR]
                              [--lang zh|en]

Run the pipeline and write its outputs under DIR (default out/). Every input is read and checked first; the outputs
are written to a hidden folder beside DIR and moved into DIR at the end, so a bad input leaves DIR as it was.
--actuals takes files or folders (every actuals file in a folder); --as-of is a year from 1949 to 2100. --mapping is
a CSV of your own pairings (target, actual: a target subject and the actual indicator it is judged on).

  targets-extracted.csv   targets the extractor finds in seeds/
  evaluation.txt          the extractor against the reviewed targets (precision, recall, F1)
  targets.csv             the reviewed targets (default data/targets.csv, or --targets)
  actuals.csv, actuals-rejects.csv   the actual statistics used, and the input rows rejected with reasons
  matches.csv             every target's pairing: the actual series taken (method, score, mapping row) or why
                          none, and the candidates refused with the reason
  gaps.csv, gaps-summary.csv         every target judged against the actuals, and counts by document
  charts/                 every chart as SVG, PNG and Vega-Lite JSON
  report.html, report.xlsx           the standalone report and the workbook`;

/** The files the report writes under DIR, besides charts/. */
const REPORT_FILES = [
  'targets-extracted.csv',
  'evaluation.txt',
  'targets.csv',
  'actuals.csv',
  'actuals-rejects.csv',
  'matches.csv',
  'gaps.csv',
  'gaps-summary.csv',
  'report.html',
  'report.xlsx',
] as const;

function say(message: string): void {
  process.stderr.write(`report: ${message}\n`);
}

/** Load one actuals file, naming it in any error the loader throws. */
async function loadNamed(path: string): Promise<LoadResult> {
  try {
    return await loadActuals(path);
  } catch (e) {
    const message = (e as Error).message;
    throw new Error(message.includes(path) ? message : `--actuals ${path}: ${message}`);
  }
}

/**
 * Refuse an --out folder that would overwrite an input: one of the {@link REPORT_FILES} or a file under charts/.
 */
function checkReportOut(out: string, inputs: readonly { label: string; path: string }[]): void {
  checkOutputs(
    'report',
    REPORT_FILES.map((f) => ({ label: '--out', path: join(out, f) })),
    inputs,
  );
  for (const input of inputs)
    if (isInside(input.path, join(out, 'charts')))
      throw new Error(
        `report: --out ${out} would write charts over the input ${input.path} (${input.label}); nothing was written, choose another folder`,
      );
}

/**
 * Run the report command; returns the exit code (0).
 *
 * @example
 * await run(['--out', 'out', '--actuals', 'my-actuals.csv']) // 0, out/report.html and the rest written
 * @throws {Error} on a bad --lang or --as-of, a missing or unreadable input (naming it), an --out that would
 * overwrite an input or is a file; nothing is written under --out then.
 */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string', default: 'out' },
      targets: { type: 'string' },
      actuals: { type: 'string', multiple: true },
      mapping: { type: 'string' },
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
  const asOf = yearOption('report', 'as-of', values['as-of']);
  const out = values.out;
  const reviewedPath = values.targets ?? dataPath('targets.csv');
  const actualsPaths = actualsFiles('report', values.actuals ?? []);
  const mapping = values.mapping ? loadMapping(values.mapping) : [];
  checkReportOut(out, [
    { label: '--targets', path: reviewedPath },
    ...actualsPaths.map((path) => ({ label: '--actuals', path })),
    ...(values.mapping ? [{ label: '--mapping', path: values.mapping }] : []),
  ]);
  const charts = await writeFolderWhole(out, (dir) =>
    writeOutputs(dir, { reviewedPath, actualsPaths, asOf, lang, mapping }),
  );
  say(`wrote ${join(out, 'report.html')}, ${join(out, 'report.xlsx')}, the CSV tables and ${charts} charts`);
  return 0;
}

/** The pipeline, writing into `dir` (the hidden folder that becomes `out`); returns the number of charts. */
async function writeOutputs(
  dir: string,
  o: {
    reviewedPath: string;
    actualsPaths: readonly string[];
    asOf: number | undefined;
    lang: 'zh' | 'en';
    mapping: readonly MappingRow[];
  },
): Promise<number> {
  const { reviewedPath, asOf, lang } = o;
  // 1. Targets: extract from the seeds, evaluate against the reviewed dataset.
  const extracted = extractSeedTargets();
  writeFileWhole(join(dir, 'targets-extracted.csv'), csvChunks(TARGET_COLUMNS, extracted));
  const targets = loadTargets(reviewedPath);
  const evaluation = evaluateTargets(extracted, targets);
  await writeFile(join(dir, 'evaluation.txt'), formatEvaluation(evaluation, { disagreements: true }));
  writeFileWhole(join(dir, 'targets.csv'), csvChunks(TARGET_COLUMNS, targets));
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
  for (const path of o.actualsPaths) loads.push({ name: path, result: await loadNamed(path) });
  for (const { name, result } of loads) {
    appendRows(actuals, result.rows);
    appendRows(rejects, result.rejects);
    say(
      `actuals: ${name}: ${result.rowsIn} rows in, ${result.rows.length} used, ${result.rejects.length} rejected`,
    );
  }
  writeFileWhole(join(dir, 'actuals.csv'), csvChunks(ACTUAL_COLUMNS, actuals));
  writeFileWhole(join(dir, 'actuals-rejects.csv'), csvChunks(REJECT_COLUMNS, rejects));

  // 3. Gaps.
  const matches = matchActuals(targets, actuals, { mapping: o.mapping });
  writeFileWhole(join(dir, 'matches.csv'), csvChunks(MATCH_TABLE_COLUMNS, matchTable(matches)));
  const paired = matches.filter((m) => m.method !== null).length;
  say(
    `matches: ${paired} of ${matches.length} targets paired with an actual series` +
      (o.mapping.length ? ` (${o.mapping.length} mapping rows given)` : ''),
  );
  const gaps = computeGaps(targets, actuals, {
    ...(asOf === undefined ? {} : { asOf }),
    matchActuals: () => matches,
  });
  writeFileWhole(join(dir, 'gaps.csv'), csvChunks(GAP_COLUMNS, gaps));
  const summary = summarizeGaps(gaps, { by: 'doc_id' });
  const summaryColumns = summary.length > 0 ? Object.keys(summary[0] as object) : ['doc_id'];
  writeFileWhole(join(dir, 'gaps-summary.csv'), csvChunks(summaryColumns, summary));
  const counts = new Map<string, number>();
  for (const g of gaps) counts.set(g.status, (counts.get(g.status) ?? 0) + 1);
  say(`gaps: ${gaps.length} rows: ${[...counts].map(([s, n]) => `${s} ${n}`).join(', ')}`);

  // 4. Charts, report and workbook.
  const charts = reportCharts(gaps, targets, { lang, actuals, matches });
  await writeChartFiles(charts, join(dir, 'charts'));
  await writeReport(gaps, targets, { out: dir, lang, actuals, matches, documents: seedIndex() });
  // the workbook needs the optional package exceljs; without it the other outputs are written and the gap said
  if (await optionalExcelJs())
    await writeWorkbook({ targets, gaps, actuals, sources: seedIndex() }, join(dir, 'report.xlsx'));
  else
    process.stderr.write(
      `report: report.xlsx not written: it needs the optional package exceljs (npm install exceljs@${EXCELJS_VERSION})\n`,
    );
  return charts.length;
}
