/**
 * The DuckDB side of bench/gaps/bench.mjs: the same synthetic panel and targets built in DuckDB (SQL from the same
 * formulas), then the same join-and-judge as one SQL query (the match as joins on region × industry × year, the
 * measures, status and score as expressions, the time-weighted regression as a grouped join). Needs the optional
 * dev dependency `@duckdb/node-api` (skipped with a message when it is not installed). Prints one JSON line: timings (seconds), peak RSS (MB), status counts and the sums
 * bench.mjs cross-checks.
 *
 * Usage: node bench/gaps/bench_duckdb.mjs [scale]
 */
const SCALE = Number(process.argv[2] ?? 1);
const N_REGIONS = Math.max(1, Math.round(2844 * SCALE));
const N_TARGETS = Math.max(1, Math.round(100_000 * SCALE));
const AS_OF = 2022;

let duckdb;
try {
  duckdb = await import('@duckdb/node-api');
} catch (e) {
  // an optional dependency: say so, and let bench.mjs run without this peer
  console.log(
    JSON.stringify({
      skipped: `@duckdb/node-api (a dev dependency) is not installed (${e.code ?? e.message})`,
    }),
  );
  process.exit(0);
}
const { DuckDBInstance, version } = duckdb;
const instance = await DuckDBInstance.create(':memory:');
const con = await instance.connect();
const cpu = (a, b) => (b.user - a.user + b.system - a.system) / 1e6;

