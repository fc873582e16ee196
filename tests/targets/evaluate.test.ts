import { describe, expect, it } from 'vitest';
import { evaluateTargets, formatEvaluation, sameValue } from '../../src/targets/evaluate.js';
import type { TargetRow } from '../../src/targets/types.js';

function row(over: Partial<TargetRow>): TargetRow {
  return {
    target_id: 'd:0:1',
    doc_id: 'd',
    region: '武汉市',
    region_code: '420100',
    scope: '全市',
    subject: '地区生产总值',
    subject_type: 'indicator',
    metric: '增速',
    kind: 'growth',
    aggregation: 'point',
    tier: null,
    comparator: '=',
    value: 12,
    value_max: null,
    unit: 'percent',
    stretch: false,
    base_year: 2020,
    start_year: 2021,
    deadline_year: 2021,
    deadline_year_max: null,
    price_basis: 'real',
    responsible: [],
    quote: 'x',
    span_start: 0,
    span_end: 10,
    ...over,
  };
}

describe('evaluateTargets', () => {
  // gold: three rows; predicted: one exact match, one match with a wrong stretch flag, one spurious
  const gold = [
    row({ target_id: 'd:0:1', value: 12, span_start: 0, span_end: 10 }),
    row({ target_id: 'd:0:2', value: 13, stretch: true, span_start: 0, span_end: 15 }),
    row({ target_id: 'd:40:1', value: 50, unit: 'percent', kind: 'share', span_start: 40, span_end: 50 }),
  ];
  const predicted = [
    row({ target_id: 'p1', value: 12, span_start: 2, span_end: 8 }),
    row({ target_id: 'p2', value: 13, stretch: false, span_start: 5, span_end: 15 }),
    row({ target_id: 'p3', value: 7, span_start: 60, span_end: 70 }),
  ];
  const ev = evaluateTargets(predicted, gold);

  it('matches by overlapping span and equal value and unit', () => {
    expect(ev.overall.tp).toBe(2);
    expect(ev.overall.precision).toBeCloseTo(2 / 3, 10);
    expect(ev.overall.recall).toBeCloseTo(2 / 3, 10);
    expect(ev.misses.map((r) => r.target_id)).toEqual(['d:40:1']);
    expect(ev.spurious.map((r) => r.target_id)).toEqual(['p3']);
  });

  it('scores each field on the matched pairs', () => {
    // stretch agrees on 1 of the 2 matched pairs: precision 1/3, recall 1/3
    expect(ev.fields.stretch.tp).toBe(1);
    expect(ev.fields.stretch.precision).toBeCloseTo(1 / 3, 10);
    expect(ev.fields.value.tp).toBe(2);
    expect(ev.disagreements).toEqual([
      expect.objectContaining({ field: 'stretch', gold_id: 'd:0:2', predicted: false, gold: true }),
    ]);
    expect(ev.documents).toEqual([expect.objectContaining({ doc_id: 'd', tp: 2, predicted: 3, gold: 3 })]);
  });

  it('does not match rows whose spans do not overlap, or whose units differ', () => {
    const far = evaluateTargets([row({ span_start: 20, span_end: 30 })], [row({})]);
    expect(far.overall.tp).toBe(0);
    const unit = evaluateTargets([row({ unit: 'percentage_point' })], [row({})]);
    expect(unit.overall.tp).toBe(0);
  });

  it('pairs each gold row at most once', () => {
    const twice = evaluateTargets([row({ target_id: 'a' }), row({ target_id: 'b' })], [row({})]);
    expect(twice.overall.tp).toBe(1);
    expect(twice.spurious).toHaveLength(1);
  });

  it('treats 2/3 written with two decimals as the same value', () => {
    expect(sameValue(66.66666666666667, 66.67)).toBe(true);
    expect(sameValue(1.76e12, 1.76e12)).toBe(true);
    expect(sameValue(8, 9)).toBe(false);
  });

  it('prints a report with every miss and spurious row', () => {
    const text = formatEvaluation(ev);
    expect(text).toMatch(/^overall .*P 0\.667/);
    expect(text).toContain('misses (1):');
    expect(text).toContain('spurious (1):');
    expect(text).toContain('stretch');
  });
});
