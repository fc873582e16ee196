/**
 * One million random strings through findQuantities (fast-check): it must never throw, and every span must lie
 * inside its input and reproduce its text, in order, with finite values.
 *
 *   npm run build && node bench/quantities/fuzz.mjs [runs]
 *
 * The strings mix pieces of policy text (numerals, units, comparators, quotes, dates, 力争…) with arbitrary
 * UTF-16 code units, up to 24 pieces each. tests/quantities/property.test.ts runs the same property 20,000 times.
 */
import fc from 'fast-check';
import { findQuantities } from '../../dist/index.js';
import { policyish } from './policyish.mjs';

const runs = Number(process.argv[2]) || 1_000_000;
let chars = 0;
let quantities = 0;
const t0 = performance.now();
fc.assert(
  fc.property(policyish, (text) => {
    chars += text.length;
    const qs = findQuantities(text);
    let last = 0;
    for (const q of qs) {
      if (q.start < last || q.end <= q.start || q.end > text.length)
        throw new Error(`bad span ${JSON.stringify(q)}`);
      if (text.slice(q.start, q.end) !== q.text) throw new Error(`text mismatch ${JSON.stringify(q)}`);
      if (!Number.isFinite(q.value) || (q.valueMax !== null && !Number.isFinite(q.valueMax)))
        throw new Error(`non-finite value ${JSON.stringify(q)}`);
      last = q.end;
    }
    quantities += qs.length;
  }),
  { numRuns: runs },
);
const s = (performance.now() - t0) / 1000;
console.log(
  `${runs} random strings (${chars} chars, ${quantities} quantities found) in ${s.toFixed(1)} s: no throw, all spans valid`,
);
