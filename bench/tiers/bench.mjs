#!/usr/bin/env node
/**
 * Bench of the tiers area: classify and count 10 million firm-years on FIRM_TIERS, then simulate the Wuhan and
 * Huanggang reward schedules on them. The panel is SYNTHETIC (1,000,000 firms × 10 years, log-normal revenue with a
 * seeded random walk), built in typed arrays and handed to the library as an arquero table.
 *
 * Usage: npm run build && node bench/tiers/bench.mjs [--firms 1000000] [--years 10]
 * Prints the time of each step and the peak resident memory (process.resourceUsage().maxRSS).
 */
import { parseArgs } from 'node:util';
import * as aq from 'arquero';
import {
  classifyTiers,
  compareRewardSchedules,
  countByTier,
  FIRM_TIERS,
  HUANGGANG_REWARDS,
  simulateRewards,
  tierTransitions,
  WUHAN_REWARDS,
} from '../../dist/index.js';

const { values: args } = parseArgs({
  options: { firms: { type: 'string', default: '1000000' }, years: { type: 'string', default: '10' } },
});
const nFirms = Number(args.firms);
const nYears = Number(args.years);
const n = nFirms * nYears;

let seed = 12345;
const rand = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const peak = () => mb(process.resourceUsage().maxRSS * 1024);
const timings = [];
function step(name, fn) {
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  timings.push({
    step: name,
    seconds: +(ms / 1000).toFixed(2),
    heap: mb(process.memoryUsage().heapUsed),
    peak_rss: peak(),
  });
  console.log(
    `${name.padEnd(44)} ${(ms / 1000).toFixed(2).padStart(7)} s   heap ${mb(process.memoryUsage().heapUsed).padStart(8)}   peak RSS ${peak()}`,
  );
  return out;
}

console.log(
  `SYNTHETIC panel: ${nFirms.toLocaleString()} firms × ${nYears} years = ${n.toLocaleString()} firm-years`,
);
const table = step('generate panel (typed arrays → arquero)', () => {
  const firm = new Int32Array(n);
  const year = new Int32Array(n);
  const revenue = new Float64Array(n);
  let i = 0;
  for (let f = 0; f < nFirms; f++) {
    let logRev = 8.1 + 0.75 * gauss();
    const drift = 0.07 + 0.05 * gauss();
    for (let y = 0; y < nYears; y++) {
      if (y > 0) logRev += drift + 0.12 * gauss();
      firm[i] = f;
      year[i] = 2015 + y;
      revenue[i] = Math.round(10 ** logRev);
      i++;
    }
  }
  return aq.table({ firm_id: firm, year, revenue });
});
const classified = step('classifyTiers (FIRM_TIERS)', () =>
  classifyTiers(table, { value: 'revenue', ladder: FIRM_TIERS }),
);
const counts = step('countByTier by year (bands)', () =>
  countByTier(classified, { by: 'year', ladder: FIRM_TIERS }),
);
step('countByTier by year (cumulative)', () =>
  countByTier(classified, { by: 'year', ladder: FIRM_TIERS, cumulative: true }),
);
const transitions = step('tierTransitions (FIRM_TIERS)', () =>
  tierTransitions(table, { id: 'firm_id', year: 'year', value: 'revenue', ladder: FIRM_TIERS }),
);
console.log(`  ${transitions.numRows().toLocaleString()} crossings`);
const wuhan = step('simulateRewards WUHAN_REWARDS (no window)', () =>
  simulateRewards(table, WUHAN_REWARDS, { window: false }),
);
const hg = step('simulateRewards HUANGGANG_REWARDS (no window)', () =>
  simulateRewards(table, HUANGGANG_REWARDS, { window: false }),
);
const cmp = step('compareRewardSchedules [Wuhan, Huanggang]', () =>
  compareRewardSchedules(table, [WUHAN_REWARDS, HUANGGANG_REWARDS], { window: false }),
);
const total = counts.rollup({ n: aq.op.sum('count') }).get('n');
if (total !== n) throw new Error(`counts add up to ${total}, not ${n}`);
console.log(`\ncounts add up to ${total.toLocaleString()} rows (bands + below-ladder); 2024 bands:`);
console.log(counts.filter((d) => d.year === 2024).objects());
console.log(
  `Wuhan payments: ${wuhan.payments.numRows().toLocaleString()}, Huanggang payments: ${hg.payments.numRows().toLocaleString()}`,
);
console.log(cmp.filter((d) => d.year >= 2022).objects());
console.log(`\npeak RSS ${peak()}`);
console.log(JSON.stringify({ bench: 'tiers', firm_years: n, timings }));
