/**
 * The parts of the report as markup: the per-document summary, the gap rows (judged, and folded away without a
 * verdict), the targets, the reasons counted. The page (`html.ts`) puts them together; {@link reportSection} gives
 * one of them to a notebook (`show()`), with a plain table for text output.
 */
import type { ActualRow } from '../actuals/types.js';
import { documentStatusChart } from '../charts/document-status.js';
import { KIND_LABELS, STATUS_COLORS, statusLabel } from '../charts/labels.js';
import { targetLabel } from '../charts/target-label.js';
import type { ChartLang } from '../charts/types.js';
import { displayUnit, formatDisplayValue } from '../charts/units.js';
import { GAP_STATUSES, type GapRow, type GapStatus } from '../gaps/types.js';
import type { TargetRow } from '../targets/types.js';
import type { ReportChart } from './charts.js';
import { html, type SafeHtml, safeHref } from './escape.js';
import { reasonCategoryLabel, translateReason } from './reasons.js';
import {
  type DocumentSummary,
  documentSummaries,
  type ReasonCount,
  type ReportDocument,
  UNJUDGED_STATUSES,
  unjudgedReasons,
} from './summary.js';
import { type ReportText, reportText } from './text.js';

/** A column of a sortable table. */
export interface Column {
  head: string;
  type?: 'number';
}

/** How comparators are printed before a target value. */
const COMPARATOR_TEXT: Readonly<Record<string, string>> = {
  '>': '>',
  '>=': '≥',
  '=': '',
  '~': '≈',
  '<=': '≤',
  '<': '<',
};

function th(c: Column): SafeHtml {
  return html`<th scope="col"${c.type ? html` data-type="number"` : ''}><button type="button">${c.head}</button></th>`;
}

/** A table cell: escaped text, optional numeric sort key, optional class. */
function td(text: unknown, sort?: number | null, cls?: string): SafeHtml {
  const sortAttr =
    sort === undefined ? '' : html` data-sort="${sort === null || !Number.isFinite(sort) ? '' : sort}"`;
  return html`<td${cls ? html` class="${cls}"` : ''}${sortAttr}>${text}</td>`;
}

/**
 * A sortable table (the page's script sorts it by a click on a header).
 *
 * Complexity: O(rows).
 *
 * @example
 * sortableTable('t', [{ head: 'a' }], [html`<tr><td>1</td></tr>`])
 */
export function sortableTable(id: string, columns: readonly Column[], rows: readonly SafeHtml[]): SafeHtml {
  return html`<table class="sortable" id="${id}"><thead><tr>${columns.map(th)}</tr></thead><tbody>
${rows.map((r) => html`${r}\n`)}</tbody></table>`;
}

/**
 * A status swatch: a small square in the status colour.
 *
 * @example
 * swatch('missed').markup // '<span class="swatch" style="background:#7f0000"></span>'
 */
export function swatch(status: GapStatus): SafeHtml {
  return html`<span class="swatch" style="background:${STATUS_COLORS[status]}"></span>`;
}

/**
 * A gap row's status, checked against {@link GAP_STATUSES}.
 *
 * @example
 * gaps.forEach(checkStatus);
 * @throws {Error} when the status is not one of GAP_STATUSES (names the row and its target_id).
 */
export function checkStatus(g: GapRow, i: number): GapStatus {
  if (!(GAP_STATUSES as readonly string[]).includes(g.status))
    throw new Error(
      `buildReportHtml: gap row ${i} (target ${g.target_id}) has unknown status ${JSON.stringify(g.status)}`,
    );
  return g.status;
}

/**
 * A reason in the report's language; parts no rule translates are kept, marked `untranslated`.
 *
 * @example
 * reasonMarkup('no usable actual', 'zh').markup // '没有可用的实际值'
 */
export function reasonMarkup(reason: string, lang: ChartLang): SafeHtml {
  const t = translateReason(reason, lang);
  if (lang !== 'zh' || t.untranslated.length === 0) return html`${t.text}`;
  const x = reportText(lang);
  return html`${t.parts.map((p, k) => {
    const sep = !p.prefix && k < t.parts.length - 1 ? '；' : '';
    return p.zh === null
      ? html`<span class="untranslated" lang="en" title="${x.untranslated}">${p.en}</span>${sep}`
      : html`${p.zh}${sep}`;
  })}`;
}

