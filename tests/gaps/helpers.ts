/** Builders for hand-made targets, actual rows and matches in the gaps tests. */
import type { ActualRow } from '../../src/actuals/types.js';
import type { GapMatch, GapTarget } from '../../src/gaps/index.js';

let n = 0;

/** A target row with neutral defaults; override what the case is about. */
export function target(over: Partial<GapTarget>): GapTarget {
  n++;
  return {
    target_id: `test:${n}:1`,
    doc_id: 'test-doc',
    region: '武汉市',
    region_code: '420100',
    scope: '全市',
    subject: '测试指标',
    subject_type: 'indicator',
    metric: '总量',
    kind: 'level',
    aggregation: 'point',
    tier: null,
    comparator: '>=',
    value: 100,
    value_max: null,
    unit: 'yuan',
    stretch: false,
    base_year: null,
    start_year: null,
    deadline_year: null,
    deadline_year_max: null,
    price_basis: 'unspecified',
    responsible: [],
    quote: '',
    span_start: 0,
    span_end: 0,
    ...over,
  };
}

/** An actual row with neutral defaults. */
export function actual(over: Partial<ActualRow> & { year: number }): ActualRow {
  return {
    region: '武汉市',
    region_code: '420100',
    scope: '全市',
    subject: '测试指标',
    metric: '总量',
    indicator: '测试指标',
    period: null,
    value: null,
    unit: 'yuan',
    bound: null,
    growth_pct: null,
    growth_bound: null,
    price_basis: 'unspecified',
    preliminary: false,
    source: 'test',
    quote: '',
    ...over,
  };
}

/** Level rows `{ year: value }` in one unit. */
export function levels(values: Record<number, number>, over: Partial<ActualRow> = {}): ActualRow[] {
  return Object.entries(values).map(([y, v]) => actual({ year: Number(y), value: v, ...over }));
}

/** Growth rows `{ year: pct }`. */
export function growths(values: Record<number, number>, over: Partial<ActualRow> = {}): ActualRow[] {
  return Object.entries(values).map(([y, g]) =>
    actual({ year: Number(y), growth_pct: g, unit: null, ...over }),
  );
}

/** A clean match of a target with its series. */
export function matched(t: GapTarget, series: ActualRow[]): GapMatch {
  return { target: t, series: [...series].sort((a, b) => a.year - b.year), method: 'exact', reason: null };
}
