/**
 * `cluster-targets extract FILE|DIR...`: the targets table of policy documents (text or HTML, UTF-8 or GBK).
 */
import { parseArgs } from 'node:util';
import { formatTargets } from '../../targets/format.js';
import { DOCUMENT_OPTIONS, runDocumentCommand } from '../documents.js';

const HELP = `usage: cluster-targets extract FILE|DIR... [--manifest CSV] [--format csv|json|arrow] [--out PATH]
                               [--region NAME] [--region-code CODE] [--issued YEAR] [--horizon TEXT]

Extract every numeric target of each policy document into one table (one row per target, header first, columns
as in docs/targets-schema.md). FILE is plain text or HTML (tags stripped), UTF-8 or GBK (detected); a DIR stands
for its .txt and .html files. The doc_id is the file name without extension. Region, issue year and document type
are read from each text (its title, 印发 line, 落款, the subtitle of a work report) and said on stderr; a seed
document takes them from seeds/index.csv; flags and a manifest (columns path,doc_id,region,region_code,issued,
horizon,doc_type) give them instead.

options:
  --format csv|json|arrow   output format (default csv)
  --out PATH                write to PATH instead of stdout
  --manifest CSV            documents and what is known of them, one row each
  --region NAME             issuing region of every document given (武汉市)
  --region-code CODE        its GB/T 2260 code (420100)
  --issued YEAR             issue year of every document given
  --horizon TEXT            horizon of every document given (到2025年, 力争用3-5年时间)
  --progress                show progress even when stderr is not a terminal`;

/**
 * Run `extract`; returns the exit code (0; 1 when a document of a batch was skipped; 2 when no document is given).
 *
 * @example
 * await run(['seeds/wuhan-2021-industrial-transformation-plan.txt', '--out', 'targets.csv']) // 0
 * @throws {Error} on a bad --format or --issued, an --out that names an input (nothing is written), a document
 * given alone that cannot be read or states no issue year, or an --out that cannot be written; each names the option or path.
 */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: DOCUMENT_OPTIONS });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length === 0 && !values.manifest) {
    process.stderr.write(`extract: no FILE, DIR or --manifest given\n\n${HELP}\n`);
    return 2;
  }
  return runDocumentCommand('extract', positionals, values, ({ targets }, format) =>
    formatTargets(targets, format),
  );
}
