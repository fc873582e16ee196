/**
 * What `show()` displays, as Jupyter MIME bundles: a table (targets, gaps, mentions or any rows) as `text/html`
 * and `text/plain`; a Vega-Lite spec as `application/vnd.vegalite.v5+json` (drawn interactively by JupyterLab,
 * Notebook 7 and VS Code) with an SVG fallback (`image/svg+xml`, drawn here with vega and the CJK font's metrics)
 * and a line of text; a report section as its markup, then its charts; SVG markup as an image; anything else as
 * text.
 */
import type { TopLevelSpec } from 'vega-lite';
import { renderSvg } from '../charts/render.js';
import type { ChartLang } from '../charts/types.js';
import { chartSafeSpec } from '../reports/charts.js';
import { escapeHtml } from '../reports/escape.js';
import type { ReportSection } from '../reports/sections.js';
import { textTable } from './text-table.js';
import { rowsTable, type ShownTable, tableRows } from './views.js';

/** The MIME type Jupyter front ends draw Vega-Lite with. */
export const VEGA_LITE_MIME = 'application/vnd.vegalite.v5+json';

/** One display: data by MIME type; `text/plain` is always there (plain Node prints it). */
export type MimeBundle = { 'text/plain': string } & Record<string, unknown>;

/** Options of `show()` and {@link mimeBundles}. */
export interface ShowOptions {
  /** Language of column heads, statuses, kinds and reasons: `zh` (default) or `en`. */
  lang?: ChartLang;
  /** Show at most this many rows of a table (default 50; `Infinity` for all), and say how many are left out. */
  limit?: number;
  /** A title printed above a table. */
  title?: string;
  /** Decimals of the numbers of a plain table: one for every column, or per column (`{ share: 3 }`). */
  digits?: number | Readonly<Record<string, number>>;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/**
 * True for a Vega-Lite spec: a plain object with a `$schema` naming vega-lite, or a mark, layer, concatenation,
 * facet or repeat with data.
 *
 * Complexity: O(1).
 *
 * @example
 * isVegaLiteSpec(targetsOverview(targets)) // true
 * isVegaLiteSpec({ a: 1 }) // false
 */
export function isVegaLiteSpec(x: unknown): x is TopLevelSpec {
  if (!isObject(x) || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) return false; // a spec is plain data, not a table object
  if (typeof x.$schema === 'string') return /vega-lite/.test(x.$schema);
  const composed = ['mark', 'layer', 'concat', 'hconcat', 'vconcat', 'facet', 'repeat'].some((k) => k in x);
  return composed && ('data' in x || 'datasets' in x);
}

function isReportSection(x: unknown): x is ReportSection {
  return isObject(x) && x.kind === 'report-section' && typeof x.html === 'string' && Array.isArray(x.charts);
}

/** A chart with its caption (`reportCharts()` gives these). */
function isCaptionedChart(x: unknown): x is { title: string; spec: TopLevelSpec } {
  return isObject(x) && typeof x.title === 'string' && isVegaLiteSpec(x.spec);
}

/** The title of a spec, as text. */
function specTitle(spec: TopLevelSpec): string {
  const t = (spec as { title?: unknown }).title;
  if (typeof t === 'string') return t;
  if (isObject(t) && typeof t.text === 'string') return t.text;
  if (isObject(t) && Array.isArray(t.text)) return t.text.join(' ');
  return '';
}

/**
 * A Vega-Lite spec as a bundle: the spec for the front end to draw (its strings made safe for Vega's expression
 * parser), an SVG drawn here as the fallback, and a line of text.
 *
 * Complexity: linear in the spec's data; rendering the SVG loads vega once (about a second).
 *
 * @example
 * const b = await chartBundle(statusMatrix(gaps)); // { 'application/vnd.vegalite.v5+json': …, 'image/svg+xml': '<svg…', 'text/plain': … }
 * @throws {Error} when the spec does not compile or render (vega's message).
 */
export async function chartBundle(
  spec: TopLevelSpec,
  lang: ChartLang = 'zh',
  caption?: string,
): Promise<MimeBundle> {
  const safe = chartSafeSpec(spec);
  const svg = await renderSvg(safe);
  const title = caption || specTitle(spec) || (lang === 'en' ? 'chart' : '图表');
  const rows = isObject(safe.data) && Array.isArray(safe.data.values) ? safe.data.values.length : null;
  const note =
    lang === 'en'
      ? `[Vega-Lite chart${rows === null ? '' : `, ${rows} data rows`}: drawn in Jupyter (tslab, Deno); writeChartFiles() saves SVG and PNG]`
      : `[Vega-Lite 图表${rows === null ? '' : `，${rows}行数据`}：在 Jupyter（tslab、Deno）中显示；writeChartFiles() 可存为 SVG 和 PNG]`;
  return { [VEGA_LITE_MIME]: safe, 'image/svg+xml': svg, 'text/plain': `${title}\n${note}` };
}

const TABLE_STYLE =
  '<style>.ct-table{border-collapse:collapse;font-size:13px}.ct-table th,.ct-table td{border:1px solid #e3e3e3;padding:2px 6px;text-align:left;vertical-align:top;white-space:pre-wrap}.ct-table td.num,.ct-table th.num{text-align:right;white-space:nowrap}.ct-table caption{text-align:left;font-weight:bold;padding:2px 0}.ct-more{font-size:12px;color:#666}</style>';

/** The line under a table cut at `limit`. */
function moreLine(shown: number, total: number, lang: ChartLang): string {
  return lang === 'en'
    ? `… ${total - shown} more rows (${total} in all); show(x, { limit: Infinity }) shows every row`
    : `… 另有${total - shown}行（共${total}行）；show(x, { limit: Infinity }) 显示全部`;
}

/**
 * A table as a bundle: `text/html` (escaped, numbers right-aligned) and `text/plain` (aligned columns).
 *
 * Complexity: O(cells shown).
 *
 * @example
 * tableBundle(rowsTable(targets), { limit: 10 })['text/plain'] // '文件  地区  …\n----  …'
 */
export function tableBundle(table: ShownTable, options: ShowOptions = {}): MimeBundle {
  const lang = options.lang ?? 'zh';
  const limit = options.limit ?? 50;
  const rows = table.rows.slice(0, Math.max(0, limit));
  const more = rows.length < table.rows.length ? moreLine(rows.length, table.rows.length, lang) : '';
  const numeric = new Set(table.columns.flatMap((c, i) => (c.numeric ? [i] : [])));
  const cls = (i: number) => (numeric.has(i) ? ' class="num"' : '');
  const htmlTable = `${TABLE_STYLE}<table class="ct-table">${
    options.title ? `<caption>${escapeHtml(options.title)}</caption>` : ''
  }<thead><tr>${table.columns.map((c, i) => `<th${cls(i)}>${escapeHtml(c.head)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((cell, i) => `<td${cls(i)}>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>${more ? `<div class="ct-more">${escapeHtml(more)}</div>` : ''}`;
  const text = [
    ...(options.title ? [options.title] : []),
    textTable(
      table.columns.map((c) => c.head),
      rows,
      { numeric },
    ),
    ...(more ? [more] : []),
  ].join('\n');
  return { 'text/html': htmlTable, 'text/plain': text };
}

/** A report section: its markup (with its table as text), then one bundle per chart. */
async function sectionBundles(section: ReportSection, lang: ChartLang): Promise<MimeBundle[]> {
  const numeric = new Set(
    section.table.columns.flatMap((_, i) =>
      section.table.rows.every((r) => /^-?[\d.,]+%?$|^—$/.test(r[i] ?? '')) ? [i] : [],
    ),
  );
  const text = `${section.title}\n${textTable(section.table.columns, section.table.rows, { numeric })}`;
  const out: MimeBundle[] = [
    { 'text/html': `<h4>${escapeHtml(section.title)}</h4>${section.html}`, 'text/plain': text },
  ];
  for (const c of section.charts) out.push(await chartBundle(c.spec, lang, c.title));
  return out;
}

/**
 * The bundles `show(x)` displays, in order. A table of no rows, `null` and `undefined` are shown as a line of
 * text saying so.
 *
 * Complexity: linear in the size of `x`; a chart renders once.
 *
 * @example
 * (await mimeBundles(targets))[0]['text/html'] // '<style>…</style><table class="ct-table">…'
 * (await mimeBundles(targetsOverview(targets)))[0]['image/svg+xml'] // '<svg …'
 * @throws {Error} when a chart does not compile or render (vega's message).
 */
export async function mimeBundles(x: unknown, options: ShowOptions = {}): Promise<MimeBundle[]> {
  const lang = options.lang ?? 'zh';
  if (typeof x === 'string') {
    if (/^\s*<svg[\s>]/.test(x))
      return [{ 'image/svg+xml': x, 'text/plain': lang === 'en' ? '[SVG image]' : '[SVG 图]' }];
    return [{ 'text/plain': x }];
  }
  if (isReportSection(x)) return sectionBundles(x, lang);
  if (isVegaLiteSpec(x)) return [await chartBundle(x, lang)];
  if (isCaptionedChart(x)) return [await chartBundle(x.spec, lang, x.title)];
  if (Array.isArray(x) && x.length > 0 && x.every(isCaptionedChart)) {
    const out: MimeBundle[] = [];
    for (const c of x) out.push(await chartBundle(c.spec, lang, c.title));
    return out;
  }
  if (Array.isArray(x) && x.length === 0)
    return [
      {
        'text/plain': `${options.title ? `${options.title}\n` : ''}${lang === 'en' ? '(no rows)' : '（没有行）'}`,
      },
    ];
  const rows = tableRows(x);
  if (rows) return [tableBundle(rowsTable(rows, lang, options.digits), options)];
  if (x === null || x === undefined || typeof x !== 'object') return [{ 'text/plain': String(x) }];
  let text: string;
  try {
    text = JSON.stringify(x, null, 2) ?? String(x);
  } catch {
    text = String(x);
  }
  return [{ 'text/plain': text }];
}
