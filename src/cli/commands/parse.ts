/**
 * `cluster-targets parse`: print the quantities found in a text (argument, file or stdin) as JSON or a table.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeText } from '../../io/text.js';
import { findQuantities } from '../../quantities/find.js';
import { parseQuantity } from '../../quantities/parse.js';
import type { Quantity } from '../../quantities/types.js';

const HELP = `usage: cluster-targets parse [TEXT…] [--file PATH] [--format table|json] [--strict]

Print every quantity found in TEXT (or in the file PATH, UTF-8 or GB18030, or in stdin when neither is given):
value in base units, unit, comparator, range, 力争 stretch, tier.

  --file, -f PATH   read the text from a file
  --format FORMAT   table (default) or json
  --strict          parse TEXT as exactly one quantity (parseQuantity); exit 1 with the position on failure

example: cluster-targets parse "产值突破5000亿元,增长12%、力争13%"`;

const COLUMNS = [
  'start',
  'end',
  'text',
  'value',
  'valueMax',
  'unit',
  'sourceUnit',
  'comparator',
  'approx',
  'stretch',
  'tier',
] as const;

function cell(q: Quantity, k: (typeof COLUMNS)[number]): string {
  const v = q[k];
  return v === null || v === undefined ? '' : String(v).replace(/\n/g, '⏎');
}

/** Render quantities as an aligned text table (East Asian characters count two columns). */
function table(qs: Quantity[]): string {
  const rows = [COLUMNS.map(String), ...qs.map((q) => COLUMNS.map((k) => cell(q, k)))];
  const width = (s: string): number =>
    [...s].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1), 0);
  const widths = COLUMNS.map((_, i) => rows.reduce((w, r) => Math.max(w, width(r[i]!)), 0));
  return rows
    .map((r) =>
      r
        .map((s, i) => s + ' '.repeat(widths[i]! - width(s)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeText(Buffer.concat(chunks)).text;
}

/**
 * Run `cluster-targets parse`.
 *
 * Complexity: O(n) in the length of the text.
 *
 * @example
 * await run(['--format', 'json', '产值突破5000亿元']) // prints [{ "text": "突破5000亿元", "value": 500000000000, … }], returns 0
 * @returns the exit code: 0, or 1 when `--strict` input is not one quantity (the reason goes to stderr).
 * @throws {Error} when `--format` is neither table nor json, or `--file` cannot be read.
 */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      file: { type: 'string', short: 'f' },
      format: { type: 'string', default: 'table' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.format !== 'table' && values.format !== 'json')
    throw new Error(`parse: --format must be table or json, got "${values.format}"`);
  let text: string;
  if (values.file !== undefined) text = decodeText(readFileSync(values.file)).text;
  else if (positionals.length > 0) text = positionals.join(' ');
  else text = await readStdin();

  let qs: Quantity[];
  if (values.strict) {
    try {
      qs = [parseQuantity(text)];
    } catch (e) {
      process.stderr.write(`${(e as Error).message}\n`);
      return 1;
    }
  } else qs = findQuantities(text);

  if (values.format === 'json') process.stdout.write(`${JSON.stringify(qs, null, 2)}\n`);
  else process.stdout.write(`${table(qs)}\n`);
  return 0;
}
