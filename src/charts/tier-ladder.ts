/**
 * Tier ladder: clusters or firms on a log scale with the 万亿/千亿/百亿/十亿 lines; tier counts over time.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Tier } from '../targets/types.js';
import { chartConfig, chartTitle, VEGA_LITE_SCHEMA } from './config.js';
import { words } from './labels.js';
import { sourceFor } from './source.js';
import { type ChartOptions, TIER_THRESHOLDS, type TierLadderRow } from './types.js';
import { axisTitle, formatDisplayValue } from './units.js';

const YI = 1e8;
const YI_UNIT = { factor: 1e-8, label: '亿元' };

/** The lines drawn on the ladder, in 亿元. */
const LADDER_LINES: readonly { tier: Tier; yi: number }[] = [
  { tier: '十亿', yi: 10 },
  { tier: '百亿', yi: 100 },
  { tier: '千亿', yi: 1000 },
  { tier: '万亿', yi: 10000 },
];

/**
 * The tier of a value in yuan by {@link TIER_THRESHOLDS} (value ≥ lower bound), or `null` below 十亿.
 *
 * Complexity: O(1).
 *
 * @example
 * tierOf(3.2e11) // '千亿'
 * tierOf(5e11) // '五千亿'
 * tierOf(4e8) // null
 */
export function tierOf(valueYuan: number): Tier | null {
  for (const t of TIER_THRESHOLDS) if (valueYuan >= t.min) return t.tier;
  return null;
}

function checkRows(rows: readonly TierLadderRow[], where: string): void {
  rows.forEach((r, i) => {
    if (!(typeof r.value === 'number' && Number.isFinite(r.value) && r.value > 0))
      throw new Error(
        `${where}: row ${i} (${r.name}, ${r.year}) has value ${r.value}; a positive number of yuan is needed`,
      );
    if (!Number.isInteger(r.year))
      throw new Error(`${where}: row ${i} (${r.name}) has year ${r.year}; an integer is needed`);
  });
}

/**
 * A tier ladder: one line per name, its values (in 亿元) on a log scale, a point per year (darker = later), and
 * vertical lines at 十亿, 百亿, 千亿 and 万亿. Names are sorted by their latest value, largest first.
 *
 * Rows: `{ name, year, value, tier? }`, `value` in yuan (> 0); see {@link TierLadderRow}.
 *
 * Complexity: O(n log n) in the number of rows.
 *
 * @example
 * tierLadderChart([{ name: '光电子信息', year: 2023, value: 1.02e12 }], { source: '来源：统计公报' })
 * @throws {Error} when a row's value is not a positive finite number or its year not an integer (names the row).
 */
export function tierLadderChart(rows: readonly TierLadderRow[], options: ChartOptions = {}): TopLevelSpec {
  checkRows(rows, 'tierLadderChart');
  const lang = options.lang ?? 'zh';
  const w = words(lang);
  const latest = new Map<string, { year: number; value: number }>();
  for (const r of rows) {
    const l = latest.get(r.name);
    if (!l || r.year > l.year || (r.year === l.year && r.value > l.value)) latest.set(r.name, r);
  }
  const order = [...latest.entries()].sort((a, b) => b[1].value - a[1].value).map(([n]) => n);
  const values = rows.map((r) => ({
    name: r.name,
    year: r.year,
    value: Number((r.value / YI).toPrecision(6)),
    tier: r.tier ?? tierOf(r.value) ?? w.belowTiers,
    value_text: formatDisplayValue(r.value, YI_UNIT),
  }));
  const spans = order.map((name) => {
    const vs = values.filter((v) => v.name === name).map((v) => v.value);
    return { name, lo: Math.min(...vs), hi: Math.max(...vs) };
  });
  const all = values.map((v) => v.value);
  const lo = Math.min(10, ...all) * 0.6;
  const hi = Math.max(10000, ...all) * 1.6;
  const xTitle = axisTitle(w.scale, lang === 'en' ? '亿元, 100 mn yuan, log scale' : '亿元，对数刻度', lang);
  const x = {
    type: 'quantitative' as const,
    title: xTitle,
    scale: { type: 'log' as const, domain: [lo, hi] },
  };
  const y = { field: 'name', type: 'nominal' as const, title: null, sort: order };
  const explain =
    lang === 'en'
      ? 'Log scale; vertical lines mark the 十亿/百亿/千亿/万亿 (1/10/100/1000 bn yuan) tiers; darker points are later years'
      : '对数刻度；竖线为十亿/百亿/千亿/万亿门槛；颜色越深年份越近';
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(options.title ?? w.tierLadderTitle, [
      explain,
      ...sourceFor(options.source, [], [], lang),
    ]),
    width: options.width ?? 520,
    height: options.height ?? { step: 24 },
    layer: [
      {
        data: { values: LADDER_LINES.map((l) => ({ value: l.yi, tier: l.tier })) },
        mark: { type: 'rule', color: '#888', strokeDash: [3, 3] },
        encoding: { x: { ...x, field: 'value' } },
      },
      {
        data: { values: LADDER_LINES.map((l) => ({ value: l.yi, tier: l.tier })) },
        mark: { type: 'text', color: '#555', dy: -6, dx: 3, align: 'left', baseline: 'bottom', y: 0 },
        encoding: { x: { ...x, field: 'value' }, text: { field: 'tier' } },
      },
      {
        data: { values: spans },
        mark: { type: 'rule', color: '#bbb', strokeWidth: 2 },
        encoding: { x: { ...x, field: 'lo' }, x2: { field: 'hi' }, y },
      },
      {
        data: { values },
        mark: { type: 'point', filled: true, size: 70, opacity: 1 },
        encoding: {
          x: { ...x, field: 'value' },
          y,
          color: { field: 'year', type: 'ordinal', title: w.year, scale: { scheme: 'blues' } },
          tooltip: [
            { field: 'name', title: w.name },
            { field: 'year', title: w.year },
            { field: 'value_text', title: w.scale },
            { field: 'tier', title: w.tier },
          ],
        },
      },
    ],
    config: chartConfig(),
  };
}

