/**
 * The standalone HTML report, in one language (Chinese by default, English on request: every label and every
 * reason). Its first screen answers "how is each plan doing?": a summary per document (targets, judged, met, on
 * track, lagging, missed, no data) with its chart. Then the judged gap rows with filters by document, status and
 * region and a search box; the rows without a verdict folded away, their reasons counted; the charts; the
 * targets and the quotes, folded. A print style sheet drops the controls.
 *
 * Works offline: the Vega and Vega-Lite runtimes are inlined; a Content-Security-Policy forbids every network
 * fetch and runs only the page's own four scripts (by hash, no `'unsafe-inline'`, no `'unsafe-eval'`: Vega
 * evaluates expressions with its CSP-safe interpreter); every field from the data is escaped by the one
 * {@link html} template.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ActualRow, TargetMatch } from '../actuals/types.js';
import { statusLabel } from '../charts/labels.js';
import { sourceLine } from '../charts/source.js';
import type { ChartLang } from '../charts/types.js';
import { GAP_STATUSES, type GapRow, type GapStatus } from '../gaps/types.js';
import type { TargetRow } from '../targets/types.js';
import { chartSafeSpec, type ReportChart, reportCharts } from './charts.js';
import { CLIENT_SCRIPT, STYLE_MARKUP } from './client.js';
import { html, inlineScript, jsonScript, type SafeHtml } from './escape.js';
import { vegaRuntimes } from './runtime.js';
import {
  checkStatus,
  gapColumns,
  gapRow,
  reasonsTable,
  sortableTable,
  summaryChart,
  summaryTable,
  targetColumns,
  targetRow,
  unjudgedColumns,
  unjudgedRow,
} from './sections.js';
import {
  documentSummaries,
  type ReportDocument,
  targetVerdicts,
  UNJUDGED_STATUSES,
  unjudgedReasons,
} from './summary.js';
import { reportText } from './text.js';

/** Options of {@link writeReport} and {@link buildReportHtml}. */
export interface ReportOptions {
  /** Title of the report (default `目标差距报告` / `Target gap report`). */
  title?: string;
  /** The report's one language: `zh` (default) or `en`. */
  lang?: ChartLang;
  /** Titles (and regions, years) of the documents, for the summary: `seedIndex()` for the seeds. */
  documents?: readonly ReportDocument[];
  /** Actual rows: used for trajectory charts and listed in the source line. */
  actuals?: readonly ActualRow[];
  /** The matcher's pairings, for the trajectories' series (see {@link reportCharts}). */
  matches?: readonly TargetMatch[];
  /** Extra charts shown after the default ones (tier ladder, 亩均…). */
  charts?: readonly ReportChart[];
  /** Show the default charts from {@link reportCharts} (default true). */
  defaultCharts?: boolean;
  /** Date printed in the header (default: now, ISO date). */
  generated?: string;
}

/** Options of {@link writeReport}: {@link ReportOptions} and where to write. */
export interface WriteReportOptions extends ReportOptions {
  /** The output: a file path ending in `.html`, or a folder (the report is `<out>/report.html`). */
  out: string;
}

/**
 * The page's Content-Security-Policy: nothing from the network, scripts only by the hashes of the page's own inline
 * scripts, inline styles (the status swatches and Vega's SVG use style attributes; every field in them is escaped).
 */
function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** A chart as the page holds it: a figure the script draws into, and its spec as a JSON data block. */
function chartFigure(c: ReportChart, i: number, cls = 'chart'): SafeHtml {
  if (!/^[A-Za-z0-9_-]+$/.test(c.id))
    throw new Error(`buildReportHtml: chart id ${JSON.stringify(c.id)} is not letters, digits, - and _`);
  return html`<figure class="${cls}" id="chart-${c.id}"><figcaption class="visually-hidden">${c.title}</figcaption><div class="vega" data-spec="spec-${i}"></div></figure>
${jsonScript(`spec-${i}`, chartSafeSpec(c.spec))}
`;
}

