import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import {
  CLUSTER_TIERS,
  classifyTiers,
  countByTier,
  defineLadder,
  FIRM_TIERS,
  TierInputError,
  tierCountsAsActuals,
  XIANGYANG_FIRM_BANDS,
} from '../../src/tiers/index.js';

// One value at, just below, or between each FIRM_TIERS threshold (yuan).
const values = [1e11, 99_999_999_999, 5e10, 1e10, 9.99e9, 5e9, 1e9, 2e7, 1.99e7];

describe('classifyTiers', () => {
  it('puts ties at a threshold in the higher tier (以上 includes the number)', () => {
    const t = classifyTiers(
      values.map((revenue) => ({ revenue })),
      { value: 'revenue', ladder: FIRM_TIERS },
    );
    expect(t.array('tier')).toEqual([
      '千亿企业', // 1e11 = 1000亿: at the 千亿 threshold
      '五百亿企业', // just below 1000亿
      '五百亿企业', // 500亿 exactly
      '百亿企业', // 100亿 exactly
      '准百亿企业', // 99.9亿
      '准百亿企业', // 50亿 exactly
      '十亿企业', // 10亿 exactly
      '规上企业', // 2000万 exactly
      null, // 1990万: below the ladder
    ]);
    expect(t.array('revenue')).toEqual(values);
  });

  it('with a strict (突破) reading, ties fall to the tier below', () => {
    const strict = defineLadder({
      id: 'strict',
      atThreshold: 'lower',
      bands: FIRM_TIERS.bands.map((b) => ({ tier: b.tier, min: b.min, max: b.max })),
    });
    const t = classifyTiers(aq.table({ v: [1e10, 5e9, 5e9 + 1, 1e9] }), {
      value: 'v',
      ladder: strict,
      as: 'band',
    });
    // 1e10 is not > 1e10 → 准百亿 (5e9 < v ≤ 1e10); 5e9 → 十亿; 5e9+1 → 准百亿; 1e9 → 规上 (2e7 < v ≤ 1e9).
    expect(t.array('band')).toEqual(['准百亿企业', '十亿企业', '准百亿企业', '规上企业']);
  });

  it('classifies clusters on 产值 and accepts numeric strings', () => {
    const t = classifyTiers([{ v: '1e12' }, { v: '5e11' }, { v: 4.99e11 }, { v: 1e9 }, { v: 9e8 }], {
      value: 'v',
      ladder: CLUSTER_TIERS,
    });
    expect(t.array('tier')).toEqual(['万亿', '五千亿', '千亿', '十亿', null]);
  });

  it('leaves values in a gap between non-contiguous bands unclassified', () => {
    const gappy = defineLadder({
      id: 'g',
      bands: [
        { tier: 'hi', min: 100 },
        { tier: 'lo', min: 10, max: 50 },
      ],
    });
    expect(
      classifyTiers([{ v: 60 }, { v: 50 }, { v: 49 }], { value: 'v', ladder: gappy }).array('tier'),
    ).toEqual([null, null, 'lo']);
  });

  it('names the row and column of a missing value, or gives it a null tier on request', () => {
    const rows = [{ v: 1e10 }, { v: null }];
    expect(() => classifyTiers(rows, { value: 'v', ladder: FIRM_TIERS })).toThrow(TierInputError);
    expect(() => classifyTiers(rows, { value: 'v', ladder: FIRM_TIERS })).toThrow(/row index 1, column "v"/);
    expect(classifyTiers(rows, { value: 'v', ladder: FIRM_TIERS, missing: 'null' }).array('tier')).toEqual([
      '百亿企业',
      null,
    ]);
    expect(() => classifyTiers(rows, { value: 'rev', ladder: FIRM_TIERS })).toThrow(
      /no column "rev"; the table has "v"/,
    );
  });

  it('respects a filter on an arquero input', () => {
    const t = aq.table({ v: [1e10, 5e9, 1e9] }).filter((d: { v: number }) => d.v < 1e10);
    expect(classifyTiers(t, { value: 'v', ladder: FIRM_TIERS }).array('tier')).toEqual([
      '准百亿企业',
      '十亿企业',
    ]);
  });
});

// Two years of eight firms.
// 2020: 1200亿, 600亿, 200亿, 100亿, 70亿, 30亿, 1亿, 100万
// 2021: 1300亿, 1000亿, 90亿, 60亿, 50亿, 9亿, 2亿, 5000万
const panel = [
  [1.2e11, 6e10, 2e10, 1e10, 7e9, 3e9, 1e8, 1e6],
  [1.3e11, 1e11, 9e9, 6e9, 5e9, 9e8, 2e8, 5e7],
].flatMap((rev, k) => rev.map((revenue, i) => ({ firm: `f${i}`, year: 2020 + k, revenue })));

