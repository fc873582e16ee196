/**
 * The charts a report shows by default, and writing charts to SVG/PNG files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import type { ActualRow, TargetMatch } from '../actuals/types.js';
import { gapBulletChart } from '../charts/gap-bullet.js';
import { renderSvg, svgToPng } from '../charts/render.js';
import { statusMatrix } from '../charts/status-matrix.js';
import { targetsOverview } from '../charts/targets-overview.js';
import { trajectoryChart } from '../charts/trajectory.js';
import type { ChartLang } from '../charts/types.js';
import type { GapRow } from '../gaps/types.js';
import type { TargetRow } from '../targets/types.js';

/** A chart of a report: a file-safe id, a caption, and the Vega-Lite spec. */
export interface ReportChart {
  /** Used for file names and element ids: letters, digits, `-` and `_` only. */
  id: string;
  title: string;
  spec: TopLevelSpec;
}

/**
 * The gap rows the report's bullet chart shows: those with an actual value, one per target (the latest judged
 * year), in input order.
 *
 * Complexity: O(n).
 *
 * @example
 * latestWithActual(gaps).every((g) => g.actual_value !== null) // true
 */
export function latestWithActual(gaps: readonly GapRow[]): GapRow[] {
  const best = new Map<string, GapRow>();
  for (const g of gaps) {
    if (g.actual_value === null) continue;
    const prev = best.get(g.target_id);
    if (!prev || (g.judged_year ?? -Infinity) > (prev.judged_year ?? -Infinity)) best.set(g.target_id, g);
  }
  const keep = new Set(best.values());
  return gaps.filter((g) => keep.has(g));
}

/** Options of {@link reportCharts}. */
export interface ReportChartsOptions {
  lang?: ChartLang;
  /** Actual rows; a trajectory chart is drawn for gaps whose series is found here (see {@link seriesFor}). */
  actuals?: readonly ActualRow[];
  /**
   * The matcher's pairings (`matchActuals(targets, actuals)`): when given, a trajectory's series is its target's
   * `TargetMatch.series`; otherwise {@link seriesFor} on `actuals`.
   */
  matches?: readonly TargetMatch[];
  /** At most this many trajectory charts (default 6). */
  maxTrajectories?: number;
}

/**
 * The actual series of a gap row: rows of `actuals` with the same region, scope, subject and metric, sorted by
 * year (one row per year: the non-preliminary one, else the latest given). A simple exact match: pass
 * `TargetMatch.series` from the matcher to `trajectoryChart` directly when it is available.
 *
 * Complexity: O(n) in the number of actual rows.
 *
 * @example
 * seriesFor(gap, actuals).map((a) => a.year) // [2020, 2021, 2022]
 */
