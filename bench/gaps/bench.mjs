/**
 * bench/gaps: judge 100,000 targets against a synthetic panel of ~10 million actual rows, against pandas.
 *
 * Panel: 2,844 county-level regions × 40 industries × 10 years (2015–2024); industries 0–27 report monthly
 * (year-to-date figures, `period` `YYYY-01/MM`, December = the full year), 28–39 annually: 2,844 × (28 × 120 +
 * 12 × 10) = 9,897,120 rows. Targets: 60% level (due 2021–2025 from 2018–2020), 20% single-year growth
 * (2016–2022), 20% 倍增; asOf 2022. pandas (Debian's /usr/bin/python3) builds the same panel and targets from the
 * same formulas, matches by merge and computes the same measures vectorised (bench_pandas.py); the status counts
 * and the score sum of the two sides are compared as a cross-check.
 *
 * Three JS pipelines, each in its own process (so each peak RSS is its own):
 * - `table`: the panel in columnar form (the actuals loader's `ActualColumns` layout: dictionary-encoded text,
 *   typed-array numbers), matched through a CSR index of the full-year rows by region × subject, judged by
 *   `judgeColumnsTable` into typed arrays (every measure, status codes; reasons and row objects only on demand).
 * - `columns`: the same panel and match, judged by `judgeColumns` into one `GapRow` object (66+ columns and the
 *   reason text) per target.
 * - `rows`: the panel as 10M `ActualRow` objects (what `computeGaps(targets, actuals)` takes), matched through a
 *   hash index, then `judgeMatches`.
 *
 * Usage: npm run build && node bench/gaps/bench.mjs [--scale 0.1] [--no-rows] [--no-pandas]
 *   [--no-duckdb] [--repeat N]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SCALE = Number(opt('--scale') ?? 1);
const CHILD = opt('--child');

const N_REGIONS = Math.max(1, Math.round(2844 * SCALE));
const N_INDUSTRIES = 40;
const MONTHLY_INDUSTRIES = 28;
const N_TARGETS = Math.max(1, Math.round(100_000 * SCALE));
const AS_OF = 2022;

// ------------------------------------------------------------------------------------------------------------
function parent() {
  const run = (cmd, argv) => {
    const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed:\n${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
  const node = (mode) =>
    run(process.execPath, ['--max-old-space-size=6144', SELF, '--child', mode, '--scale', String(SCALE)]);
  const results = { table: node('table'), columns: node('columns') };
  if (!args.includes('--no-rows')) results.rows = node('rows');
  const pd = args.includes('--no-pandas')
    ? null
    : run('/usr/bin/python3', [join(HERE, 'bench_pandas.py'), String(SCALE)]);
  const duck = args.includes('--no-duckdb')
    ? null
    : run(process.execPath, [join(HERE, 'bench_duckdb.mjs'), String(SCALE)]);
  const load = readLoad();

  const c = results.table;
  console.log(
    `gaps bench (scale ${SCALE}): ${c.rows.toLocaleString()} actual rows, ${c.targets.toLocaleString()} targets → ${c.gaps.toLocaleString()} gaps rows`,
  );
  const line = (name, r) =>
    console.log(
      `  JS ${name.padEnd(7)} generate ${r.generate_s.toFixed(2)} s | match ${r.match_s.toFixed(2)} s | judge ${r.judge_s.toFixed(2)} s | summarize ${r.summarize_s === null ? 'n/a' : `${r.summarize_s.toFixed(2)} s`} | peak RSS ${r.peak_mb.toFixed(0)} MB | judge ${Math.round(r.targets / r.judge_s).toLocaleString()} targets/s`,
    );
  for (const [name, r] of Object.entries(results)) line(name, r);
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `  JS ${name.padEnd(7)} CPU time: match ${r.match_cpu_s.toFixed(2)} s | judge ${r.judge_cpu_s.toFixed(2)} s (wall times above include waiting for a shared CPU)`,
    );
  }
  const peers = [];
  if (pd) peers.push(['pandas', pd]);
  if (duck) peers.push(['DuckDB', duck]);
  if (duck) {
    console.log(
      `  DuckDB ${duck.duckdb} generate ${duck.generate_s.toFixed(2)} s | match+measures ${duck.match_judge_s.toFixed(2)} s (CPU ${duck.match_judge_cpu_s.toFixed(2)} s, up to 2 threads) | peak RSS ${duck.peak_mb.toFixed(0)} MB`,
    );
  }
  for (const [peerName, peer] of peers) {
    for (const [name, r] of Object.entries(results)) {
      const js = r.match_s + r.judge_s;
      const jsCpu = r.match_cpu_s + r.judge_cpu_s;
      const keys = new Set([...Object.keys(r.status_counts), ...Object.keys(peer.status_counts)]);
      const diff = [...keys]
        .map((k) => [k, (r.status_counts[k] ?? 0) - (peer.status_counts[k] ?? 0)])
        .filter(([, d]) => d !== 0);
      const close = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
      const same =
        diff.length === 0 &&
        close(r.score_sum, peer.score_sum) &&
        r.gw_n === peer.gw_n &&
        close(r.gw_sum, peer.gw_sum) &&
        close(r.g_sum, peer.g_sum);
      console.log(
        `  ratio ${peerName}/JS (${name}): match+measures wall ${(peer.match_judge_s / js).toFixed(2)}× (${peer.match_judge_s >= js ? 'JS faster' : `${peerName} faster`}), CPU ${(peer.match_judge_cpu_s / jsCpu).toFixed(2)}×; outputs ${same ? 'identical' : `DIFFER ${JSON.stringify(diff)}`} (status counts, score sum, G sums)`,
      );
    }
  }
  console.log(`  load average during the run: ${load}`);
  if (pd) {
    console.log(
      `  pandas ${pd.pandas} generate ${pd.generate_s.toFixed(2)} s | match+measures ${pd.match_judge_s.toFixed(2)} s (CPU ${pd.match_judge_cpu_s.toFixed(2)} s) | peak RSS ${pd.peak_mb.toFixed(0)} MB`,
    );
    for (const [name, r] of Object.entries(results)) {
      const js = r.match_s + r.judge_s;
      const jsCpu = r.match_cpu_s + r.judge_cpu_s;
      console.log(
        `  ratio pandas/JS (${name}) in CPU time: match+measures ${(pd.match_judge_cpu_s / jsCpu).toFixed(2)}× (${pd.match_judge_cpu_s >= jsCpu ? 'JS faster' : 'pandas faster'})`,
      );
      console.log(
        `  ratio pandas/JS (${name}): match+measures ${(pd.match_judge_s / js).toFixed(2)}× (${pd.match_judge_s >= js ? 'JS faster' : 'pandas faster'}); pandas match+measures over JS judge alone ${(pd.match_judge_s / r.judge_s).toFixed(2)}×; with generation ${((pd.generate_s + pd.match_judge_s) / (r.generate_s + js)).toFixed(2)}×`,
      );
      const keys = new Set([...Object.keys(r.status_counts), ...Object.keys(pd.status_counts)]);
      const diff = [...keys]
        .map((k) => [k, (r.status_counts[k] ?? 0) - (pd.status_counts[k] ?? 0)])
        .filter(([, d]) => d !== 0);
      console.log(
        `  cross-check (${name}): status counts ${diff.length ? `differ (JS − pandas): ${JSON.stringify(diff)}` : 'identical'}; score sum JS ${r.score_sum.toFixed(3)} vs pandas ${pd.score_sum.toFixed(3)}`,
      );
      console.log(
        `  cross-check (${name}): weighted-regression G: ${r.gw_n} rows, sum JS ${r.gw_sum.toFixed(6)} vs pandas ${pd.gw_n} rows, ${pd.gw_sum.toFixed(6)}; constant-rate G sum JS ${r.g_sum.toFixed(6)} vs pandas ${pd.g_sum.toFixed(6)}`,
      );
    }
  }
  console.log(`  statuses ${JSON.stringify(c.status_counts)}`);
  console.log(JSON.stringify({ scale: SCALE, ...results, pandas: pd, duckdb: duck, load }));
}

/** The 1-, 5- and 15-minute load averages (the machine is shared: say how busy it was). */
function readLoad() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'n/a';
  }
}

