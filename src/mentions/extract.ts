/**
 * Reading a document once for every quantity it states: the mentions table, and the targets table as its view.
 *
 * Pipeline: what the document says of itself (region, issue date, type) → body span → sentences (windows of at
 * most 1,500 characters) → section orientation from headings (review / plan) → for each sentence its figures with
 * their structural roles → the role of each figure (`decideRole`: structural roles, then the learned heads over the
 * evidence features, then rules) → figures that are not targets leave the target reading → the sentence rules of
 * `targets/rules/index.ts` write target rows → one mention per figure, linked to its target rows.
 */

import { classifyTarget } from '../targets/classify.js';
import type { Figure } from '../targets/figures.js';
import type { ExtractOptions } from '../targets/options.js';
import { tidySubject } from '../targets/phrase.js';
import { responsibleAt } from '../targets/responsible.js';
import { SENTENCE_RULES } from '../targets/rules/index.js';
import type { SentenceRule } from '../targets/rules/rule.js';
import {
  type DocContext,
  defaultScopeOf,
  documentHorizon,
  type Horizon,
} from '../targets/sentence/context.js';
import type { Draft } from '../targets/sentence/row.js';
import { SentenceState } from '../targets/sentence/state.js';
import type { TargetRow } from '../targets/types.js';
import { findBody } from '../text/body.js';
import { type DocType, parseDocumentInfo } from '../text/document-info.js';
import { findDeadlines } from '../text/horizon.js';
import { segmentSentences, windowSentences } from '../text/segment.js';
import { toSimplified } from '../text/simplified.js';
import { findTableCells } from '../text/text-table.js';
import { decideRole, type RoleDecision, roleModel } from './classify.js';
import { featuresOf } from './features.js';
import type { RoleModel } from './model.js';
import { headingOrientation, type Orientation } from './sections.js';
import { type Tense, timeAnchors } from './time.js';
import type { MentionRow } from './types.js';

/** What the mention reading needs besides {@link ExtractOptions}; everything is read from the text when absent. */
export interface MentionOptions extends Omit<ExtractOptions, 'region' | 'issuedYear'> {
  region?: string;
  issuedYear?: number;
  /** The document type (work_report, statistical_communique, plan…); read from the title when absent. */
  docType?: DocType;
  /** The role model (default: the committed one). */
  model?: RoleModel;
  /** Called with every figure's evidence (the training script collects examples with it). */
  trace?: (figure: FigureTrace) => void;
}

/** What {@link MentionOptions.trace} receives for each figure. */
export interface FigureTrace {
  /** Document offsets of the figure itself. */
  start: number;
  end: number;
  value: number;
  unit: string;
  /** The figure reader's structural role (target, qualifier, listsize, tier, skip). */
  structural: string;
  features: string[];
  decision: RoleDecision;
}

/** Both tables of one document. */
export interface DocumentReading {
  targets: TargetRow[];
  mentions: MentionRow[];
  /** The options the document was read with, after inference (region, year, type). */
  resolved: {
    region: string;
    regionCode: string | null;
    issuedYear: number;
    docType: DocType;
    evidence: string[];
  };
}

/** A short section heading naming an industry: (一)工程机械产业。 / 1、光电子信息产业集群 */
const SECTION_INDUSTRY =
  /^(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．])([\u4e00-\u9fff]{2,12}?)(?:产业集群|产业链|产业|行业)[。.]?$/;
/** Verbs opening a section heading that names an industry: (一)做强电子信息产业. */
const HEADING_VERB =
  /^(?:做大做强|做强做优|做优做强|做强|做大|做优|壮大|培育|发展|提升|振兴|打造|加快发展|大力发展)/;
/** A top-level section heading: 一、… or (一)… (the section's deadline and heading subject end there). */
const TOP_HEADING = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;

/** The reading state of a document that changes as sentences are read. */
interface PassState {
  ctx: DocContext;
  orientation: Orientation;
  /** Orientation of the enclosing top-level section (a sub-heading overrides it until the next one). */
  topOrientation: Orientation;
  /** Where the last time word read in this section pointed. */
  carriedTense: Tense | null;
  /** A plan section has been read (the review comes first in work reports and plans). */
  planSeen: boolean;
}

