/**
 * 亩均 chart: parks' 亩均税收 against the floor of their zone class, and the compliant share per class.
 */
import type { TopLevelSpec } from 'vega-lite';
import { chartConfig, chartTitle, VEGA_LITE_SCHEMA } from './config.js';
import { words } from './labels.js';
import { sourceFor } from './source.js';
import type { ChartOptions, MuJunRow } from './types.js';
import { axisTitle, displayUnit, formatDisplayValue, toDisplay } from './units.js';

/** Compliance of one zone class. */
export interface MuJunShare {
  zone_class: string;
  compliant: number;
  parks: number;
  /** compliant / parks × 100. */
  share_pct: number;
}

/** Whether a park meets its floor: `mujun_tax ≥ floor` (不低于, the default) or `> floor` (comparator `>`). */
function complies(r: MuJunRow): boolean {
  return r.comparator === '>' ? r.mujun_tax > r.floor : r.mujun_tax >= r.floor;
}

/**
 * Compliant share per zone class: a park complies when `mujun_tax ≥ floor` (不低于 includes the floor), or
 * `mujun_tax > floor` when the row's comparator is `>`.
 *
 * Rows are checked by {@link muJunChart}.
 *
 * Complexity: O(n).
 *
 * @example
 * muJunShares([{ park: 'A', zone_class: '各新城区', mujun_tax: 260000, floor: 250000 }])
 * // [{ zone_class: '各新城区', compliant: 1, parks: 1, share_pct: 100 }]
 */
export function muJunShares(rows: readonly MuJunRow[]): MuJunShare[] {
  const by = new Map<string, { compliant: number; parks: number }>();
  for (const r of rows) {
    const s = by.get(r.zone_class) ?? { compliant: 0, parks: 0 };
    s.parks += 1;
    if (complies(r)) s.compliant += 1;
    by.set(r.zone_class, s);
  }
  return [...by.entries()].map(([zone_class, s]) => ({
    zone_class,
    ...s,
    share_pct: Number(((100 * s.compliant) / s.parks).toPrecision(6)),
  }));
}

/**
 * The 亩均 chart: on top, one bar per park (亩均税收 in 万元/亩, green when at or above its zone class's floor, red
 * below) with a black tick at the floor, parks grouped by zone class; below, the compliant share per class with
 * `compliant/parks` labels.
 *
 * Rows: `{ park, zone_class, mujun_tax, floor }`, both figures in yuan per mu (元/亩, base unit
 * `yuan_per_mu`); see {@link MuJunRow}.
 *
 * Complexity: O(n log n) in the number of parks.
 *
 * @example
 * muJunChart([{ park: '东湖高新区A园', zone_class: '三大国家级开发区', mujun_tax: 520000, floor: 500000 }])
 * @throws {Error} when a row's `mujun_tax` or `floor` is not a finite number ≥ 0 (names the row and column).
 */
export function muJunChart(rows: readonly MuJunRow[], options: ChartOptions = {}): TopLevelSpec {
  rows.forEach((r, i) => {
    for (const col of ['mujun_tax', 'floor'] as const)
      if (!(typeof r[col] === 'number' && Number.isFinite(r[col]) && r[col] >= 0))
        throw new Error(
          `muJunChart: row ${i} (${r.park}) column ${col} is ${r[col]}; a number of yuan per mu ≥ 0 is needed`,
        );
  });
  const lang = options.lang ?? 'zh';
  const w = words(lang);
  const unit = displayUnit(
    'yuan_per_mu',
    rows.flatMap((r) => [r.mujun_tax, r.floor]),
    lang,
  );
  const classes = [...new Set(rows.map((r) => r.zone_class))];
  const sorted = [...rows].sort(
    (a, b) => classes.indexOf(a.zone_class) - classes.indexOf(b.zone_class) || b.mujun_tax - a.mujun_tax,
  );
  const values = sorted.map((r) => ({
    park: r.park,
    zone_class: r.zone_class,
    mujun: toDisplay(r.mujun_tax, unit),
    floor: toDisplay(r.floor, unit),
    compliance: complies(r) ? w.compliant : w.notCompliant,
    mujun_text: formatDisplayValue(r.mujun_tax, unit),
    floor_text: formatDisplayValue(r.floor, unit),
  }));
  const shares = muJunShares(sorted).map((s) => ({ ...s, label: `${s.compliant}/${s.parks}` }));
  const xTitle = axisTitle(w.mujunTax, unit.label, lang);
  const parkY = { field: 'park', type: 'nominal' as const, title: null };
  const xMax = Math.max(0, ...values.flatMap((v) => [v.mujun ?? 0, v.floor ?? 0])) * 1.05;
  const xEnc = { type: 'quantitative' as const, title: xTitle, scale: { domain: [0, xMax], nice: true } };
  const tooltip = [
    { field: 'park', title: w.park },
    { field: 'zone_class', title: w.zoneClass },
    { field: 'mujun_text', title: w.mujunTax },
    { field: 'floor_text', title: w.floor },
    { field: 'compliance', title: w.compliant },
  ];
  const explain =
    lang === 'en'
      ? 'Bar: the park’s 亩均税收; black tick: the floor of its zone class (不低于: at the floor complies)'
      : '条形：园区亩均税收；黑线：所在分区底线（不低于，等于即达标）';
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(options.title ?? w.mujunTitle, [explain, ...sourceFor(options.source, [], [], lang)]),
    vconcat: [
      ...classes.map((zone, k) => {
        const inClass = values.filter((v) => v.zone_class === zone);
        return {
          title: { text: zone, anchor: 'start' as const, fontSize: 12 },
          data: { values: inClass },
          width: options.width ?? 440,
          height: { step: 22 },
          encoding: {
            y: { ...parkY, sort: inClass.map((v) => v.park) },
            tooltip,
          },
          layer: [
            {
              mark: { type: 'bar' as const, size: 14 },
              encoding: {
                x: { ...xEnc, field: 'mujun', axis: k === classes.length - 1 ? {} : { title: null } },
                color: {
                  field: 'compliance',
                  type: 'nominal' as const,
                  title: w.compliant,
                  scale: { domain: [w.compliant, w.notCompliant], range: ['#1a9850', '#d73027'] },
                },
              },
            },
            {
              mark: { type: 'tick' as const, color: '#000', thickness: 2, size: 20 },
              encoding: { x: { ...xEnc, field: 'floor' } },
            },
          ],
        };
      }),
      {
        data: { values: shares },
        width: options.width ?? 440,
        height: { step: 24 },
        layer: [
          {
            mark: { type: 'bar', color: '#1a9850', size: 16 },
            encoding: {
              x: {
                field: 'share_pct',
                type: 'quantitative',
                title: w.compliantShare,
                scale: { domain: [0, 100] },
              },
              y: { field: 'zone_class', type: 'nominal', title: w.zoneClass, sort: classes },
              tooltip: [
                { field: 'zone_class', title: w.zoneClass },
                { field: 'label', title: w.compliant },
                { field: 'share_pct', title: w.compliantShare, format: '.1f' },
              ],
            },
          },
          {
            mark: { type: 'text', align: 'left', dx: 4 },
            encoding: {
              x: { field: 'share_pct', type: 'quantitative' },
              y: { field: 'zone_class', type: 'nominal', sort: classes },
              text: { field: 'label' },
            },
          },
        ],
      },
    ],
    config: chartConfig(),
  };
}
