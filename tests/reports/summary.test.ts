import { describe, expect, it } from 'vitest';
import { documentStatusChart } from '../../src/charts/index.js';
import { renderSvg } from '../../src/charts/render.js';
import {
  documentSummaries,
  targetVerdicts,
  UNJUDGED_STATUSES,
  unjudgedReasons,
} from '../../src/reports/summary.js';
import { G_AUTO, G_OPTO, GAPS, T_AUTO, T_OPTO, TARGETS } from '../charts/fixtures.js';
import { seedsInput } from './seeds.js';

describe('targetVerdicts', () => {
  it('takes the latest judged year, a verdict over no verdict, and the more severe status in a year', () => {
    const early = { ...G_OPTO, judged_year: 2021, status: 'achieved' as const };
    const late = { ...G_OPTO, judged_year: 2023, status: 'missed' as const };
    const lateNoData = { ...G_OPTO, judged_year: 2024, status: 'insufficient_data' as const };
    expect(targetVerdicts([early, late, lateNoData], [T_OPTO])[0]!.status).toBe('missed');
    const memberA = { ...G_AUTO, judged_year: 2022, status: 'on_track' as const };
    const memberB = { ...G_AUTO, judged_year: 2022, status: 'off_track' as const };
    expect(targetVerdicts([memberA, memberB], [T_AUTO])[0]!.status).toBe('off_track');
  });

  it('gives a target without a gap row insufficient_data, and keeps targets seen only in gaps', () => {
    const v = targetVerdicts([G_AUTO], [T_OPTO]);
    expect(v.map((x) => [x.target_id, x.status, x.row === null])).toEqual([
      [T_OPTO.target_id, 'insufficient_data', true],
      [G_AUTO.target_id, G_AUTO.status, false],
    ]);
  });
});

describe('documentSummaries', () => {
  it('adds up on the seeds: targets = judged + no data + not judged, judged = met + on track + lagging + missed', async () => {
    const { gaps, targets, documents } = await seedsInput();
    const rows = documentSummaries(gaps, targets, documents);
    expect(rows.map((r) => r.doc_id)).toEqual(documents.map((d) => d.doc_id));
    expect(rows.reduce((a, r) => a + r.targets, 0)).toBe(new Set(targets.map((t) => t.target_id)).size);
    for (const r of rows) {
      expect(r.targets).toBe(r.judged + r.no_data + r.not_judged);
      expect(r.judged).toBe(r.met + r.on_track + r.lagging + r.missed);
      expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(r.targets);
      expect(r.title).toBe(documents.find((d) => d.doc_id === r.doc_id)!.title);
    }
    // Wuhan 2021: the one plan with statistics for its year; its verdicts are read off gaps.csv by target
    const wuhan = rows.find((r) => r.doc_id === 'wuhan-2021-industrial-transformation-plan')!;
    const judgedTargets = new Set(
      gaps
        .filter((g) => g.doc_id === wuhan.doc_id && !UNJUDGED_STATUSES.has(g.status))
        .map((g) => g.target_id),
    );
    expect(wuhan.judged).toBe(judgedTargets.size);
    expect(wuhan.met).toBeGreaterThan(0);
  });

  it('labels a document by its title (cut to 18 characters) and year, and falls back to the doc_id', () => {
    const [row] = documentSummaries(GAPS, TARGETS, [
      { doc_id: T_OPTO.doc_id, title: '武汉市大力推进产业转型提升工作实施方案', issued_year: 2021 },
    ]);
    expect(row!.label).toBe('武汉市大力推进产业转型提升工作实施方…（2021）');
    expect(row!.title).toBe('武汉市大力推进产业转型提升工作实施方案');
    const [short] = documentSummaries(GAPS, TARGETS, [
      { doc_id: T_OPTO.doc_id, title: '转型方案', issued_year: 2021 },
    ]);
    expect(short!.label).toBe('转型方案（2021）');
    const other = documentSummaries(GAPS, TARGETS).find((r) => r.doc_id === T_AUTO.doc_id)!;
    expect(other.label).toBe(T_AUTO.doc_id);
    expect(other.title).toBe(T_AUTO.doc_id);
  });
});

describe('unjudgedReasons', () => {
  it('counts every row without a verdict once', async () => {
    const { gaps } = await seedsInput();
    const counts = unjudgedReasons(gaps);
    expect(counts.reduce((a, c) => a + c.rows, 0)).toBe(
      gaps.filter((g) => UNJUDGED_STATUSES.has(g.status)).length,
    );
    expect(counts[0]!.category).toBe('no_series');
    for (let i = 1; i < counts.length; i++) expect(counts[i]!.rows).toBeLessThanOrEqual(counts[i - 1]!.rows);
  });
});

describe('documentStatusChart', () => {
  it('stacks each document’s targets by status and draws one bar segment per count', async () => {
    const spec = documentStatusChart([
      { document: '文件甲', doc_id: 'a', status: 'achieved', n: 3 },
      { document: '文件甲', doc_id: 'a', status: 'insufficient_data', n: 5 },
      { document: '文件乙', doc_id: 'b', status: 'missed', n: 2 },
      { document: '文件乙', doc_id: 'b', status: 'on_track', n: 0 },
    ]);
    const values = (spec.data as { values: { document: string; n: number }[] }).values;
    expect(values.map((v) => [v.document, v.n])).toEqual([
      ['文件甲', 3],
      ['文件甲', 5],
      ['文件乙', 2],
    ]);
    const svg = await renderSvg(spec);
    expect(svg).toContain('各文件目标进展');
    expect((svg.match(/aria-roledescription="bar"/g) ?? []).length).toBe(3);
  });

  it('refuses a count that is not a count', () => {
    expect(() => documentStatusChart([{ document: 'x', doc_id: 'x', status: 'missed', n: -1 }])).toThrow(
      /"x" \/ missed is -1, not a count/,
    );
  });
});