export function seriesFor(gap: GapRow, actuals: readonly ActualRow[]): ActualRow[] {
  const byYear = new Map<number, ActualRow>();
  for (const a of actuals) {
    if (
      a.region !== gap.region ||
      a.scope !== gap.scope ||
      a.subject !== gap.subject ||
      a.metric !== gap.metric
    )
      continue;
    if (a.period !== null) continue;
    const prev = byYear.get(a.year);
    if (!prev || (prev.preliminary && !a.preliminary)) byYear.set(a.year, a);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * The default charts of a report: status matrix (when there are gaps), gap bullet chart of the targets with an
 * actual value (their latest judged year, {@link latestWithActual}), targets overview (when there are targets),
 * and up to `maxTrajectories` trajectory charts for gaps that have a base, a target
 * and an actual value (with their series from `actuals` when given).
 *
 * Complexity: O(g·a + t) for g gaps, a actual rows and t targets.
 *
 * @example
 * const charts = reportCharts(gaps, targets, { actuals });
 * await writeChartFiles(charts, 'out/charts');
 * @throws {Error} when a builder rejects its input (the builder's message).
 */
export function reportCharts(
  gaps: readonly GapRow[],
  targets: readonly TargetRow[],
  options: ReportChartsOptions = {},
): ReportChart[] {
  const lang = options.lang ?? 'zh';
  const en = lang === 'en';
  const charts: ReportChart[] = [];
  if (gaps.length > 0) {
    charts.push({
      id: 'status-matrix',
      title: en ? 'Status matrix' : '目标状态矩阵',
      spec: statusMatrix(gaps, { lang }),
    });
    const judged = latestWithActual(gaps);
    if (judged.length > 0) {
      const title = en
        ? `Targets against actuals (${judged.length} targets with an actual)`
        : `目标完成情况（有实际值的${judged.length}项目标）`;
      charts.push({ id: 'gap-bullet', title, spec: gapBulletChart(judged, { lang, title }) });
    }
  }
  if (targets.length > 0)
    charts.push({
      id: 'targets-overview',
      title: en ? 'Targets overview' : '目标概览',
      spec: targetsOverview(targets, { lang }),
    });
  const bySeries = options.matches
    ? new Map(options.matches.map((m) => [m.target.target_id, m.series]))
    : null;
  const candidates = gaps.filter(
    (g) =>
      g.kind !== 'growth' &&
      g.base_year_used !== null &&
      g.base_value !== null &&
      g.target_value !== null &&
      (g.target_year ?? g.deadline_year) !== null &&
      g.actual_value !== null,
  );
  candidates.slice(0, options.maxTrajectories ?? 6).forEach((g, i) => {
    const matched = bySeries?.get(g.target_id);
    const series = matched ?? (options.actuals ? seriesFor(g, options.actuals) : []);
    charts.push({
      id: `trajectory-${i + 1}`,
      title: `${g.subject}·${g.metric}`,
      spec: trajectoryChart(g, series, { lang }),
    });
  });
  return charts;
}

/**
 * A copy of a chart spec with every U+2028 and U+2029 (line and paragraph separators) in its strings — data values,
 * sort orders, titles, labels — replaced by a space. Vega-Lite writes strings from the spec into Vega expressions
 * (a `sort` list becomes `indexOf([…], datum.x)`) without escaping these two characters, and Vega's expression
 * parser then fails with "Unexpected token ILLEGAL": one such character in a subject would break a chart. Every
 * occurrence is replaced alike, so data and the expressions that test it still agree; the report's tables keep the
 * original text.
 *
 * Complexity: O(size of the spec).
 *
 * @example
 * chartSafeSpec({ data: { values: [{ s: 'a\u2028b' }] } }) // { data: { values: [{ s: 'a b' }] } }
 */
export function chartSafeSpec<T>(spec: T): T {
  const clean = (v: unknown): unknown => {
    if (typeof v === 'string') return /[\u2028\u2029]/.test(v) ? v.replace(/[\u2028\u2029]/g, ' ') : v;
    if (Array.isArray(v)) return v.map(clean);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[clean(k) as string] = clean(x);
      return out;
    }
    return v;
  };
  return clean(spec) as T;
}

/** Options of {@link writeChartFiles}. */
export interface WriteChartFilesOptions {
  /** Also write PNGs (default true). */
  png?: boolean;
  /** PNG zoom factor (default 2). */
  scale?: number;
}

/**
 * Write each chart as its Vega-Lite spec `<dir>/<id>.vl.json` (to edit or embed), `<dir>/<id>.svg` and
 * `<dir>/<id>.png`, creating `dir`. Returns the paths written. Specs go through {@link chartSafeSpec} first.
 *
 * Complexity: linear in the total number of marks and pixels; about 1 s per PNG (font loading).
 *
 * @example
 * await writeChartFiles(reportCharts(gaps, targets), 'out/charts') // ['out/charts/status-matrix.vl.json', …]
 * @throws {Error} when a chart id is not file-safe, a chart fails to render, or a file cannot be written.
 */
export async function writeChartFiles(
  charts: readonly ReportChart[],
  dir: string,
  options: WriteChartFilesOptions = {},
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const c of charts) {
    if (!/^[A-Za-z0-9_-]+$/.test(c.id))
      throw new Error(
        `writeChartFiles: chart id ${JSON.stringify(c.id)} is not file-safe (letters, digits, - and _)`,
      );
    const spec = chartSafeSpec(c.spec);
    const specPath = join(dir, `${c.id}.vl.json`);
    await writeFile(specPath, `${JSON.stringify(spec, null, 2)}\n`);
    written.push(specPath);
    const svg = await renderSvg(spec);
    const svgPath = join(dir, `${c.id}.svg`);
    await writeFile(svgPath, svg);
    written.push(svgPath);
    if (options.png ?? true) {
      const pngPath = join(dir, `${c.id}.png`);
      await writeFile(pngPath, svgToPng(svg, { scale: options.scale ?? 2 }));
      written.push(pngPath);
    }
  }
  return written;
}
