/**
 * A growth derived from two published levels whose base is a bound (issue 14 item 7): the base's bound flips on the
 * other side of the ratio, for upper and lower bounds alike.
 */
import { describe, expect, it } from 'vitest';
import { flipBound } from '../../src/actuals/bounds.js';
import { judgeTarget } from '../../src/gaps/index.js';
import { actual, matched, target } from './helpers.js';

const t = target({
  kind: 'growth',
  unit: 'percent',
  metric: '增速',
  comparator: '>=',
  value: 15,
  base_year: 2020,
  deadline_year: 2021,
  price_basis: 'nominal',
});
const levels = (base: Parameters<typeof actual>[0]['bound'], v2020: number, v2021: number) => [
  actual({ year: 2020, value: v2020, bound: base }),
  actual({ year: 2021, value: v2021, bound: '=' }),
];

describe('a growth derived from a base published as a bound', () => {
  it('an upper-bound base (不足100, "<100") and 115 next year: growth ">15%", achieved', () => {
    const [r] = judgeTarget(matched(t, levels('<', 100, 115)), { asOf: 2021 });
    expect(r!.actual_value).toBeCloseTo(15, 10);
    expect(r!.actual_bound).toBe('>');
    expect(r!.status).toBe('achieved');
  });

  it('a lower-bound base (超过100, ">100") and 115 next year: growth "<15%", so a 15% floor cannot be confirmed', () => {
    const [r] = judgeTarget(matched(t, levels('>', 100, 115)), { asOf: 2021 });
    expect(r!.actual_value).toBeCloseTo(15, 10);
    expect(r!.actual_bound).toBe('<');
    expect(r!.status).not.toBe('achieved');
  });

  it('flips every bound direction and leaves exact and approximate ones', () => {
    expect(['>', '>=', '<', '<=', '=', '~', null].map((b) => flipBound(b as never))).toEqual([
      '<',
      '<=',
      '>',
      '>=',
      '=',
      '~',
      null,
    ]);
  });
});
