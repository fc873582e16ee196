/**
 * The time-weighted regression projection (UNESCAP Anticipated Progress Index), ESCAP's G and the UN's E, and Open
 * SDG's bound factor C for shares near 100%: hand-computed cases, arithmetic in the comments.
 */
import { describe, expect, it } from 'vitest';
import {
  anticipatedProgress,
  boundFactor,
  judgeTarget,
  projectWeighted,
  trendWeight,
} from '../../src/gaps/index.js';
import { growths, levels, matched, target } from './helpers.js';

describe('projectWeighted: weighted least squares, weight y − t0 + 1', () => {
  it('weights the base year 1, the next 2, …', () => {
    expect(trendWeight(2018, 2018)).toBe(1);
    expect(trendWeight(2020, 2018)).toBe(3);
  });

  it('linear: 2018 100, 2019 110, 2020 130 → 161 in 2022', () => {
    // x = 0, 1, 2; w = 1, 2, 3 (Σw = 6); x̄ = (0 + 2 + 6)/6 = 4/3; ȳ = (100 + 220 + 390)/6 = 355/3.
    // dx = −4/3, −1/3, 2/3; Σw·dx² = 16/9 + 2/9 + 12/9 = 10/3; Σw·dx·y = −2·110/3 + 3·2·130/3 − 400/3 = 160/3.
    // b = (160/3)/(10/3) = 16 a year; v̂(x = 4) = 355/3 + 16·(4 − 4/3) = 355/3 + 128/3 = 483/3 = 161.
    // (Unweighted OLS would give b = 15 and 160: the weights pull the line towards the recent jump.)
    expect(projectWeighted([2018, 2019, 2020], [100, 110, 130], 2022)).toBeCloseTo(161, 10);
  });

  it('geometric: an exact 10% path 100, 110, 121 projects 121 × 1.1² = 146.41, whatever the weights', () => {
    expect(projectWeighted([2018, 2019, 2020], [100, 110, 121], 2022, true)).toBeCloseTo(146.41, 9);
  });

  it('geometric: 100, 100, 121 → 100 × 1.1^4.2 = 149.228 in 2022', () => {
    // ln values relative to ln 100: 0, 0, 2L with L = ln 1.1; x̄ = 4/3, ȳ = 3·2L/6 = L.
    // Σw·dx·dy = 1·(4/3)L + 2·(1/3)L + 3·(2/3)L = 4L; Σw·dx² = 10/3 → b = 1.2L.
    // fit(x = 4) = L + 1.2L·(8/3) = 4.2L → v̂ = 100·1.1^4.2 = 100·e^(4.2 × 0.0953102) = 100·e^0.400303
    // = 100 × e^0.4 × e^0.000303 = 100 × 1.4918247 × 1.000303 = 149.2277.
    expect(projectWeighted([2018, 2019, 2020], [100, 100, 121], 2022, true)).toBeCloseTo(149.2277, 3);
  });

  it('needs 3 points, and positive values for a geometric fit', () => {
    expect(projectWeighted([2019, 2020], [100, 110], 2022)).toBeNull();
    expect(projectWeighted([2018, 2019, 2020], [100, 0, 121], 2022, true)).toBeNull();
    expect(projectWeighted([2020, 2020, 2020], [1, 2, 3], 2022)).toBeNull(); // one year: no slope
    expect(() => projectWeighted([2018, 2019], [1], 2022)).toThrow(/2 years but 1 values/);
  });
});

describe('boundFactor C = 1 − (y0/100)^4.44 (Open SDG)', () => {
  it('is small near the limit and ≈ 1 far from it', () => {
    // 0.9^4.44 = e^(4.44 × ln 0.9) = e^(4.44 × −0.1053605) = e^−0.4678007 = 0.626378
    expect(boundFactor(90)).toBeCloseTo(0.373622, 5);
    // 0.3^4.44 = e^(4.44 × −1.2039728) = e^−5.3456392 = 0.004769
    expect(boundFactor(30)).toBeCloseTo(0.995231, 5);
    expect(boundFactor(100)).toBe(0);
    expect(boundFactor(0)).toBe(1);
  });
  it('mirrors above the limit (y_lim < y0 < 2·y_lim) and is 1 outside', () => {
    // (2·100 − 150)/100 = 0.5; 0.5^4.44 = e^(−4.44 × 0.6931472) = e^−3.0775734 = 0.046071
    expect(boundFactor(150)).toBeCloseTo(0.953929, 5);
    expect(boundFactor(200)).toBe(1);
    expect(boundFactor(-5)).toBe(1);
  });
  it('names a bad limit', () => {
    expect(() => boundFactor(50, 0)).toThrow(/natural limit must be a positive number, got 0/);
  });
});

describe('anticipatedProgress E = 1 − G', () => {
  it('E = 1 − (T − v̂)/(T − B)', () => {
    expect(anticipatedProgress(100, 161, 200)).toBeCloseTo(0.61, 12); // 1 − 39/100
    expect(anticipatedProgress(100, 161, 100)).toBeNull(); // T = B
  });
});

