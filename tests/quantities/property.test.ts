/**
 * Property tests (fast-check). The million-string run of findQuantities is bench/quantities/fuzz.mjs, which
 * `make test` runs (a few seconds); here 20,000 strings keep the unit suite fast.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policyish } from '../../bench/quantities/policyish.mjs';
import {
  BASE_UNITS,
  COMPARATORS,
  findQuantities,
  formatChineseNumber,
  parseQuantity,
  QuantityParseError,
} from '../../src/quantities/index.js';

describe('findQuantities properties', () => {
  it('never throws; spans lie inside the input, reproduce the text, are ordered; values are finite', () => {
    fc.assert(
      fc.property(policyish, (text) => {
        const qs = findQuantities(text);
        let last = 0;
        for (const q of qs) {
          expect(q.start).toBeGreaterThanOrEqual(last);
          expect(q.end).toBeGreaterThan(q.start);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(Number.isFinite(q.value)).toBe(true);
          if (q.valueMax !== null) expect(Number.isFinite(q.valueMax)).toBe(true);
          expect(BASE_UNITS).toContain(q.unit);
          if (q.comparator !== null) expect(COMPARATORS).toContain(q.comparator);
          last = q.end;
        }
      }),
      { numRuns: 20000 },
    );
  });

  it('parseQuantity either returns a finite quantity spanning the input or throws QuantityParseError', () => {
    fc.assert(
      fc.property(policyish, (text) => {
        try {
          const q = parseQuantity(text);
          expect(Number.isFinite(q.value)).toBe(true);
          expect(text.trim()).toContain(q.text);
        } catch (e) {
          expect(e).toBeInstanceOf(QuantityParseError);
          const err = e as QuantityParseError;
          expect(err.input).toBe(text);
          expect(err.position).toBeGreaterThanOrEqual(0);
          expect(err.position).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('a count written in Chinese numerals is found with its exact value (integers up to 10^16)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeNat(), fc.integer({ min: 2, max: 99999 })), (n) => {
        const text = `培育企业${formatChineseNumber(n)}家以上`;
        const qs = findQuantities(text);
        expect(qs).toHaveLength(1);
        expect(qs[0]).toMatchObject({ value: n, unit: 'count', comparator: '>=' });
      }),
      { numRuns: 3000 },
    );
  });

  it('an Arabic amount in 亿元 is found as yuan × 1e8, and a range keeps both ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 1, max: 99999 }), (a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a + 1];
        expect(parseQuantity(`${lo}亿元`).value).toBe(lo * 1e8);
        const q = parseQuantity(`${lo}-${hi}亿元`);
        expect([q.value, q.valueMax]).toEqual([lo * 1e8, hi * 1e8]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('findQuantities stays linear on adversarial input', () => {
  it.each([
    ['400,000 ASCII digits', '1'.repeat(400000)],
    ['400,000 Chinese digits', '一'.repeat(400000)],
    ['200,000 multipliers', '十百'.repeat(100000)],
    ['100,000 open quotes', '“1'.repeat(100000)],
    ['100,000 dashes between numbers', '1-'.repeat(100000)],
    ['100,000 dates', '2021年3月28日'.repeat(10000)],
  ])('%s in well under the seconds a quadratic scan would take', (_name, text) => {
    const t0 = performance.now();
    const qs = findQuantities(text);
    const ms = performance.now() - t0;
    // quadratic behaviour on these inputs takes minutes; linear takes tens of milliseconds (1.5 s allows for load)
    expect(ms).toBeLessThan(1500);
    expect(qs.every((q) => Number.isFinite(q.value) && q.end <= text.length)).toBe(true);
  });
});
