/**
 * What `show()` makes of rows: targets, gaps and mentions get the columns an economist reads first, values in the
 * units the plan uses (亿元, %, 个, from `src/charts/units.ts`), statuses, kinds and roles in words, reasons in the
 * chosen language; any other rows (arrays of objects, arquero tables, danfo DataFrames) become a plain table.
 * One table of views, each with the test that recognises its rows.
 */
import { KIND_LABELS, statusLabel } from '../charts/labels.js';
import { targetLabel } from '../charts/target-label.js';
import type { ChartLang } from '../charts/types.js';
import { displayUnit, formatDisplayValue } from '../charts/units.js';
import type { GapRow } from '../gaps/types.js';
import { MENTION_ROLE } from '../mentions/roles.js';
import type { MentionRow } from '../mentions/types.js';
import { translateReason } from '../reports/reasons.js';
import { deadlineText, targetValueText } from '../reports/sections.js';
import type { TargetRow } from '../targets/types.js';

/** A table ready to print: column heads, which are numbers, and the cells as text. */
export interface ShownTable {
  /** The view that made it: `targets`, `gaps`, `mentions` or `rows`. */
  view: string;
  columns: { head: string; numeric: boolean }[];
  rows: string[][];
}

/** One column of a view: its head in each language, and its cell. */
interface ViewColumn<R> {
  zh: string;
  en: string;
  numeric?: boolean;
  cell: (row: R, lang: ChartLang) => string;
}

/** A view: how to recognise its rows, and its columns. */
interface View<R> {
  name: string;
  is: (row: Record<string, unknown>) => boolean;
  columns: readonly ViewColumn<R>[];
}

const has = (row: Record<string, unknown>, keys: readonly string[]) => keys.every((k) => k in row);
const year = (y: number | null | undefined) => (y === null || y === undefined ? '—' : String(y));

/** A value of a gap row in the display unit its actual, target and 力争 share (亿元, %). */
const gapValue =
  (field: 'actual_value' | 'target_value' | 'stretch_value') =>
  (g: GapRow, l: ChartLang): string =>
    formatDisplayValue(g[field], displayUnit(g.unit, [g.actual_value, g.target_value, g.stretch_value], l));

const GAP_VIEW: View<GapRow> = {
  name: 'gaps',
  is: (r) => has(r, ['target_id', 'status', 'reason', 'judged_year', 'attainment']),
  columns: [
    { zh: '状态', en: 'Status', cell: (g, l) => statusLabel(g.status, l) },
    { zh: '目标', en: 'Target', cell: (g, l) => targetLabel(g, l) },
    { zh: '地区', en: 'Region', cell: (g) => g.region },
    { zh: '评估年份', en: 'Judged year', numeric: true, cell: (g) => year(g.judged_year) },
    { zh: '实际值', en: 'Actual', numeric: true, cell: gapValue('actual_value') },
    { zh: '目标值', en: 'Target value', numeric: true, cell: gapValue('target_value') },
    { zh: '力争', en: 'Stretch (力争)', numeric: true, cell: gapValue('stretch_value') },
    {
      zh: '完成度',
      en: 'Attainment',
      numeric: true,
      cell: (g) => (g.attainment === null ? '—' : `${(100 * g.attainment).toFixed(1)}%`),
    },
    { zh: '序时进度 τ', en: 'τ', numeric: true, cell: (g) => (g.tau === null ? '—' : g.tau.toFixed(2)) },
    { zh: '说明', en: 'Reason', cell: (g, l) => translateReason(g.reason, l).text },
  ],
};

const TARGET_VIEW: View<TargetRow> = {
  name: 'targets',
  is: (r) => has(r, ['target_id', 'kind', 'value', 'unit', 'quote', 'deadline_year']) && !('status' in r),
  columns: [
    { zh: '文件', en: 'Document', cell: (t) => t.doc_id },
    { zh: '地区', en: 'Region', cell: (t) => t.region },
    { zh: '范围', en: 'Scope', cell: (t) => t.scope },
    { zh: '对象', en: 'Subject', cell: (t) => t.subject },
    { zh: '指标', en: 'Metric', cell: (t) => t.metric },
    { zh: '类型', en: 'Kind', cell: (t, l) => KIND_LABELS[l][t.kind] ?? t.kind },
    { zh: '目标值', en: 'Target value', numeric: true, cell: (t, l) => targetValueText(t, l) },
    { zh: '截止年份', en: 'Deadline', numeric: true, cell: (t) => deadlineText(t) },
    { zh: '力争', en: 'Stretch (力争)', cell: (t, l) => (t.stretch ? (l === 'en' ? 'yes' : '是') : '') },
    { zh: '原文', en: 'Quote', cell: (t) => t.quote },
  ],
};

