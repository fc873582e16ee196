// Extractor throughput: the five seed documents repeated to >= 1,000 documents, one core.
// Usage: npx tsc -p tsconfig.build.json && node bench/extract/bench.mjs [documents]
// Prints documents/s, MB/s (UTF-8 bytes of the texts; wall clock, and per CPU second since the machine is shared)
// and peak memory (max RSS), and writes bench/extract/result.json.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractTargets, readSeed, seedIndex } from '../../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const target = Number(process.argv[2] ?? 1000);
const seeds = seedIndex().map((d) => ({ d, text: readSeed(d.doc_id) }));
const docs = [];
for (let i = 0; docs.length < target; i++) docs.push(seeds[i % seeds.length]);
const bytes = docs.reduce((n, { text }) => n + Buffer.byteLength(text, 'utf8'), 0);

// warm-up (JIT), not timed
for (const { d, text } of seeds)
  extractTargets(text, {
    docId: d.doc_id,
    region: d.region,
    regionCode: d.region_code,
    issuedYear: d.issued_year,
    horizon: d.horizon,
  });

const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
let rows = 0;
for (const { d, text } of docs) {
  rows += extractTargets(text, {
    docId: d.doc_id,
    region: d.region,
    regionCode: d.region_code,
    issuedYear: d.issued_year,
    horizon: d.horizon,
  }).length;
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(c0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
const result = {
  documents: docs.length,
  megabytes: +(bytes / 1e6).toFixed(3),
  rows,
  seconds: +secs.toFixed(3),
  documents_per_second: +(docs.length / secs).toFixed(1),
  megabytes_per_second: +(bytes / 1e6 / secs).toFixed(3),
  cpu_seconds: +cpuSecs.toFixed(3),
  megabytes_per_cpu_second: +(bytes / 1e6 / cpuSecs).toFixed(3),
  peak_rss_mb: +(process.resourceUsage().maxRSS / 1024).toFixed(1),
  node: process.version,
  goal_megabytes_per_second: 2,
};
console.log(JSON.stringify(result, null, 2));
writeFileSync(join(here, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
