/**
 * Gap bullet chart: per target, the actual against the base and the target (and 力争 stretch), coloured by status.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { GapRow } from '../gaps/types.js';
import { chartConfig, chartTitle, type LayerItem, VEGA_LITE_SCHEMA } from './config.js';
import { statusColorScale, statusLabel, words } from './labels.js';
import { sourceLines } from './source.js';
import { targetLabel, uniqueLabels } from './target-label.js';
import type { ChartOptions } from './types.js';
import { axisTitle, displayUnit, formatDisplayValue, toDisplay } from './units.js';

/** Options of {@link gapBulletChart}. */
export interface GapBulletOptions extends ChartOptions {
  /**
   * `absolute`: values in the shared display unit (亿元…), only when every row has the same unit;
   * `relative`: positions as attainment, 100·(1 + d·(v − T)/|T|) percent of the target (sign-safe, direction-aware);
   * `auto` (default): absolute when all rows share one unit, else relative.
   */
  mode?: 'auto' | 'absolute' | 'relative';
}

/** Kinds whose base value is in the same unit as the target (a base marker makes sense). */
const BASE_KINDS = new Set(['level', 'count', 'share', 'intensity']);

/** Relative positions are clamped to this range (percent of target) so that one outlier does not squash the rest. */
const RELATIVE_CLAMP: readonly [number, number] = [-100, 300];

/**
 * A bullet chart of gap rows: one line per target; a grey bar up to the target, a green zone up to the 力争
 * figure, a thin bar for the actual coloured by status, ticks at target and stretch, a circle at the base value.
 *
 * Rows without a target value (or, in relative mode, with a zero target) are left out and counted in the subtitle.
 *
 * Complexity: O(n) in the number of rows.
 *
 * @example
 * const spec = gapBulletChart(gaps, { lang: 'zh' });
 * const svg = await renderSvg(spec);
 * @throws {Error} when `mode: 'absolute'` is asked for rows of different units (names the units).
 */
