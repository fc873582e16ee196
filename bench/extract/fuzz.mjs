/**
 * 100,000 random documents through the extractor (fast-check): the reading must never throw, every target row must
 * be valid against its text, every mention's quote must be its span and link to existing rows.
 *   npm run build && node bench/extract/fuzz.mjs [runs]
 * tests/targets/hostile.test.ts runs the same properties on 3,000 documents.
 */
import fc from 'fast-check';
import { readPolicyText } from '../../dist/mentions/extract.js';
import { validateTargets } from '../../dist/targets/validate.js';
import { extractorish } from './extractorish.mjs';

const runs = Number(process.argv[2]) || 100_000;
let chars = 0;
let rows = 0;
let mentions = 0;
const t0 = performance.now();
fc.assert(
  fc.property(extractorish, (text) => {
    chars += text.length;
    const r = readPolicyText(text, { docId: 'h', region: '某市', issuedYear: 2023 });
    validateTargets(r.targets, { h: text });
    const ids = new Set(r.targets.map((t) => t.target_id));
    for (const m of r.mentions) {
      if (text.slice(m.span_start, m.span_end) !== m.quote)
        throw new Error(`quote is not its span: ${JSON.stringify(m)}`);
      if (!Number.isFinite(m.value)) throw new Error(`non-finite value: ${JSON.stringify(m)}`);
      for (const id of m.target_ids) if (!ids.has(id)) throw new Error(`dangling target id ${id}`);
    }
    rows += r.targets.length;
    mentions += r.mentions.length;
  }),
  { numRuns: runs },
);
console.log(
  `${runs} random documents (${chars} chars, ${rows} target rows, ${mentions} mentions) in ${((performance.now() - t0) / 1000).toFixed(1)} s: no throw, all rows valid, all quotes their spans`,
);
