/**
 * Doc-tests of the public API: every function and class the package root exports has an `@example`, and every
 * example runs. A line `expression // literal` is also checked: the expression must equal the literal (numbers to
 * the decimals the literal shows, objects on the keys it shows); comments that are not plain literals (with …,
 * words, units) are read as prose.
 *
 * Examples run with the root API in scope and the names below (docs/api.md lists them), so that an example can
 * say `computeGaps(targets, actuals)` without building its inputs:
 * text, doc, targets, actuals, gaps, firms, panel, parks, spec, aq, readFileSync, and writeFileSync (into a
 * temporary folder).
 */
import * as fs from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as aq from 'arquero';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { type ApiExample, apiExamples } from './api-examples.js';

const all = apiExamples();
const documented = all.filter((a) => a.kind !== 'value');

/** The names an example may use besides the API (each built once). */
async function fixtures(out: string): Promise<Record<string, unknown>> {
  const text =
    '某市2024年政府工作报告\n2024年1月10日\n过去一年，全市地区生产总值增长6.1%，规上工业企业达到1230家。' +
    '今年主要预期目标：地区生产总值增长6%左右、力争7%，新增规上工业企业100家以上。';
  const targets = api.seeds.reviewedTargets();
  const actuals = (await api.loadBundledActuals()).rows;
  const gaps = api.computeGaps(targets, actuals, { asOf: 2021 });
  const firms = aq.fromCSV(fs.readFileSync(api.seeds.dataPath('synthetic/firms.csv'), 'utf8'));
  const parks = aq.fromCSV(fs.readFileSync(api.seeds.dataPath('synthetic/parks.csv'), 'utf8'));
  return {
    text,
    doc: api.loadDocument(
      join(import.meta.dirname, '..', '..', 'seeds', 'wuhan-2021-industrial-transformation-plan.txt'),
    ),
    targets,
    actuals,
    gaps,
    firms,
    panel: firms,
    parks,
    spec: api.gapBulletChart(gaps.filter((g) => g.actual_value !== null).slice(0, 5)),
    aq,
    readFileSync: fs.readFileSync,
    writeFileSync: (path: string, data: string | Uint8Array) =>
      fs.writeFileSync(join(out, path.replace(/^out\//, '')), data),
  };
}

/** Compare a value with a literal written in a comment: numbers to the literal's decimals, objects on its keys. */
function sameAs(actual: unknown, expected: unknown, decimals: number): boolean {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return false;
    return Math.abs(actual - expected) <= 0.5 * 10 ** -decimals + 1e-12 * Math.abs(expected);
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((e, i) => sameAs(actual[i], e, decimals))
    );
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([k, v]) =>
      sameAs((actual as Record<string, unknown>)[k], v, decimals),
    );
  }
  return Object.is(actual, expected);
}

/** A comment that is a plain literal (a number, a string, an array or object of them), or undefined. */
function literalOf(comment: string): { value: unknown; decimals: number } | undefined {
  const c = comment.trim();
  if (/…|\.\.\.|^\(|^[a-z]+\b(?![:'"])/i.test(c) || c === '') return undefined;
  try {
    const value = new Function(`return (${c});`)();
    if (typeof value === 'function' || value === undefined) return undefined;
    const decimals = Math.max(0, ...[...c.matchAll(/\d\.(\d+)/g)].map((m) => m[1]!.length));
    return { value, decimals };
  } catch {
    return undefined;
  }
}

/** Bracket depth change of a line of code, strings and comments skipped. */
function depthChange(line: string): number {
  let d = 0;
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') break;
    else if ('([{'.includes(c)) d++;
    else if (')]}'.includes(c)) d--;
  }
  return d;
}

/** The code of a line before its `//` comment (outside strings), and the comment. */
function splitComment(line: string): [string, string | null] {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') return [line.slice(0, i), line.slice(i + 2)];
  }
  return [line, null];
}

/**
 * The example as JavaScript in a block of its own (its names may shadow the fixtures), each whole-statement line
 * `expression // literal` turned into a check.
 */
function compileExample(code: string): string {
  const lines = code.split('\n').filter((l) => !/^\s*import\b.*\bfrom\s+['"]/.test(l));
  let depth = 0;
  const checked = lines.map((line, i) => {
    const atStart = depth === 0;
    depth += depthChange(line);
    const [codePart, comment] = splitComment(line);
    if (comment === null || !atStart || depth !== 0) return line;
    const expr = codePart.trim().replace(/;$/, '');
    const lit = literalOf(comment);
    if (!lit || expr === '' || /^(?:const|let|var|for|if|return|await\s+write)\b|[,=]$/.test(expr))
      return line;
    return `__check(${expr}, ${comment.trim()}, ${lit.decimals}, ${i + 1});`;
  });
  const js = ts.transpileModule(checked.join('\n'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  return `{\n${js}\n}`;
}

describe('the public API’s examples', () => {
  let scope: Record<string, unknown> = {};
  // examples run from the repository root (they name seeds/ and data/ files); what they write goes to OUT
  let out = '';
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'ct-examples-'));
    scope = { ...api, ...(await fixtures(out)) };
  });

  it('every exported function and class has an example', () => {
    expect(documented.filter((a) => a.examples.length === 0).map((a) => `${a.name} (${a.at})`)).toEqual([]);
  });

  it.each(documented.filter((a) => a.examples.length > 0).map((a) => [a.name, a] as [string, ApiExample]))(
    '%s: its examples run, and their stated results hold',
    async (_name, a) => {
      const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
      const failures: string[] = [];
      const __check = (actual: unknown, expected: unknown, decimals: number, line: number) => {
        if (!sameAs(actual, expected, decimals))
          failures.push(
            `line ${line}: got ${JSON.stringify(actual)?.slice(0, 200)}, the example says ${JSON.stringify(expected)}`,
          );
      };
      for (const code of a.examples) {
        const js = compileExample(code);
        const names = [...Object.keys(scope), '__check', 'OUT'];
        try {
          await new AsyncFunction(...names, js)(...Object.values(scope), __check, out);
        } catch (e) {
          failures.push(`throws: ${(e as Error).message.slice(0, 200)}`);
        }
      }
      expect(failures, `${a.name} (${a.at})`).toEqual([]);
    },
  );
});

describe('the doc-test reader itself', () => {
  const run = async (code: string) => {
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
    const seen: boolean[] = [];
    const __check = (a: unknown, e: unknown, d: number) => seen.push(sameAs(a, e, d));
    await new AsyncFunction('__check', compileExample(code))(__check);
    return seen;
  };
  it('checks a stated literal, to its decimals, and reads prose comments as prose', async () => {
    expect(await run('1 + 1 // 3')).toEqual([false]);
    expect(await run('0.37361 // 0.3736')).toEqual([true]);
    expect(await run('({ a: 1, b: 2 }) // { a: 1 }')).toEqual([true]);
    expect(await run('[1, 2] // [1, 2, 3]')).toEqual([false]);
    expect(await run('1 + 1 // two, as expected')).toEqual([]);
    expect(await run('const x = 1; // 2')).toEqual([]);
  });
});