/** Tier labels in display order, largest first, then “below 十亿”. */
function tierOrder(lang: 'zh' | 'en'): string[] {
  return [...TIER_THRESHOLDS.map((t) => t.tier as string), words(lang).belowTiers];
}

/**
 * Tier counts over time: per year, how many names are in each tier (the row's `tier`, else derived from `value`
 * with {@link tierOf}); stacked bars, largest tier on top.
 *
 * Complexity: O(n) in the number of rows.
 *
 * @example
 * tierCountsChart([{ name: '光电子信息', year: 2023, value: 1.02e12 }, { name: '汽车', year: 2023, value: 4.1e11 }], { lang: 'en' })
 * @throws {Error} when a row's value is not a positive finite number or its year not an integer (names the row).
 */
export function tierCountsChart(rows: readonly TierLadderRow[], options: ChartOptions = {}): TopLevelSpec {
  checkRows(rows, 'tierCountsChart');
  const lang = options.lang ?? 'zh';
  const w = words(lang);
  const counts = new Map<string, { year: number; tier: string; n: number }>();
  for (const r of rows) {
    const tier = r.tier ?? tierOf(r.value) ?? w.belowTiers;
    const key = `${r.year}|${tier}`;
    const c = counts.get(key) ?? { year: r.year, tier, n: 0 };
    c.n += 1;
    counts.set(key, c);
  }
  const order = tierOrder(lang);
  const values = [...counts.values()]
    .sort((a, b) => a.year - b.year || order.indexOf(a.tier) - order.indexOf(b.tier))
    .map((c) => ({ ...c, rank: order.indexOf(c.tier) }));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(options.title ?? w.tierCountsTitle, sourceFor(options.source, [], [], lang)),
    width: options.width ?? 360,
    height: options.height ?? 240,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'year', type: 'ordinal', title: w.year, axis: { labelAngle: 0 } },
      y: {
        field: 'n',
        type: 'quantitative',
        title: axisTitle(lang === 'en' ? 'Number' : '数量', lang === 'en' ? 'count' : '个', lang),
        stack: 'zero',
        axis: { tickMinStep: 1 },
      },
      color: {
        field: 'tier',
        type: 'nominal',
        title: w.tier,
        scale: {
          domain: order,
          range: ['#08306b', '#2171b5', '#4292c6', '#6baed6', '#9ecae1', '#c6dbef', '#e0e0e0'],
        },
      },
      order: { field: 'rank', type: 'quantitative', sort: 'descending' },
      tooltip: [
        { field: 'year', title: w.year },
        { field: 'tier', title: w.tier },
        { field: 'n', title: lang === 'en' ? 'Count' : '数量' },
      ],
    },
    config: chartConfig(),
  };
}
