import { describe, expect, it } from 'vitest';
import { parseBoundedNumber } from '../../src/actuals/bounds.js';

describe('parseBoundedNumber', () => {
  it('reads the bound notations of the shared data', () => {
    expect(parseBoundedNumber('>5000')).toEqual({ value: 5000, bound: '>' });
    expect(parseBoundedNumber('约3000')).toEqual({ value: 3000, bound: '~' });
    expect(parseBoundedNumber('>12')).toEqual({ value: 12, bound: '>' });
    expect(parseBoundedNumber('约6')).toEqual({ value: 6, bound: '~' });
  });

  it('reads Chinese bound words before and after the number', () => {
    expect(parseBoundedNumber('超过9330')).toEqual({ value: 9330, bound: '>' });
    expect(parseBoundedNumber('突破1.7万')).toEqual({ value: 17000, bound: '>' });
    expect(parseBoundedNumber('12%以上')).toEqual({ value: 12, bound: '>=' });
    expect(parseBoundedNumber('8左右')).toEqual({ value: 8, bound: '~' });
    expect(parseBoundedNumber('≥40')).toEqual({ value: 40, bound: '>=' });
  });

  it('reads thousands separators, negatives and full-width digits', () => {
    expect(parseBoundedNumber('17,716.76')).toEqual({ value: 17716.76, bound: '=' });
    expect(parseBoundedNumber('-4.7')).toEqual({ value: -4.7, bound: '=' });
    expect(parseBoundedNumber('３２００')).toEqual({ value: 3200, bound: '=' });
  });

  it('returns null for empty cells and placeholders', () => {
    expect(parseBoundedNumber('')).toBeNull();
    expect(parseBoundedNumber('  ')).toBeNull();
    expect(parseBoundedNumber('—')).toBeNull();
  });

  it('throws on text that is not a number, quoting it', () => {
    expect(() => parseBoundedNumber('待公布')).toThrow(/"待公布"/);
    expect(() => parseBoundedNumber('约')).toThrow(/no number/);
    expect(() => parseBoundedNumber('超过12以下')).toThrow(/two different bounds/);
  });
});