describe('judged rows carry both projections, G and E', () => {
  it('a count: constant-slope 160 and weighted 161 against 200 by 2022', () => {
    const t = target({ kind: 'count', unit: 'count', value: 200, start_year: 2019, deadline_year: 2022 });
    const [r] = judgeTarget(matched(t, levels({ 2018: 100, 2019: 110, 2020: 130 }, { unit: 'count' })), {
      asOf: 2020,
    });
    expect(r!.base_year_used).toBe(2018);
    // slope (130 − 100)/2 = 15 → 130 + 15 × 2 = 160; G = (200 − 160)/(200 − 100) = 0.4, E = 0.6
    expect(r!.projection).toBeCloseTo(160, 12);
    expect(r!.anticipated_gap).toBeCloseTo(0.4, 12);
    expect(r!.anticipated_progress).toBeCloseTo(0.6, 12);
    // weighted (above): 161; G = 39/100, E = 0.61
    expect(r!.projection_weighted).toBeCloseTo(161, 10);
    expect(r!.trend_points).toBe(3);
    expect(r!.anticipated_gap_weighted).toBeCloseTo(0.39, 10);
    expect(r!.anticipated_progress_weighted).toBeCloseTo(0.61, 10);
  });

  it('a level is fitted on ln values: an exact 10% path projects 146.41 both ways', () => {
    const t = target({ value: 200, start_year: 2019, deadline_year: 2022 });
    const [r] = judgeTarget(matched(t, levels({ 2018: 100, 2019: 110, 2020: 121 })), { asOf: 2020 });
    // CAGR (121/100)^(1/2) − 1 = 10%; 121 × 1.1² = 146.41; G = (200 − 146.41)/(200 − 100) = 0.5359
    expect(r!.method).toBe('geometric');
    expect(r!.projection).toBeCloseTo(146.41, 9);
    expect(r!.projection_weighted).toBeCloseTo(146.41, 9);
    expect(r!.anticipated_gap).toBeCloseTo(0.5359, 9);
    expect(r!.anticipated_gap_weighted).toBeCloseTo(0.5359, 9);
  });

  it('only the years from the base year to the judged year count, and 2 of them are not enough', () => {
    const t = target({ value: 200, start_year: 2020, deadline_year: 2022 });
    // base 2019 (year_before_start); 2017 and 2018 are before it, 2021 after the judged year (asOf 2020)
    const series = levels({ 2017: 1, 2018: 1, 2019: 100, 2020: 121, 2021: 5000 });
    const [r] = judgeTarget(matched(t, series), { asOf: 2020 });
    expect(r!.base_year_used).toBe(2019);
    expect(r!.projection).toBeCloseTo(121 * 1.21 ** 2, 9); // 21% a year for 2 more years
    expect(r!.projection_weighted).toBeNull();
    expect(r!.trend_points).toBeNull();
    expect(r!.anticipated_gap_weighted).toBeNull();
  });

  it('growth targets get G from the chained index, but no regression', () => {
    const t = target({ kind: 'growth', unit: 'percent', metric: '增速', value: 10, deadline_year: 2021 });
    const [r] = judgeTarget(matched(t, growths({ 2021: 8 })), { asOf: 2021 });
    // index B = 1, A = 1.08, T = 1.10, due: projection = A; G = (1.10 − 1.08)/(1.10 − 1) = 0.2
    expect(r!.anticipated_gap).toBeCloseTo(0.2, 10);
    expect(r!.anticipated_progress).toBeCloseTo(0.8, 10);
    expect(r!.projection_weighted).toBeNull();
  });
});

describe('the bound factor C on the thresholds of shares near 100%', () => {
  const share = (over = {}) =>
    target({ kind: 'share', unit: 'percent', value: 96, start_year: 2021, deadline_year: 2025, ...over });

  it('90% → 91.5% of 96% by 2025: R = 0.625 needs acceleration at 0.95/0.6, is on track at × C = 0.3736', () => {
    const [r] = judgeTarget(matched(share(), levels({ 2020: 90, 2022: 91.5 }, { unit: 'percent' })), {
      asOf: 2022,
    });
    // R = ((91.5 − 90)/2) / ((96 − 90)/5) = 0.75/1.2 = 0.625
    expect(r!.ratio_r).toBeCloseTo(0.625, 12);
    // C = 1 − 0.9^4.44 = 0.373622 → 0.3736; on track from 0.95 × 0.3736 = 0.3549, acceleration from 0.2242
    expect(r!.bound_factor).toBe(0.3736);
    expect(r!.status).toBe('on_track');
    expect(r!.reason).toMatch(/^R ≥ 0\.3549 /);
    expect(r!.thresholds).toMatch(/;bound_factor=0\.3736$/);
    // the score keeps Open SDG's fixed anchors: (0.625 − 0.6) × 2.5/0.35 = 0.1786
    expect(r!.score).toBeCloseTo((0.025 * 2.5) / 0.35, 10);
  });

  it('far from the limit C ≈ 1 changes nothing: 30% → 33% of 40%, R = 0.75 needs acceleration', () => {
    const [r] = judgeTarget(
      matched(share({ value: 40 }), levels({ 2020: 30, 2022: 33 }, { unit: 'percent' })),
      { asOf: 2022 },
    );
    expect(r!.bound_factor).toBe(0.9952); // 1 − 0.3^4.44 = 0.995231
    expect(r!.status).toBe('needs_acceleration'); // 0.75 < 0.95 × 0.9952 = 0.9454
  });

  it('is not applied to lower-is-better shares, nor to levels', () => {
    const down = share({ comparator: '<=', value: 80 });
    const [r] = judgeTarget(matched(down, levels({ 2020: 90, 2022: 88 }, { unit: 'percent' })), {
      asOf: 2022,
    });
    expect(r!.bound_factor).toBeNull();
    expect(r!.thresholds).not.toMatch(/bound_factor/);
    const lvl = target({ value: 200, start_year: 2021, deadline_year: 2025 });
    const [l] = judgeTarget(matched(lvl, levels({ 2020: 90, 2022: 100 })), { asOf: 2022 });
    expect(l!.bound_factor).toBeNull();
  });
});
