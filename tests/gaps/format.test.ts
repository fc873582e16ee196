import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/gaps/format.js';

describe('formatValue (numbers in reasons)', () => {
  it('writes money in 亿元/万元 with at most two decimals', () => {
    expect(formatValue(1.771676e12, 'yuan')).toBe('17716.76亿元');
    expect(formatValue(9.33e11, 'yuan')).toBe('9330亿元');
    expect(formatValue(350000, 'yuan')).toBe('35万元');
    expect(formatValue(350000, 'yuan_per_mu')).toBe('35万元/亩');
  });
  it('writes rates, points, signs and small fractions exactly', () => {
    expect(formatValue(12.2, 'percent')).toBe('12.2%');
    expect(formatValue(-4.7, 'percent')).toBe('-4.7%');
    expect(formatValue(0.05, 'percent')).toBe('0.05%');
    expect(formatValue(-0.004, 'percent')).toBe('0%');
    expect(formatValue(2, 'percentage_point')).toBe('2个百分点');
    expect(formatValue(768, 'count')).toBe('768 count');
  });
  it('falls back to plain printing beyond safe integers, and says n/a for null', () => {
    expect(formatValue(1e20, 'number')).toBe('100000000000000000000 number');
    expect(formatValue(null, 'yuan')).toBe('n/a');
  });
});
