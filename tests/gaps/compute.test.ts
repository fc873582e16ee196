/** computeGaps, pairing of 力争 figures, summaries, the arquero table and the CLI. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ActualRow, TargetMatch } from '../../src/actuals/types.js';
import { run } from '../../src/cli/commands/gap.js';
import {
  computeGaps,
  GAP_COLUMNS,
  gapsTable,
  judgeMatches,
  pairStretch,
  summarizeGaps,
} from '../../src/gaps/index.js';
import { formatCsv, parseCsvObjects } from '../../src/io/csv.js';
import { TARGET_COLUMNS, type TargetRow } from '../../src/targets/types.js';
import { loadSeed } from '../../src/text/seeds.js';
import { levels, target } from './helpers.js';

const base = target({ subject: 'A', value: 100, deadline_year: 2021, start_year: 2021, tier: '百亿' });
const stretch = target({ ...base, target_id: 'A-stretch', value: 120, stretch: true });
const other = target({
  subject: 'B',
  value: 50,
  deadline_year: 2021,
  start_year: 2021,
  region: '襄阳市',
  metric: '产值',
});
const series: Record<string, ActualRow[]> = {
  A: levels({ 2020: 90, 2021: 110 }, { subject: 'A' }),
  B: levels({ 2021: 40 }, { subject: 'B' }),
};
/** A stand-in matcher: exact subject. */
const matcher = (targets: readonly TargetRow[], actuals: readonly ActualRow[]): TargetMatch[] =>
  targets.map((t) => {
    const s = actuals.filter((a) => a.subject === t.subject);
    return {
      target: t,
      series: s,
      method: s.length ? 'exact' : null,
      reason: s.length ? null : `no ${t.subject}`,
    };
  });

describe('pairing base and 力争 figures', () => {
  it('pairs by doc, subject, metric, scope and deadline', () => {
    const pairs = pairStretch([base, stretch, other]);
    expect(pairs.get(base.target_id)).toBe(stretch);
    expect(pairs.has(other.target_id)).toBe(false);
  });
  it('does not pair across deadlines', () => {
    const later = target({ ...stretch, target_id: 'later', deadline_year: 2022 });
    expect(pairStretch([base, later]).size).toBe(0);
  });
});

describe('computeGaps', () => {
  const actuals = [...series.A!, ...series.B!];
  const gaps = computeGaps([base, stretch, other], actuals, { matchActuals: matcher });
  it('keeps every target, in order, with the target columns first', () => {
    expect(gaps.map((g) => [g.target_id, g.status])).toEqual([
      [base.target_id, 'achieved'], // 110 ≥ 100, 力争 120 not met
      ['A-stretch', 'missed'],
      [other.target_id, 'missed'], // 40 < 50
    ]);
    expect(gaps[0]!.stretch_value).toBe(120);
    expect(gaps[0]!.quote).toBe(base.quote);
  });
  it('defaults asOf to the latest actual year', () => {
    const later = target({ subject: 'A', value: 200, start_year: 2021, deadline_year: 2025 });
    const [g] = computeGaps([later], actuals, { matchActuals: matcher });
    expect(g!.judged_year).toBe(2021); // 2025 is after 2021: judged on the latest actual
    // obs 110/90 − 1 = 0.22222; req (200/90)^(1/5) − 1 = e^(0.798508/5) − 1 = 0.17316; R = 0.22222/0.17316 = 1.28333
    expect(g!.ratio_r).toBeCloseTo(1.28333, 4);
    expect(g!.status).toBe('on_track');
  });
  it('keeps unmatched targets with the matcher’s reason', () => {
    const lone = target({ subject: 'C', value: 1, deadline_year: 2021 });
    const [g] = computeGaps([lone], actuals, { matchActuals: matcher });
    expect(g!.status).toBe('insufficient_data');
    expect(g!.reason).toBe('no C');
  });
  it('checks the matcher returns one match per target', () => {
    expect(() => computeGaps([base], actuals, { matchActuals: () => [] })).toThrow(
      /returned 0 matches for 1 targets/,
    );
  });
});

describe('summarizeGaps', () => {
  const gaps = judgeMatches(matcher([base, stretch, other], [...series.A!, ...series.B!]));
  it('counts per status and averages the Open SDG score, folding paired 力争 rows', () => {
    const s = summarizeGaps(gaps, { by: 'region' });
    expect(s.map((r) => [r.key, r.rows, r.achieved, r.missed])).toEqual([
      ['武汉市', 1, 1, 0],
      ['襄阳市', 1, 0, 1],
    ]);
    expect(s[0]!.score_mean).toBe(5); // achieved scores 5
    expect(s[0]!.all_achieved).toBe(true);
    expect(s[1]!.score_mean).toBeNull(); // a miss with no base has no R, hence no score
    expect(s[1]!.achieved_share).toBe(0);
  });
  it('counts paired 力争 rows when asked; groups by tier with (none)', () => {
    const s = summarizeGaps(gaps, { by: 'tier', includePairedStretch: true });
    expect(s.map((r) => [r.key, r.rows])).toEqual([
      ['(none)', 1],
      ['百亿', 2],
    ]);
  });
  it('rejects an unknown grouping', () => {
    expect(() => summarizeGaps(gaps, { by: 'city' as never })).toThrow(
      /by must be doc_id, region, metric or tier/,
    );
  });
});

