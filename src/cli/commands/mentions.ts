/**
 * `cluster-targets mentions FILE|DIR... [--manifest CSV] [--role ROLE] [--format csv|json|arrow] [--out PATH]`:
 * every quantity of policy documents with its role (target, outcome, estimate, baseline, threshold, instrument,
 * label, other), period, value, unit and quote.
 */
import { parseArgs } from 'node:util';
import { formatMentions } from '../../mentions/format.js';
import { isMentionRole, MENTION_ROLES } from '../../mentions/roles.js';
import { DOCUMENT_OPTIONS, runDocumentCommand } from '../documents.js';

const HELP = `usage: cluster-targets mentions FILE|DIR... [--manifest CSV] [--role ROLE[,ROLE…]]
                                [--format csv|json|arrow] [--out PATH]
                                [--region NAME] [--region-code CODE] [--issued YEAR] [--horizon TEXT]

Every quantity of each document, one row per figure, with its role: ${MENTION_ROLES.join(', ')}.
Outcomes and estimates carry the year they are for (period_year); targets link to their rows of the targets
table (target_ids, as \`extract\` writes it). FILE is text or HTML, UTF-8 or GBK; a DIR stands for its .txt and
.html files. Region, issue year and document type are read from each text (title, 落款, the subtitle of a work
report) and said on stderr; flags and a manifest (columns path,doc_id,region,region_code,issued,horizon,doc_type)
give them instead.

options:
  --role ROLE[,ROLE…]      only these roles (e.g. outcome,estimate)
  --format csv|json|arrow  output format (default csv)
  --out PATH               write to PATH instead of stdout
  --manifest CSV           documents and what is known of them, one row each
  --region NAME, --region-code CODE, --issued YEAR, --horizon TEXT   for every document given
  --progress               show progress even when stderr is not a terminal`;

/**
 * Run `mentions`; returns the exit code (0; 1 when a document of a batch was skipped; 2 when no document is given).
 *
 * @example
 * await run(['reports/', '--role', 'outcome,estimate', '--out', 'outcomes.csv']) // 0
 * @throws {Error} on a bad --format or --role, an --out that names an input, or a document given alone that cannot
 * be read or states no issue year (naming the path).
 */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...DOCUMENT_OPTIONS, role: { type: 'string' } },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length === 0 && !values.manifest) {
    process.stderr.write(`mentions: no FILE, DIR or --manifest given\n\n${HELP}\n`);
    return 2;
  }
  const roles = values.role?.split(',').map((r) => r.trim());
  for (const r of roles ?? [])
    if (!isMentionRole(r))
      throw new Error(`mentions: --role "${r}" is not one of ${MENTION_ROLES.join(', ')}`);
  return runDocumentCommand('mentions', positionals, values, ({ mentions }, format) =>
    formatMentions(roles ? mentions.filter((m) => roles.includes(m.role)) : mentions, format),
  );
}
