/**
 * The numbers the report's first screen shows: one verdict per target, counted per document, and the rows without
 * a verdict counted by the kind of their reason.
 */
import { STATUS_SEVERITY } from '../charts/status-matrix.js';
import type { ChartLang } from '../charts/types.js';
import type { GapRow, GapStatus } from '../gaps/types.js';
import type { TargetRow } from '../targets/types.js';
import { type ReasonCategory, translateReason } from './reasons.js';

/** Statuses that are no verdict on progress: the report folds their rows away. */
export const UNJUDGED_STATUSES: ReadonlySet<GapStatus> = new Set([
  'not_comparable',
  'insufficient_data',
  'not_due',
]);

/** A document as the report names it. */
export interface ReportDocument {
  doc_id: string;
  /** The document's title (`武汉市大力推进产业转型提升工作实施方案`); the doc_id when absent. */
  title?: string;
  region?: string;
  issued_year?: number;
}

/** One target's verdict: the status of its latest judged year. */
export interface TargetVerdict {
  target_id: string;
  doc_id: string;
  region: string;
  /** `insufficient_data` for a target with no gap row. */
  status: GapStatus;
  /** The gap row the verdict comes from (`null` for a target with no gap row). */
  row: GapRow | null;
}

const SEVERITY_RANK = new Map(STATUS_SEVERITY.map((s, i) => [s, i]));

/** True when `a` is the better row to stand for its target: judged over unjudged, later year, then more severe. */
function outranks(a: GapRow, b: GapRow): boolean {
  const ja = !UNJUDGED_STATUSES.has(a.status);
  const jb = !UNJUDGED_STATUSES.has(b.status);
  if (ja !== jb) return ja;
  const ya = a.judged_year ?? Number.NEGATIVE_INFINITY;
  const yb = b.judged_year ?? Number.NEGATIVE_INFINITY;
  if (ya !== yb) return ya > yb;
  return (SEVERITY_RANK.get(a.status) ?? 99) < (SEVERITY_RANK.get(b.status) ?? 99);
}

/**
 * One verdict per target, in first-seen order (`targets`, then gap rows whose target is not in `targets`): the
 * status of the target's latest judged year (a row with a verdict wins over one without; among rows of the same
 * year, for the members of a zone class, the most severe). A target with no gap row is `insufficient_data`.
 *
 * Complexity: O(g + t).
 *
 * @example
 * targetVerdicts(gaps, targets).filter((v) => v.status === 'missed').length // targets missed, not rows
 */
export function targetVerdicts(gaps: readonly GapRow[], targets: readonly TargetRow[]): TargetVerdict[] {
  const best = new Map<string, GapRow>();
  for (const g of gaps) {
    const prev = best.get(g.target_id);
    if (!prev || outranks(g, prev)) best.set(g.target_id, g);
  }
  const out = new Map<string, TargetVerdict>();
  for (const list of [targets, gaps])
    for (const t of list) {
      if (out.has(t.target_id)) continue;
      const row = best.get(t.target_id) ?? null;
      out.set(t.target_id, {
        target_id: t.target_id,
        doc_id: t.doc_id,
        region: t.region,
        status: row?.status ?? 'insufficient_data',
        row,
      });
    }
  return [...out.values()];
}

/** What one document's targets come to: the first screen of the report. */
export interface DocumentSummary {
  doc_id: string;
  /** The title given in {@link ReportDocument}, else the doc_id. */
  title: string;
  /** A short label for chart axes: the start of the title and the year of issue. */
  label: string;
  /** Regions of the document's targets, `、`-joined. */
  regions: string;
  targets: number;
  /** Targets with a verdict on progress (met, on track, lagging, missed). */
  judged: number;
  /** 已完成 and 完成力争目标. */
  met: number;
  missed: number;
  on_track: number;
  /** 需加快进度, 滞后 and 倒退. */
  lagging: number;
  /** 数据不足 (and targets with no gap row). */
  no_data: number;
  /** 口径不可比 and 未到期. */
  not_judged: number;
  /** Targets per status. */
  counts: Record<GapStatus, number>;
}

