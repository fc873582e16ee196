import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import type { TargetRow } from '../../src/targets/types.js';
import {
  MUJUN_DEFAULT_WEIGHTS,
  muJun,
  muJunCompliance,
  muJunEvaluation,
  toMu,
  WUHAN_MUJUN_FLOORS,
} from '../../src/tiers/index.js';

describe('muJun and land units (1 亩 = 10000/15 m²)', () => {
  it('converts every unit to 亩', () => {
    expect(toMu(10, '亩')).toBe(10);
    expect(toMu(2, '公顷')).toBe(30); // 2 × 10000 m² ÷ (10000/15) = 30
    expect(toMu(0.1, '平方公里')).toBe(150); // 0.1 × 1e6 m² ÷ 666.67 = 150
    expect(toMu(20000, '平方米')).toBe(30); // 20000 × 15 / 10000 = 30
    expect(toMu(1, 'hectare')).toBe(15);
    expect(toMu(1, 'km2')).toBe(1500);
    expect(toMu(10000 / 15, 'm2')).toBeCloseTo(1, 12);
  });

  it('computes 亩均税收, 亩均增加值 and 亩均营收 in 元/亩 for land in each unit', () => {
    const cases: [Parameters<typeof toMu>[1], number, number, number][] = [
      // unit, land, tax, expected 亩均税收
      ['亩', 10, 3.5e6, 350000], // 350万 ÷ 10 亩
      ['公顷', 2, 6e6, 200000], // 600万 ÷ 30 亩
      ['平方公里', 0.1, 3e7, 200000], // 3000万 ÷ 150 亩
      ['平方米', 20000, 9e6, 300000], // 900万 ÷ 30 亩
    ];
    for (const [unit, land, tax, expected] of cases) {
      const t = muJun([{ tax, land, va: tax * 4, rev: tax * 10 }], {
        tax: 'tax',
        land: 'land',
        landUnit: unit,
        valueAdded: 'va',
        revenue: 'rev',
      });
      expect(t.get('tax_per_mu', 0)).toBeCloseTo(expected, 6);
      expect(t.get('value_added_per_mu', 0)).toBeCloseTo(expected * 4, 6);
      expect(t.get('revenue_per_mu', 0)).toBeCloseTo(expected * 10, 6);
    }
  });

  it('scales money given in 万元', () => {
    const t = muJun([{ tax: 350, land: 10 }], {
      tax: 'tax',
      land: 'land',
      landUnit: '亩',
      moneyUnit: '万元',
    });
    expect(t.get('tax_per_mu', 0)).toBe(350000); // 350万元 ÷ 10 亩 = 35万元/亩
  });

  it('names the row for zero, negative or missing land', () => {
    const opts = { tax: 'tax', land: 'land', landUnit: '亩' as const };
    expect(() =>
      muJun(
        [
          { tax: 1, land: 5 },
          { tax: 1, land: 0 },
        ],
        opts,
      ),
    ).toThrow(/muJun: land is 0: 亩均 needs a positive land area \(row index 1, column "land"\)/);
    expect(() => muJun([{ tax: 1, land: -2 }], opts)).toThrow(/land is -2.*row index 0/);
    expect(() => muJun([{ tax: 1, land: null }], opts)).toThrow(
      /land is missing or not a number.*row index 0, column "land"/,
    );
    expect(() => muJun([{ tax: 1, land: 3 }], { ...opts, landUnit: 'acre' as never })).toThrow(
      /unknown land unit "acre"/,
    );
  });
});

const target = (scope: string, value: number): TargetRow => ({
  target_id: `t:${scope}`,
  doc_id: 'wuhan-2021-industrial-transformation-plan',
  region: '武汉市',
  region_code: '420100',
  scope,
  subject: '重点工业园区',
  subject_type: 'parks',
  metric: '亩均税收',
  kind: 'intensity',
  aggregation: 'point',
  tier: null,
  comparator: '>=',
  value,
  value_max: null,
  unit: 'yuan_per_mu',
  stretch: false,
  base_year: null,
  start_year: 2021,
  deadline_year: 2021,
  deadline_year_max: null,
  price_basis: 'unspecified',
  responsible: [],
  quote: '',
  span_start: 0,
  span_end: 0,
});