// ------------------------------------------------------------------------------------------------------------
async function child(mode) {
  const { judgeColumns, judgeColumnsTable, judgeMatches, summarizeGaps, GAP_STATUSES } = await import(
    '../../dist/index.js'
  );
  const columnar = mode !== 'rows';
  const t0 = performance.now();
  const panel = columnar ? columnarPanel() : rowPanel();
  const t1 = performance.now();
  const targetRows = targets();
  const t2 = performance.now();
  const c2 = process.cpuUsage();
  const matched = columnar ? matchColumns(targetRows, panel) : null;
  const matches = columnar ? matched.matches : matchRows(targetRows, panel);
  const t3 = performance.now();
  const c3 = process.cpuUsage();
  const gaps =
    mode === 'table'
      ? judgeColumnsTable(matched.table, matches, { asOf: AS_OF })
      : mode === 'columns'
        ? judgeColumns(matched.table, matches, { asOf: AS_OF })
        : judgeMatches(matches, { asOf: AS_OF });
  const t4 = performance.now();
  const c4 = process.cpuUsage();
  const repeats = [];
  for (let r = 0; r < Number(opt('--repeat') ?? 0); r++) {
    const a = performance.now();
    if (mode === 'table') judgeColumnsTable(matched.table, matches, { asOf: AS_OF });
    else if (mode === 'columns') judgeColumns(matched.table, matches, { asOf: AS_OF });
    else judgeMatches(matches, { asOf: AS_OF });
    repeats.push((performance.now() - a) / 1000);
  }
  // table mode: the gaps stay columnar (summarizeGaps takes row objects; no summary is timed)
  if (mode !== 'table') summarizeGaps(gaps, { by: 'doc_id' });
  const t5 = performance.now();
  const counts = {};
  let scoreSum = 0;
  const sums = { gw_n: 0, gw_sum: 0, g_sum: 0 };
  const addG = (g, gw) => {
    if (g !== null && Number.isFinite(g)) sums.g_sum += g;
    if (gw !== null && Number.isFinite(gw)) {
      sums.gw_n++;
      sums.gw_sum += gw;
    }
  };
  if (mode === 'table') {
    for (let i = 0; i < gaps.length; i++) {
      const st = GAP_STATUSES[gaps.status[i]];
      counts[st] = (counts[st] ?? 0) + 1;
      if (!Number.isNaN(gaps.score[i])) scoreSum += gaps.score[i];
      addG(gaps.anticipated_gap[i], gaps.anticipated_gap_weighted[i]);
    }
  } else {
    for (const g of gaps) {
      counts[g.status] = (counts[g.status] ?? 0) + 1;
      if (g.score !== null) scoreSum += g.score;
      addG(g.anticipated_gap, g.anticipated_gap_weighted);
    }
  }
  const rows = panel.length;
  console.log(
    JSON.stringify({
      mode,
      rows,
      targets: targetRows.length,
      gaps: gaps.length,
      generate_s: (t1 - t0) / 1000,
      match_s: (t3 - t2) / 1000,
      judge_s: (t4 - t3) / 1000,
      summarize_s: mode === 'table' ? null : (t5 - t4) / 1000,
      repeat_judge_s: repeats,
      match_cpu_s: cpuSeconds(c2, c3),
      judge_cpu_s: cpuSeconds(c3, c4),
      peak_mb: process.resourceUsage().maxRSS / 1024,
      status_counts: counts,
      score_sum: scoreSum,
      ...sums,
    }),
  );
}