function emptyCounts(): Record<GapStatus, number> {
  return {
    not_comparable: 0,
    insufficient_data: 0,
    not_due: 0,
    achieved_stretch: 0,
    achieved: 0,
    on_track: 0,
    needs_acceleration: 0,
    off_track: 0,
    regressing: 0,
    missed: 0,
  };
}

/** A short axis label for a document: its title cut to 18 characters, with the year: `武汉市大力推进…（2021）`. */
function shortLabel(d: ReportDocument | undefined, docId: string, lang: ChartLang): string {
  if (!d?.title) return docId;
  const chars = [...d.title];
  const title = chars.length > 18 ? `${chars.slice(0, 18).join('')}…` : d.title;
  if (d.issued_year === undefined) return title;
  return lang === 'en' ? `${title} (${d.issued_year})` : `${title}（${d.issued_year}）`;
}

/**
 * The per-document summary: targets, judged, met, missed, on track, lagging, no data and not judged, counting one
 * verdict per target ({@link targetVerdicts}); `targets = judged + no_data + not_judged` and
 * `judged = met + on_track + lagging + missed`. Documents in the order of `documents` (those it names), then in
 * first-seen order.
 *
 * Complexity: O(g + t + d).
 *
 * @example
 * documentSummaries(gaps, targets, seedIndex())[0] // { doc_id: 'wuhan-2018-…', targets: 50, judged: 0, met: 0, … }
 */
export function documentSummaries(
  gaps: readonly GapRow[],
  targets: readonly TargetRow[],
  documents: readonly ReportDocument[] = [],
  lang: ChartLang = 'zh',
): DocumentSummary[] {
  const verdicts = targetVerdicts(gaps, targets);
  const byDoc = new Map<string, TargetVerdict[]>();
  for (const d of documents) if (!byDoc.has(d.doc_id)) byDoc.set(d.doc_id, []);
  for (const v of verdicts) {
    const list = byDoc.get(v.doc_id);
    if (list) list.push(v);
    else byDoc.set(v.doc_id, [v]);
  }
  const info = new Map(documents.map((d) => [d.doc_id, d]));
  const out: DocumentSummary[] = [];
  for (const [docId, list] of byDoc) {
    if (list.length === 0) continue;
    const counts = emptyCounts();
    for (const v of list) counts[v.status]++;
    const d = info.get(docId);
    out.push({
      doc_id: docId,
      title: d?.title || docId,
      label: shortLabel(d, docId, lang),
      regions: [...new Set(list.map((v) => v.region))].join('、'),
      targets: list.length,
      judged: list.length - counts.insufficient_data - counts.not_comparable - counts.not_due,
      met: counts.achieved + counts.achieved_stretch,
      missed: counts.missed,
      on_track: counts.on_track,
      lagging: counts.needs_acceleration + counts.off_track + counts.regressing,
      no_data: counts.insufficient_data,
      not_judged: counts.not_comparable + counts.not_due,
      counts,
    });
  }
  return out;
}

/** Rows without a verdict of one kind of reason. */
export interface ReasonCount {
  category: ReasonCategory;
  /** Gap rows (not targets) with this kind of reason. */
  rows: number;
}

/**
 * The gap rows without a verdict ({@link UNJUDGED_STATUSES}) counted by the kind of their reason
 * ({@link translateReason}), most frequent first.
 *
 * Complexity: O(g × rules).
 *
 * @example
 * unjudgedReasons(gaps)[0] // { category: 'no_series', rows: 238 }
 */
export function unjudgedReasons(gaps: readonly GapRow[], lang: ChartLang = 'zh'): ReasonCount[] {
  const counts = new Map<ReasonCategory, number>();
  for (const g of gaps) {
    if (!UNJUDGED_STATUSES.has(g.status)) continue;
    const c = translateReason(g.reason, lang).category;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts]
    .map(([category, rows]) => ({ category, rows }))
    .sort((a, b) => b.rows - a.rows || a.category.localeCompare(b.category));
}
