/**
 * `cluster-targets extract FILE...`: the targets table of policy documents (text or HTML, UTF-8 or GBK).
 */
import { parseArgs } from 'node:util';
import { createProgress } from '../../io/progress.js';
import { writeChunks, writeFileWhole } from '../../io/write.js';
import { extractTargets } from '../../targets/extract.js';
import { formatTargets, type TargetFormat } from '../../targets/format.js';
import type { TargetRow } from '../../targets/types.js';
import { guessIssuedYear } from '../../text/issued.js';
import { readDocument } from '../../text/read.js';
import { seedIndex } from '../../text/seeds.js';
import { appendRows, checkOutputs } from '../files.js';
import { yearOption } from '../options.js';

const HELP = `usage: cluster-targets extract FILE... [--format csv|json|arrow] [--out PATH]
                               [--region NAME] [--region-code CODE] [--issued YEAR] [--horizon TEXT]

Extract every numeric target of each policy document into one table (one row per target, header first,
columns as in docs/targets-schema.md). FILE is plain text or HTML (tags stripped), UTF-8 or GBK (detected).
The doc_id is the file name without extension; a seed document (seeds/index.csv) gets its region, code,
issue year and horizon from the index. Other files take them from the options; without --issued the year
of the first date in the text is used.

options:
  --format csv|json|arrow   output format (default csv)
  --out PATH                write to PATH instead of stdout
  --region NAME             issuing region of non-seed files (武汉市)
  --region-code CODE        its GB/T 2260 code (420100)
  --issued YEAR             issue year of non-seed files
  --horizon TEXT            horizon of non-seed files (到2025年, 力争用3-5年时间)
  --progress                show progress even when stderr is not a terminal`;

/**
 * Run `extract`; returns the exit code (0, or 2 when no FILE is given).
 *
 * @example
 * await run(['seeds/wuhan-2021-industrial-transformation-plan.txt', '--out', 'targets.csv']) // 0
 * @throws {Error} on a bad --format or --issued, an --out that names an input (nothing is written), a document
 * that cannot be read or lacks --region / --issued, or an --out that cannot be written; each names the option or
 * the path.
 */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
      region: { type: 'string' },
      'region-code': { type: 'string' },
      issued: { type: 'string' },
      horizon: { type: 'string' },
      progress: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`extract: no FILE given\n\n${HELP}\n`);
    return 2;
  }
  const format = values.format as TargetFormat;
  if (!['csv', 'json', 'arrow'].includes(format))
    throw new Error(`extract: --format must be csv, json or arrow, got "${values.format}"`);
  const issuedOption = yearOption('extract', 'issued', values.issued) ?? null;
  if (values.out)
    checkOutputs(
      'extract',
      [{ label: '--out', path: values.out }],
      positionals.map((path) => ({ label: 'input', path })),
    );
  const seeds = new Map(seedIndex().map((d) => [d.doc_id, d]));
  const rows: TargetRow[] = [];
  const progress = createProgress('extract', positionals.length, {
    unit: 'files',
    force: values.progress === true || positionals.length >= 20 ? values.progress : false,
  });
  for (const file of positionals) {
    const doc = readDocument(file);
    const seed = seeds.get(doc.docId);
    const issuedYear = seed?.issued_year ?? issuedOption ?? guessIssuedYear(doc.text);
    if (issuedYear === null)
      throw new Error(`extract: ${file} is not a seed document and states no date; pass --issued YEAR`);
    const region = seed?.region ?? values.region;
    if (!region)
      throw new Error(`extract: ${file} is not a seed document; pass --region NAME (and --region-code)`);
    appendRows(
      rows,
      extractTargets(doc.text, {
        docId: doc.docId,
        region,
        regionCode: seed?.region_code ?? values['region-code'] ?? null,
        issuedYear,
        horizon: seed?.horizon ?? values.horizon,
      }),
    );
    progress.tick(1, doc.docId);
  }
  progress.done();
  const out = formatTargets(rows, format);
  if (values.out) writeFileWhole(values.out, [out]);
  else await writeChunks(process.stdout, [typeof out === 'string' ? out : Buffer.from(out)]);
  return 0;
}
