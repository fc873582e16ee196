/**
 * `cluster-targets gap`: judge every target against the actuals and write the gaps table (or its summary).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BUNDLED_ACTUALS_FILE, loadBundledActuals } from '../../actuals/bundled.js';
import { loadActuals } from '../../actuals/load.js';
import type { ActualRow } from '../../actuals/types.js';
import { computeGaps } from '../../gaps/compute.js';
import { type GapGroupBy, summarizeGaps } from '../../gaps/summarize.js';
import { GAP_COLUMNS } from '../../gaps/table.js';
import { GAP_STATUSES } from '../../gaps/types.js';
import { csvChunks } from '../../io/csv.js';
import { dataPath } from '../../io/paths.js';
import { jsonArrayChunks, writeChunks, writeFileWhole } from '../../io/write.js';
import { loadTargets } from '../../targets/read.js';
import { actualsFiles, appendRows, checkOutputs } from '../files.js';
import { numberOption, yearOption } from '../options.js';

const HELP = `usage: cluster-targets gap [--targets PATH] [--actuals PATH...] [--as-of YEAR] [--format csv|json]
                          [--out PATH] [--summary doc_id|region|metric|tier] [--window YEARS]
                          [--on-track R] [--acceleration R]

Judge every target against the actual statistics: one row per target and judged year, with every component of
the verdict (base, actual, target and 力争 figures, attainment, 序时进度, CAGRs, R, constant-rate and
time-weighted-regression projections with ESCAP's G and the UN's E, status, score; shares near 100% are judged
with Open SDG's bound factor C on the thresholds).

  --targets PATH     targets table (.csv or .json); default: the bundled data/targets.csv
  --actuals PATH     actuals file or folder (repeatable; a folder loads every .csv/.tsv/.xlsx/.xls/.json/
                     .parquet/.arrow file in it except rejects*); default: the bundled published figures
                     (data/actuals/hubei-actuals-published.csv)
  --as-of YEAR       assessment year, 1949–2100 (default: the latest year among the actuals)
  --format csv|json  output format (default csv)
  --out PATH         write to a file instead of stdout
  --summary BY       print counts per status and the Open SDG score by doc_id, region, metric or tier
  --window YEARS     measure the trend over the last YEARS years only (Eurostat's short-term view)
  --on-track R       R at or above which a target is on track (default 0.95)
  --acceleration R   R at or above which it needs acceleration rather than being off track (default 0.6)

Method: docs/gaps.md.`;

/**
 * Run `cluster-targets gap`.
 *
 * Complexity: that of {@link computeGaps} plus loading.
 *
 * @example
 * await run(['--as-of', '2022', '--summary', 'doc_id'])
 * @throws {Error} on bad options (an --as-of that is not a year from 1949 to 2100, a number option that is not a
 * plain decimal), unreadable/missing inputs, or an --out that names an input (nothing is written), naming the
 * option or path.
 */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      targets: { type: 'string' },
      actuals: { type: 'string', multiple: true },
      'as-of': { type: 'string' },
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
      summary: { type: 'string' },
      window: { type: 'string' },
      'on-track': { type: 'string' },
      acceleration: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const format = values.format;
  if (format !== 'csv' && format !== 'json')
    throw new Error(`gap: --format must be csv or json, got "${format}"`);
  const by = values.summary as GapGroupBy | undefined;
  if (by !== undefined && !['doc_id', 'region', 'metric', 'tier'].includes(by)) {
    throw new Error(`gap: --summary must be doc_id, region, metric or tier, got "${by}"`);
  }
  const asOf = yearOption('gap', 'as-of', values['as-of']);
  const window = numberOption('gap', 'window', values.window, { integer: true, min: 1, max: 100 });
  const onTrack = numberOption('gap', 'on-track', values['on-track'], { min: 0 });
  const acceleration = numberOption('gap', 'acceleration', values.acceleration, { min: 0 });

  const targetsPath = values.targets ?? dataPath('targets.csv');
  if (!existsSync(targetsPath)) {
    throw new Error(
      `gap: targets table ${targetsPath} not found${values.targets ? '' : ' (the bundled data/targets.csv is missing; pass --targets PATH)'}`,
    );
  }
  if (!values.actuals && !existsSync(dataPath('actuals', BUNDLED_ACTUALS_FILE))) {
    throw new Error(
      `gap: the bundled actuals ${dataPath('actuals', BUNDLED_ACTUALS_FILE)} are missing; pass --actuals PATH`,
    );
  }
  const files = values.actuals ? actualsFiles('gap', values.actuals) : [];
  if (values.out)
    checkOutputs(
      'gap',
      [{ label: '--out', path: values.out }],
      [
        { label: '--targets', path: targetsPath },
        ...(values.actuals
          ? files.map((path) => ({ label: '--actuals', path }))
          : [{ label: 'bundled actuals', path: dataPath('actuals', BUNDLED_ACTUALS_FILE) }]),
      ],
    );
  const targets = loadTargets(targetsPath);
  const actuals: ActualRow[] = [];
  let rejected = 0;
  const loaded = values.actuals
    ? await Promise.all(files.map((f) => loadActuals(f)))
    : [await loadBundledActuals()];
  for (const res of loaded) {
    appendRows(actuals, res.rows);
    rejected += res.rejects.length;
  }
  if (rejected > 0) {
    process.stderr.write(
      `gap: ${rejected} actual rows rejected while loading (see cluster-targets actuals)\n`,
    );
  }
  const thresholds: Record<string, number> = {};
  if (onTrack !== undefined) thresholds.onTrack = onTrack;
  if (acceleration !== undefined) thresholds.acceleration = acceleration;
  const gaps = computeGaps(targets, actuals, {
    ...(asOf !== undefined ? { asOf } : {}),
    window: window ?? null,
    thresholds,
  });

  let text: Iterable<string>;
  if (by !== undefined) {
    const summary = summarizeGaps(gaps, { by });
    const cols = [
      'by',
      'key',
      'rows',
      'targets',
      'judged',
      'achieved_share',
      'score_mean',
      'score_n',
      'all_achieved',
      ...GAP_STATUSES,
    ];
    text = format === 'json' ? jsonArrayChunks(summary) : csvChunks(cols, summary);
  } else {
    text = format === 'json' ? jsonArrayChunks(gaps) : csvChunks(GAP_COLUMNS, gaps);
  }
  if (values.out) writeFileWhole(values.out, text);
  else await writeChunks(process.stdout, text);
  const counts = GAP_STATUSES.map((s) => [s, gaps.filter((g) => g.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${s} ${n}`)
    .join(', ');
  process.stderr.write(`gap: ${targets.length} targets → ${gaps.length} rows (${counts})\n`);
  return 0;
}