const t0 = performance.now();
await con.run(`
CREATE TABLE panel AS
SELECT r::INTEGER AS region, i::TINYINT AS industry, y::SMALLINT AS year, m::TINYINT AS month, m = 12 AS full_year,
       (1e8 * (1 + ((r * 7919 + i * 104729) % 1000))) * pow(0.9 + ((r * 31 + i * 17) % 40) / 100, y - 2015) * (m / 12)
         AS value,
       (0.9 + ((r * 31 + i * 17) % 40) / 100 - 1) * 100 AS growth_pct
FROM range(${N_REGIONS}) a(r), range(40) b(i), range(2015, 2025) c(y), range(1, 13) d(m)
WHERE i < 28 OR m = 12`);
const t1 = performance.now();
await con.run(`
CREATE TABLE targets AS
SELECT k, (k % ${N_REGIONS})::INTEGER AS region, ((k * 7) % 40)::TINYINT AS industry,
       CASE WHEN k % 5 < 3 THEN 'level' WHEN k % 5 = 3 THEN 'growth' ELSE 'multiple' END AS kind,
       CASE WHEN k % 5 < 3 THEN (1e8 * (1 + (((k % ${N_REGIONS}) * 7919 + ((k * 7) % 40) * 104729) % 1000)))
                                * (1.2 + ((k * 13) % 14) / 10)
            WHEN k % 5 = 3 THEN 5 + (k % 11) ELSE 2.0 END AS value,
       CASE WHEN k % 5 = 3 THEN 2016 + k % 7 ELSE 2018 + k % 3 END AS start,
       CASE WHEN k % 5 = 3 THEN 2016 + k % 7 ELSE 2018 + k % 3 + 3 + (k // 3) % 3 END AS deadline,
       CASE WHEN k % 5 = 3 THEN 2016 + k % 7 - 1 ELSE 2018 + k % 3 - 1 END AS base_year
FROM range(${N_TARGETS}) t(k)`);
const t2 = performance.now();
const c2 = process.cpuUsage();
// The join-and-judge: judged year = the deadline once passed, else AS_OF; the measures of bench_pandas.py.
await con.run(`
CREATE TABLE gaps AS
WITH full_year AS (SELECT region, industry, year, value, growth_pct FROM panel WHERE full_year),
m AS (
  SELECT t.*, least(t.deadline, ${AS_OF}) AS ty, c.value AS a_value, c.growth_pct AS a_growth, b.value AS b_value
  FROM targets t
  LEFT JOIN full_year c ON c.region = t.region AND c.industry = t.industry AND c.year = least(t.deadline, ${AS_OF})
  LEFT JOIN full_year b ON b.region = t.region AND b.industry = t.industry AND b.year = t.base_year),
v AS (
  SELECT *,
    CASE WHEN kind = 'growth' THEN 1 + a_growth / 100 ELSE a_value END AS A,
    CASE WHEN kind = 'growth' THEN 1.0 ELSE b_value END AS B,
    CASE WHEN kind = 'growth' THEN 1 + value / 100 WHEN kind = 'multiple' THEN 2 * b_value ELSE value END AS T,
    CASE WHEN kind = 'growth' THEN a_growth ELSE a_value END AS shown_a,
    CASE WHEN kind = 'growth' THEN value WHEN kind = 'multiple' THEN 2 * b_value ELSE value END AS shown_t
  FROM m),
w AS (
  -- the time-weighted regression of ln(value) on x = year − t0 over t0…t, weight x + 1, level kinds
  SELECT v.k, count(*) AS n, sum(f.year - v.base_year + 1.0) AS sw,
         sum((f.year - v.base_year + 1.0) * (f.year - v.base_year)) AS swx,
         sum((f.year - v.base_year + 1.0) * ln(f.value)) AS swy,
         sum((f.year - v.base_year + 1.0) * (f.year - v.base_year) * (f.year - v.base_year)) AS swxx,
         sum((f.year - v.base_year + 1.0) * (f.year - v.base_year) * ln(f.value)) AS swxy
  FROM v JOIN full_year f ON f.region = v.region AND f.industry = v.industry
    AND f.year BETWEEN v.base_year AND v.ty
  WHERE v.kind <> 'growth'
  GROUP BY v.k),
r AS (
  SELECT v.*, w.n, w.sw, w.swx, w.swy, w.swxx, w.swxy,
    1 + (shown_a - shown_t) / abs(shown_t) AS attainment,
    (ty - base_year) / (deadline - base_year) AS tau,
    (A - B) / (T - B) AS progress_linear,
    ln(A / B) / ln(T / B) AS progress_geometric,
    pow(A / B, 1 / (ty - base_year)) - 1 AS cagr_observed,
    pow(T / B, 1 / (deadline - base_year)) - 1 AS cagr_required,
    CASE WHEN deadline > ty THEN pow(T / A, 1 / (deadline - ty)) - 1 END AS cagr_required_remaining
  FROM v LEFT JOIN w ON w.k = v.k),
s AS (
  SELECT *,
    cagr_observed / abs(cagr_required) AS ratio_r,
    A * pow(1 + cagr_observed, deadline - ty) AS projection,
    base_year + progress_geometric * (deadline - base_year) - ty AS years_ahead,
    CASE WHEN deadline > ty THEN ty + ln(T / A) / ln(1 + cagr_observed) END AS eta_year,
    progress_geometric - tau AS schedule_gap,
    progress_geometric / tau AS schedule_ratio,
    CASE WHEN kind <> 'growth' AND n >= 3 AND deadline >= ty
              AND swxx - sw * (swx / sw) * (swx / sw) > 1e-12 THEN
      exp(swy / sw + (swxy - sw * (swx / sw) * (swy / sw)) / (swxx - sw * (swx / sw) * (swx / sw))
          * (deadline - base_year - swx / sw)) END AS projection_weighted
  FROM r),
g AS (
  SELECT *,
    CASE WHEN T <> B THEN (T - projection) / (T - B) END AS anticipated_gap,
    CASE WHEN T <> B THEN (T - projection_weighted) / (T - B) END AS anticipated_gap_weighted,
    CASE WHEN ty >= deadline AND shown_a >= shown_t THEN 'achieved'
         WHEN ty >= deadline THEN 'missed'
         WHEN shown_a >= shown_t THEN 'achieved'
         WHEN ratio_r < 0 OR progress_geometric < 0 THEN 'regressing'
         WHEN ratio_r >= 0.95 THEN 'on_track'
         WHEN ratio_r >= 0.6 THEN 'needs_acceleration'
         ELSE 'off_track' END AS status
  FROM s)
SELECT k AS target, status, attainment, tau, progress_linear, progress_geometric, schedule_gap, schedule_ratio,
       cagr_observed, cagr_required, cagr_required_remaining, ratio_r, projection, projection_weighted,
       anticipated_gap, 1 - anticipated_gap AS anticipated_progress, anticipated_gap_weighted,
       1 - anticipated_gap_weighted AS anticipated_progress_weighted, years_ahead, eta_year,
       CASE WHEN status = 'achieved' THEN 5.0
            WHEN ratio_r >= 0.6 THEN least((ratio_r - 0.6) * 2.5 / 0.35, 5)
            ELSE greatest((ratio_r - 0.6) * 2.5 / 0.6, -5) END AS score
FROM g`);
const t3 = performance.now();
const c3 = process.cpuUsage();

const rows = async (sql) => (await con.runAndReadAll(sql)).getRowObjects();
const [totals] = await rows(`SELECT count(*)::INTEGER AS gaps, sum(score) AS score_sum,
  count(anticipated_gap_weighted)::INTEGER AS gw_n, sum(anticipated_gap_weighted) AS gw_sum, sum(anticipated_gap) AS g_sum,
  (SELECT count(*) FROM panel)::BIGINT AS panel_rows FROM gaps`);
const counts = Object.fromEntries(
  (await rows('SELECT status, count(*)::INTEGER AS n FROM gaps GROUP BY status')).map((r) => [r.status, r.n]),
);
console.log(
  JSON.stringify({
    rows: Number(totals.panel_rows),
    targets: N_TARGETS,
    gaps: totals.gaps,
    generate_s: (t2 - t0) / 1000,
    generate_panel_s: (t1 - t0) / 1000,
    match_judge_s: (t3 - t2) / 1000,
    match_judge_cpu_s: cpu(c2, c3),
    peak_mb: process.resourceUsage().maxRSS / 1024,
    status_counts: counts,
    score_sum: totals.score_sum,
    gw_n: totals.gw_n,
    gw_sum: totals.gw_sum,
    g_sum: totals.g_sum,
    duckdb: version(),
  }),
);
