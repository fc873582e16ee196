/**
 * Hostile input to the extractor (fast-check): random strings built from pieces of policy text — numerals, units,
 * comparators, headings, list marks, 分别, quotes, line breaks — mixed with arbitrary code units. The reading must
 * never throw, every row must be valid against the text, every mention's quote must be its span, and time must grow
 * linearly with the length of the input. bench/extract/fuzz.mjs runs the same properties on 100,000 strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractorish } from '../../bench/extract/extractorish.mjs';
import { readPolicyText } from '../../src/mentions/extract.js';
import { validateTargets } from '../../src/targets/validate.js';

describe('the extractor on hostile input', () => {
  it('never throws; rows are valid, quotes are their spans, mentions link to existing rows (3,000 strings)', () => {
    fc.assert(
      fc.property(extractorish, (text) => {
        const r = readPolicyText(text, { docId: 'h', region: '某市', issuedYear: 2023 });
        validateTargets(r.targets, { h: text });
        const ids = new Set(r.targets.map((t) => t.target_id));
        for (const m of r.mentions) {
          expect(text.slice(m.span_start, m.span_end)).toBe(m.quote);
          expect(Number.isFinite(m.value)).toBe(true);
          for (const id of m.target_ids) expect(ids.has(id)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('time grows linearly: 8× the text takes less than 24× the time (no full stops, one long sentence)', () => {
    const unit = '规模以上工业增加值增长8%、新增规上企业100家、营业收入突破5000亿元、';
    const time = (n: number) => {
      const text = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
      let best = Number.POSITIVE_INFINITY;
      for (let k = 0; k < 3; k++) {
        const t = performance.now();
        readPolicyText(text, { docId: 'x', region: '某市', issuedYear: 2023 });
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    time(2000); // warm up
    const small = time(10_000);
    const large = time(80_000);
    expect(large / small).toBeLessThan(24);
  });
});
