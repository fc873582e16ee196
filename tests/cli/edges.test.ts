/**
 * The command line's edges, each from the reproduction in issue 12: outputs that name an input, implausible
 * years, a folder given as a file, files over 125,000 rows, and a bad input in the middle of `report`.
 */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run as actuals } from '../../src/cli/commands/actuals.js';
import { run as extract } from '../../src/cli/commands/extract.js';
import { run as gap } from '../../src/cli/commands/gap.js';
import { run as report } from '../../src/cli/commands/report.js';
import { numberOption, yearOption } from '../../src/cli/options.js';
import { parseCsv } from '../../src/io/csv.js';
import { dataPath } from '../../src/io/paths.js';
import { runCommand, tempDir } from './helpers.js';

const FIXTURE_ACTUALS = join(__dirname, '..', 'fixtures', 'actuals', 'bom.tsv');

/** A copy of the actuals fixture in `dir`, as the input of a case. */
function inputIn(dir: string): string {
  copyFileSync(FIXTURE_ACTUALS, join(dir, 'in.tsv'));
  return join(dir, 'in.tsv');
}

/** Every file and folder under `dir`, files with their bytes, to compare before and after a refused command. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        out[`${relative(dir, p)}/`] = 'folder';
        walk(p);
      } else out[relative(dir, p)] = readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

describe('--out / --rejects naming an input, or each other, is refused before anything is written', () => {
  const cases: {
    name: string;
    setup: (dir: string) => string[];
    run: (args: string[]) => Promise<number>;
    message: RegExp;
  }[] = [
    {
      name: 'extract --out the document it reads',
      setup: (d) => {
        writeFileSync(join(d, 'plan.txt'), '到2025年，全市工业总产值达到5000亿元。');
        return [join(d, 'plan.txt'), '--region', '武汉市', '--issued', '2021', '--out', join(d, 'plan.txt')];
      },
      run: extract,
      message: /extract: --out .*plan\.txt is the input .*plan\.txt; nothing was written/,
    },
    {
      name: 'actuals --rejects the file it loads',
      setup: (d) => [inputIn(d), '--rejects', join(d, 'in.tsv')],
      run: actuals,
      message: /actuals: --rejects .*in\.tsv is the input/,
    },
    {
      name: 'actuals --out a symbolic link to the file it loads',
      setup: (d) => {
        symlinkSync(inputIn(d), join(d, 'link.tsv'));
        return [join(d, 'in.tsv'), '--out', join(d, 'link.tsv')];
      },
      run: actuals,
      message: /actuals: --out .*link\.tsv is the input .*in\.tsv/,
    },
    {
      name: 'actuals --out a hard link to the file it loads',
      setup: (d) => {
        linkSync(inputIn(d), join(d, 'hard.tsv'));
        return [join(d, 'in.tsv'), '--out', join(d, 'hard.tsv')];
      },
      run: actuals,
      message: /actuals: --out .*hard\.tsv is the input/,
    },
    {
      name: 'actuals --out and --rejects the same file, spelled differently',
      setup: (d) => {
        return [inputIn(d), '--out', join(d, 'x.csv'), '--rejects', join(d, '.', 'sub', '..', 'x.csv')];
      },
      run: actuals,
      message: /actuals: --out and --rejects name the same file/,
    },
    {
      name: 'gap --out its --targets',
      setup: (d) => {
        copyFileSync(dataPath('targets.csv'), join(d, 'targets.csv'));
        return ['--targets', join(d, 'targets.csv'), '--out', join(d, 'targets.csv')];
      },
      run: gap,
      message: /gap: --out .*targets\.csv is the input .*\(--targets\)/,
    },
    {
      name: 'gap --out a file of its --actuals folder',
      setup: (d) => {
        mkdirSync(join(d, 'actuals'));
        copyFileSync(FIXTURE_ACTUALS, join(d, 'actuals', 'a.tsv'));
        copyFileSync(dataPath('targets.csv'), join(d, 'targets.csv'));
        return [
          '--targets',
          join(d, 'targets.csv'),
          '--actuals',
          join(d, 'actuals'),
          '--out',
          join(d, 'actuals', 'a.tsv'),
        ];
      },
      run: gap,
      message: /gap: --out .*a\.tsv is the input .*\(--actuals\)/,
    },
    {
      name: 'report --out the folder that holds its --targets as targets.csv',
      setup: (d) => {
        mkdirSync(join(d, 'out'));
        copyFileSync(dataPath('targets.csv'), join(d, 'out', 'targets.csv'));
        return ['--out', join(d, 'out'), '--targets', join(d, 'out', 'targets.csv')];
      },
      run: report,
      message: /report: --out .*targets\.csv is the input .*\(--targets\); nothing was written/,
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const dir = tempDir('collide');
      const args = c.setup(dir);
      const before = snapshot(dir);
      const r = await runCommand(c.run, args);
      expect(r.error?.message ?? r.err).toMatch(c.message);
      expect(snapshot(dir)).toEqual(before);
    });
  }
});

describe('years and numbers in options', () => {
  const BAD_YEARS = [
    '0',
    '-5',
    '1e21',
    '0x7E5',
    '2021.5',
    '2021.0',
    ' 2023',
    '',
    '1948',
    '2101',
    '２０２３',
    '2023a',
  ];

  it.each(BAD_YEARS)('yearOption refuses %j', (v) => {
    expect(() => yearOption('gap', 'as-of', v)).toThrow(
      `gap: --as-of must be a year from 1949 to 2100, got ${JSON.stringify(v)}`,
    );
  });

  it('yearOption takes four digits in range, and nothing when the option is absent', () => {
    expect(yearOption('gap', 'as-of', '1949')).toBe(1949);
    expect(yearOption('gap', 'as-of', '2100')).toBe(2100);
    expect(yearOption('gap', 'as-of', undefined)).toBeUndefined();
    expect(yearOption('actuals', 'year', '1900', { min: 1900, max: 2100 })).toBe(1900);
  });

  it('numberOption takes plain decimals only', () => {
    expect(numberOption('gap', 'on-track', '0.9')).toBe(0.9);
    expect(numberOption('gap', 'on-track', '-1e-3')).toBe(-0.001);
    for (const v of ['0x10', '', ' 1', 'Infinity', '1,5', '1_000'])
      expect(() => numberOption('gap', 'on-track', v)).toThrow(/gap: --on-track must be a number/);
    expect(() => numberOption('gap', 'window', '2.5', { integer: true, min: 1, max: 100 })).toThrow(
      'gap: --window must be a whole number from 1 to 100, got "2.5"',
    );
  });

  it('gap --as-of refuses 0x7E5, -5 and 1e21 before loading anything, and takes 2023', async () => {
    for (const v of ['0x7E5', '-5', '1e21', '0']) {
      const r = await runCommand(gap, [`--as-of=${v}`]);
      expect(r.error?.message).toBe(
        `gap: --as-of must be a year from 1949 to 2100, got ${JSON.stringify(v)}`,
      );
      expect(r.out).toBe('');
    }
    const ok = await runCommand(gap, ['--as-of', '2023', '--summary', 'doc_id']);
    expect(ok.code).toBe(0);
    expect(ok.out.split('\n')[0]).toMatch(/^by,key,rows/);
  });

  it('report --as-of and extract --issued use the same rule', async () => {
    const r = await runCommand(report, ['--as-of', '1e21', '--out', join(tempDir('asof'), 'out')]);
    expect(r.error?.message).toBe('report: --as-of must be a year from 1949 to 2100, got "1e21"');
    const e = await runCommand(extract, ['x.txt', '--issued', '0x7E5']);
    expect(e.error?.message).toBe('extract: --issued must be a year from 1949 to 2100, got "0x7E5"');
  });
});

describe('actuals DIR', () => {
  it('names the path and says it is a directory, before loading anything', async () => {
    const dir = tempDir('dir');
    copyFileSync(FIXTURE_ACTUALS, join(dir, 'a.tsv'));
    const r = await runCommand(actuals, [FIXTURE_ACTUALS, dir]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `actuals: ${dir} is a directory, not a file: name the files in it (${dir}/*.csv) or use gap --actuals ${dir}\n`,
    );
    expect(r.out).toBe('');
  });
});

describe('files over 125,000 rows (push(...rows) overflowed the stack)', () => {
  const ROWS = 300_000;
  const INDICATORS = ['地区生产总值', '规模以上工业增加值', '固定资产投资', '社会消费品零售总额'];
  const REGIONS = ['武汉市', '襄阳市', '宜昌市', '黄冈市'];
  let big = '';
  afterAll(() => {
    if (big) rmSync(dirname(big), { recursive: true, force: true });
  });

  function bigCsv(): string {
    if (big) return big;
    const dir = tempDir('big');
    const lines = ['region,indicator,year,value,unit'];
    for (let i = 0; i < ROWS; i++)
      lines.push(
        `${REGIONS[i % 4]},${INDICATORS[(i >> 2) % 4]},${1990 + (i % 35)},${(i % 99_991) / 100},亿元`,
      );
    big = join(dir, `actuals-${ROWS}.csv`);
    writeFileSync(big, `${lines.join('\n')}\n`);
    return big;
  }

  it('actuals loads, counts and writes all 300,000 rows', async () => {
    const file = bigCsv();
    const out = join(dirname(file), 'table.csv');
    const rejects = join(dirname(file), 'rejects.csv');
    const r = await runCommand(actuals, [file, '--out', out, '--rejects', rejects]);
    expect(r.error).toBeNull();
    expect(r.code).toBe(0);
    const m = r.err.match(/(\d+) rows in, (\d+) used, (\d+) rejected/);
    expect(m).not.toBeNull();
    const [rowsIn, used, rejected] = [Number(m![1]), Number(m![2]), Number(m![3])];
    expect(rowsIn).toBe(ROWS);
    expect(used + rejected).toBe(ROWS);
    expect(used).toBeGreaterThan(125_000);
    expect(parseCsv(readFileSync(out, 'utf8'))).toHaveLength(1 + used);
    expect(parseCsv(readFileSync(rejects, 'utf8'))).toHaveLength(1 + rejected);
  }, 120_000);

  it('report runs the whole pipeline on them', async () => {
    const file = bigCsv();
    const out = join(dirname(file), 'report');
    const r = await runCommand(report, ['--out', out, '--actuals', file]);
    expect(r.error).toBeNull();
    expect(r.code).toBe(0);
    const loads = [...r.err.matchAll(/(\d+) rows in, (\d+) used, (\d+) rejected/g)].map((m) => Number(m[2]));
    expect(loads).toHaveLength(2); // the bundled figures, then the file
    expect(parseCsv(readFileSync(join(out, 'actuals.csv'), 'utf8'))).toHaveLength(1 + loads[0]! + loads[1]!);
    for (const f of ['report.html', 'report.xlsx', 'gaps.csv', 'charts/status-matrix.svg'])
      expect(existsSync(join(out, f))).toBe(true);
  }, 300_000);
});

describe('report with a bad --actuals file leaves no half-written folder', () => {
  const BAD = [
    // (deeply nested JSON is now read, its nested cell rejected: tests/actuals/regressions.test.ts)
    {
      name: 'JSON cut off mid-record',
      file: 'cut.json',
      bytes: '[{"地区":"武汉市","指标":"地区生产总值","数值":',
    },
    { name: 'a Parquet file that is not Parquet', file: 'broken.parquet', bytes: 'PAR1 not really parquet' },
  ];

  for (const bad of BAD) {
    it(`${bad.name}: a new --out folder is not created`, async () => {
      const dir = tempDir('badrep');
      writeFileSync(join(dir, bad.file), bad.bytes);
      const before = snapshot(dir);
      const r = await runCommand(report, ['--out', join(dir, 'out'), '--actuals', join(dir, bad.file)]);
      expect(r.code).toBeNull();
      expect(r.error?.message).toContain(bad.file);
      expect(existsSync(join(dir, 'out'))).toBe(false);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it('an existing --out folder keeps its files as they were', async () => {
    const dir = tempDir('badrep');
    mkdirSync(join(dir, 'out', 'charts'), { recursive: true });
    writeFileSync(join(dir, 'out', 'report.html'), 'the previous report');
    writeFileSync(join(dir, 'out', 'charts', 'status-matrix.svg'), '<svg/>');
    writeFileSync(join(dir, 'out', 'notes.txt'), 'mine');
    writeFileSync(join(dir, BAD[0]!.file), BAD[0]!.bytes);
    const before = snapshot(dir);
    const r = await runCommand(report, ['--out', join(dir, 'out'), '--actuals', join(dir, BAD[0]!.file)]);
    expect(r.error?.message).toContain(BAD[0]!.file);
    expect(snapshot(dir)).toEqual(before);
  });
});