/** Resolve what the caller did not say from the document itself; throws when the issue year cannot be found. */
function resolveOptions(
  text: string,
  options: MentionOptions,
  caller: string,
): DocumentReading['resolved'] & {
  reportYear: number | null;
  planStart: number | null;
  planEnd: number | null;
} {
  const info = parseDocumentInfo(text, {
    region: options.region,
    regionCode: options.regionCode ?? undefined,
    issuedYear: options.issuedYear,
  });
  const issuedYear = options.issuedYear ?? info.issued.year;
  if (issuedYear === null || !Number.isInteger(issuedYear) || issuedYear < 1949 || issuedYear > 2100)
    throw new Error(
      `${caller}(${options.docId}): issuedYear must be a year (1949–2100), got ${issuedYear ?? 'none: the text states no date'}`,
    );
  return {
    region: options.region ?? info.region ?? '',
    regionCode: options.regionCode ?? info.regionCode ?? null,
    issuedYear,
    docType: options.docType ?? info.docType,
    evidence: info.evidence,
    reportYear: (options.docType ?? info.docType) === 'statistical_communique' ? info.planStart : null,
    planStart: info.planStart,
    planEnd: info.planEnd,
  };
}

/**
 * The years a document's targets run over unless a sentence says otherwise: the options' horizon; a work report's or
 * an annual plan's own year (its annual targets are for that year, whatever later years it names in passing); the
 * text's own horizon (title year, first deadline phrase); else the plan period its title states (十四五 → 2025).
 */
function horizonOf(
  text: string,
  body: { start: number; end: number },
  opts: ExtractOptions,
  resolved: DocumentReading['resolved'] & { planStart: number | null; planEnd: number | null },
): Horizon {
  const y = opts.issuedYear;
  if (!opts.horizon && (resolved.docType === 'work_report' || resolved.docType === 'annual_plan')) {
    const year = resolved.docType === 'annual_plan' && resolved.planEnd !== null ? resolved.planEnd : y;
    return { startYear: year, deadlineYear: year, deadlineYearMax: null, currentYear: year };
  }
  const h = documentHorizon(text, body.start, body.end, opts);
  if (h.deadlineYear === null && resolved.planEnd !== null && resolved.planEnd >= y)
    return { startYear: resolved.planStart ?? y, deadlineYear: resolved.planEnd, deadlineYearMax: null };
  return h;
}

/** Update the document state from a sentence that opens a section. */
function enterSentence(p: PassState, clean: string, issuedYear: number): void {
  const ctx = p.ctx;
  if (TOP_HEADING.test(clean)) {
    ctx.section = null;
    ctx.headingSubject = null;
  }
  const heading = SECTION_INDUSTRY.exec(clean);
  // (二)壮大汽车产业。 → 汽车: the heading's verb is no part of the industry
  if (heading) ctx.headingSubject = heading[1]!.replace(HEADING_VERB, '') || heading[1]!;
  const h = headingOrientation(clean, (y) =>
    y < issuedYear ? 'past' : y === issuedYear ? 'current' : 'future',
  );
  if (h) {
    p.carriedTense = null;
    if (h.top) {
      // a top heading that says neither (三、加强政府自身建设) comes after the review: it carries on the plan
      p.topOrientation = h.orientation ?? (p.planSeen ? 'plan' : 'neutral');
      p.orientation = p.topOrientation;
    } else p.orientation = h.orientation ?? p.topOrientation;
    if (p.orientation === 'plan') p.planSeen = true;
  }
}

/** A short cell of its own line with no figure and no punctuation names the subject of the next cell. */
function cellSubjectOf(text: string, clean: string, end: number): string | null {
  return clean.length <= 24 &&
    /^[\u4e00-\u9fff“”()（）A-Za-z]+$/.test(clean) &&
    /\n/.test(text.slice(end, end + 3)) &&
    !/(?:处|室|办|局|委|政府|单位|序号|任务|目标|时限|措施|内容)$/.test(clean)
    ? clean
    : null;
}

