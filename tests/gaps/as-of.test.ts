import { describe, expect, it } from 'vitest';
import { resolveAsOf } from '../../src/gaps/options.js';

describe('resolveAsOf', () => {
  it('keeps a given year, else takes the latest year, else undefined', () => {
    expect(resolveAsOf(2020, [2019, 2023])).toBe(2020);
    expect(resolveAsOf(undefined, [2019, 2023, 2021])).toBe(2023);
    expect(resolveAsOf(undefined, Int32Array.of(2016, 2018))).toBe(2018);
    expect(resolveAsOf(undefined, [])).toBeUndefined();
  });
});
