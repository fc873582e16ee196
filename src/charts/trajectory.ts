/**
 * Trajectory chart: the actual series against the path the target requires, with the 序时进度 point and the
 * projection.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ActualRow } from '../actuals/types.js';
import type { GapRow } from '../gaps/types.js';
import { chartConfig, chartTitle, type LayerItem, VEGA_LITE_SCHEMA } from './config.js';
import { statusLabel, words } from './labels.js';
import { sourceFor } from './source.js';
import { targetLabel } from './target-label.js';
import type { ChartOptions } from './types.js';
import { axisTitle, displayUnit, toDisplay } from './units.js';

/** One point of a path or series, in base units. */
export interface YearValue {
  year: number;
  value: number;
}

/**
 * The required path from (t0, B) to (Y, T): geometric B·(T/B)^((y−t0)/(Y−t0)) when B and T are both > 0, else
 * linear B + (T − B)·(y − t0)/(Y − t0). Held at T after Y. One point per year from t0 to `until`.
 *
 * Complexity: O(until − t0).
 *
 * @example
 * requiredPath(2020, 100, 2022, 121, 2022) // [{2020,100},{2021,110},{2022,121}]
 * @throws {Error} when Y ≤ t0 (names both years).
 */
export function requiredPath(t0: number, b: number, y: number, t: number, until = y): YearValue[] {
  if (!(y > t0)) throw new Error(`requiredPath: deadline ${y} must be after the base year ${t0}`);
  const geometric = b > 0 && t > 0;
  const out: YearValue[] = [];
  for (let year = t0; year <= until; year++) {
    const f = Math.min(1, (year - t0) / (y - t0));
    out.push({ year, value: geometric ? b * (t / b) ** f : b + (t - b) * f });
  }
  return out;
}

/**
 * The trajectory of one target: the actual series (filled points; hollow for 预计 preliminary figures), the
 * required path from the base to the deadline (a band between the paths to `deadline_year` and
 * `deadline_year_max` for 3-5-year horizons), the 序时进度 point (where the path says the judged year should be;
 * drawn for judged years strictly between the base year and the deadline),
 * the target and 力争 points, and the projection at the observed growth rate (dashed).
 *
 * `series` is the matched actual series (`TargetMatch.series`); its `value` is used, or `growth_pct` for growth
 * targets (kind `growth`), whose chart shows the yearly rates against the target rate (no path).
 * Rows of other subjects are not filtered out: pass only the series of this target.
 *
 * Complexity: O(n + horizon) in the series length and the years covered.
 *
 * @example
 * const gap = gaps.find((g) => g.actual_value !== null)!;
 * const [match] = matchActuals(targets.filter((t) => t.target_id === gap.target_id), actuals);
 * const spec = trajectoryChart(gap, match!.series, { lang: 'en' });
 * @throws {Error} when the gap row has no target year or no target value (names the target_id).
 */