/** The attributes the page's filters read: document, status, region (and the reason's kind for folded rows). */
function filterAttrs(doc: string, status: GapStatus, region: string, category?: string): SafeHtml {
  return html` data-doc="${doc}" data-status="${status}" data-region="${region}"${
    category ? html` data-category="${category}"` : ''
  }`;
}

/** Where a row links to its quote (`q-<n>`), by target_id; `null`: no quote column (a notebook section). */
export type QuoteIndex = ReadonlyMap<string, number>;

/** What every row of the report's tables needs besides its data. */
export interface RowContext {
  lang: ChartLang;
  /** Quote links by target_id; `null` for no quote column. */
  quotes: QuoteIndex | null;
  /** Documents' short labels by doc_id (the doc_id itself when absent). */
  docLabels: ReadonlyMap<string, string>;
}

/** The document cell: its short label, the doc_id as a tooltip. */
function docCell(docId: string, c: RowContext): SafeHtml {
  return html`<td title="${docId}">${c.docLabels.get(docId) ?? docId}</td>`;
}

function quoteCell(quotes: QuoteIndex | null, id: string, x: ReportText): SafeHtml {
  if (quotes === null) return html``;
  const n = quotes.get(id);
  return n ? html`<td class="nowrap"><a href="#q-${n}">${x.quote}</a></td>` : html`<td></td>`;
}

function statusCell(status: GapStatus, lang: ChartLang): SafeHtml {
  return html`<td class="nowrap" data-sort="${GAP_STATUSES.indexOf(status)}">${swatch(status)}${statusLabel(
    status,
    lang,
  )}</td>`;
}

/**
 * The columns of the judged gap rows.
 *
 * @example
 * gapColumns(reportText('zh')).map((c) => c.head) // ['状态', '目标', '文件', …]
 */