/** A `<select>` of the filter bar: "all", then each value with its label. */
function select(
  id: string,
  label: string,
  all: string,
  options: readonly (readonly [string, string])[],
): SafeHtml {
  return html`<label>${label}<select id="${id}"><option value="">${all}</option>${options.map(
    ([value, text]) => html`<option value="${value}">${text}</option>`,
  )}</select></label>`;
}

/**
 * The report as one HTML string (see {@link writeReport}).
 *
 * Complexity: O(g × rules + t) plus the size of the inlined runtimes (~800 kB).
 *
 * @example
 * const page = buildReportHtml(gaps, targets, { lang: 'zh', documents: seeds.index() });
 * @throws {Error} when a gap row has a status outside GAP_STATUSES (names the row and target_id), a chart id is
 * not made of letters, digits, `-` and `_`, or a chart builder rejects its input.
 */
export function buildReportHtml(
  gaps: readonly GapRow[],
  targets: readonly TargetRow[],
  options: ReportOptions = {},
): string {
  const lang = options.lang ?? 'zh';
  const x = reportText(lang);
  const title = options.title ?? x.title;
  gaps.forEach(checkStatus);

  // quotes: one entry per target (targets first, then gap rows whose target is not in `targets`)
  const quoteIndex = new Map<string, number>();
  const quoteRows: TargetRow[] = [];
  for (const list of [targets, gaps])
    for (const t of list) {
      if (quoteIndex.has(t.target_id)) continue;
      quoteIndex.set(t.target_id, quoteRows.length + 1);
      quoteRows.push(t);
    }

  // 1. how each document is doing
  const summaries = documentSummaries(gaps, targets, options.documents, lang);
  const verdicts = new Map(targetVerdicts(gaps, targets).map((v) => [v.target_id, v.status]));
  const docs = new Set<string>();
  for (const list of [targets, gaps]) for (const t of list) docs.add(t.doc_id);

  // charts: the summary's first, then the default ones and the caller's
  const overviewChart = summaries.length > 0 ? summaryChart(summaries, lang) : null;
  const charts: ReportChart[] = [
    ...(options.defaultCharts === false
      ? []
      : reportCharts(gaps, targets, { lang, actuals: options.actuals, matches: options.matches })),
    ...(options.charts ?? []),
  ];
  let specIndex = 0;
  const overviewHtml = overviewChart ? chartFigure(overviewChart, specIndex++, 'chart overview-chart') : '';
  const chartHtml = charts.map((c) => chartFigure(c, specIndex++));

  // 2. gap rows: judged ones in view, the others folded away with their reasons counted
  const judged = gaps.filter((g) => !UNJUDGED_STATUSES.has(g.status));
  const unjudged = gaps.filter((g) => UNJUDGED_STATUSES.has(g.status));
  const rc = { lang, quotes: quoteIndex, docLabels: new Map(summaries.map((s) => [s.doc_id, s.label])) };
  const gapRows = judged.map((g) => gapRow(g, rc));
  const unjudgedRows = unjudged.map((g) => unjudgedRow(g, rc));
  const targetRows = targets.map((t) => targetRow(t, verdicts.get(t.target_id) ?? 'insufficient_data', rc));

  // filters: the documents, statuses and regions present
  const docOptions = [...docs].map((d) => [d, summaries.find((s) => s.doc_id === d)?.title ?? d] as const);
  const present = new Set<GapStatus>([...gaps.map((g) => g.status), ...verdicts.values()]);
  const statusOptions = GAP_STATUSES.filter((s) => present.has(s)).map(
    (s) => [s, statusLabel(s, lang)] as const,
  );
  const regions = [...new Set([...targets, ...gaps].map((t) => t.region))].map((r) => [r, r] as const);
  const filters = html`<div class="filters" id="filters" hidden role="search"><b>${x.filters}</b>${select(
    'f-doc',
    x.document,
    x.all,
    docOptions,
  )}${select('f-status', x.status, x.all, statusOptions)}${select('f-region', x.region, x.all, regions)}<label>${
    x.search
  }<input type="search" id="f-search" placeholder="${x.searchPlaceholder}"></label><button type="button" id="f-reset">${
    x.reset
  }</button></div>`;

  const quotes = quoteRows.map(
    (t, i) =>
      html`<li id="q-${i + 1}"><b>${t.target_id}</b> <span class="small">${t.doc_id} · ${x.span} ${t.span_start}–${t.span_end}${
        t.responsible.length > 0 ? html` · ${x.responsible}: ${t.responsible.join('、')}` : ''
      }</span><blockquote>${t.quote}</blockquote></li>`,
  );

  const sources: (string | null)[] = gaps.map((g) => g.actual_source);
  for (const a of options.actuals ?? []) sources.push(a.source);
  const source = sourceLine([...docs], sources, lang, 20);
  const runtimes = vegaRuntimes();
  const scripts = [runtimes.vega, runtimes.vegaLite, runtimes.interpreter, CLIENT_SCRIPT].map(inlineScript);
  const generated = options.generated ?? new Date().toISOString().slice(0, 10);
  const labels = { chartFailed: x.chartFailed, shown: x.shown, of: x.of, rows: x.rowsWord };
  const shown = (id: string) => html`<span class="shown" data-shown-for="${id}"></span>`;
  return html`<!DOCTYPE html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(scripts.map((s) => s.hash))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE_MARKUP}</style>
</head>
<body>
<header><h1>${title}</h1>
<div class="meta">${x.generated}: ${generated} · ${x.targetsN(targets.length, docs.size)}</div>
<div class="meta small">${sourceLine([...docs], sources, lang, 5)}</div></header>
<section id="overview"><h2>${x.overview}</h2>
<noscript><p class="small">${x.noscript}</p></noscript>
${summaryTable(summaries, lang, true)}
<p class="small">${x.overviewNote}</p>
${overviewHtml}</section>
<section id="gaps"><h2>${x.gaps}</h2>
${filters}
<h3>${x.gapsJudged(judged.length)} ${shown('gaps-table')}</h3>
<p class="small sort-hint">${x.sortHint}</p>
${sortableTable('gaps-table', gapColumns(x), gapRows)}
<h3>${unjudged.length > 0 ? x.unjudgedHead(unjudged.length) : x.unjudgedNone}</h3>
${reasonsTable(unjudgedReasons(gaps, lang), lang)}
<details class="fold" id="unjudged"><summary>${x.unjudgedOpen(unjudged.length)} ${shown('unjudged-table')}</summary>
${sortableTable('unjudged-table', unjudgedColumns(x), unjudgedRows)}
</details>
<p class="small">${x.method}</p>
</section>
<section id="charts"><h2>${x.charts}</h2>
${chartHtml}</section>
<section id="targets"><h2>${x.targets}</h2>
<details class="fold" id="targets-fold"><summary>${x.targetsFold(targets.length)} ${shown('targets-table')}</summary>
<p class="small sort-hint">${x.sortHint}</p>
${sortableTable('targets-table', targetColumns(x), targetRows)}
</details></section>
<section id="quotes"><h2>${x.quotes}</h2>
<details class="fold" id="quotes-fold"><summary>${x.quotesFold(quoteRows.length)}</summary><ol class="quotes">
${quotes.map((q) => html`${q}\n`)}</ol></details></section>
<footer class="small">cluster-targets · ${source}</footer>
${jsonScript('report-labels', labels)}
${scripts.map((s) => html`${s.element}\n`)}</body>
</html>
`.markup;
}

/**
 * Write the standalone HTML report (see {@link buildReportHtml}): one offline file, under a CSP that allows only
 * its own scripts by hash. Every string from the data is HTML-escaped; chart data is JSON with `<`, `>`, `&`
 * escaped.
 *
 * Complexity: O(g × rules + t) plus ~800 kB of inlined runtime.
 *
 * @example
 * const path = await writeReport(gaps, targets, { out: OUT, actuals, documents: seeds.index() }); // OUT/report.html
 * @throws {Error} as {@link buildReportHtml}, or when the file cannot be written (the fs error).
 */
export async function writeReport(
  gaps: readonly GapRow[],
  targets: readonly TargetRow[],
  options: WriteReportOptions,
): Promise<string> {
  const path = options.out.toLowerCase().endsWith('.html') ? options.out : join(options.out, 'report.html');
  const page = buildReportHtml(gaps, targets, options);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, page, 'utf8');
  return path;
}