/** The role of every figure of a sentence; figures that are not targets leave the target reading. */
function decideRoles(
  st: SentenceState,
  p: PassState,
  resolved: DocumentReading['resolved'],
  model: RoleModel,
  reportYear: number | null,
  trace: MentionOptions['trace'],
): Map<Figure, RoleDecision> {
  // words are matched in simplified characters (big5 mirrors); offsets are unchanged
  const simple = toSimplified(st.s);
  const anchors = timeAnchors(simple, resolved.issuedYear);
  const decisions = new Map<Figure, RoleDecision>();
  let previousRole: RoleDecision['role'] | null = null;
  for (const f of st.figures) {
    // calendar years and durations (到2025年, 过去五年, 用3年时间) are time words, not quantities of the document
    if (f.q.unit === 'year' || (f.q.unit === 'years' && f.role === 'skip')) continue;
    const input = {
      s: simple,
      f,
      clause: st.clauseOf(f),
      anchors,
      orientation: p.orientation,
      docType: resolved.docType,
      issuedYear: resolved.issuedYear,
      reportYear,
      carriedTense: p.carriedTense,
      previousRole,
    };
    const d = decideRole(input, model);
    decisions.set(f, d);
    previousRole = d.role;
    trace?.({
      start: st.sent.offsets[f.start]!,
      end: st.sent.offsets[f.end - 1]! + 1,
      value: f.value,
      unit: f.q.unit,
      structural: f.role,
      features: featuresOf(input),
      decision: d,
    });
    if (f.role === 'target' && d.role !== 'target') st.consume(f, `role ${d.role}: ${d.why}`);
  }
  const last = anchors[anchors.length - 1];
  if (last) p.carriedTense = last.tense;
  return decisions;
}

/** One mention per figure of the sentence, linked to the drafts made from it. */
function mentionsOf(
  st: SentenceState,
  decisions: Map<Figure, RoleDecision>,
  drafts: readonly Draft[],
  ids: Map<Draft, string>,
  resolved: DocumentReading['resolved'],
  docId: string,
): MentionRow[] {
  const out: MentionRow[] = [];
  let lastSubject = '';
  for (const [f, d] of decisions) {
    const rows = drafts.filter((x) => x.figure.start === f.start && x.figure.end === f.end);
    const first = rows[0]?.row;
    const cl = st.clauseOf(f);
    const ph = st.phraseOf(cl.start, f.start);
    const termName = f.structure?.span.entry?.terms[f.structure.index];
    const cellRow = f.cell && f.cell.row !== '' ? f.cell.row : undefined;
    const subject = first?.subject ?? termName ?? cellRow ?? (tidySubject(ph.subject) || lastSubject);
    if (subject) lastSubject = subject;
    const cls = first
      ? { metric: first.metric, kind: first.kind }
      : classifyTarget({
          unit: f.q.unit,
          subject,
          metricWord: ph.metricWord,
          before: st.s.slice(cl.start, f.start),
          clause: st.textOf(cl),
          phrase: st.s.slice(ph.start, f.end),
          tier: null,
          tierOnly: false,
        });
    if (!first && f.structure) Object.assign(cls, { metric: '占比', kind: 'share' });
    // a value cell of a text table: its column says whether it is a growth rate and the year it is for
    if (!first && f.cell?.growth) Object.assign(cls, { metric: '增速', kind: 'growth' });
    const cellYear = f.cell?.year ?? null;
    const growthDecline = cls.kind === 'growth' && f.decline === true;
    // a table cell is quoted from the start of its row
    const quoteStart = first
      ? first.span_start
      : f.cell
        ? st.ctx.text.lastIndexOf('\n', f.cell.start - 1) + 1
        : st.sent.offsets[Math.min(ph.start, f.start)]!;
    const quoteEnd = first ? first.span_end : st.sent.offsets[f.end - 1]! + 1;
    const role = d.role === 'target' && rows.length === 0 ? 'other' : rows.length > 0 ? 'target' : d.role;
    out.push({
      mention_id: `${docId}:${st.sent.offsets[f.start]!}`,
      doc_id: docId,
      region: resolved.region,
      region_code: resolved.regionCode,
      role,
      stretch: first?.stretch ?? false,
      subject,
      metric: cls.metric,
      kind: cls.kind,
      comparator: first?.comparator ?? f.comparator,
      value: first ? first.value : growthDecline ? -f.value : f.value,
      value_max: first ? first.value_max : f.valueMax,
      unit: first ? first.unit : f.q.unit,
      source_unit: f.q.sourceUnit,
      period_year: role === 'outcome' || role === 'estimate' ? (cellYear ?? d.periodYear) : null,
      period_start_year: role === 'outcome' || role === 'estimate' ? (cellYear ?? d.periodStartYear) : null,
      deadline_year: first?.deadline_year ?? null,
      scope: first?.scope ?? st.ctx.defaultScope,
      quote: st.ctx.text.slice(quoteStart, quoteEnd),
      span_start: quoteStart,
      span_end: quoteEnd,
      target_ids: rows.map((r) => ids.get(r) ?? ''),
      p_target: d.pTarget,
      why: role === 'other' && d.role === 'target' ? 'target head, but no target rule read it' : d.why,
    });
  }
  return out;
}