export function gapColumns(x: ReportText): Column[] {
  return [
    { head: x.status },
    { head: x.target },
    { head: x.doc },
    { head: x.region },
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
}

/**
 * A judged gap row: status, target, document, region, year, values in the plan's units, attainment, τ, reason,
 * source and quote link, with the attributes the filters read.
 *
 * @example
 * gapRow(g, { lang: 'zh', quotes: new Map(), docLabels: new Map() }).markup // '<tr class="status-achieved" …'
 */
export function gapRow(g: GapRow, c: RowContext): SafeHtml {
  const { lang, quotes } = c;
  const x = reportText(lang);
  const u = displayUnit(g.unit, [g.actual_value, g.target_value, g.stretch_value], lang);
  const href = safeHref(g.actual_source);
  const sourceCell = href
    ? html`<td><a href="${href}" rel="noopener noreferrer">${new URL(href).hostname}</a></td>`
    : td(g.actual_source ?? '');
  const att = g.attainment === null ? null : Number((100 * g.attainment).toFixed(1));
  return html`<tr class="status-${g.status}"${filterAttrs(g.doc_id, g.status, g.region)}>${statusCell(
    g.status,
    lang,
  )}${td(targetLabel(g, lang))}${docCell(g.doc_id, c)}${td(g.region, undefined, 'nowrap')}${td(g.judged_year, g.judged_year, 'num')}${td(
    formatDisplayValue(g.actual_value, u),
    g.actual_value,
    'num',
  )}${td(formatDisplayValue(g.target_value, u), g.target_value, 'num')}${td(
    formatDisplayValue(g.stretch_value, u),
    g.stretch_value,
    'num',
  )}${td(att === null ? '—' : `${att}%`, att, 'num')}${td(g.tau === null ? '—' : g.tau.toFixed(2), g.tau, 'num')}${td(
    reasonMarkup(g.reason, lang),
  )}${sourceCell}${quoteCell(quotes, g.target_id, x)}</tr>`;
}

/**
 * The columns of the rows without a verdict.
 *
 * @example
 * unjudgedColumns(reportText('en')).map((c) => c.head) // ['Status', 'Target', 'Document', …]
 */
export function unjudgedColumns(x: ReportText): Column[] {
  return [
    { head: x.status },
    { head: x.target },
    { head: x.doc },
    { head: x.region },
    { head: x.deadline, type: 'number' },
    { head: x.reasonKind },
    { head: x.reason },
    { head: x.quote },
  ];
}

/**
 * A gap row without a verdict (folded away), with the kind of its reason.
 *
 * @example
 * unjudgedRow(g, { lang: 'zh', quotes: null, docLabels: new Map() }).markup // '<tr … data-category="no_series">…'
 */
export function unjudgedRow(g: GapRow, c: RowContext): SafeHtml {
  const { lang, quotes } = c;
  const x = reportText(lang);
  const category = translateReason(g.reason, lang).category;
  return html`<tr class="status-${g.status}"${filterAttrs(g.doc_id, g.status, g.region, category)}>${statusCell(
    g.status,
    lang,
  )}${td(targetLabel(g, lang))}${docCell(g.doc_id, c)}${td(g.region, undefined, 'nowrap')}${td(
    g.target_year ?? '—',
    g.target_year,
    'num',
  )}${td(reasonCategoryLabel(category, lang))}${td(reasonMarkup(g.reason, lang))}${quoteCell(
    quotes,
    g.target_id,
    x,
  )}</tr>`;
}

/**
 * The columns of the targets table.
 *
 * @example
 * targetColumns(reportText('zh')).length // 12
 */
export function targetColumns(x: ReportText): Column[] {
  return [
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
    { head: x.status },
    { head: x.quote },
  ];
}

/**
 * A target's (or a mention's) value as the plan states it: comparator, value or range, in its display unit.
 *
 * Complexity: O(1).
 *
 * @example
 * targetValueText({ unit: 'yuan', value: 1.2e11, value_max: null, comparator: '>=' }, 'zh') // '≥1,200 亿元'
 */
export function targetValueText(
  t: Pick<TargetRow, 'unit' | 'value' | 'value_max' | 'comparator'>,
  lang: ChartLang,
): string {
  const u = displayUnit(t.unit, [t.value, t.value_max], lang);
  const value =
    t.value_max !== null
      ? `${formatDisplayValue(t.value, u)} – ${formatDisplayValue(t.value_max, u)}`
      : formatDisplayValue(t.value, u);
  return `${COMPARATOR_TEXT[t.comparator ?? '='] ?? ''}${value}`;
}

/**
 * A target's deadline: `2025`, `2021–2023`, or `—`.
 *
 * Complexity: O(1).
 *
 * @example
 * deadlineText({ deadline_year: 2021, deadline_year_max: 2023 }) // '2021–2023'
 */
export function deadlineText(t: Pick<TargetRow, 'deadline_year' | 'deadline_year_max'>): string {
  return t.deadline_year_max !== null
    ? `${t.deadline_year ?? '—'}–${t.deadline_year_max}`
    : String(t.deadline_year ?? '—');
}

/**
 * A row of the targets table, with the target's verdict.
 *
 * @example
 * targetRow(t, 'missed', { lang: 'zh', quotes: null, docLabels: new Map() }).markup // '<tr data-doc=… data-status="missed" …'
 */
export function targetRow(t: TargetRow, status: GapStatus, c: RowContext): SafeHtml {
  const { lang, quotes } = c;
  const x = reportText(lang);
  return html`<tr${filterAttrs(t.doc_id, status, t.region)}>${td(t.target_id)}${docCell(t.doc_id, c)}${td(t.region, undefined, 'nowrap')}${td(
    t.scope,
  )}${td(t.subject)}${td(t.metric)}${td(KIND_LABELS[lang][t.kind] ?? t.kind)}${td(
    targetValueText(t, lang),
    t.value,
    'num',
  )}${td(deadlineText(t), t.deadline_year, 'num')}${td(t.stretch ? x.yes : '')}${statusCell(
    status,
    lang,
  )}${quoteCell(quotes, t.target_id, x)}</tr>`;
}

/** The numeric columns of the summary, in order: what each counts. */
function summaryNumbers(x: ReportText): readonly (readonly [keyof DocumentSummary, string])[] {
  return [
    ['targets', x.targetsCol],
    ['judged', x.judged],
    ['met', x.met],
    ['on_track', x.onTrack],
    ['lagging', x.lagging],
    ['missed', x.missedCol],
    ['no_data', x.noData],
    ['not_judged', x.notJudged],
  ];
}

/** The totals row of a summary. */
function totals(
  rows: readonly DocumentSummary[],
): Omit<DocumentSummary, 'doc_id' | 'title' | 'label' | 'regions' | 'counts'> {
  const sum = (
    k: 'targets' | 'judged' | 'met' | 'missed' | 'on_track' | 'lagging' | 'no_data' | 'not_judged',
  ) => rows.reduce((a, r) => a + r[k], 0);
  return {
    targets: sum('targets'),
    judged: sum('judged'),
    met: sum('met'),
    missed: sum('missed'),
    on_track: sum('on_track'),
    lagging: sum('lagging'),
    no_data: sum('no_data'),
    not_judged: sum('not_judged'),
  };
}

/**
 * The per-document summary table: one row per document (title, doc_id and regions, the counts), and a totals
 * row. `links` makes each title a button that filters the page to that document.
 *
 * Complexity: O(documents).
 *
 * @example
 * summaryTable(documentSummaries(gaps, targets), 'zh', true)
 */
export function summaryTable(rows: readonly DocumentSummary[], lang: ChartLang, links: boolean): SafeHtml {
  const x = reportText(lang);
  const nums = summaryNumbers(x);
  const body = rows.map((s) => {
    const name = links
      ? html`<a href="#gaps" class="doc-link" data-filter-doc="${s.doc_id}" title="${x.showDocument}">${s.title}</a>`
      : html`${s.title}`;
    return html`<tr data-doc="${s.doc_id}"><th scope="row">${name}<div class="small">${s.doc_id} · ${s.regions}</div></th>${nums.map(
      ([k]) => html`<td class="num n-${k}">${s[k] as number}</td>`,
    )}</tr>`;
  });
  const t = totals(rows);
  return html`<table id="doc-summary" class="summary-table"><thead><tr><th scope="col">${x.document}</th>${nums.map(
    ([k, head]) =>
      html`<th scope="col" class="num"${k === 'not_judged' ? html` title="${x.notJudgedHint}"` : ''}>${head}</th>`,
  )}</tr></thead><tbody>
${body.map((r) => html`${r}\n`)}</tbody><tfoot><tr><th scope="row">${x.total}</th>${nums.map(
    ([k]) => html`<td class="num n-${k}">${t[k as keyof typeof t]}</td>`,
  )}</tr></tfoot></table>`;
}

/**
 * The reasons of the rows without a verdict, counted: one row per kind of reason. Each count cell names its kind
 * (`data-count-category`) so the page's filters can recount it.
 *
 * Complexity: O(kinds).
 *
 * @example
 * reasonsTable(unjudgedReasons(gaps), 'zh')
 */
export function reasonsTable(counts: readonly ReasonCount[], lang: ChartLang): SafeHtml {
  const x = reportText(lang);
  return html`<table id="reason-counts" class="reason-counts"><thead><tr><th scope="col">${x.reasonKind}</th><th scope="col" class="num">${x.rows}</th></tr></thead><tbody>
${counts.map(
  (c) =>
    html`<tr><td>${reasonCategoryLabel(c.category, lang)}</td><td class="num" data-count-category="${c.category}">${c.rows}</td></tr>\n`,
)}</tbody></table>`;
}

/**
 * The per-document chart of the summary, from the summaries.
 *
 * @example
 * summaryChart(documentSummaries(gaps, targets), 'zh').id // 'documents'
 */
export function summaryChart(rows: readonly DocumentSummary[], lang: ChartLang): ReportChart {
  const spec = documentStatusChart(
    rows.flatMap((s) =>
      GAP_STATUSES.map((status) => ({ document: s.label, doc_id: s.doc_id, status, n: s.counts[status] })),
    ),
    { lang },
  );
  return { id: 'documents', title: reportText(lang).overview, spec };
}

/** A section of the report for a notebook: static markup (no script), a plain table for text, and its charts. */
export interface ReportSection {
  kind: 'report-section';
  id: 'summary' | 'unjudged' | 'gaps';
  title: string;
  /** The section as HTML (no script; inline styles only). */
  html: string;
  /** The section as a plain table (for text output): column heads and rows of cell texts. */
  table: { columns: string[]; rows: string[][] };
  /** Charts to show after the markup (Vega-Lite). */
  charts: ReportChart[];
}

/** Options of {@link reportSection}. */
export interface ReportSectionOptions {
  lang?: ChartLang;
  /** Titles of the documents, for the summary (`seedIndex()` for the seeds). */
  documents?: readonly ReportDocument[];
  /** Unused by the sections today; accepted so that report options can be passed as they are. */
  actuals?: readonly ActualRow[];
}

const SECTION_STYLE =
  '<style>.ct-section table{border-collapse:collapse;font-size:13px}.ct-section th,.ct-section td{border:1px solid #e3e3e3;padding:2px 6px;text-align:left;vertical-align:top}.ct-section td.num{text-align:right}.ct-section .small{font-size:11px;color:#666}.ct-section .swatch{display:inline-block;width:10px;height:10px;margin-right:4px}</style>';

/**
 * One section of the report, for a notebook's `show()`: `summary` (how each document is doing, with its chart),
 * `unjudged` (the rows without a verdict counted by reason) or `gaps` (the judged rows). Same words and same
 * numbers as the report.
 *
 * Complexity: O(g + t).
 *
 * @example
 * await show(reportSection('summary', gaps, targets, { documents: seeds.index() }));
 * @throws {Error} when a gap row has a status outside GAP_STATUSES (names the row), or `id` is not a section.
 */
export function reportSection(
  id: ReportSection['id'],
  gaps: readonly GapRow[],
  targets: readonly TargetRow[],
  options: ReportSectionOptions = {},
): ReportSection {
  const lang = options.lang ?? 'zh';
  const x = reportText(lang);
  gaps.forEach(checkStatus);
  const wrap = (inner: SafeHtml) => `${SECTION_STYLE}<div class="ct-section">${inner.markup}</div>`;
  if (id === 'summary') {
    const rows = documentSummaries(gaps, targets, options.documents, lang);
    const t = totals(rows);
    const nums = summaryNumbers(x);
    return {
      kind: 'report-section',
      id,
      title: x.overview,
      html: wrap(html`<p class="small">${x.overviewNote}</p>${summaryTable(rows, lang, false)}`),
      table: {
        columns: [x.document, ...nums.map(([, head]) => head)],
        rows: [
          ...rows.map((s) => [s.title, ...nums.map(([k]) => String(s[k]))]),
          [x.total, ...nums.map(([k]) => String(t[k as keyof typeof t]))],
        ],
      },
      charts: [summaryChart(rows, lang)],
    };
  }
  if (id === 'unjudged') {
    const counts = unjudgedReasons(gaps, lang);
    return {
      kind: 'report-section',
      id,
      title: x.unjudgedHead(counts.reduce((a, c) => a + c.rows, 0)),
      html: wrap(reasonsTable(counts, lang)),
      table: {
        columns: [x.reasonKind, x.rows],
        rows: counts.map((c) => [reasonCategoryLabel(c.category, lang), String(c.rows)]),
      },
      charts: [],
    };
  }
  if (id === 'gaps') {
    const judged = gaps.filter((g) => !UNJUDGED_STATUSES.has(g.status));
    const docLabels = new Map(
      documentSummaries(gaps, targets, options.documents, lang).map((s) => [s.doc_id, s.label]),
    );
    const columns = gapColumns(x).slice(0, -1);
    return {
      kind: 'report-section',
      id,
      title: x.gapsJudged(judged.length),
      html: wrap(
        html`<table><thead><tr>${columns.map((c) => html`<th>${c.head}</th>`)}</tr></thead><tbody>${judged.map(
          (g) => gapRow(g, { lang, quotes: null, docLabels }),
        )}</tbody></table>`,
      ),
      table: {
        columns: [x.status, x.target, x.judgedYear, x.actual, x.targetValue, x.attainment, x.reason],
        rows: judged.map((g) => {
          const u = displayUnit(g.unit, [g.actual_value, g.target_value], lang);
          return [
            statusLabel(g.status, lang),
            targetLabel(g, lang),
            String(g.judged_year ?? '—'),
            formatDisplayValue(g.actual_value, u),
            formatDisplayValue(g.target_value, u),
            g.attainment === null ? '—' : `${(100 * g.attainment).toFixed(1)}%`,
            translateReason(g.reason, lang).text,
          ];
        }),
      },
      charts: [],
    };
  }
  throw new Error(`reportSection: unknown section ${JSON.stringify(id)} (summary, unjudged or gaps)`);
}