describe('countByTier', () => {
  const classified = classifyTiers(panel, { value: 'revenue', ladder: FIRM_TIERS });

  it('counts each band per year, zero counts included, nulls last', () => {
    const c = countByTier(classified, { by: 'year', ladder: FIRM_TIERS }).objects();
    // 2020: 千亿 1 (1200), 五百亿 1 (600), 百亿 2 (200, 100), 准百亿 1 (70), 十亿 1 (30), 规上 1 (1亿), below 1 (100万) = 8.
    expect(c.filter((r) => (r as { year: number }).year === 2020)).toEqual([
      { year: 2020, tier: '千亿企业', count: 1 },
      { year: 2020, tier: '五百亿企业', count: 1 },
      { year: 2020, tier: '百亿企业', count: 2 },
      { year: 2020, tier: '准百亿企业', count: 1 },
      { year: 2020, tier: '十亿企业', count: 1 },
      { year: 2020, tier: '规上企业', count: 1 },
      { year: 2020, tier: null, count: 1 },
    ]);
    // 2021: 千亿 2 (1300, 1000), 五百亿 0, 百亿 0, 准百亿 3 (90, 60, 50), 十亿 0, 规上 3 (9亿, 2亿, 5000万) = 8.
    expect(
      c.filter((r) => (r as { year: number }).year === 2021).map((r) => (r as { count: number }).count),
    ).toEqual([2, 0, 0, 3, 0, 3]);
  });

  it('counts at-or-above each tier with cumulative: true (百亿企业 = 100亿元以上)', () => {
    const c = countByTier(classified, { by: ['year'], ladder: FIRM_TIERS, cumulative: true })
      .filter((d: { year: number }) => d.year === 2020)
      .array('count');
    // 2020 running sums of 1, 1, 2, 1, 1, 1 → 1, 2, 4, 5, 6, 7 (the firm below the ladder is not counted).
    expect(c).toEqual([1, 2, 4, 5, 6, 7]);
  });

  it('counts typed-array columns (the columnar fast path) the same way', () => {
    const t = aq.table({ year: Int32Array.of(2021, 2020, 2021, 2021), tier: ['a', 'b', 'a', null] });
    // 2020: b 1; 2021: a 2, null 1.
    expect(countByTier(t, { by: 'year' }).objects()).toEqual([
      { year: 2020, tier: 'b', count: 1 },
      { year: 2021, tier: 'a', count: 2 },
      { year: 2021, tier: null, count: 1 },
    ]);
  });

  it('counts without a ladder in first-seen order', () => {
    const c = countByTier([{ tier: 'b' }, { tier: 'a' }, { tier: 'b' }, { tier: null }]).objects();
    expect(c).toEqual([
      { tier: 'b', count: 2 },
      { tier: 'a', count: 1 },
      { tier: null, count: 1 },
    ]);
  });

  it('rejects a tier the ladder does not have, and cumulative without a ladder', () => {
    expect(() => countByTier([{ tier: '巨型' }], { ladder: FIRM_TIERS })).toThrow(
      /tier "巨型" is not in ladder "firm_tiers" \(row index 0/,
    );
    expect(() => countByTier([{ tier: 'a' }], { cumulative: true })).toThrow(/need the ladder/);
  });
});

describe('tierCountsAsActuals', () => {
  it('gives 数量 rows that Xiangyang-style band targets and 倍增 count targets can be judged on', () => {
    const rows = tierCountsAsActuals(panel, {
      ladder: FIRM_TIERS,
      value: 'revenue',
      region: '襄阳市',
      region_code: '420600',
      source: 'synthetic test panel',
    });
    const get = (year: number, subject: string) =>
      rows.find((r) => r.year === year && r.subject === subject)?.value;
    // 过100亿元 (百亿企业 at least): 2020 → 1200, 600, 200, 100 = 4; 2021 → 1300, 1000 = 2.
    expect(get(2020, '百亿企业')).toBe(4);
    expect(get(2021, '百亿企业')).toBe(2);
    // 50-100亿元 (准百亿企业 band): 2020 → 70 = 1; 2021 → 90, 60, 50 = 3.
    expect(get(2020, '准百亿企业')).toBe(1);
    expect(get(2021, '准百亿企业')).toBe(3);
    // 10-50亿元 band: 2020 → 30 = 1; 2021 → 0.
    expect(get(2020, '10-50亿元企业')).toBe(1);
    expect(get(2021, '10-50亿元企业')).toBe(0);
    // 千亿企业: 2020 → 1, 2021 → 2 (倍增).
    expect(get(2021, '千亿企业')).toBe(2);
    const r = rows.find((x) => x.subject === '百亿企业')!;
    expect(r).toMatchObject({
      metric: '数量',
      unit: 'count',
      bound: '=',
      region: '襄阳市',
      scope: '全市',
      period: null,
    });
    // 6 at-least rows + 6 band rows per year.
    expect(rows).toHaveLength(24);
  });

  it('with the Xiangyang ladder, band rows carry the targets table’s subjects', () => {
    const rows = tierCountsAsActuals(panel, {
      ladder: XIANGYANG_FIRM_BANDS,
      value: 'revenue',
      mode: 'band',
      region: '襄阳市',
      source: 'synthetic test panel',
    });
    // 2020: 过100亿 → 1200, 600, 200, 100 = 4; 50-100亿 → 70 = 1; 10-50亿 → 30 = 1.
    expect(rows.filter((r) => r.year === 2020).map((r) => [r.subject, r.value])).toEqual([
      ['产销过100亿元的企业', 4],
      ['产销50-100亿元的企业', 1],
      ['产销10-50亿元的企业', 1],
    ]);
  });

  it('renames or drops subjects through the subject option', () => {
    const rows = tierCountsAsActuals(panel, {
      ladder: FIRM_TIERS,
      value: 'revenue',
      mode: 'at_least',
      region: '武汉市',
      source: 'synthetic test panel',
      subject: ({ tier }) => (tier === '百亿企业' ? '百亿以上企业' : null),
    });
    expect(rows.map((r) => [r.year, r.subject, r.value])).toEqual([
      [2020, '百亿以上企业', 4],
      [2021, '百亿以上企业', 2],
    ]);
  });

  it('requires a source', () => {
    expect(() =>
      tierCountsAsActuals(panel, { ladder: FIRM_TIERS, value: 'revenue', region: 'x', source: '' }),
    ).toThrow(/where the data come from/);
  });
});
