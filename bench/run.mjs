#!/usr/bin/env node
// Run every benchmark in turn (make bench). Each prints its own measurements and the ratio against the peer it is
// measured against in the same run (Microsoft Recognizers-Text for quantities, pandas for actuals and gaps).
// Usage: node bench/run.mjs [quantities|extract|extract-fuzz|actuals|hostile|gaps|tiers|install-size ...]
// (default: all)
// `hostile` runs every actuals loader on 100,000 hostile inputs each (bench/actuals/hostile-run.mjs); `extract-fuzz`
// runs the extractor on 100,000 random documents (bench/extract/fuzz.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const BENCHES = {
  quantities: ['--expose-gc', 'quantities/bench.mjs'],
  extract: ['--expose-gc', 'extract/bench.mjs'],
  'extract-fuzz': ['extract/fuzz.mjs'],
  actuals: ['--expose-gc', 'actuals/bench.mjs'],
  hostile: ['--max-old-space-size=4096', 'actuals/hostile-run.mjs'],
  gaps: ['--expose-gc', '--max-old-space-size=8192', 'gaps/bench.mjs'],
  tiers: ['--expose-gc', 'tiers/bench.mjs'],
  // a shell script: the library's install weight (runtime dependencies only)
  'install-size': ['install/size.sh'],
};
if (!existsSync(join(here, '..', 'dist', 'index.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` (make bench builds first)');
  process.exit(1);
}
const chosen = process.argv.slice(2);
for (const name of chosen) {
  if (!(name in BENCHES)) {
    console.error(`bench: unknown benchmark "${name}"; choose from ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
}
let failed = 0;
for (const name of chosen.length > 0 ? chosen : Object.keys(BENCHES)) {
  const args = BENCHES[name];
  const script = join(here, args.at(-1));
  console.log(`\n=== bench ${name} (${script}) ===`);
  const r = script.endsWith('.sh')
    ? spawnSync('bash', [script], { stdio: 'inherit' })
    : spawnSync(process.execPath, [...args.slice(0, -1), script], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`bench ${name} failed with exit code ${r.status}`);
    failed++;
  }
}
process.exit(failed > 0 ? 1 : 0);
