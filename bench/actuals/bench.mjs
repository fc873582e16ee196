// Bench: load a 10-million-row actuals CSV and the same data as Parquet with loadActualsColumns (the columnar fast
// path), and read the same CSV with pandas (Debian's python3-pandas, /usr/bin/python3) in the same run.
//   npm run build && node bench/actuals/bench.mjs [ROWS] [DIR]
// Inputs are generated once into DIR (default /tmp/cluster-targets-bench, not committed) by generate.mjs.
// Each load runs in its own process; peak memory is that process's max RSS.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const n = Number(process.argv[2] ?? 10_000_000);
const dir = process.argv[3] ?? '/tmp/cluster-targets-bench';
execFileSync(process.execPath, ['--max-old-space-size=6144', join(here, 'generate.mjs'), dir, String(n)], {
  stdio: 'inherit',
});
const csv = join(dir, `actuals-${n}.csv`);
const parquet = join(dir, `actuals-${n}.parquet`);
console.log(
  `input: ${n} rows; CSV ${(statSync(csv).size / 1e6).toFixed(0)} MB, Parquet ${(statSync(parquet).size / 1e6).toFixed(0)} MB`,
);

const node = (file) =>
  JSON.parse(
    execFileSync(process.execPath, ['--max-old-space-size=8192', join(here, 'load-one.mjs'), file], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    }),
  );
const PANDAS = `
import sys, time, resource, json
import pandas as pd
t = time.perf_counter()
df = pd.read_csv(sys.argv[1])
s = time.perf_counter() - t
print(json.dumps({"rows": len(df), "seconds": s, "peakMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "version": pd.__version__}))
`;
const pandas = (file) =>
  JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', PANDAS, file], { encoding: 'utf8', maxBuffer: 1 << 20 }),
  );

// The machine is shared: run each load REPEAT times, interleaved, and report every run and the best.
const repeat = Number(process.env.REPEAT ?? 2);
const show = (label, r) =>
  console.log(
    `${label.padEnd(34)} ${String(r.rows).padStart(9)} rows ${r.seconds.toFixed(2).padStart(7)} s ${Math.round(
      r.rows / r.seconds,
    )
      .toLocaleString('en')
      .padStart(11)} rows/s  peak ${Math.round(r.peakMB).toString().padStart(5)} MB`,
  );
const runs = { pandas: [], csv: [], parquet: [] };
for (let k = 1; k <= repeat; k++) {
  const p = pandas(csv);
  runs.pandas.push(p);
  show(`run ${k}: pandas read_csv (CSV)`, p);
  const c = node(csv);
  runs.csv.push(c);
  show(`run ${k}: loadActualsColumns (CSV)`, c);
  const q = node(parquet);
  runs.parquet.push(q);
  show(`run ${k}: loadActualsColumns (Parquet)`, q);
}
const best = (rs) => rs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const [p, c, q] = [best(runs.pandas), best(runs.csv), best(runs.parquet)];
console.log('best of each:');
show('pandas read_csv (CSV)', p);
show('loadActualsColumns (CSV)', c);
show('loadActualsColumns (Parquet)', q);
console.log(
  `pandas ${p.version}; node ${process.version}; load average ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log(
  `same table from CSV and Parquet (value, growth, year, subject/scope checksums): ${c.check === q.check ? 'yes' : `NO (${c.check} vs ${q.check})`}`,
);
console.log(`speed ratio CSV, ours / pandas (best runs): ${(p.seconds / c.seconds).toFixed(2)}x`);
console.log(`speed ratio Parquet (ours) / pandas CSV (best runs): ${(p.seconds / q.seconds).toFixed(2)}x`);
console.log(
  'note: pandas only parses the CSV into columns; loadActualsColumns also resolves regions, subjects, units,',
);
console.log('bounds and price basis for every row (the tidy table).');
