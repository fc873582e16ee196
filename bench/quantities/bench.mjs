/**
 * Throughput, linearity and memory of findQuantities, and the Microsoft Recognizers-Text peer on the same text.
 *
 *   npm run build && node --expose-gc bench/quantities/bench.mjs [--peer-chars N] [--quick]
 *
 * 1. findQuantities on the five seed documents repeated to >= 10 MB (one call per document copy).
 * 2. findQuantities on one single string of >= 1 MB, and on single strings of 1, 2, 4, 8 MB (time per MB).
 * 3. Heap before and after (with gc), to show memory stays flat apart from the quantities returned.
 * 4. The peer (@microsoft/recognizers-text-number and -number-with-unit 1.3.1, Culture.Chinese, number +
 *    percentage + currency models, sentence by sentence) on a sample of the same corpus, timed in three chunks,
 *    and on growing single strings (currency model) to show its growth; then the ratio.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Num from '@microsoft/recognizers-text-number';
import NWU from '@microsoft/recognizers-text-number-with-unit';
import { findQuantities } from '../../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const seedsDir = join(here, '../../seeds');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const peerChars = Number(args[args.indexOf('--peer-chars') + 1]) || (quick ? 3000 : 12000);

const docs = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const corpusBytes = docs.reduce((a, d) => a + bytes(d), 0);
const corpusChars = docs.reduce((a, d) => a + d.length, 0);
const MB = 1024 * 1024;
const gc = globalThis.gc ?? (() => {});
const fmt = (x, d = 1) => x.toFixed(d);

function time(fn) {
  const t0 = process.hrtime.bigint();
  const r = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, r };
}

console.log(
  `node ${process.version}, seeds: ${docs.length} documents, ${corpusChars} chars, ${corpusBytes} bytes UTF-8`,
);
console.log(
  `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} (shared: timings are noisy, minima are reported)`,
);

// warm-up (JIT)
for (let k = 0; k < 20; k++) for (const d of docs) findQuantities(d);

// 1. corpus repeated to >= 10 MB, one call per document copy
const reps = Math.ceil((10 * MB) / corpusBytes);
gc();
const heap0 = process.memoryUsage().heapUsed;
let found = 0;
let peakHeap = heap0;
const t1 = time(() => {
  for (let k = 0; k < reps; k++) {
    for (const d of docs) found += findQuantities(d).length;
    if (k % 16 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
});
const totalBytes = reps * corpusBytes;
const totalChars = reps * corpusChars;
const oursCharsPerSec = totalChars / (t1.ms / 1000);
console.log(
  `\n[ours] corpus x${reps} = ${fmt(totalBytes / MB, 2)} MB (${totalChars} chars): ${fmt(t1.ms)} ms, ` +
    `${fmt(totalBytes / MB / (t1.ms / 1000), 2)} MB/s, ${fmt(oursCharsPerSec / 1e6, 2)} M chars/s, ${found} quantities`,
);
console.log(
  `[ours] heap: before ${fmt(heap0 / MB)} MB, peak sampled during run ${fmt(peakHeap / MB)} MB (results are dropped per call)`,
);

// 2. single strings: 1 MB, then 1, 2, 4, 8 MB for linearity
const joined = docs.join('\n');
function single(mb) {
  const n = Math.ceil((mb * MB) / bytes(joined));
  return Array.from({ length: n }, () => joined).join('\n');
}
const oneMb = single(1);
findQuantities(oneMb);
const t2 = time(() => findQuantities(oneMb));
console.log(
  `\n[ours] one string of ${fmt(bytes(oneMb) / MB, 2)} MB: ${fmt(t2.ms)} ms, ${fmt(bytes(oneMb) / MB / (t2.ms / 1000), 2)} MB/s, ${t2.r.length} quantities`,
);
console.log('[ours] linearity (one string each, best of 5):');
for (const mb of [1, 2, 4, 8]) {
  const s = single(mb);
  gc();
  const h0 = process.memoryUsage().heapUsed;
  const best = Math.min(...[0, 1, 2, 3, 4].map(() => time(() => findQuantities(s)).ms));
  const qs = findQuantities(s);
  gc();
  const h1 = process.memoryUsage().heapUsed;
  console.log(
    `  ${fmt(bytes(s) / MB, 2).padStart(5)} MB: ${fmt(best).padStart(7)} ms, ${fmt(best / (bytes(s) / MB), 1)} ms/MB, ` +
      `${qs.length} quantities, result retains ${fmt((h1 - h0) / MB, 1)} MB (${fmt((h1 - h0) / qs.length, 0)} B per quantity)`,
  );
}

// 4. the peer, sentence by sentence, on a sample of the same corpus
const sentences = joined.split(/(?<=[。；;！？!?\n])/).filter((s) => s.trim() !== '');
const C = Num.Culture.Chinese;
const peer = (s) =>
  Num.recognizeNumber(s, C).length +
  Num.recognizePercentage(s, C).length +
  NWU.recognizeCurrency(s, C).length;
peer('预热:产值突破5000亿元,增长12%'); // build the models once
const chunks = [];
let idx = 0;
for (let c = 0; c < 3; c++) {
  let chars = 0;
  let hits = 0;
  const t = time(() => {
    while (chars < peerChars / 3 && idx < sentences.length) {
      const s = sentences[idx++];
      chars += s.length;
      hits += peer(s);
    }
  });
  chunks.push({ chars, ms: t.ms, hits });
}
const peerChars_ = chunks.reduce((a, c) => a + c.chars, 0);
const peerMs = chunks.reduce((a, c) => a + c.ms, 0);
const peerCharsPerSec = peerChars_ / (peerMs / 1000);
console.log(`\n[peer] number + percentage + currency models, Culture.Chinese, sentence by sentence:`);
for (const c of chunks)
  console.log(
    `  chunk of ${c.chars} chars: ${fmt(c.ms)} ms, ${fmt(c.chars / (c.ms / 1000), 0)} chars/s, ${c.hits} results`,
  );
console.log(`  total ${peerChars_} chars in ${fmt(peerMs)} ms: ${fmt(peerCharsPerSec, 0)} chars/s`);

// ours on exactly the same sentences, for a like-for-like check
const sample = sentences.slice(0, idx);
for (let k = 0; k < 50; k++) for (const s of sample) findQuantities(s);
const tSame = time(() => {
  for (let k = 0; k < 200; k++) for (const s of sample) findQuantities(s);
});
const oursSameCharsPerSec = (200 * peerChars_) / (tSame.ms / 1000);
console.log(
  `[ours] the same ${sample.length} sentences, sentence by sentence: ${fmt(oursSameCharsPerSec / 1e6, 2)} M chars/s`,
);

console.log('\n[peer] growth on single strings (currency model alone, no sentence split):');
const growth = quick ? [500, 1000, 2000] : [500, 1000, 2000, 4000];
let prev = null;
for (const n of growth) {
  const s = joined.slice(0, n);
  const t = time(() => NWU.recognizeCurrency(s, C));
  const ours = time(() => findQuantities(s));
  console.log(
    `  ${String(n).padStart(5)} chars: peer ${fmt(t.ms).padStart(8)} ms${prev ? ` (x${fmt(t.ms / prev, 1)} for x2 input)` : ''}, ours ${fmt(ours.ms, 3)} ms`,
  );
  prev = t.ms;
}

console.log(
  `\nRATIO ours/peer (chars per second): corpus ${fmt(oursCharsPerSec / peerCharsPerSec, 0)}x, same sentences ${fmt(oursSameCharsPerSec / peerCharsPerSec, 0)}x`,
);
