/**
 * `cluster-targets evaluate --gold PATH FILE...`: precision, recall and F1 of the extractor against a reviewed
 * targets table.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateTargets, formatEvaluation } from '../../targets/evaluate.js';
import { extractTargets } from '../../targets/extract.js';
import { loadTargets } from '../../targets/read.js';
import type { TargetRow } from '../../targets/types.js';
import { guessIssuedYear } from '../../text/issued.js';
import { loadDocument } from '../../text/read.js';
import { seedIndex } from '../../text/seeds.js';
import { appendRows } from '../files.js';
import { yearOption } from '../options.js';

const HELP = `usage: cluster-targets evaluate --gold PATH FILE... [--json] [--no-disagreements]
                                [--region NAME] [--issued YEAR] [--horizon TEXT]

Compare extracted targets with a reviewed table (PATH: a targets CSV/JSON, or a folder of them such as
data/targets/). Each FILE is a document to extract (text or HTML), or a targets CSV/JSON already extracted.
Only the gold rows of the documents given are scored. A predicted row matches a gold row of the same document
when their spans overlap and value and unit agree; fields are then compared on the matched pairs.

Prints precision, recall and F1 overall, per document and per field (value, unit, comparator, stretch,
deadline, subject, …), then every miss, every spurious row and every field disagreement.

options:
  --gold PATH            the reviewed targets (required)
  --json                 print the evaluation as JSON
  --no-disagreements     leave the list of field disagreements out of the text report
  --region NAME          region of non-seed documents
  --issued YEAR          issue year of non-seed documents
  --horizon TEXT         horizon of non-seed documents (到2025年, 力争用3-5年时间, 2018年); without it the
                         extractor reads the document's own title and first deadline phrase`;

function readGold(path: string): TargetRow[] {
  if (statSync(path).isDirectory()) {
    const rows: TargetRow[] = [];
    for (const f of readdirSync(path).sort())
      if (/\.(csv|json)$/i.test(f)) appendRows(rows, loadTargets(join(path, f)));
    return rows;
  }
  return loadTargets(path);
}

/**
 * Run `evaluate`; returns the exit code (0, or 2 when --gold or FILE is missing).
 *
 * @example
 * await run(['--gold', 'data/targets', 'seeds/wuhan-2021-industrial-transformation-plan.txt']) // 0
 * @throws {Error} on an --issued that is not a year from 1949 to 2100, an unreadable file, or a non-seed document
 * with no date and no --issued, naming the option or the path.
 */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      gold: { type: 'string' },
      json: { type: 'boolean', default: false },
      'no-disagreements': { type: 'boolean', default: false },
      region: { type: 'string' },
      issued: { type: 'string' },
      horizon: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (!values.gold) {
    process.stderr.write(`evaluate: --gold PATH is required\n\n${HELP}\n`);
    return 2;
  }
  if (positionals.length === 0) {
    process.stderr.write(`evaluate: no FILE given\n\n${HELP}\n`);
    return 2;
  }
  const issuedOption = yearOption('evaluate', 'issued', values.issued);
  const gold = readGold(values.gold);
  const seeds = new Map(seedIndex().map((d) => [d.doc_id, d]));
  const predicted: TargetRow[] = [];
  const docIds = new Set<string>();
  for (const file of positionals) {
    if (/\.(csv|json)$/i.test(file)) {
      const rows = loadTargets(file);
      for (const r of rows) docIds.add(r.doc_id);
      appendRows(predicted, rows);
      continue;
    }
    const doc = loadDocument(file);
    docIds.add(doc.docId);
    const seed = seeds.get(doc.docId);
    const issuedYear = seed?.issued_year ?? issuedOption ?? guessIssuedYear(doc.text);
    if (!issuedYear)
      throw new Error(`evaluate: ${file} is not a seed document and states no date; pass --issued`);
    appendRows(
      predicted,
      extractTargets(doc.text, {
        docId: doc.docId,
        region: seed?.region ?? values.region ?? '未注明',
        regionCode: seed?.region_code ?? null,
        issuedYear,
        horizon: seed?.horizon ?? values.horizon,
      }),
    );
  }
  const ev = evaluateTargets(
    predicted,
    gold.filter((r) => docIds.has(r.doc_id)),
  );
  if (values.json) process.stdout.write(`${JSON.stringify(ev, null, 2)}\n`);
  else process.stdout.write(formatEvaluation(ev, { disagreements: !values['no-disagreements'] }));
  return 0;
}
