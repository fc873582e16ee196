/**
 * Output round trip, property-based: what the CLI writes as CSV re-reads (parseCsv) to the same table it holds,
 * the one it writes as JSON, cell for cell, for text full of formula leads, quotes, separators and line breaks;
 * and no text cell of the file starts a formula.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadActuals } from '../../src/actuals/load.js';
import { ACTUAL_COLUMNS } from '../../src/actuals/table.js';
import { run as actuals, REJECT_COLUMNS } from '../../src/cli/commands/actuals.js';
import { run as gap } from '../../src/cli/commands/gap.js';
import { GAP_COLUMNS } from '../../src/gaps/table.js';
import { isFormulaLike, parseCsv } from '../../src/io/csv.js';
import { dataPath } from '../../src/io/paths.js';
import { formatTargets } from '../../src/targets/format.js';
import { loadTargets, parseTargets } from '../../src/targets/read.js';
import { runCommand, tempDir } from './helpers.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text that starts with anything a spreadsheet or a CSV reader could trip on, and ends with a separator. */
const hostileText = fc
  .tuple(
    fc.constantFrom('', '=', '+', '-', '@', '\t', '\r', '\n', "'", "'=", "''-", '＝', '－', ' ', '"'),
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 10 }),
      fc.constantFrom('HYPERLINK("http://evil.example","x")', 'SUM(A1:A2)', '1+2', '3.5', '武汉市'),
    ),
    fc.constantFrom('', ',', '"', '\r\n', '\u2028', '|', "'"),
  )
  .map(([a, b, c]) => a + b + c)
  .filter((s) => !LONE_SURROGATE.test(s));

/** The text of a value as a CSV cell holds it before neutralisation. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return Array.isArray(v) ? v.join('|') : String(v);
}

/** The table as the CLI holds it (its JSON), as rows of cell texts, header first. */
function expectedTable(columns: readonly string[], rows: readonly Record<string, unknown>[]): string[][] {
  return [[...columns], ...rows.map((r) => columns.map((c) => cellText(r[c])))];
}

/** No text cell of the file, as a spreadsheet reads it, starts a formula (a number cell is a number). */
function expectNoFormula(csv: string, columns: readonly string[], rows: readonly Record<string, unknown>[]) {
  const raw = parseCsv(csv, ',', { restore: false });
  rows.forEach((r, i) => {
    columns.forEach((c, j) => {
      const cell = raw[i + 1]![j]!;
      if (typeof r[c] === 'string' && cell.length > 1)
        expect(isFormulaLike(cell), `${c}: ${cell}`).toBe(false);
    });
  });
}

describe('actuals: CSV re-reads to the table the CLI holds', () => {
  it('for rows whose every text field is hostile', async () => {
    const dir = tempDir('rt-actuals');
    const row = fc.record({
      region: hostileText,
      indicator: hostileText,
      year: fc.integer({ min: 1990, max: 2030 }),
      value: fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
      unit: fc.constantFrom('亿元', '万元', '%', '个'),
      note: hostileText,
      source: hostileText,
      growth_pct: fc.option(fc.double({ min: -99, max: 500, noNaN: true }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), async (rows) => {
        const input = join(dir, 'in.json');
        writeFileSync(input, JSON.stringify(rows));
        const [json, csv, rej] = ['out.json', 'out.csv', 'rejects.csv'].map((f) => join(dir, f)) as [
          string,
          string,
          string,
        ];
        expect((await runCommand(actuals, [input, '--format', 'json', '--out', json])).code).toBe(0);
        const r = await runCommand(actuals, [input, '--out', csv, '--rejects', rej]);
        expect(r.code).toBe(0);
        const table = JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>[];
        const text = readFileSync(csv, 'utf8');
        expect(parseCsv(text)).toEqual(expectedTable(ACTUAL_COLUMNS, table));
        expectNoFormula(text, ACTUAL_COLUMNS, table);
        const loaded = await loadActuals(input);
        expect(table.length + loaded.rejects.length).toBe(rows.length);
        expect(parseCsv(readFileSync(rej, 'utf8'))).toEqual(
          expectedTable(REJECT_COLUMNS, loaded.rejects as unknown as Record<string, unknown>[]),
        );
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe('gap: CSV re-reads to the table the CLI holds', () => {
  const reviewed = loadTargets(dataPath('targets.csv'));
  const actualsFile = join(__dirname, '..', 'gaps', 'fixtures', 'wuhan-actuals.csv');

  it('for targets whose text fields are hostile', async () => {
    const dir = tempDir('rt-gap');
    const nonEmpty = hostileText.filter((s) => s.length > 0);
    const edit = fc.record({
      pick: fc.integer({ min: 0, max: reviewed.length - 1 }),
      scope: nonEmpty,
      quote: nonEmpty,
      responsible: fc.array(nonEmpty, { maxLength: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(edit, { minLength: 1, maxLength: 4, selector: (e) => e.pick }),
        async (edits) => {
          const targets = edits.map((e) => {
            const t = reviewed[e.pick]!;
            return {
              ...t,
              scope: e.scope,
              quote: e.quote,
              span_end: t.span_start + e.quote.length,
              responsible: e.responsible,
            };
          });
          const input = join(dir, 'targets.json');
          writeFileSync(input, JSON.stringify(targets));
          const json = join(dir, 'gaps.json');
          const csv = join(dir, 'gaps.csv');
          const args = ['--targets', input, '--actuals', actualsFile, '--as-of', '2023'];
          expect((await runCommand(gap, [...args, '--format', 'json', '--out', json])).code).toBe(0);
          expect((await runCommand(gap, [...args, '--out', csv])).code).toBe(0);
          const table = JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>[];
          expect(table.length).toBeGreaterThanOrEqual(targets.length);
          const text = readFileSync(csv, 'utf8');
          expect(parseCsv(text)).toEqual(expectedTable(GAP_COLUMNS, table));
          expectNoFormula(text, GAP_COLUMNS, table);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('extract: the targets CSV reads back (parseTargets) to the same rows', () => {
  const reviewed = loadTargets(dataPath('targets.csv'));

  it('for targets whose text fields are hostile', () => {
    // parseTargets trims every text field but the quote, and splits responsible on |: generate text it keeps
    const kept = hostileText.map((s) => s.replace(/\|/g, '').trim()).filter((s) => s.length > 0);
    const edit = fc.record({
      pick: fc.integer({ min: 0, max: reviewed.length - 1 }),
      region: kept,
      subject: kept,
      metric: kept,
      quote: hostileText.filter((s) => s.length > 0),
      responsible: fc.array(kept, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(edit, { minLength: 1, maxLength: 6, selector: (e) => e.pick }), (edits) => {
        const rows = edits.map((e) => {
          const t = reviewed[e.pick]!;
          const { pick: _, ...text } = e;
          return { ...t, ...text, span_end: t.span_start + e.quote.length };
        });
        expect(parseTargets(formatTargets(rows, 'csv'))).toEqual(rows);
      }),
      { numRuns: 200 },
    );
  });
});