export function trajectoryChart(
  gap: GapRow,
  series: readonly ActualRow[],
  options: ChartOptions = {},
): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const w = words(lang);
  const y = gap.target_year ?? gap.deadline_year;
  const t = gap.target_value;
  if (y === null)
    throw new Error(`trajectoryChart: target ${gap.target_id} has no target_year or deadline_year`);
  if (t === null) throw new Error(`trajectoryChart: target ${gap.target_id} has no target_value`);
  const yMax = gap.deadline_year_max !== null && gap.deadline_year_max > y ? gap.deadline_year_max : null;
  const growth = gap.kind === 'growth';

  const observed: (YearValue & { preliminary: boolean })[] = [];
  for (const a of series) {
    const v = growth ? a.growth_pct : a.value;
    if (v !== null && Number.isFinite(v))
      observed.push({ year: a.year, value: v, preliminary: a.preliminary });
  }
  if (
    gap.actual_year !== null &&
    gap.actual_value !== null &&
    !observed.some((o) => o.year === gap.actual_year)
  )
    observed.push({ year: gap.actual_year, value: gap.actual_value, preliminary: gap.actual_preliminary });
  observed.sort((a, b) => a.year - b.year);

  const t0 = gap.base_year_used;
  const b = gap.base_value;
  const hasPath = !growth && t0 !== null && b !== null && y > t0;
  const geometric = hasPath && (b as number) > 0 && t > 0;
  const path = hasPath ? requiredPath(t0 as number, b as number, y, t, yMax ?? y) : [];
  const slow = hasPath && yMax !== null ? requiredPath(t0 as number, b as number, yMax, t) : [];
  const judged = gap.judged_year ?? gap.actual_year;
  const schedule =
    hasPath && judged !== null && judged > (t0 as number) && judged < y
      ? path.find((p) => p.year === judged)
      : undefined;
  const projection =
    gap.projection !== null && gap.actual_year !== null && gap.actual_value !== null && gap.actual_year < y
      ? [
          { year: gap.actual_year, value: gap.actual_value },
          { year: y, value: gap.projection },
        ]
      : [];

  const unit = displayUnit(
    gap.unit,
    [t, b, gap.stretch_value, gap.projection, ...observed.map((o) => o.value)],
    lang,
  );
  const d = (v: number) => toDisplay(v, unit);

  const names = {
    actual: w.actual,
    path: geometric ? w.requiredPath : w.requiredPathLinear,
    band: w.requiredBand,
    schedule: w.schedule,
    projection: w.projection,
    target: w.target,
    stretch: w.stretch,
  };
  const colour: Record<keyof typeof names, string> = {
    actual: '#1f77b4',
    path: '#666666',
    band: '#bbbbbb',
    schedule: '#d62728',
    projection: '#ff7f0e',
    target: '#000000',
    stretch: '#00592e',
  };
  const marks: { key: keyof typeof names; year: number; value: number; shape: string }[] = [];
  marks.push({ key: 'target', year: y, value: t, shape: 'diamond' });
  if (gap.stretch_value !== null)
    marks.push({
      key: 'stretch',
      year: y,
      value: gap.stretch_value,
      shape: 'triangle-up',
    });
  if (schedule) marks.push({ key: 'schedule', year: schedule.year, value: schedule.value, shape: 'square' });
  const used = new Set<keyof typeof names>(['actual', ...marks.map((m) => m.key)]);
  if (slow.length > 0) used.add('band');
  if (path.length > 0) used.add('path');
  if (projection.length > 0) used.add('projection');
  const keys = (Object.keys(names) as (keyof typeof names)[]).filter((k) => used.has(k));
  const colorEnc = {
    field: 'series',
    type: 'nominal' as const,
    title: null,
    scale: { domain: keys.map((k) => names[k]), range: keys.map((k) => colour[k]) },
    legend: { symbolOpacity: 1 },
  };
  const colorScale = () => colorEnc;
  const years = [
    ...observed.map((o) => o.year),
    y,
    ...(yMax !== null ? [yMax] : []),
    ...(t0 !== null ? [t0] : []),
  ];
  const xMin = Math.min(...years);
  const xMax = Math.max(...years);
  const xEnc = {
    field: 'year',
    type: 'quantitative' as const,
    title: w.year,
    axis: { format: 'd', tickMinStep: 1 },
    // padding (pixels) keeps points at the first and last year whole instead of cut in half by the frame
    scale: {
      zero: false,
      nice: false,
      padding: 16,
      domain: xMin === xMax ? [xMin - 1, xMax + 1] : [xMin, xMax],
    },
  };
  const yTitle = axisTitle(gap.metric, unit.label, lang);
  const yEnc = {
    field: 'value',
    type: 'quantitative' as const,
    title: yTitle,
    scale: { zero: false, padding: 12 },
  };
  const tooltip = [
    { field: 'series', title: lang === 'en' ? 'Series' : '系列' },
    { field: 'year', title: w.year },
    { field: 'value', title: yTitle, format: ',.4~r' },
  ];

  const layers: LayerItem[] = [];
  if (slow.length > 0) {
    const fast = new Map(path.map((p) => [p.year, p.value]));
    layers.push({
      data: {
        values: slow.map((p) => ({
          series: names.band,
          year: p.year,
          value: d(p.value),
          value2: d(fast.get(p.year) ?? t),
        })),
      },
      mark: { type: 'area', opacity: 0.35 },
      encoding: { x: xEnc, y: yEnc, y2: { field: 'value2' }, color: colorScale() },
    });
  }
  if (path.length > 0) {
    layers.push({
      data: { values: path.map((p) => ({ series: names.path, year: p.year, value: d(p.value) })) },
      mark: { type: 'line', strokeDash: [4, 3], strokeWidth: 1.5 },
      encoding: { x: xEnc, y: yEnc, color: colorScale(), tooltip },
    });
  }
  if (growth) {
    layers.push({
      data: { values: [{ series: names.target, value: d(t) }] },
      mark: { type: 'rule', strokeDash: [4, 3], strokeWidth: 1.5 },
      encoding: { y: yEnc, color: colorScale() },
    });
  }
  if (projection.length > 0) {
    layers.push({
      data: {
        values: projection.map((p) => ({ series: names.projection, year: p.year, value: d(p.value) })),
      },
      mark: { type: 'line', strokeDash: [2, 2], strokeWidth: 1.5 },
      encoding: { x: xEnc, y: yEnc, color: colorScale(), tooltip },
    });
  }
  // the actual values: a line and its points (none without actuals: empty layers leave Vega an empty extent)
  if (observed.length > 0) {
    const actualRows = observed.map((o) => ({
      series: names.actual,
      year: o.year,
      value: d(o.value),
      filled: !o.preliminary,
      preliminary: o.preliminary ? w.preliminary : '',
    }));
    layers.push({
      data: { values: actualRows },
      mark: { type: 'line', point: false, strokeWidth: 2 },
      encoding: { x: xEnc, y: yEnc, color: colorScale() },
    });
    layers.push({
      data: { values: actualRows },
      mark: { type: 'point', size: 60, strokeWidth: 2 },
      encoding: {
        x: xEnc,
        y: yEnc,
        color: colorScale(),
        fill: {
          condition: { test: 'datum.filled', value: colour.actual },
          value: 'white',
        },
        tooltip: [...tooltip, { field: 'preliminary', title: w.preliminary }],
      },
    });
  }
  if (marks.length > 0) {
    layers.push({
      data: {
        values: marks.map((m) => ({ series: names[m.key], year: m.year, value: d(m.value), shape: m.shape })),
      },
      mark: { type: 'point', filled: true, size: 110 },
      encoding: {
        x: xEnc,
        y: yEnc,
        color: colorScale(),
        shape: { field: 'shape', type: 'nominal', scale: null, legend: null },
        tooltip,
      },
    });
    // labels left of their point; the stretch label above and the target label below, so that close values
    // (target and 力争 are often near each other) do not print on top of each other
    const below = new Set<keyof typeof names>(['target']);
    for (const side of [false, true]) {
      const own = marks.filter((m) => below.has(m.key) === side);
      if (own.length === 0) continue;
      layers.push({
        data: {
          values: own.map((m) => ({
            series: names[m.key],
            year: m.year,
            value: d(m.value),
            label: names[m.key],
          })),
        },
        mark: { type: 'text', align: 'right', dx: -8, dy: side ? 14 : -10, fontSize: 10 },
        encoding: { x: xEnc, y: yEnc, text: { field: 'label' }, color: colorScale() },
      });
    }
  }

  const statusText = `${w.status}${w.colon}${statusLabel(gap.status, lang)}${
    gap.tau !== null ? `${w.sep}τ = ${gap.tau.toFixed(2)}` : ''
  }`;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(options.title ?? `${targetLabel(gap, lang)} · ${w.trajectoryTitle}`, [
      statusText,
      ...sourceFor(options.source, [gap.doc_id], [gap.actual_source, ...series.map((s) => s.source)], lang),
    ]),
    width: options.width ?? 480,
    height: options.height ?? 280,
    layer: layers,
    config: chartConfig(),
  };
}