describe('muJunCompliance', () => {
  const parks = [
    { park: 'P1', zone: '三大国家级开发区重点工业园区', tax_per_mu: 350000 }, // at the floor: met (不低于)
    { park: 'P2', zone: '三大国家级开发区重点工业园区', tax_per_mu: 349999 }, // 1 元/亩 short
    { park: 'P3', zone: '四个新城区重点工业园区', tax_per_mu: 250000 }, // met
    { park: 'P4', zone: '四个新城区重点工业园区', tax_per_mu: 150000 }, // 50000 short
    { park: 'P5', zone: '中心城区', tax_per_mu: 100000 }, // no floor
  ];

  it('judges each park and gives the compliant share per zone class', () => {
    const { parks: p, byZone } = muJunCompliance(parks, WUHAN_MUJUN_FLOORS, { id: 'park' });
    expect(p.array('met')).toEqual([true, false, true, false, null]);
    expect(p.array('shortfall')).toEqual([0, 1, 0, 50000, null]);
    expect(byZone.objects()).toEqual([
      {
        zone: '三大国家级开发区重点工业园区',
        parks: 2,
        with_floor: 2,
        compliant: 1,
        share: 0.5,
        floor: 350000,
      },
      { zone: '四个新城区重点工业园区', parks: 2, with_floor: 2, compliant: 1, share: 0.5, floor: 200000 },
      { zone: '中心城区', parks: 1, with_floor: 0, compliant: null, share: null, floor: null },
    ]);
  });

  it('takes floors from targets-table rows', () => {
    const { byZone } = muJunCompliance(aq.from(parks), [target('三大国家级开发区重点工业园区', 350000)]);
    expect(byZone.array('compliant')).toEqual([1, null, null]);
  });

  it('rejects a park without a zone and two floors for one zone', () => {
    expect(() => muJunCompliance([{ zone: '', tax_per_mu: 1 }], WUHAN_MUJUN_FLOORS)).toThrow(
      /missing zone class \(row index 0/,
    );
    const two = [WUHAN_MUJUN_FLOORS[0]!, { ...WUHAN_MUJUN_FLOORS[0]!, floor: 1 }];
    expect(() => muJunCompliance(parks, two)).toThrow(/2 floors apply to zone/);
  });
});

describe('muJunEvaluation', () => {
  // Two indicators, weights 60 and 40. a = 10, 20, 30, 40 (mean 25); b = 4, 4, 2, missing (mean 10/3).
  const firms = [
    { firm: 'F1', a: 10, b: 4 },
    { firm: 'F2', a: 20, b: 4 },
    { firm: 'F3', a: 30, b: 2 },
    { firm: 'F4', a: 40, b: null },
  ];

  it('ratio scoring: value ÷ 基准值 × weight; missing gets the average score; ties share a rank', () => {
    const r = muJunEvaluation(firms, { weights: { a: 60, b: 40 }, cutoffs: { shares: [0.25, 0.5, 0.75] } });
    // score_a = a / 25 × 60 = 24, 48, 72, 96.
    expect(Array.from(r.firms.array('score_a'))).toEqual([24, 48, 72, 96]);
    // score_b = b / (10/3) × 40 = 12 b = 48, 48, 24; F4 missing → (48 + 48 + 24) / 3 = 40.
    const sb = r.firms.array('score_b') as Float64Array;
    [48, 48, 24, 40].forEach((x, i) => {
      expect(sb[i]).toBeCloseTo(x, 9);
    });
    // totals 72, 96, 96, 136 → ranks 4, 2, 2, 1; rank/n = 1, .5, .5, .25 → D, B, B, A.
    const score = r.firms.array('score') as Float64Array;
    [72, 96, 96, 136].forEach((x, i) => {
      expect(score[i]).toBeCloseTo(x, 9);
    });
    expect(Array.from(r.firms.array('rank'))).toEqual([4, 2, 2, 1]);
    expect(r.firms.array('class')).toEqual(['D', 'B', 'B', 'A']);
    expect(
      r.classes.objects().map((c) => [(c as { class: string }).class, (c as { firms: number }).firms]),
    ).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 0],
      ['D', 1],
    ]);
    expect(r.benchmarks.a).toBe(25);
  });

  it('min-max scoring (旌德) and a cap', () => {
    const mm = muJunEvaluation(firms, { weights: { a: 60 }, method: 'minmax' });
    // 60 × (20 + 80 × (a − 10)/30) / 100 = 12, 28, 44, 60.
    const s = mm.firms.array('score_a') as Float64Array;
    [12, 28, 44, 60].forEach((x, i) => {
      expect(s[i]).toBeCloseTo(x, 9);
    });
    const capped = muJunEvaluation(firms, { weights: { a: 60 }, cap: 1.5 });
    // 96 > 1.5 × 60 = 90 → 90.
    expect(Array.from(capped.firms.array('score_a'))).toEqual([24, 48, 72, 90]);
  });

  it('default weights (黄岩 30/20/20/10/10/10) and classes (温岭: A 20%, B to 80%, C to 95%, D last 5%)', () => {
    expect(Object.values(MUJUN_DEFAULT_WEIGHTS).reduce((s, w) => s + w, 0)).toBe(100);
    // Ten firms equal on five indicators (each scores its weight: 70 in all), 亩均税收 = 1..10 (mean 5.5).
    const ten = Array.from({ length: 10 }, (_, i) => ({
      tax_per_mu: i + 1,
      value_added_per_mu: 1,
      labour_productivity: 1,
      rd_share: 1,
      value_added_per_energy: 1,
      value_added_per_emission: 1,
    }));
    const r = muJunEvaluation(ten);
    // firm 10: 10/5.5 × 30 + 70 = 124.545…; firm 1: 1/5.5 × 30 + 70 = 75.4545…
    expect((r.firms.array('score') as Float64Array)[9]).toBeCloseTo(124.5454545, 6);
    expect((r.firms.array('score') as Float64Array)[0]).toBeCloseTo(75.4545454, 6);
    // ranks 10..1 → rank/10 ≤ .2: ranks 1-2 A; ≤ .8: 3-8 B; ≤ .95: 9 C; 10 D.
    expect(r.firms.array('class')).toEqual(['D', 'C', 'B', 'B', 'B', 'B', 'B', 'B', 'A', 'A']);
    expect(r.classes.array('share')).toEqual([0.2, 0.6, 0.1, 0.1]);
  });

  it('missing: zero scores a missing value 0 instead of the average', () => {
    const r = muJunEvaluation(firms, { weights: { b: 40 }, missing: 'zero' });
    // b = 4, 4, 2, missing → 48, 48, 24, 0.
    const s = r.firms.array('score_b') as Float64Array;
    [48, 48, 24, 0].forEach((x, i) => {
      expect(s[i]).toBeCloseTo(x, 9);
    });
  });

  it('score cut-offs and errors', () => {
    const r = muJunEvaluation(firms, { weights: { a: 60, b: 40 }, cutoffs: { scores: [130, 90, 80] } });
    expect(r.firms.array('class')).toEqual(['D', 'B', 'B', 'A']);
    expect(() =>
      muJunEvaluation(firms, { weights: { a: 60 }, missing: 'error', benchmarks: { a: 0 } }),
    ).toThrow(/基准值 is 0/);
    expect(() => muJunEvaluation(firms, { weights: { b: 40 }, missing: 'error' })).toThrow(
      /row index 3, column "b"/,
    );
    expect(() => muJunEvaluation(firms, { weights: { a: 1 }, cutoffs: { shares: [0.5, 0.2, 0.9] } })).toThrow(
      /must increase/,
    );
  });
});
