/**
 * How each plan is doing: one horizontal bar per document, its targets stacked by status (met on the left, then on
 * track, lagging, missed, and the targets without a verdict on the right).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { GapStatus } from '../gaps/types.js';
import { chartConfig, chartTitle, VEGA_LITE_SCHEMA } from './config.js';
import { statusColorScale, statusLabel, words } from './labels.js';
import { sourceFor } from './source.js';
import type { ChartOptions } from './types.js';

/** One document's count of targets in one status. */
export interface DocumentStatusRow {
  /** The document's label on the axis (a short title, or the doc_id). */
  document: string;
  /** The doc_id, for the source line. */
  doc_id: string;
  status: GapStatus;
  /** Number of targets (not gap rows) of the document in this status. */
  n: number;
}

/** Stack order, left to right: verdicts from best to worst, then the statuses that are no verdict. */
export const DOCUMENT_STACK_ORDER: readonly GapStatus[] = [
  'achieved_stretch',
  'achieved',
  'on_track',
  'needs_acceleration',
  'off_track',
  'regressing',
  'missed',
  'not_due',
  'insufficient_data',
  'not_comparable',
];

/**
 * A stacked bar per document: its targets by status, in {@link DOCUMENT_STACK_ORDER}, coloured as every chart
 * colours a status; the tooltip gives the document, the status and the count. Documents keep the order of `rows`.
 *
 * Complexity: O(n) in the number of rows.
 *
 * @example
 * documentStatusChart([{ document: '武汉2021', doc_id: 'wuhan-2021', status: 'achieved', n: 4 }])
 * @throws {Error} when a count is negative or not an integer (names the document and status).
 */
export function documentStatusChart(
  rows: readonly DocumentStatusRow[],
  options: ChartOptions = {},
): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const w = words(lang);
  for (const r of rows)
    if (!Number.isInteger(r.n) || r.n < 0)
      throw new Error(
        `documentStatusChart: the count of ${JSON.stringify(r.document)} / ${r.status} is ${r.n}, not a count`,
      );
  const values = rows
    .filter((r) => r.n > 0)
    .map((r) => ({
      document: r.document,
      status_label: statusLabel(r.status, lang),
      order: DOCUMENT_STACK_ORDER.indexOf(r.status),
      n: r.n,
    }));
  const scale = statusColorScale(lang);
  const present = new Set(values.map((v) => v.status_label));
  const explain =
    lang === 'en'
      ? 'One verdict per target: its latest judged year; bar length: number of targets'
      : '每项目标取最近评估年份的结论；条长：目标数（项）';
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(options.title ?? (lang === 'en' ? 'How each document is doing' : '各文件目标进展'), [
      explain,
      ...sourceFor(
        options.source,
        rows.map((r) => r.doc_id),
        [],
        lang,
      ),
    ]),
    width: options.width ?? 560,
    height: options.height ?? { step: 26 },
    data: { values },
    mark: { type: 'bar', stroke: 'white', strokeWidth: 0.5 },
    encoding: {
      y: {
        field: 'document',
        type: 'nominal',
        title: null,
        sort: [...new Set(rows.map((r) => r.document))],
        axis: { labelLimit: 320 },
      },
      x: { field: 'n', type: 'quantitative', aggregate: 'sum', title: w.targets, stack: 'zero' },
      color: {
        field: 'status_label',
        type: 'nominal',
        title: w.status,
        scale,
        legend: {
          values: DOCUMENT_STACK_ORDER.map((st) => statusLabel(st, lang)).filter((l) => present.has(l)),
          orient: 'bottom',
          columns: 5,
        },
      },
      order: { field: 'order', type: 'quantitative' },
      tooltip: [
        { field: 'document', title: w.document },
        { field: 'status_label', title: w.status },
        { field: 'n', type: 'quantitative', aggregate: 'sum', title: w.targets },
      ],
    },
    config: chartConfig(),
  };
}
