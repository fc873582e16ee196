import { describe, expect, it } from 'vitest';
import {
  anticipatedGap,
  attainment,
  cagr,
  chainGrowth,
  classifyStatus,
  DEFAULT_REVIEW,
  DEFAULT_THRESHOLDS,
  etaGeometric,
  etaLinear,
  formatThresholds,
  progressGeometric,
  progressLinear,
  progressScore,
  projectGeometric,
  projectLinear,
  ratioLinear,
  ratioR,
  requiredCagrBand,
  resolveThresholds,
  type StatusInput,
  scheduleGap,
  scheduleRatio,
  scheduleTau,
  yearsAhead,
} from '../../src/gaps/index.js';
import { meets } from '../../src/gaps/series.js';

describe('attainment (sign-safe 1 + d·(A − T)/|T|)', () => {
  it('is 1 + 116.76/17600 for Wuhan GDP 17716.76亿 against 17600亿', () => {
    // 17716.76 − 17600 = 116.76; 116.76 / 17600 = 0.00663409…
    expect(attainment(17716.76, 17600, 1)).toBeCloseTo(1.006634, 6);
  });
  it('handles negative values: a loss of −50 against −20, higher better → 1 + (−30)/20 = −0.5', () => {
    expect(attainment(-50, -20, 1)).toBeCloseTo(-0.5, 12);
  });
  it('mirrors for a ceiling: 8 against ≤ 10 → 1 + (−1)(8 − 10)/10 = 1.2', () => {
    expect(attainment(8, 10, -1)).toBeCloseTo(1.2, 12);
  });
  it('is undefined (null) for a zero target instead of the 0.001 substitution', () => {
    expect(attainment(5, 0, 1)).toBeNull();
  });
});

describe('distance progress', () => {
  it('linear: (2350 − 2000)/(3200 − 2000) = 350/1200', () => {
    expect(progressLinear(2000, 2350, 3200)).toBeCloseTo(0.2916667, 6);
  });
  it('linear works from a zero base (counts) and across signs', () => {
    expect(progressLinear(0, 3, 10)).toBeCloseTo(0.3, 12); // 3/10
    expect(progressLinear(-10, -5, 0)).toBeCloseTo(0.5, 12); // 5/10
    expect(progressLinear(5, 7, 5)).toBeNull(); // T = B: no distance
  });
  it('geometric: ln(2350/2000)/ln(3200/2000) = 0.161268/0.470004', () => {
    expect(progressGeometric(2000, 2350, 3200)).toBeCloseTo(0.343121, 5);
  });
  it('geometric is undefined for zero or negative values', () => {
    expect(progressGeometric(0, 3, 10)).toBeNull();
    expect(progressGeometric(-10, -5, 10)).toBeNull();
  });
});

describe('序时进度 τ and the schedule gap', () => {
  it('τ = (2016 − 2015)/(2018 − 2015) = 1/3; a one-year plan judged on its year has τ = 1', () => {
    expect(scheduleTau(2015, 2016, 2018)).toBeCloseTo(1 / 3, 12);
    expect(scheduleTau(2020, 2021, 2021)).toBe(1);
    expect(scheduleTau(2020, 2021, 2020)).toBeNull();
  });
  it('gap π − τ and ratio π/τ', () => {
    expect(scheduleGap(0.343121, 1 / 3)).toBeCloseTo(0.009788, 5); // 0.343121 − 0.333333
    expect(scheduleRatio(0.5, 0.25)).toBe(2);
    expect(scheduleRatio(0.5, 0)).toBeNull();
    expect(scheduleGap(null, 0.5)).toBeNull();
  });
});

