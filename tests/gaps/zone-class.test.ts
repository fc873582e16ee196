/**
 * Zone-class targets end to end: "三大国家级开发区产业项目到位资金占比不低于50%" (Wuhan 2021 plan) applies to each of the
 * three zones. matchActuals finds the members' series through data/dictionaries/zone-classes.csv and the gap engine
 * gives one verdict per zone, with how many of the class comply. The zone figures below are invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { matchActuals } from '../../src/actuals/match.js';
import type { ActualRow } from '../../src/actuals/types.js';
import { computeGaps } from '../../src/gaps/compute.js';
import type { TargetRow } from '../../src/targets/types.js';

const quote = '三大国家级开发区产业项目到位资金占比不低于50%';
const target: TargetRow = {
  target_id: 'wuhan-2021-industrial-transformation-plan:1000:1',
  doc_id: 'wuhan-2021-industrial-transformation-plan',
  region: '武汉市',
  region_code: '420100',
  scope: '三大国家级开发区',
  subject: '产业项目到位资金',
  subject_type: 'funds',
  metric: '占比',
  kind: 'share',
  aggregation: 'point',
  tier: null,
  comparator: '>=',
  value: 50,
  value_max: null,
  unit: 'percent',
  stretch: false,
  base_year: null,
  start_year: 2021,
  deadline_year: 2021,
  deadline_year_max: null,
  price_basis: 'unspecified',
  responsible: [],
  quote,
  span_start: 1000,
  span_end: 1000 + quote.length,
};

function share(scope: string, year: number, value: number): ActualRow {
  return {
    region: '武汉市',
    region_code: '420100',
    scope,
    subject: '产业项目到位资金',
    metric: '占比',
    indicator: '产业项目到位资金占比',
    year,
    period: null,
    value,
    unit: 'percent',
    bound: '=',
    growth_pct: null,
    growth_bound: null,
    price_basis: 'unspecified',
    preliminary: false,
    source: 'test: invented figures',
    quote: `${scope} ${year}: ${value}%`,
  };
}

// Two zones meet the 50% floor in 2021 (55, 50: 以上 includes the number), one does not (42).
const actuals = [
  share('东湖新技术开发区', 2020, 48),
  share('东湖新技术开发区', 2021, 55),
  share('武汉经济技术开发区', 2021, 50),
  share('武汉临空港经济技术开发区', 2021, 42),
  share('全市', 2021, 41), // the city figure is not the class's
];

describe('zone-class targets', () => {
  it('matchActuals pairs the class with its members’ series, not the city total', () => {
    const [m] = matchActuals([target], actuals);
    expect(m!.method).toContain('zone_class:三大国家级开发区');
    expect(new Set(m!.series.map((a) => a.scope))).toEqual(
      new Set(['东湖新技术开发区', '武汉经济技术开发区', '武汉临空港经济技术开发区']),
    );
    expect(m!.series).toHaveLength(4);
  });

  it('computeGaps gives one verdict per zone, and the share of the class that complies', () => {
    const gaps = computeGaps([target], actuals, { asOf: 2021 });
    const byZone = new Map(gaps.map((g) => [g.actual_scope, g]));
    expect(byZone.size).toBe(3);
    expect(byZone.get('东湖新技术开发区')!.actual_value).toBe(55);
    expect(byZone.get('东湖新技术开发区')!.status).toBe('achieved');
    expect(byZone.get('武汉经济技术开发区')!.status).toBe('achieved');
    expect(byZone.get('武汉临空港经济技术开发区')!.status).toBe('missed');
    for (const g of gaps) {
      expect(g.group_met).toBe(2);
      expect(g.group_total).toBe(3);
    }
  });

  it('says which members have no figures when none do', () => {
    const [m] = matchActuals([target], [share('全市', 2021, 41)]);
    expect(m!.series).toHaveLength(0);
    expect(m!.reason).toContain('a zone class; no figures for its members');
  });
});
