/**
 * Targets overview: the targets of one or many documents by kind, metric, tier and deadline.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { TargetRow } from '../targets/types.js';
import { chartConfig, chartTitle, VEGA_LITE_SCHEMA } from './config.js';
import { KIND_LABELS, words } from './labels.js';
import { sourceFor } from './source.js';
import { type ChartOptions, TIER_THRESHOLDS } from './types.js';

/** Options of {@link targetsOverview}. */
export interface TargetsOverviewOptions extends ChartOptions {
  /** At most this many metrics (the most frequent) in the deadline × metric panel; default 15. */
  maxMetrics?: number;
}

function countBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
  return m;
}

/**
 * Targets overview in three panels: targets per kind stacked by document; targets per tier; and a deadline ×
 * metric grid with one circle per cell, sized and labelled by the number of targets, coloured by the cell's most
 * frequent kind (the tooltip lists every kind's count).
 *
 * Complexity: O(n log n) in the number of targets.
 *
 * @example
 * const spec = targetsOverview(targets, { lang: 'en' });
 */
export function targetsOverview(
  targets: readonly TargetRow[],
  options: TargetsOverviewOptions = {},
): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const w = words(lang);
  const kinds = KIND_LABELS[lang];
  const kindLabel = (k: string) => kinds[k] ?? k;
  const kindOrder = Object.keys(kinds).map(kindLabel);

  const byKindDoc = new Map<string, { kind: string; doc_id: string; n: number }>();
  for (const t of targets) {
    const key = JSON.stringify([t.kind, t.doc_id]);
    const c = byKindDoc.get(key) ?? { kind: kindLabel(t.kind), doc_id: t.doc_id, n: 0 };
    c.n += 1;
    byKindDoc.set(key, c);
  }
  const tierOrder = [...TIER_THRESHOLDS.map((x) => x.tier as string), w.noTier];
  const tiers = [...countBy(targets, (t) => t.tier ?? w.noTier).entries()]
    .map(([tier, n]) => ({ tier, n }))
    .sort((a, b) => tierOrder.indexOf(a.tier) - tierOrder.indexOf(b.tier));
  const metricCounts = [...countBy(targets, (t) => t.metric).entries()].sort((a, b) => b[1] - a[1]);
  const metrics = metricCounts.slice(0, options.maxMetrics ?? 15).map(([m]) => m);
  const kept = new Set(metrics);
  const cells = new Map<string, { deadline: string; metric: string; kinds: Map<string, number> }>();
  for (const t of targets) {
    if (!kept.has(t.metric)) continue;
    const deadline = t.deadline_year === null ? w.noDeadline : String(t.deadline_year);
    const key = JSON.stringify([deadline, t.metric]);
    const c = cells.get(key) ?? { deadline, metric: t.metric, kinds: new Map<string, number>() };
    const kind = kindLabel(t.kind);
    c.kinds.set(kind, (c.kinds.get(kind) ?? 0) + 1);
    cells.set(key, c);
  }
  // one circle per cell: size and label = number of targets, colour = the most frequent kind (ties: kind order)
  const grid = new Map(
    [...cells.entries()].map(([key, c]) => {
      const kinds = [...c.kinds.entries()].sort(
        (a, b) => b[1] - a[1] || kindOrder.indexOf(a[0]) - kindOrder.indexOf(b[0]),
      );
      const n = kinds.reduce((a, [, k]) => a + k, 0);
      const detail = kinds.map(([k, m]) => `${k} ${m}`).join(w.sep);
      return [key, { deadline: c.deadline, metric: c.metric, kind: kinds[0]![0], n, detail }] as const;
    }),
  );
  const deadlines = [...new Set([...grid.values()].map((g) => g.deadline))].sort((a, b) =>
    a === w.noDeadline ? 1 : b === w.noDeadline ? -1 : Number(a) - Number(b),
  );
  const dropped = metricCounts.length - metrics.length;
  const droppedLine =
    dropped > 0
      ? [
          lang === 'en'
            ? `Grid shows the ${metrics.length} most frequent metrics (${dropped} more not shown)`
            : `网格仅列出最常见的${metrics.length}个指标（另有${dropped}个未列出）`,
        ]
      : [];
  const presentKinds = new Set([...grid.values()].map((g) => g.kind));
  const kindColor = {
    field: 'kind',
    type: 'nominal' as const,
    title: w.kind,
    scale: { domain: kindOrder, scheme: 'tableau10' },
    legend: { values: kindOrder.filter((k) => presentKinds.has(k)) },
  };
  const countTitle = w.targets;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(options.title ?? w.overviewTitle, [
      lang === 'en' ? `${targets.length} targets` : `共${targets.length}项目标`,
      ...droppedLine,
      ...sourceFor(
        options.source,
        targets.map((t) => t.doc_id),
        [],
        lang,
      ),
    ]),
    vconcat: [
      {
        hconcat: [
          {
            data: { values: [...byKindDoc.values()] },
            width: 300,
            height: { step: 20 },
            mark: 'bar',
            encoding: {
              y: { field: 'kind', type: 'nominal', title: w.kind, sort: kindOrder },
              x: {
                field: 'n',
                type: 'quantitative',
                title: countTitle,
                stack: 'zero',
                axis: { tickMinStep: 1 },
              },
              color: { field: 'doc_id', type: 'nominal', title: w.document, scale: { scheme: 'set2' } },
              tooltip: [
                { field: 'doc_id', title: w.document },
                { field: 'kind', title: w.kind },
                { field: 'n', title: countTitle },
              ],
            },
          },
          {
            data: { values: tiers },
            width: 200,
            height: { step: 20 },
            mark: { type: 'bar', color: '#4292c6' },
            encoding: {
              y: { field: 'tier', type: 'nominal', title: w.tier, sort: tierOrder },
              x: { field: 'n', type: 'quantitative', title: countTitle, axis: { tickMinStep: 1 } },
              tooltip: [
                { field: 'tier', title: w.tier },
                { field: 'n', title: countTitle },
              ],
            },
          },
        ],
        resolve: { scale: { color: 'independent' } },
      },
      {
        data: { values: [...grid.values()] },
        width: options.width ?? { step: 48 },
        height: options.height ?? { step: 22 },
        encoding: {
          x: {
            field: 'deadline',
            type: 'ordinal',
            title: w.deadline,
            sort: deadlines,
            axis: { labelAngle: 0 },
          },
          y: { field: 'metric', type: 'nominal', title: w.metric, sort: metrics },
          tooltip: [
            { field: 'deadline', title: w.deadline },
            { field: 'metric', title: w.metric },
            { field: 'detail', title: w.kind },
            { field: 'n', title: countTitle },
          ],
        },
        layer: [
          {
            mark: { type: 'circle', opacity: 0.85 },
            encoding: {
              size: { field: 'n', type: 'quantitative', legend: null, scale: { range: [120, 520] } },
              color: kindColor,
            },
          },
          {
            mark: { type: 'text', fontSize: 10, color: 'white', fontWeight: 'bold' },
            encoding: { text: { field: 'n', type: 'quantitative' } },
          },
        ],
      },
    ],
    resolve: { scale: { color: 'independent' } },
    config: chartConfig(),
  };
}
