/**
 * `cluster-targets seeds`: list the bundled seed documents with their region, issue date and horizon.
 */
import { parseArgs } from 'node:util';
import { formatCsv } from '../../io/csv.js';
import { seedIndex } from '../../text/seeds.js';

const HELP = `usage: cluster-targets seeds [--format csv|json]

List the seed documents bundled with the package (seeds/index.csv), one per line.`;

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { format: { type: 'string', default: 'csv' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const docs = seedIndex();
  if (values.format === 'json') process.stdout.write(`${JSON.stringify(docs, null, 2)}\n`);
  else if (values.format === 'csv') {
    process.stdout.write(formatCsv(['doc_id', 'region', 'region_code', 'issued', 'horizon', 'title'], docs));
  } else throw new Error(`seeds: --format must be csv or json, got "${values.format}"`);
  return 0;
}