const MENTION_VIEW: View<MentionRow> = {
  name: 'mentions',
  is: (r) => has(r, ['mention_id', 'role', 'value', 'unit', 'quote']),
  columns: [
    { zh: '文件', en: 'Document', cell: (m) => m.doc_id },
    { zh: '角色', en: 'Role', cell: (m, l) => MENTION_ROLE[m.role]?.[l] ?? m.role },
    { zh: '对象', en: 'Subject', cell: (m) => m.subject },
    { zh: '指标', en: 'Metric', cell: (m) => m.metric },
    { zh: '数值', en: 'Value', numeric: true, cell: (m, l) => targetValueText(m, l) },
    { zh: '年份', en: 'Year', numeric: true, cell: (m) => year(m.period_year ?? m.deadline_year) },
    { zh: '原文', en: 'Quote', cell: (m) => m.quote },
  ],
};

/** The views, tried in order: the first whose test holds for every row wins. */
const VIEWS: readonly View<never>[] = [
  GAP_VIEW as unknown as View<never>,
  MENTION_VIEW as unknown as View<never>,
  TARGET_VIEW as unknown as View<never>,
];

/**
 * A value of a plain table as text: numbers to 6 significant digits (or `digits` decimals), `null` as `—`, arrays
 * joined, dates as ISO, other objects as JSON.
 *
 * Complexity: O(size of the value).
 *
 * @example
 * cellText(1 / 3) // '0.333333'
 * cellText(1 / 3, 2) // '0.33'
 * cellText(null) // '—'
 */
export function cellText(v: unknown, digits?: number): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number' && digits !== undefined && Number.isFinite(v)) return v.toFixed(digits);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : v.toISOString();
  if (Array.isArray(v)) return v.map((x) => cellText(x, digits)).join(', ');
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** The view of rows, or `null` for rows no view knows (shown as a plain table). */
function viewOf(rows: readonly Record<string, unknown>[]): View<never> | null {
  if (rows.length === 0) return null;
  return VIEWS.find((v) => rows.every((r) => v.is(r))) ?? null;
}

/**
 * Rows as a table: a known view (targets, gaps, mentions) with its columns, else every key of the rows (in
 * first-seen order), numbers right-aligned, with `digits` decimals (one number, or one per column) when given.
 *
 * Complexity: O(rows × columns).
 *
 * @example
 * rowsTable(targets, 'zh').columns.map((c) => c.head) // ['文件', '地区', '范围', '对象', '指标', '类型', '目标值', …]
 */
export function rowsTable(
  rows: readonly Record<string, unknown>[],
  lang: ChartLang = 'zh',
  digits?: number | Readonly<Record<string, number>>,
): ShownTable {
  const view = viewOf(rows);
  if (view) {
    return {
      view: view.name,
      columns: view.columns.map((c) => ({ head: c[lang], numeric: c.numeric === true })),
      rows: rows.map((r) => view.columns.map((c) => c.cell(r as never, lang))),
    };
  }
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of rows)
    for (const k of Object.keys(r))
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
  return {
    view: 'rows',
    columns: keys.map((k) => ({
      head: k,
      numeric:
        rows.some((r) => typeof r[k] === 'number') &&
        rows.every((r) => r[k] == null || typeof r[k] === 'number'),
    })),
    rows: rows.map((r) => keys.map((k) => cellText(r[k], typeof digits === 'number' ? digits : digits?.[k]))),
  };
}

/** An arquero table: `objects()` and `columnNames()`. */
interface ArqueroLike {
  objects: () => Record<string, unknown>[];
  columnNames: () => string[];
}
/** A danfo DataFrame: `columns` and `values` (one array per row). */
interface DataFrameLike {
  columns: string[];
  values: unknown[][];
  shape: number[];
}
/** A danfo Series: `values` and `index` (and its name in `columns`). */
interface SeriesLike {
  values: unknown[];
  index: unknown[];
  columns?: unknown[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/**
 * The rows of a table-like value: an array of objects, an arquero table, a danfo DataFrame or Series; `null` for
 * anything else.
 *
 * Complexity: O(size of the table).
 *
 * @example
 * tableRows([{ a: 1 }]) // [{ a: 1 }]
 * tableRows(aq.table({ a: [1, 2] })) // [{ a: 1 }, { a: 2 }]
 */
export function tableRows(x: unknown): Record<string, unknown>[] | null {
  if (Array.isArray(x)) return x.length > 0 && x.every(isObject) ? (x as Record<string, unknown>[]) : null;
  if (!isObject(x)) return null;
  const a = x as Partial<ArqueroLike>;
  if (typeof a.objects === 'function' && typeof a.columnNames === 'function') return a.objects();
  const df = x as Partial<DataFrameLike>;
  if (
    Array.isArray(df.columns) &&
    Array.isArray(df.values) &&
    Array.isArray(df.shape) &&
    df.values.every((r) => Array.isArray(r))
  )
    return df.values.map((r) => Object.fromEntries(df.columns!.map((c, i) => [c, (r as unknown[])[i]])));
  const se = x as Partial<SeriesLike>;
  if (Array.isArray(se.values) && Array.isArray(se.index) && se.values.length === se.index.length) {
    const name = Array.isArray(se.columns) && typeof se.columns[0] === 'string' ? se.columns[0] : 'value';
    return se.values.map((v, i) => ({ index: se.index![i], [name]: v }));
  }
  return null;
}