describe('CAGRs', () => {
  it('required CAGR to 3200 from 2000 in 3 years = 1.6^(1/3) − 1 = 16.96%', () => {
    expect(cagr(2000, 3200, 3)).toBeCloseTo(0.169607, 5);
  });
  it('a doubling in 3–5 years needs a band of 14.87%–25.99% a year', () => {
    // 2^(1/5) − 1 = 0.148698; 2^(1/3) − 1 = 0.259921
    const band = requiredCagrBand(1, 2, 2018, 2021, 2023);
    expect(band.min).toBeCloseTo(0.148698, 5);
    expect(band.max).toBeCloseTo(0.259921, 5);
  });
  it('is undefined for a zero base or a sign change, defined for two negatives', () => {
    expect(cagr(0, 5, 2)).toBeNull();
    expect(cagr(-5, 5, 2)).toBeNull();
    expect(cagr(-10, -5, 1)).toBeCloseTo(-0.5, 12); // (−5/−10)^1 − 1
  });
  it('chains growth rates Π(1 + g) − 1 instead of compounding levels', () => {
    expect(chainGrowth([10, 10])).toBeCloseTo(21, 10); // 1.1 × 1.1 = 1.21
    expect(chainGrowth([-4.7, 12.2])).toBeCloseTo(6.9266, 4); // 0.953 × 1.122 = 1.069266
    expect(() => chainGrowth([5, -100])).toThrow(/rate 1 is -100%/);
  });
});

describe('R (observed over required rate)', () => {
  it('17.5% observed against 16.96% required: R = 0.175/0.169607 = 1.0318', () => {
    expect(ratioR(0.175, 0.169607, 2000, 1)).toBeCloseTo(1.0318, 4);
  });
  it('flips with a negative base (s = −1): a shrinking loss is progress', () => {
    // s·d·obs/|req| = (−1)(1)(−0.5)/0.2 = 2.5
    expect(ratioR(-0.5, 0.2, -10, 1)).toBeCloseTo(2.5, 12);
  });
  it('is undefined when nothing is required', () => {
    expect(ratioR(0.1, 0, 100, 1)).toBeNull();
    expect(ratioR(null, 0.1, 100, 1)).toBeNull();
  });
  it('linear analogue: 3 a year against (10 − 0)/5 = 2 a year needed → 1.5', () => {
    expect(ratioLinear(0, 3, 10, 2020, 2021, 2025, 1)).toBeCloseTo(1.5, 12);
  });
});

describe('projection and timing', () => {
  it('projects 2350 at 17.5% for two years: 2350 × 1.175² = 3244.47', () => {
    expect(projectGeometric(2350, 0.175, 2016, 2018)).toBeCloseTo(3244.46875, 6);
    expect(projectLinear(0, 3, 2020, 2021, 2025)).toBe(15); // 3 + 3 × 4
    // ESCAP G = (3200 − 3244.47)/(3200 − 2000) = −0.03706: projected to overshoot
    expect(anticipatedGap(2000, 3244.46875, 3200)).toBeCloseTo(-0.037057, 5);
  });
  it('years ahead = t0 + π(Y − t0) − t', () => {
    expect(yearsAhead(2015, 2016, 2018, 0.5)).toBeCloseTo(0.5, 12); // 2016.5 − 2016
    expect(yearsAhead(2015, 2017, 2018, 0.5)).toBeCloseTo(-0.5, 12); // behind
  });
  it('estimated arrival: 1000 → 2000 at 10% takes ln 2/ln 1.1 = 7.2725 years', () => {
    expect(etaGeometric(1000, 2000, 0.1, 2020)).toBeCloseTo(2027.2725, 4);
    expect(etaGeometric(1000, 2000, -0.1, 2020)).toBeNull(); // moving away
    expect(etaLinear(3, 10, 2, 2021)).toBe(2024.5); // 7/2 years
    expect(etaLinear(3, 10, -1, 2021)).toBeNull();
  });
});

describe('Open SDG score', () => {
  it('hits the published anchors −0.6 → −5, 0 → −2.5, 0.6 → 0, 0.95 → 2.5, 1.3 → 5', () => {
    expect(progressScore(-0.6, false)).toBeCloseTo(-5, 10);
    expect(progressScore(0, false)).toBeCloseTo(-2.5, 10);
    expect(progressScore(0.6, false)).toBeCloseTo(0, 10);
    expect(progressScore(0.95, false)).toBeCloseTo(2.5, 10);
    expect(progressScore(1.3, false)).toBeCloseTo(5, 10);
  });
  it('caps at ±5, scores achieved as 5, and has no score without R', () => {
    expect(progressScore(2, false)).toBe(5);
    expect(progressScore(-3, false)).toBe(-5);
    expect(progressScore(null, true)).toBe(5);
    expect(progressScore(null, false)).toBeNull();
  });
});