/** CPU seconds (user + system, all threads) between two process.cpuUsage() readings. */
const cpuSeconds = (a, b) => (b.user - a.user + b.system - a.system) / 1e6;
const regionName = (r) => `县${r}`;
const regionCode = (r) => String(100000 + r);
const subjectName = (i) => `行业${i}`;
const seriesBase = (r, i) => 1e8 * (1 + ((r * 7919 + i * 104729) % 1000));
const seriesGrowth = (r, i) => 0.9 + ((r * 31 + i * 17) % 40) / 100;
const periodText = (y, m) => `${y}-01/${String(m).padStart(2, '0')}`;

export function targets() {
  const out = [];
  for (let k = 0; k < N_TARGETS; k++) {
    const r = k % N_REGIONS;
    const i = (k * 7) % N_INDUSTRIES;
    const kind = k % 5 < 3 ? 'level' : k % 5 === 3 ? 'growth' : 'multiple';
    const start = 2018 + (k % 3);
    const deadline = start + 3 + (Math.floor(k / 3) % 3);
    const gdead = 2016 + (k % 7);
    const factor = 1.2 + ((k * 13) % 14) / 10;
    const growth = kind === 'growth';
    out.push({
      target_id: `bench:${k}:1`,
      doc_id: `doc${k % 500}`,
      region: regionName(r),
      region_code: regionCode(r),
      scope: '全市',
      subject: subjectName(i),
      subject_type: 'industry',
      metric: growth ? '增速' : '产值',
      kind,
      aggregation: 'point',
      tier: null,
      comparator: '>=',
      value: kind === 'level' ? seriesBase(r, i) * factor : growth ? 5 + (k % 11) : 2,
      value_max: null,
      unit: growth ? 'percent' : kind === 'multiple' ? 'multiple' : 'yuan',
      stretch: false,
      base_year: growth ? gdead - 1 : kind === 'multiple' ? start - 1 : null,
      start_year: growth ? gdead : start,
      deadline_year: growth ? gdead : deadline,
      deadline_year_max: null,
      price_basis: 'nominal',
      responsible: [],
      quote: '',
      span_start: 0,
      span_end: 0,
    });
  }
  return out;
}

