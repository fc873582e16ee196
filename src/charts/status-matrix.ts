/**
 * Status matrix: region or document × metric, each cell coloured by status with the number of targets in it.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { GapRow, GapStatus } from '../gaps/types.js';
import { chartConfig, chartTitle, VEGA_LITE_SCHEMA } from './config.js';
import { statusColorScale, statusLabel, words } from './labels.js';
import { sourceFor } from './source.js';
import type { ChartOptions } from './types.js';

/** Options of {@link statusMatrix}. */
export interface StatusMatrixOptions extends ChartOptions {
  /** The row variable: `region` (default) or `doc_id`. */
  rows?: 'region' | 'doc_id';
  /** The column variable: `metric` (default) or `subject`. */
  columns?: 'metric' | 'subject';
}

/** Statuses from most to least severe: a tie in a cell is coloured by the more severe one. */
export const STATUS_SEVERITY: readonly GapStatus[] = [
  'missed',
  'regressing',
  'off_track',
  'needs_acceleration',
  'on_track',
  'achieved',
  'achieved_stretch',
  'not_due',
  'insufficient_data',
  'not_comparable',
];

/** Statuses that are no verdict on progress. */
const UNJUDGED: ReadonlySet<GapStatus> = new Set(['not_comparable', 'insufficient_data', 'not_due']);

/** Statuses whose colour is dark enough to need white text. */
const DARK: ReadonlySet<GapStatus> = new Set(['achieved_stretch', 'achieved', 'regressing', 'missed']);

/** One cell of the matrix. */
export interface StatusCell {
  row: string;
  column: string;
  /** Number of gap rows in the cell. */
  n: number;
  /** Rows with a verdict on progress (every status but 口径不可比, 数据不足 and 未到期). */
  judged: number;
  /**
   * The most frequent status among the judged rows, or among all rows when none is judged (ties: the more severe,
   * per {@link STATUS_SEVERITY}).
   */
  status: GapStatus;
  /** Count per status present, in severity order. */
  counts: { status: GapStatus; n: number }[];
}

/**
 * The cells of a status matrix, in first-seen order of rows then columns.
 *
 * Complexity: O(n) in the number of gap rows.
 *
 * @example
 * statusCells(gaps, 'region', 'metric')[0] // { row: '武汉市', column: '营业收入', n: 1, status: 'on_track', … }
 */
export function statusCells(
  gaps: readonly GapRow[],
  rows: 'region' | 'doc_id' = 'region',
  columns: 'metric' | 'subject' = 'metric',
): StatusCell[] {
  const cells = new Map<string, { row: string; column: string; counts: Map<GapStatus, number> }>();
  for (const g of gaps) {
    const key = JSON.stringify([g[rows], g[columns]]);
    let cell = cells.get(key);
    if (!cell) {
      cell = { row: g[rows], column: g[columns], counts: new Map() };
      cells.set(key, cell);
    }
    cell.counts.set(g.status, (cell.counts.get(g.status) ?? 0) + 1);
  }
  return [...cells.values()].map((c) => {
    const counts = STATUS_SEVERITY.filter((s) => c.counts.has(s)).map((s) => ({
      status: s,
      n: c.counts.get(s)!,
    }));
    const judgedCounts = counts.filter((x) => !UNJUDGED.has(x.status));
    const pool = judgedCounts.length > 0 ? judgedCounts : counts;
    let best = pool[0]!;
    for (const x of pool) if (x.n > best.n) best = x;
    return {
      row: c.row,
      column: c.column,
      n: counts.reduce((a, x) => a + x.n, 0),
      judged: judgedCounts.reduce((a, x) => a + x.n, 0),
      status: best.status,
      counts,
    };
  });
}

/**
 * A status matrix: one cell per (region or document, metric or subject), coloured by the most frequent status
 * among the cell's judged targets (all targets when none is judged), showing `judged/all` (or the count when
 * they are equal or none is judged); the tooltip lists the count of every status in the cell.
 *
 * Complexity: O(n) in the number of gap rows.
 *
 * @example
 * const spec = statusMatrix(gaps, { rows: 'doc_id' });
 */
export function statusMatrix(gaps: readonly GapRow[], options: StatusMatrixOptions = {}): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const w = words(lang);
  const rows = options.rows ?? 'region';
  const columns = options.columns ?? 'metric';
  const cells = statusCells(gaps, rows, columns);
  const values = cells.map((c) => ({
    row: c.row,
    column: c.column,
    n: c.n,
    count_text: c.judged > 0 && c.judged < c.n ? `${c.judged}/${c.n}` : String(c.n),
    status_label: statusLabel(c.status, lang),
    dark: DARK.has(c.status),
    detail: c.counts.map((x) => `${statusLabel(x.status, lang)} ${x.n}`).join(w.sep),
  }));
  const present = new Set(cells.map((c) => statusLabel(c.status, lang)));
  const scale = statusColorScale(lang);
  const rowTitle = rows === 'region' ? w.region : w.document;
  const colTitle = columns === 'metric' ? w.metric : w.subject;
  const explain =
    lang === 'en'
      ? 'Cell colour: the most frequent status among judged targets (ties: the more severe); number: judged/all targets'
      : '单元格颜色：已评估目标中最多的状态（并列取较差者）；数字：已评估数/目标数（项）';
  const encoding = {
    x: {
      field: 'column',
      type: 'nominal' as const,
      title: colTitle,
      sort: [...new Set(cells.map((c) => c.column))],
      axis: { labelAngle: -40, orient: 'top' as const },
    },
    y: {
      field: 'row',
      type: 'nominal' as const,
      title: rowTitle,
      sort: [...new Set(cells.map((c) => c.row))],
    },
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: chartTitle(options.title ?? w.matrixTitle, [
      explain,
      ...sourceFor(
        options.source,
        gaps.map((g) => g.doc_id),
        gaps.map((g) => g.actual_source),
        lang,
      ),
    ]),
    width: options.width ?? { step: 56 },
    height: options.height ?? { step: 36 },
    data: { values },
    encoding,
    layer: [
      {
        mark: { type: 'rect', stroke: 'white', strokeWidth: 2 },
        encoding: {
          color: {
            field: 'status_label',
            type: 'nominal',
            title: w.status,
            scale,
            legend: { values: scale.domain.filter((l) => present.has(l)) },
          },
          tooltip: [
            { field: 'row', title: rowTitle },
            { field: 'column', title: colTitle },
            { field: 'n', title: w.targets },
            { field: 'detail', title: w.status },
          ],
        },
      },
      {
        mark: { type: 'text', fontSize: 12, fontWeight: 'bold' },
        encoding: {
          text: { field: 'count_text', type: 'nominal' },
          color: { condition: { test: 'datum.dark', value: 'white' }, value: 'black' },
        },
      },
    ],
    config: chartConfig(),
  };
}
