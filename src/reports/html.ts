/**
 * The standalone HTML report: summary counts by status, the charts, sortable tables of targets and gaps, the
 * quotes. Works offline: the Vega and Vega-Lite runtimes are inlined; a Content-Security-Policy forbids every
 * network fetch and runs only the page's own three scripts (by hash, no `'unsafe-inline'`, no `'unsafe-eval'`:
 * Vega evaluates expressions with its CSP-safe interpreter); every field from the data is escaped by the one
 * {@link html} template.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ActualRow, TargetMatch } from '../actuals/types.js';
import { KIND_LABELS, STATUS_COLORS, statusLabel } from '../charts/labels.js';
import { sourceLine } from '../charts/source.js';
import { targetLabel } from '../charts/target-label.js';
import type { ChartLang } from '../charts/types.js';
import { displayUnit, formatDisplayValue } from '../charts/units.js';
import { GAP_STATUSES, type GapRow, type GapStatus } from '../gaps/types.js';
import type { TargetRow } from '../targets/types.js';
import { chartSafeSpec, type ReportChart, reportCharts } from './charts.js';
import { html, inlineScript, jsonScript, type SafeHtml, safeHref } from './escape.js';
import { vegaRuntimes } from './runtime.js';

/** Options of {@link writeReport} and {@link buildReportHtml}. */
export interface ReportOptions {
  /** Title of the report (default `目标差距报告` / `Target gap report`). */
  title?: string;
  lang?: ChartLang;
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

const TEXT = {
  zh: {
    title: '目标差距报告',
    generated: '生成日期',
    summary: '状态汇总',
    total: '合计',
    targetsN: (t: number, d: number) => `共${t}项目标，来自${d}份文件`,
    charts: '图表',
    gaps: '目标差距',
    targets: '目标',
    quotes: '原文',
    quote: '原文',
    status: '状态',
    target: '目标',
    doc: '文件',
    judgedYear: '评估年份',
    actual: '实际值',
    targetValue: '目标值',
    stretch: '力争',
    attainment: '完成度（%）',
    tau: '序时进度 τ',
    reason: '说明',
    source: '实际值来源',
    id: '编号',
    region: '地区',
    scope: '范围',
    subject: '对象',
    metric: '指标',
    kind: '类型',
    deadline: '截止年份',
    yes: '是',
    sortHint: '点击表头排序',
    method:
      '完成度 = 1 + d·(A − T)/|T|（A 实际值，T 目标值，d = +1 越高越好、−1 越低越好；等于目标为 100%）；序时进度 τ = (t − t0)/(Y − t0)（t 评估年份，t0 基期，Y 截止年份）。状态的判定规则见 docs/gap-methods.md 与 docs/gaps.md。',
    noscript: '图表需要启用 JavaScript；表格可直接阅读。',
    responsible: '责任单位',
    span: '位置',
    none: '无',
  },
  en: {
    title: 'Target gap report',
    generated: 'Generated',
    summary: 'Status summary',
    total: 'Total',
    targetsN: (t: number, d: number) => `${t} targets from ${d} documents`,
    charts: 'Charts',
    gaps: 'Gaps',
    targets: 'Targets',
    quotes: 'Quotes',
    quote: 'Quote',
    status: 'Status',
    target: 'Target',
    doc: 'Document',
    judgedYear: 'Judged year',
    actual: 'Actual',
    targetValue: 'Target value',
    stretch: 'Stretch (力争)',
    attainment: 'Attainment (%)',
    tau: 'Schedule τ (序时进度)',
    reason: 'Reason',
    source: 'Actual source',
    id: 'ID',
    region: 'Region',
    scope: 'Scope',
    subject: 'Subject',
    metric: 'Metric',
    kind: 'Kind',
    deadline: 'Deadline',
    yes: 'yes',
    sortHint: 'Click a column header to sort',
    method:
      'Attainment = 1 + d·(A − T)/|T| (A actual, T target, d = +1 when higher is better, −1 when lower is better; 100% at the target); schedule (序时进度) τ = (t − t0)/(Y − t0) (t judged year, t0 base year, Y deadline). The status rules are in docs/gap-methods.md and docs/gaps.md.',
    noscript: 'Charts need JavaScript; the tables below can be read without it.',
    responsible: 'Responsible',
    span: 'Span',
    none: 'none',
  },
} as const;

/** How comparators are printed before a target value. */
const COMPARATOR_TEXT: Readonly<Record<string, string>> = {
  '>': '>',
  '>=': '≥',
  '=': '',
  '~': '≈',
  '<=': '≤',
  '<': '<',
};

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

const STYLE_MARKUP = html`
body{font-family:"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1280px;padding:16px 24px;color:#222;line-height:1.5}
h1{margin:0 0 4px}h2{margin-top:32px;border-bottom:1px solid #ddd;padding-bottom:4px}
.meta{color:#666;font-size:13px}
.summary{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
.summary .card{border:1px solid #ddd;border-radius:6px;padding:6px 10px;min-width:110px}
.summary .n{font-size:22px;font-weight:bold}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;vertical-align:middle}
figure.chart{margin:16px 0;overflow-x:auto}figure.chart figcaption{font-weight:bold;margin-bottom:4px}
.vega{min-height:40px}
table.sortable{border-collapse:collapse;font-size:13px;width:100%}
table.sortable th,table.sortable td{border:1px solid #e3e3e3;padding:3px 6px;vertical-align:top}
table.sortable th{background:#f5f5f5;position:sticky;top:0}
table.sortable th button{all:unset;cursor:pointer;font-weight:bold}
table.sortable th[aria-sort=ascending] button::after{content:" ▲"}
table.sortable th[aria-sort=descending] button::after{content:" ▼"}
td.num,td.nowrap{text-align:right;white-space:nowrap}td.nowrap{text-align:left}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
ol.quotes li{margin:6px 0}ol.quotes blockquote{margin:2px 0 2px 12px;padding-left:8px;border-left:3px solid #ccc}
ol.quotes li:target{background:#fff7d6}
.small{font-size:12px;color:#666}
`;

const CLIENT_SCRIPT = `
(function () {
  'use strict';
  var charts = document.querySelectorAll('div.vega[data-spec]');
  Array.prototype.forEach.call(charts, function (el) {
    try {
      var spec = JSON.parse(document.getElementById(el.getAttribute('data-spec')).textContent);
      var vg = vegaLite.compile(spec).spec;
      // ast: true and the interpreter: expressions are walked, never compiled with new Function (CSP, no eval)
      var view = new vega.View(vega.parse(vg, null, { ast: true }), {
        renderer: 'svg', container: el, hover: true, expr: vega.expressionInterpreter
      });
      view.runAsync().then(function () {
        el.setAttribute('data-rendered', 'true');
      }, function (e) {
        el.setAttribute('data-rendered', 'error');
        el.textContent = 'Chart failed: ' + e.message;
        console.error(e);
      });
    } catch (e) {
      el.setAttribute('data-rendered', 'error');
      el.textContent = 'Chart failed: ' + e.message;
      console.error(e);
    }
  });
  function key(cell, numeric) {
    var raw = cell.getAttribute('data-sort');
    if (raw === null) raw = cell.textContent;
    if (!numeric) return raw;
    var n = parseFloat(raw);
    return isNaN(n) ? null : n;
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var numeric = th.getAttribute('data-type') === 'number';
        var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[col], numeric), y = key(b.cells[col], numeric);
          if (x === null && y === null) return 0;
          if (x === null) return 1;
          if (y === null) return -1;
          if (numeric) return dir * (x - y);
          return dir * String(x).localeCompare(String(y), 'zh-Hans-CN');
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
`;

interface Column {
  head: string;
  type?: 'number';
}

function th(c: Column): SafeHtml {
  return html`<th scope="col"${c.type ? html` data-type="number"` : ''}><button type="button">${c.head}</button></th>`;
}

/** A table cell: escaped text, optional numeric sort key, optional class. */
function td(text: unknown, sort?: number | null, cls?: string): SafeHtml {
  const sortAttr =
    sort === undefined ? '' : html` data-sort="${sort === null || !Number.isFinite(sort) ? '' : sort}"`;
  return html`<td${cls ? html` class="${cls}"` : ''}${sortAttr}>${text}</td>`;
}

function table(id: string, columns: readonly Column[], rows: readonly SafeHtml[]): SafeHtml {
  return html`<table class="sortable" id="${id}"><thead><tr>${columns.map(th)}</tr></thead><tbody>
${rows.map((r) => html`${r}\n`)}</tbody></table>`;
}

function checkStatus(g: GapRow, i: number): GapStatus {
  if (!(GAP_STATUSES as readonly string[]).includes(g.status))
    throw new Error(
      `buildReportHtml: gap row ${i} (target ${g.target_id}) has unknown status ${JSON.stringify(g.status)}`,
    );
  return g.status;
}

function swatch(status: GapStatus): SafeHtml {
  return html`<span class="swatch" style="background:${STATUS_COLORS[status]}"></span>`;
}

/**
 * The report as one HTML string (see {@link writeReport}).
 *
 * @example
 * const html = buildReportHtml(gaps, targets, { lang: 'zh' });
 * Complexity: O(g + t) plus the size of the inlined runtimes (~800 kB).
 * @throws {Error} when a gap row has a status outside GAP_STATUSES (names the row and target_id), a chart id is
 * not made of letters, digits, `-` and `_`, or a chart builder rejects its input.
 */
export function buildReportHtml(
  gaps: readonly GapRow[],
  targets: readonly TargetRow[],
  options: ReportOptions = {},
): string {
  const lang = options.lang ?? 'zh';
  const x = TEXT[lang];
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
  const quoteLink = (id: string) => {
    const n = quoteIndex.get(id);
    return n ? html`<td class="nowrap"><a href="#q-${n}">${x.quote}</a></td>` : html`<td></td>`;
  };

  // summary
  const counts = new Map<GapStatus, number>();
  for (const g of gaps) counts.set(g.status, (counts.get(g.status) ?? 0) + 1);
  const cards = GAP_STATUSES.filter((s) => counts.has(s)).map(
    (s) =>
      html`<div class="card status-${s}">${swatch(s)}${statusLabel(s, lang)}<div class="n">${counts.get(s)}</div></div>`,
  );
  cards.push(html`<div class="card"><b>${x.total}</b><div class="n">${gaps.length}</div></div>`);
  const docs = new Set<string>();
  for (const list of [targets, gaps]) for (const t of list) docs.add(t.doc_id);

  // charts
  const charts: ReportChart[] = [
    ...(options.defaultCharts === false
      ? []
      : reportCharts(gaps, targets, { lang, actuals: options.actuals, matches: options.matches })),
    ...(options.charts ?? []),
  ];
  const chartHtml = charts.map((c, i) => {
    if (!/^[A-Za-z0-9_-]+$/.test(c.id))
      throw new Error(`buildReportHtml: chart id ${JSON.stringify(c.id)} is not letters, digits, - and _`);
    return html`<figure class="chart" id="chart-${c.id}"><figcaption class="visually-hidden">${c.title}</figcaption><div class="vega" data-spec="spec-${i}"></div></figure>
${jsonScript(`spec-${i}`, chartSafeSpec(c.spec))}
`;
  });

  // gaps table
  const gapColumns: Column[] = [
    { head: x.status },
    { head: x.target },
    { head: x.doc },
    { head: x.judgedYear, type: 'number' },
    { head: x.actual, type: 'number' },
    { head: x.targetValue, type: 'number' },
    { head: x.stretch, type: 'number' },
    { head: x.attainment, type: 'number' },
    { head: x.tau, type: 'number' },
    { head: x.reason },
    { head: x.source },
    { head: x.quote },
  ];
  const gapRows = gaps.map((g) => {
    const u = displayUnit(g.unit, [g.actual_value, g.target_value, g.stretch_value], lang);
    const href = safeHref(g.actual_source);
    const sourceCell = href
      ? html`<td><a href="${href}" rel="noopener noreferrer">${new URL(href).hostname}</a></td>`
      : td(g.actual_source ?? '');
    const att = g.attainment === null ? null : Number((100 * g.attainment).toFixed(1));
    return html`<tr class="status-${g.status}"><td class="nowrap" data-sort="${GAP_STATUSES.indexOf(g.status)}">${swatch(
      g.status,
    )}${statusLabel(g.status, lang)}</td>${td(targetLabel(g, lang))}${td(g.doc_id)}${td(
      g.judged_year,
      g.judged_year,
      'num',
    )}${td(formatDisplayValue(g.actual_value, u), g.actual_value, 'num')}${td(
      formatDisplayValue(g.target_value, u),
      g.target_value,
      'num',
    )}${td(formatDisplayValue(g.stretch_value, u), g.stretch_value, 'num')}${td(
      att === null ? '—' : `${att}%`,
      att,
      'num',
    )}${td(g.tau === null ? '—' : g.tau.toFixed(2), g.tau, 'num')}${td(g.reason)}${sourceCell}${quoteLink(g.target_id)}</tr>`;
  });

  // targets table
  const targetColumns: Column[] = [
    { head: x.id },
    { head: x.doc },
    { head: x.region },
    { head: x.scope },
    { head: x.subject },
    { head: x.metric },
    { head: x.kind },
    { head: x.targetValue, type: 'number' },
    { head: x.deadline, type: 'number' },
    { head: x.stretch },
    { head: x.quote },
  ];
  const targetRows = targets.map((t) => {
    const u = displayUnit(t.unit, [t.value, t.value_max], lang);
    const value =
      t.value_max !== null
        ? `${formatDisplayValue(t.value, u)} – ${formatDisplayValue(t.value_max, u)}`
        : formatDisplayValue(t.value, u);
    const deadline =
      t.deadline_year_max !== null
        ? `${t.deadline_year ?? '—'}–${t.deadline_year_max}`
        : (t.deadline_year ?? '—');
    return html`<tr>${td(t.target_id)}${td(t.doc_id)}${td(t.region)}${td(t.scope)}${td(t.subject)}${td(t.metric)}${td(
      KIND_LABELS[lang][t.kind] ?? t.kind,
    )}${td(`${COMPARATOR_TEXT[t.comparator ?? '='] ?? ''}${value}`, t.value, 'num')}${td(deadline, t.deadline_year, 'num')}${td(
      t.stretch ? x.yes : '',
    )}${quoteLink(t.target_id)}</tr>`;
  });

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
<div class="meta">${source}</div></header>
<section id="summary"><h2>${x.summary}</h2><div class="summary">${cards}</div></section>
<section id="charts"><h2>${x.charts}</h2>
<noscript><p>${x.noscript}</p></noscript>
${chartHtml}</section>
<section id="gaps"><h2>${x.gaps}</h2><p class="small">${x.method}</p><p class="small">${x.sortHint}</p>
${table('gaps-table', gapColumns, gapRows)}
</section>
<section id="targets"><h2>${x.targets}</h2><p class="small">${x.sortHint}</p>
${table('targets-table', targetColumns, targetRows)}
</section>
<section id="quotes"><h2>${x.quotes}</h2><ol class="quotes">
${quotes.map((q) => html`${q}\n`)}</ol></section>
<footer class="small">cluster-targets · ${source}</footer>
${scripts.map((s) => html`${s.element}\n`)}</body>
</html>
`.markup;
}

/**
 * Write the standalone HTML report: summary counts by status, the charts (Vega and Vega-Lite runtimes inlined,
 * no network fetch, CSP `default-src 'none'`), sortable tables of gaps and targets whose rows link to their quote,
 * and the quotes. Every string from the data is HTML-escaped; chart data is JSON with `<`, `>`, `&` escaped.
 *
 * @example
 * const path = await writeReport(gaps, targets, { out: 'out', actuals }); // 'out/report.html'
 * Complexity: O(g + t) plus ~800 kB of inlined runtime.
 * @throws {Error} as {@link buildReportHtml}, or when the file cannot be written (the fs error).
 */
export async function writeReport(
  gaps: readonly GapRow[],
  targets: readonly TargetRow[],
  options: WriteReportOptions,
): Promise<string> {
  const path = options.out.toLowerCase().endsWith('.html') ? options.out : join(options.out, 'report.html');
  const html = buildReportHtml(gaps, targets, options);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, html, 'utf8');
  return path;
}
