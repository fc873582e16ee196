// One measured load in its own process (so peak memory is this load's): node load-one.mjs FILE
// Prints JSON: { rows, rejects, rowsIn, seconds, peakMB }.
import { loadActualsColumns } from '../../dist/index.js';

const file = process.argv[2];
const t0 = performance.now();
const c = await loadActualsColumns(file, { progress: false });
const seconds = (performance.now() - t0) / 1000;
// touch a column so the work cannot be skipped
let sum = 0;
for (let i = 0; i < c.length; i += 1000) sum += Number.isNaN(c.value[i]) ? 0 : c.value[i];
const peakMB = process.resourceUsage().maxRSS / 1024;
console.log(
  JSON.stringify({
    rows: c.length,
    rejects: c.rejects.length,
    rowsIn: c.rowsIn,
    seconds,
    peakMB,
    check: sum > 0,
  }),
);
