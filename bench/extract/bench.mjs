// Extractor throughput, mentions included: one reading per document gives both the mentions table (every quantity
// with its role) and the targets table. The documents are the five seed plans and the development work reports,
// plans and communiqués of tests/fixtures/corpus4 (dev-*), repeated to >= 1,000 documents, on one core.
// Usage: npm run build && node bench/extract/bench.mjs [documents]
// Prints documents/s, MB/s (UTF-8 bytes of the texts; wall clock, and per CPU second since the machine is shared),
// rows and mentions, peak memory (max RSS), and writes bench/extract/result.json. Goal: >= 2 MB/s.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEVELOPMENT_SETS, loadLabelledSet } from '../../dist/mentions/corpora.js';
import { readPolicyText } from '../../dist/mentions/extract.js';

const here = dirname(fileURLToPath(import.meta.url));
const target = Number(process.argv[2] ?? 1000);
const sources = DEVELOPMENT_SETS.filter((s) => s === 'seeds' || s.startsWith('corpus4/')).flatMap((s) =>
  loadLabelledSet(s),
);
const docs = [];
for (let i = 0; docs.length < target; i++) docs.push(sources[i % sources.length]);
const bytes = docs.reduce((n, { text }) => n + Buffer.byteLength(text, 'utf8'), 0);

// warm-up (JIT), not timed
for (const d of sources) readPolicyText(d.text, d.options);

const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
let rows = 0;
let mentions = 0;
for (const d of docs) {
  const r = readPolicyText(d.text, d.options);
  rows += r.targets.length;
  mentions += r.mentions.length;
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(c0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
const result = {
  documents: docs.length,
  distinct_documents: sources.length,
  megabytes: +(bytes / 1e6).toFixed(3),
  rows,
  mentions,
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
