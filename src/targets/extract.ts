/**
 * The extractor: a policy text in, one {@link TargetRow} per numeric target out.
 *
 * Pipeline: body span (site noise left out) → sentences (spans, wrapped lines joined) → for each sentence, its
 * figures with their structural roles (`classifyFigures`) → the sentence rules of `rules/index.ts`, in order, each
 * reading the explicit {@link SentenceState} and emitting rows → rows with stable ids.
 */
import { findBody } from '../text/body.js';
import { findDeadlines } from '../text/horizon.js';
import { segmentSentences, windowSentences } from '../text/segment.js';
import type { ExtractOptions } from './options.js';
import { responsibleAt } from './responsible.js';
import { SENTENCE_RULES, type SentenceRule } from './rules/index.js';
import { type DocContext, defaultScopeOf, documentHorizon } from './sentence/context.js';
import type { Draft } from './sentence/row.js';
import { SentenceState } from './sentence/state.js';
import type { TargetRow } from './types.js';

export type { ExtractOptions } from './options.js';

/** A short section heading naming an industry: (一)工程机械产业。 / 1、光电子信息产业集群 */
const SECTION_INDUSTRY =
  /^(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．])([\u4e00-\u9fff]{2,12}?)(?:产业集群|产业链|产业|行业)[。.]?$/;
/** Verbs opening a section heading that names an industry: (一)做强电子信息产业. */
const HEADING_VERB =
  /^(?:做大做强|做强做优|做优做强|做强|做大|做优|壮大|培育|发展|提升|振兴|打造|加快发展|大力发展)/;
/** A sentence about a past year's result: 2023年全市规上工业营业收入达到1.8万亿元,同比增长5.6%. */
const PAST_RESULT =
  /^[^，,。；;]{0,8}?(20\d\d)年(?![^。]*(?:目标|力争|争取|预期))[^。]{0,30}?(?:实现|完成|达到|同比|比上年)/;
const PAST_FACT =
  /^[^，,。；;]{0,8}?(20\d\d)年(?:底|末|上半年|前三季度)?(?:全市|全省|全县|全区|全年|我市|我省)?(?:共|累计)?(?:实现|完成|达到|新增|引进)/;
/** A top-level section heading: 一、… or (一)… (the section's deadline and heading subject end there). */
const TOP_HEADING = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;

/** Read one sentence with the rules; returns its drafts. */
function readSentence(st: SentenceState, rules: readonly SentenceRule[]): Draft[] {
  if (!st.worthReading()) return [];
  for (const rule of rules) rule.apply(st);
  return st.out;
}

/** Update the document state from a sentence that opens a section or states a section deadline. */
function enterSentence(ctx: DocContext, clean: string): void {
  if (TOP_HEADING.test(clean)) {
    ctx.section = null;
    ctx.headingSubject = null;
  }
  const heading = SECTION_INDUSTRY.exec(clean);
  // (二)壮大汽车产业。 → 汽车: the heading's verb is no part of the industry
  if (heading) ctx.headingSubject = heading[1]!.replace(HEADING_VERB, '') || heading[1]!;
}

/** A statistic of a past year stated as fact: 2022年全市实现地区生产总值5000亿元. */
function isPastStatement(clean: string, issuedYear: number): boolean {
  const past = PAST_FACT.exec(clean);
  if (past && Number(past[1]) < issuedYear) return true;
  const result = PAST_RESULT.exec(clean);
  return result !== null && Number(result[1]) < issuedYear;
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

/**
 * Extract every numeric target of a policy text.
 *
 * Complexity: O(n) in the text length times a small factor per figure (each sentence's figures are compared
 * pairwise: O(k²) for k figures of a sentence).
 *
 * @example
 * extractTargets('2021年的主要目标:\n——地区生产总值达到17600亿元、增长12%,力争达到17800亿元、增长13%;',
 *   { docId: 'demo', region: '武汉市', regionCode: '420100', issuedYear: 2021 }).length // 4
 * @throws {Error} when `issuedYear` is not a year (1949–2100) or `docId` is empty.
 */
export function extractTargets(text: string, options: ExtractOptions): TargetRow[] {
  return extractTargetsWith(text, options, SENTENCE_RULES);
}

/** {@link extractTargets} with another table of sentence rules (tests take one rule out to see what it does). */
export function extractTargetsWith(
  text: string,
  options: ExtractOptions,
  rules: readonly SentenceRule[],
): TargetRow[] {
  if (!options.docId)
    throw new Error('extractTargets: options.docId is required (the file name without extension)');
  if (!Number.isInteger(options.issuedYear) || options.issuedYear < 1949 || options.issuedYear > 2100)
    throw new Error(`extractTargets(${options.docId}): issuedYear must be a year, got ${options.issuedYear}`);
  const body = findBody(text);
  const ctx: DocContext = {
    defaultScope: defaultScopeOf(options.region),
    headingSubject: null,
    cellSubject: null,
    text,
    opts: options,
    horizon: documentHorizon(text, body.start, body.end, options),
    section: null,
    who: responsibleAt(text),
  };
  const drafts: Draft[] = [];
  for (const s of windowSentences(segmentSentences(text, body))) {
    enterSentence(ctx, s.clean);
    if (isPastStatement(s.clean, options.issuedYear)) continue;
    const dl = findDeadlines(s.clean, options.issuedYear, ctx.horizon.currentYear);
    if (dl.length > 0 && s.clean.length <= 40 && /目标|任务/.test(s.clean)) ctx.section = dl[0]!;
    drafts.push(...readSentence(new SentenceState(s, ctx), rules));
    ctx.cellSubject = cellSubjectOf(text, s.clean, s.end);
  }
  return assignIds(drafts.map((d) => d.row));
}

/** Give rows their ids: `<doc_id>:<span_start>:<k>`, k counting the rows that share a span start, in order. */
function assignIds(rows: Omit<TargetRow, 'target_id'>[]): TargetRow[] {
  const sorted = rows.map((r, i) => ({ r, i })).sort((a, b) => a.r.span_start - b.r.span_start || a.i - b.i);
  const seen = new Map<number, number>();
  return sorted.map(({ r }) => {
    const k = (seen.get(r.span_start) ?? 0) + 1;
    seen.set(r.span_start, k);
    return { target_id: `${r.doc_id}:${r.span_start}:${k}`, ...r };
  });
}