describe('gapsTable', () => {
  it('has the target columns then the judgement columns, one row per gap', () => {
    const gaps = judgeMatches(matcher([base, other], [...series.A!, ...series.B!]));
    const dt = gapsTable(gaps);
    expect(dt.numRows()).toBe(2);
    expect(dt.columnNames().slice(0, TARGET_COLUMNS.length)).toEqual([...TARGET_COLUMNS]);
    expect(dt.columnNames()).toEqual([...GAP_COLUMNS]);
    expect(dt.get('status', 1)).toBe('missed');
  });
});

describe('cluster-targets gap (CLI)', () => {
  it('prints help', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await run(['--help'])).toBe(0);
      expect(String(out.mock.calls[0]![0])).toContain('usage: cluster-targets gap');
    } finally {
      out.mockRestore();
    }
  });
  it('names a missing targets file', async () => {
    await expect(run(['--targets', '/nonexistent/targets.csv'])).rejects.toThrow(
      'gap: targets table /nonexistent/targets.csv not found',
    );
  });
  it('judges a targets file against an actuals file (Wuhan GDP 2021) and writes CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gap-'));
    const targetsFile = join(dir, 'targets.csv');
    const gdp = target({
      target_id: 'wuhan-2021-industrial-transformation-plan:t:1',
      doc_id: 'wuhan-2021-industrial-transformation-plan',
      subject: '地区生产总值',
      subject_type: 'indicator',
      metric: '总量',
      value: 1.76e12,
      start_year: 2021,
      deadline_year: 2021,
      price_basis: 'nominal',
      quote: '地区生产总值达到17600亿元',
      span_start: loadSeed('wuhan-2021-industrial-transformation-plan').indexOf('地区生产总值达到17600亿元'),
    });
    gdp.span_end = gdp.span_start + gdp.quote.length;
    const gdpS = {
      ...gdp,
      target_id: 'wuhan-2021-industrial-transformation-plan:t:2',
      value: 1.78e12,
      stretch: true,
    };
    writeFileSync(targetsFile, formatCsv(TARGET_COLUMNS, [gdp, gdpS] as never));
    const outFile = join(dir, 'gaps.csv');
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const code = await run([
        '--targets',
        targetsFile,
        '--actuals',
        join(import.meta.dirname, 'fixtures', 'wuhan-actuals.csv'),
        '--as-of',
        '2024',
        '--out',
        outFile,
      ]);
      expect(code).toBe(0);
    } finally {
      err.mockRestore();
    }
    const rows = parseCsvObjects(readFileSync(outFile, 'utf8'));
    expect(Object.keys(rows[0]!)).toEqual([...GAP_COLUMNS]);
    // 17716.76亿元 meets 17600亿 and misses the 力争 17800亿
    expect(rows.map((r) => [r.value, r.status, r.actual_year])).toEqual([
      ['1760000000000', 'achieved', '2021'],
      ['1780000000000', 'missed', '2021'],
    ]);
    // the same as a JSON summary by document: the paired 力争 row is folded into the base row
    const summaryFile = join(dir, 'summary.json');
    const err2 = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await run([
        '--targets',
        targetsFile,
        '--actuals',
        join(import.meta.dirname, 'fixtures', 'wuhan-actuals.csv'),
        '--as-of',
        '2024',
        '--summary',
        'doc_id',
        '--format',
        'json',
        '--out',
        summaryFile,
      ]);
    } finally {
      err2.mockRestore();
    }
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({
      key: 'wuhan-2021-industrial-transformation-plan',
      rows: 1,
      achieved: 1,
    });
    expect(summary[0].score_mean).toBe(5);
  });
  it('names a missing actuals path and a bad format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gap-'));
    const t = join(dir, 't.csv');
    writeFileSync(t, `${TARGET_COLUMNS.join(',')}\n`);
    await expect(run(['--targets', t, '--actuals', join(dir, 'nope.csv')])).rejects.toThrow(
      /actuals path .*nope\.csv does not exist/,
    );
    await expect(run(['--format', 'xml'])).rejects.toThrow('gap: --format must be csv or json, got "xml"');
    await expect(run(['--as-of', '20x1'])).rejects.toThrow(
      'gap: --as-of must be a year from 1949 to 2100, got "20x1"',
    );
    expect(readFileSync(t, 'utf8')).toContain('target_id');
  });
});

describe('pairing several base rows', () => {
  it('pairs the k-th base with the k-th 力争 row of a key, and a lone 力争 row with every base row', () => {
    const b1 = target({ subject: 'Z', value: 1, deadline_year: 2021 });
    const b2 = target({ subject: 'Z', value: 2, deadline_year: 2021 });
    const s1 = target({ subject: 'Z', value: 3, deadline_year: 2021, stretch: true });
    const s2 = target({ subject: 'Z', value: 4, deadline_year: 2021, stretch: true });
    const two = pairStretch([b1, b2, s1, s2]);
    expect([two.get(b1.target_id)?.value, two.get(b2.target_id)?.value]).toEqual([3, 4]);
    const one = pairStretch([b1, b2, s1]);
    expect([one.get(b1.target_id)?.value, one.get(b2.target_id)?.value]).toEqual([3, 3]);
  });
});