/** The same values, row by row, in one place for both pipelines. */
function eachRow(emit) {
  for (let r = 0; r < N_REGIONS; r++) {
    for (let i = 0; i < N_INDUSTRIES; i++) {
      const base = seriesBase(r, i);
      const g = seriesGrowth(r, i);
      const growth = (g - 1) * 100;
      const monthly = i < MONTHLY_INDUSTRIES;
      for (let y = 2015; y <= 2024; y++) {
        const level = base * g ** (y - 2015);
        for (let m = monthly ? 1 : 12; m <= 12; m++) emit(r, i, y, monthly ? m : 0, level * (m / 12), growth);
      }
    }
  }
}

const ROWS_TOTAL = () => N_REGIONS * (MONTHLY_INDUSTRIES * 120 + (N_INDUSTRIES - MONTHLY_INDUSTRIES) * 10);

// --- columns ----------------------------------------------------------------------------------------------------
/**
 * A columnar panel in the layout of the actuals loader's ActualColumns (text dictionary-encoded, code 0 = '';
 * constant columns share one code array).
 */
export function columnarPanel() {
  const n = ROWS_TOTAL();
  const regionDict = ['', ...Array.from({ length: N_REGIONS }, (_, r) => regionName(r))];
  const codeDict = ['', ...Array.from({ length: N_REGIONS }, (_, r) => regionCode(r))];
  const subjectDict = ['', ...Array.from({ length: N_INDUSTRIES }, (_, i) => subjectName(i))];
  const periodDict = [''];
  const periodCode = new Map();
  const regionCodes = new Uint32Array(n);
  const subjectCodes = new Uint32Array(n);
  const ones = new Uint32Array(n).fill(1);
  const zeros = new Uint32Array(n);
  const byteZeros = new Uint8Array(n);
  const constant = (text) => ({ codes: ones, dict: ['', text] });
  const c = {
    file: 'synthetic',
    length: n,
    region: { codes: regionCodes, dict: regionDict },
    region_code: { codes: regionCodes, dict: codeDict },
    scope: constant('全市'),
    subject: { codes: subjectCodes, dict: subjectDict },
    metric: constant('产值'),
    indicator: { codes: subjectCodes, dict: subjectDict },
    period: { codes: new Uint32Array(n), dict: periodDict },
    unit: constant('yuan'),
    source: constant('synthetic'),
    quote: { codes: zeros, dict: [''] },
    note: { codes: zeros, dict: [''] },
    year: new Int32Array(n),
    value: new Float64Array(n),
    bound: byteZeros,
    growth_pct: new Float64Array(n),
    growth_bound: byteZeros,
    price_basis: new Uint8Array(n).fill(2), // BASIS_CODES: 2 = nominal
    preliminary: byteZeros,
    row: new Int32Array(n),
    rejects: [],
    rowsIn: n,
  };
  let k = 0;
  eachRow((r, i, y, m, value, growth) => {
    regionCodes[k] = r + 1;
    subjectCodes[k] = i + 1;
    if (m > 0) {
      const key = y * 100 + m;
      let code = periodCode.get(key);
      if (code === undefined) {
        code = periodDict.length;
        periodDict.push(periodText(y, m));
        periodCode.set(key, code);
      }
      c.period.codes[k] = code;
    }
    c.year[k] = y;
    c.value[k] = value;
    c.growth_pct[k] = growth;
    c.row[k] = k + 2;
    k++;
  });
  return c;
}