export function gapBulletChart(gaps: readonly GapRow[], options: GapBulletOptions = {}): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const w = words(lang);
  const units = [...new Set(gaps.map((g) => g.unit))];
  const mode = options.mode ?? 'auto';
  if (mode === 'absolute' && units.length > 1)
    throw new Error(`gapBulletChart: mode 'absolute' needs one unit, the rows have ${units.join(', ')}`);
  const relative = mode === 'relative' || (mode === 'auto' && units.length !== 1);

  const allValues = gaps.flatMap((g) => [g.actual_value, g.base_value, g.target_value, g.stretch_value]);
  const unit = displayUnit(units[0] ?? 'number', allValues, lang);
  const usable = gaps.filter((g) => g.target_value !== null && (!relative || g.target_value !== 0));
  const omitted = gaps.length - usable.length;

  const clamp = (v: number) => Math.min(RELATIVE_CLAMP[1], Math.max(RELATIVE_CLAMP[0], v));
  const position = (g: GapRow, v: number | null): number | null => {
    if (v === null || !Number.isFinite(v)) return null;
    if (!relative) return toDisplay(v, unit);
    const t = g.target_value as number;
    return Number(clamp(100 * (1 + (g.direction * (v - t)) / Math.abs(t))).toPrecision(6));
  };
  const rowUnit = (g: GapRow) =>
    displayUnit(g.unit, [g.actual_value, g.base_value, g.target_value, g.stretch_value], lang);

  const labels = uniqueLabels(usable.map((g) => targetLabel(g, lang)));
  const values = usable.map((g, i) => {
    const u = rowUnit(g);
    const showBase = BASE_KINDS.has(g.kind);
    return {
      label: labels[i]!,
      target_id: g.target_id,
      status_label: statusLabel(g.status, lang),
      origin: 0,
      actual_x: position(g, g.actual_value),
      target_x: position(g, g.target_value),
      stretch_x: position(g, g.stretch_value),
      base_x: showBase ? position(g, g.base_value) : null,
      actual_text: `${formatDisplayValue(g.actual_value, u)}${g.actual_year ? ` (${g.actual_year})` : ''}`,
      target_text: `${formatDisplayValue(g.target_value, u)}${g.target_year ? ` (${g.target_year})` : ''}`,
      stretch_text: formatDisplayValue(g.stretch_value, u),
      base_text: `${formatDisplayValue(g.base_value, u)}${g.base_year_used ? ` (${g.base_year_used})` : ''}`,
      reason: g.reason,
    };
  });
  const present = [...new Set(usable.map((g) => g.status))];
  const presentLabels = statusColorScale(lang).domain.filter((l) =>
    present.some((s) => statusLabel(s, lang) === l),
  );

  const xTitle = relative ? w.attainment : axisTitle(lang === 'en' ? 'Value' : '数值', unit.label, lang);
  const x = (field: string) => ({ field, type: 'quantitative' as const, title: xTitle });
  const omittedLine =
    omitted > 0
      ? [
          lang === 'en'
            ? `${omitted} rows without a usable target value left out`
            : `另有${omitted}项无可用目标值，未列出`,
        ]
      : [];
  const source = options.source
    ? [options.source]
    : sourceLines(
        gaps.map((g) => g.doc_id),
        gaps.map((g) => g.actual_source),
        lang,
      );
  const tooltip = [
    { field: 'label', title: lang === 'en' ? 'Target' : '目标' },
    { field: 'status_label', title: w.status },
    { field: 'actual_text', title: w.actual },
    { field: 'target_text', title: w.target },
    { field: 'stretch_text', title: w.stretch },
    { field: 'base_text', title: w.base },
    { field: 'reason', title: lang === 'en' ? 'Reason' : '理由' },
  ];

  const has = (field: 'actual_x' | 'stretch_x' | 'base_x') => values.some((v) => v[field] !== null);
  // layers whose marks would all be filtered out are left out (an empty layer has no extent)
  const layers: LayerItem[] = [
    {
      mark: { type: 'bar', color: '#e3e3e3', size: 18, clip: true },
      encoding: { x: x('origin'), x2: { field: 'target_x' } },
    },
  ];
  if (has('stretch_x'))
    layers.push({
      transform: [{ filter: 'isValid(datum.stretch_x)' }],
      mark: { type: 'bar', color: '#c7e9c0', size: 18, clip: true },
      encoding: { x: x('target_x'), x2: { field: 'stretch_x' } },
    });
  if (has('actual_x'))
    layers.push({
      transform: [{ filter: 'isValid(datum.actual_x)' }],
      mark: { type: 'bar', size: 8, clip: true },
      encoding: {
        x: x('origin'),
        x2: { field: 'actual_x' },
        color: {
          field: 'status_label',
          type: 'nominal',
          title: w.status,
          scale: statusColorScale(lang),
          legend: { values: presentLabels },
        },
      },
    });
  layers.push({
    mark: { type: 'tick', color: '#000', thickness: 2, size: 22, clip: true },
    encoding: { x: x('target_x') },
  });
  if (has('stretch_x'))
    layers.push({
      transform: [{ filter: 'isValid(datum.stretch_x)' }],
      mark: { type: 'tick', color: '#00592e', thickness: 2, size: 22, clip: true },
      encoding: { x: x('stretch_x') },
    });
  if (has('base_x'))
    layers.push({
      transform: [{ filter: 'isValid(datum.base_x)' }],
      mark: { type: 'point', shape: 'circle', filled: false, color: '#333', size: 60, clip: true },
      encoding: { x: x('base_x') },
    });

  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(options.title ?? w.bulletTitle, [w.bulletLegend, ...omittedLine, ...source]),
    width: options.width ?? 520,
    height: options.height ?? { step: 26 },
    data: { values },
    encoding: {
      y: {
        field: 'label',
        type: 'nominal',
        sort: labels,
        title: null,
        axis: { labelLimit: 320 },
      },
      tooltip,
    },
    layer: layers,
    config: chartConfig(),
  };
}