/**
 * Read a document once: its mentions (every quantity with its role) and its targets (the target view).
 *
 * Complexity: O(n) in the text length times a small factor per figure.
 *
 * @example
 * const { targets, mentions } = readPolicyText('一、2022年工作回顾\n全市生产总值385.2亿元，增长11.3%。\n' +
 *   '二、2023年工作安排\n地区生产总值增长6%左右。', { docId: 'demo', region: '某市', issuedYear: 2023 });
 * mentions.map((m) => m.role) // ['outcome', 'outcome', 'target']
 * @throws {Error} when `docId` is empty or no issue year is given or stated in the text.
 */
export function readPolicyText(
  text: string,
  options: MentionOptions,
  rules: readonly SentenceRule[] = SENTENCE_RULES,
  caller = 'readPolicyText',
): DocumentReading {
  if (!options.docId)
    throw new Error(`${caller}: options.docId is required (the file name without extension)`);
  const { reportYear, planStart, planEnd, ...resolved } = resolveOptions(text, options, caller);
  const opts: ExtractOptions = {
    ...options,
    region: resolved.region,
    issuedYear: resolved.issuedYear,
    regionCode: resolved.regionCode,
  };
  const body = findBody(text);
  const ctx: DocContext = {
    defaultScope: defaultScopeOf(resolved.region, resolved.regionCode),
    headingSubject: null,
    cellSubject: null,
    text,
    opts,
    horizon: horizonOf(text, body, opts, { ...resolved, planStart, planEnd }),
    section: null,
    who: responsibleAt(text),
    tableCells: new Map(findTableCells(text).map((c) => [c.start, c])),
  };
  const model = options.model ?? roleModel();
  const p: PassState = {
    ctx,
    orientation: 'neutral',
    topOrientation: 'neutral',
    carriedTense: null,
    planSeen: false,
  };
  const sentences: { st: SentenceState; decisions: Map<Figure, RoleDecision>; drafts: Draft[] }[] = [];
  for (const s of windowSentences(segmentSentences(text, body))) {
    enterSentence(p, toSimplified(s.clean), resolved.issuedYear);
    const dl = findDeadlines(s.clean, resolved.issuedYear, ctx.horizon.currentYear);
    if (dl.length > 0 && s.clean.length <= 40 && /目标|任务/.test(s.clean)) ctx.section = dl[0]!;
    const st = new SentenceState(s, ctx);
    const decisions = decideRoles(st, p, resolved, model, reportYear, options.trace);
    const drafts: Draft[] = [];
    if (st.worthReading()) for (const rule of rules) rule.apply(st);
    drafts.push(...st.out);
    sentences.push({ st, decisions, drafts });
    ctx.cellSubject = cellSubjectOf(text, s.clean, s.end);
  }
  const allDrafts = sentences.flatMap((x) => x.drafts);
  const { targets, ids } = assignIds(allDrafts);
  const mentions = sentences.flatMap((x) =>
    mentionsOf(x.st, x.decisions, x.drafts, ids, resolved, options.docId),
  );
  return { targets, mentions, resolved };
}

/**
 * Every quantity of a document with its role (target, outcome, estimate, baseline, threshold, instrument, label,
 * other), subject, metric, period and quote.
 *
 * @example
 * extractMentions(text, { docId: 'guangdong-2023-government-work-report' }).filter((m) => m.role === 'outcome')
 * @throws {Error} when `docId` is empty or no issue year is given or stated in the text.
 */
export function extractMentions(text: string, options: MentionOptions): MentionRow[] {
  return readPolicyText(text, options, SENTENCE_RULES, 'extractMentions').mentions;
}

/** Give rows their ids: `<doc_id>:<span_start>:<k>`, k counting the rows that share a span start, in order. */
function assignIds(drafts: readonly Draft[]): { targets: TargetRow[]; ids: Map<Draft, string> } {
  const sorted = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.row.span_start - b.d.row.span_start || a.i - b.i);
  const seen = new Map<number, number>();
  const ids = new Map<Draft, string>();
  const targets = sorted.map(({ d }) => {
    const k = (seen.get(d.row.span_start) ?? 0) + 1;
    seen.set(d.row.span_start, k);
    const id = `${d.row.doc_id}:${d.row.span_start}:${k}`;
    ids.set(d, id);
    return { target_id: id, ...d.row };
  });
  return { targets, ids };
}