describe('thresholds', () => {
  it('defaults are Open SDG 0.95 / 0.6 and are shown in every row', () => {
    expect(resolveThresholds()).toEqual({
      onTrack: 0.95,
      acceleration: 0.6,
      approxRelative: 0.05,
      approxPoints: 0.5,
    });
    expect(formatThresholds(DEFAULT_THRESHOLDS, DEFAULT_REVIEW, 5)).toBe(
      'on_track=0.95;acceleration=0.6;approx_relative=0.05;approx_points=0.5;review_ahead=1.2;review_lagging=0.8;window=5',
    );
  });
  it('rejects nonsense with the name of the threshold', () => {
    expect(() => resolveThresholds({ onTrack: Number.NaN })).toThrow(/onTrack/);
    expect(() => resolveThresholds({ acceleration: 1.2 })).toThrow(
      /acceleration \(1.2\) must not exceed onTrack/,
    );
  });
});

describe('status: first match wins', () => {
  const base: StatusInput = {
    notComparable: null,
    insufficient: null,
    met: 'not_met',
    metStretch: 'not_met',
    due: false,
    earlyCounts: true,
    tau: 0.5,
    ratio: 1,
    progress: 0.5,
  };
  const s = (over: Partial<StatusInput>) => classifyStatus({ ...base, ...over }, DEFAULT_THRESHOLDS).status;
  it('orders not_comparable before insufficient_data before everything', () => {
    expect(s({ notComparable: 'basis', insufficient: 'x', met: 'met' })).toBe('not_comparable');
    expect(s({ insufficient: 'x', met: 'met' })).toBe('insufficient_data');
  });
  it('a met target is achieved (or achieved_stretch) early or at the deadline', () => {
    expect(s({ met: 'met' })).toBe('achieved');
    expect(s({ met: 'met', metStretch: 'met', due: true })).toBe('achieved_stretch');
  });
  it('an average met early is not yet achieved', () => {
    expect(s({ met: 'met', earlyCounts: false, ratio: 1.2 })).toBe('on_track');
  });
  it('a due target is achieved or missed whatever its trend; a bound that cannot tell is insufficient', () => {
    expect(s({ due: true, tau: 1, ratio: 0.99 })).toBe('missed');
    expect(s({ due: true, met: 'unknown' })).toBe('insufficient_data');
  });
  it('before the deadline: not_due at τ ≤ 0, then R bands', () => {
    expect(s({ tau: 0 })).toBe('not_due');
    expect(s({ ratio: 0.95 })).toBe('on_track');
    expect(s({ ratio: 0.6 })).toBe('needs_acceleration');
    expect(s({ ratio: 0.59 })).toBe('off_track');
    expect(s({ ratio: 0 })).toBe('off_track');
    expect(s({ ratio: -0.01 })).toBe('regressing');
    expect(s({ ratio: 0.3, progress: -0.1 })).toBe('regressing');
    expect(s({ ratio: null })).toBe('insufficient_data');
  });
});

describe('meets: bounds and approximate actuals', () => {
  it('"超过9330亿元" meets a 9330亿 floor', () => {
    expect(meets(9330, '>', 9330, '>=', 1, 0).met).toBe('met');
  });
  it('a lower bound below a higher target cannot show it was missed', () => {
    expect(meets(9330, '>', 9360, '>=', 1, 0).met).toBe('unknown');
  });
  it('an upper bound below a floor is a miss; above it, unknown', () => {
    expect(meets(90, '<', 100, '>=', 1, 0).met).toBe('not_met');
    expect(meets(110, '<=', 100, '>=', 1, 0).met).toBe('unknown');
  });
  it('"约3000" against 3000 is met on its point value, flagged uncertain (band 2850–3150)', () => {
    expect(meets(3000, '~', 3000, '>=', 1, 150)).toEqual({ met: 'met', uncertain: true });
    expect(meets(2800, '~', 3000, '>=', 1, 140)).toEqual({ met: 'not_met', uncertain: false }); // 2660–2940
  });
  it('strict comparators and ceilings', () => {
    expect(meets(5000, '=', 5000, '>', 1, 0).met).toBe('not_met'); // 突破5000 needs more than 5000
    expect(meets(5000, '>', 5000, '>', 1, 0).met).toBe('met'); // "超过5000" is more than 5000
    expect(meets(9, '=', 10, '<=', -1, 0).met).toBe('met'); // 不超过10
    expect(meets(11, '=', 10, '<=', -1, 0).met).toBe('not_met');
  });
});
