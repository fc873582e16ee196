import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/targets/extract.js';
import { validateTargets } from '../../src/targets/validate.js';
import { loadSeed, seedIndex } from '../../src/text/seeds.js';

const seeds = seedIndex().map((d) => loadSeed(d.doc_id));

describe('extractTargets on arbitrary cuts of the seeds', () => {
  it('never throws, and every row is valid with its quote at its offsets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: seeds.length - 1 }),
        fc.nat(),
        fc.integer({ min: 0, max: 3000 }),
        (k, a, len) => {
          const text = seeds[k]!;
          const start = a % text.length;
          const piece = text.slice(start, start + len);
          const rows = extractTargets(piece, { docId: 'piece', region: '武汉市', issuedYear: 2020 });
          validateTargets(rows, { piece });
          for (const r of rows) expect(r.span_end).toBeLessThanOrEqual(piece.length);
        },
      ),
      { numRuns: 60, seed: 42 },
    );
  });

  it('never throws on arbitrary unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const rows = extractTargets(text, { docId: 'x', region: '武汉市', issuedYear: 2020 });
        validateTargets(rows, { x: text });
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('finds nothing in text without numbers', () => {
    expect(
      extractTargets('大力推进产业转型提升,加快构建现代产业体系。', {
        docId: 'x',
        region: '武汉市',
        issuedYear: 2021,
      }),
    ).toEqual([]);
  });
});