/**
 * Match on columns: a CSR index (counts, offsets, row numbers) of the full-year rows by region × subject code;
 * each target gets a view of its row numbers (a `ColumnMatch` for `judgeColumns` / `judgeColumnsTable`).
 */
export function matchColumns(targetRows, c) {
  const nSubj = c.subject.dict.length;
  const nKeys = c.region_code.dict.length * nSubj;
  const full = new Uint8Array(c.period.dict.length);
  for (let p = 0; p < c.period.dict.length; p++)
    full[p] = p === 0 || /^\d{4}-0?1\/12$/.test(c.period.dict[p]) ? 1 : 0;
  const counts = new Int32Array(nKeys + 1);
  const rc = c.region_code.codes;
  const sc = c.subject.codes;
  const pc = c.period.codes;
  for (let k = 0; k < c.length; k++) if (full[pc[k]]) counts[rc[k] * nSubj + sc[k] + 1]++;
  for (let key = 0; key < nKeys; key++) counts[key + 1] += counts[key];
  const fill = counts.slice(0, nKeys);
  const rowsOf = new Int32Array(counts[nKeys]);
  for (let k = 0; k < c.length; k++) if (full[pc[k]]) rowsOf[fill[rc[k] * nSubj + sc[k]]++] = k;
  const regionIndex = new Map(c.region_code.dict.map((s, i) => [s, i]));
  const subjectIndex = new Map(c.subject.dict.map((s, i) => [s, i]));
  const none = new Int32Array(0);
  const matches = targetRows.map((t) => {
    const r = regionIndex.get(t.region_code ?? '');
    const s = subjectIndex.get(t.subject);
    const key = r !== undefined && s !== undefined ? r * nSubj + s : -1;
    const rows = key >= 0 ? rowsOf.subarray(counts[key], counts[key + 1]) : none;
    return {
      target: t,
      rows,
      method: rows.length ? 'exact' : null,
      reason: rows.length ? null : 'no series',
    };
  });
  return { table: c, matches };
}

// --- rows -------------------------------------------------------------------------------------------------------
function rowPanel() {
  const periods = new Map();
  const rows = [];
  eachRow((r, i, y, m, value, growth) => {
    let period = null;
    if (m > 0) {
      const key = y * 100 + m;
      period = periods.get(key);
      if (period === undefined) {
        period = periodText(y, m);
        periods.set(key, period);
      }
    }
    rows.push({
      region: regionName(r),
      region_code: regionCode(r),
      scope: '全市',
      subject: subjectName(i),
      metric: '产值',
      indicator: subjectName(i),
      year: y,
      period,
      value,
      unit: 'yuan',
      bound: null,
      growth_pct: growth,
      growth_bound: null,
      price_basis: 'nominal',
      preliminary: false,
      source: 'synthetic',
      quote: '',
    });
  });
  return rows;
}

/** Match on row objects: a hash index region_code → subject → full-year rows (all 10M rows scanned). */
function matchRows(targetRows, actualRows) {
  const index = new Map();
  for (let k = 0; k < actualRows.length; k++) {
    const a = actualRows[k];
    const p = a.period;
    if (p !== null && !/^\d{4}-0?1\/12$/.test(p)) continue;
    let bySubject = index.get(a.region_code);
    if (bySubject === undefined) {
      bySubject = new Map();
      index.set(a.region_code, bySubject);
    }
    const list = bySubject.get(a.subject);
    if (list) list.push(a);
    else bySubject.set(a.subject, [a]);
  }
  return targetRows.map((t) => {
    const series = index.get(t.region_code)?.get(t.subject) ?? [];
    return {
      target: t,
      series,
      method: series.length ? 'exact' : null,
      reason: series.length ? null : 'no series',
    };
  });
}

// Run last: the helpers above are `const`s, initialised only once the module body has reached them.
if (process.argv[1] === SELF) {
  if (CHILD) await child(CHILD);
  else parent();
}
