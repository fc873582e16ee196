/**
 * Counts followed by their noun: 新开工600个亿元以上项目, 培育100名企业家, 每年有100个在建项目竣工投产. The subject
 * of such a figure is the noun after it, not the words before.
 */
import type { Tier } from '../../quantities/types.js';
import type { Figure } from '../figures.js';
import { COUNT_VERBS } from '../lexicon.js';
import { tidySubject } from '../phrase.js';
import { bareSubject } from './carried.js';
import type { SentenceState } from './state.js';
import { isCjk, SCOPE_OR_TIME_ONLY, tierOfValue } from './words.js';

/** The words between two counted items of a list: 国家级制造业创新中心、 / 协同创新中心和 */
const LIST_CONTINUATION = /^[\u4e00-\u9fff\dA-Za-z“”()（）]{0,30}(?:、|和|及|以及)$/;
/** 有 before a count, after time words only (每年有, 全年有, 力争每年有): the count's state follows its noun. */
const HAS_COUNT_LEAD = /^(?:每年|全年|年均|当年|力争|争取|确保|累计|全市|全省|全县)*有$/;
/** A counted noun followed by the state it must reach: 在建项目竣工投产, 技改项目实施推进, 规上企业入库纳统. */
const COUNTED_WITH_STATE =
  /^([\u4e00-\u9fff]{0,12}?(?:项目|企业|园区|平台|产品|工程|基地|车间|工厂|产业链))((?:竣工|建成|开工|实施|投产|达产|落地|签约|入库|纳统|入统|升规|上市|完成|推进|改造|建设|验收|运营)[\u4e00-\u9fff]{0,4})$/;
/** A level-only item of a list of counts: 4个国家级、10个省级、20个市级科技企业孵化器. */
const LEVEL_ONLY =
  /^(?:国家级|省级|市级|县级|区级|省级以上|国家级以上|市级以上|(?:万亿|五千亿|千亿|五百亿|百亿|十亿)级?)$/;
const LEVEL_PREFIX = /^(?:(?:国家级|省级|市级|县级|区级)(?:以上)?|(?:万亿|五千亿|千亿|五百亿|百亿|十亿)级?)/;

/** The noun a count counts when it comes after the figure: 600个亿元以上项目 → 亿元以上项目. */
export function subjectAfter(s: string, f: Figure, stop: number): string | null {
  let t = s.slice(f.end, stop);
  t = t.replace(/^(?:以上|左右|以内|及以上|多)/, '');
  // a size band between the count and its noun: 3家500亿元以上企业
  const band = /^[\d.]+(?:万亿|亿|万)?元(?:以上|及以上)?(?=[\u4e00-\u9fff])/.exec(t);
  if (!isCjk(t[0]) && !band) return null;
  if (band ? /^[和及与、]/.test(t.slice(band[0].length)) : false) return null;
  if (/^(?:的|和|及|与|以上|为|是|在|等|、)/.test(t)) return null;
  t = t.replace(/[、，,和及与]+$/, '');
  // what follows the counted noun is not part of it: 人才来汉创新创业, 院士和一批商界领袖, 企业入驻, 园区建设
  t = t.replace(/(?:[(（]责任.*|(?:和|及)一批.*|来汉.*|入驻.*|落户.*|(?<=.{2})建设$|(?<=.{2})入库$)/, '');
  return t.length > 0 ? t : null;
}

/** For each figure of a run: the noun after it (when it is a count whose noun follows), as read and as written. */
export interface NounsAfter {
  /** The subject after each figure, or `null` when its subject stands before it. */
  subjects: (string | null)[];
  /** The noun as written, where a subject was reordered (在建项目竣工投产 → 竣工投产在建项目). */
  written: (string | null)[];
  /** Counts whose noun follows but no verb of counting governs them: neither before nor after has their subject. */
  skipped: Set<Figure>;
}

/** Read the nouns after the counts of a run (figures of clause `ci` from offset `from`). */
export function nounsAfter(st: SentenceState, run: Figure[], ci: number, from: number): NounsAfter {
  const s = st.s;
  const clause = st.clauses[ci]!;
  const skipped = new Set<Figure>();
  const written: (string | null)[] = run.map(() => null);
  const subjects = run.map((f, i) => {
    if (f.q.unit !== 'count' && f.q.unit !== 'people') return null;
    const nextFig = st.figures.find((g) => g.start >= f.end && g.clause === ci && g.role === 'target');
    const stop = nextFig ? nextFig.start : clause.end;
    const lead = i === 0 ? s.slice(from, f.start) : s.slice(run[i - 1]!.end, f.start);
    // 每年有100个在建项目竣工投产: the things counted in the state the target asks for (竣工投产在建项目)
    const stated = HAS_COUNT_LEAD.test(lead)
      ? COUNTED_WITH_STATE.exec(s.slice(f.end, stop).replace(/^(?:以上|左右|多)/, ''))
      : null;
    if (stated) {
      written[i] = stated[0];
      return `${stated[2]}${stated[1]}`;
    }
    const noun = subjectAfter(s, f, stop);
    if (!noun) return null;
    const bare = st.phraseOf(from, f.start);
    const ok =
      COUNT_VERBS.test(lead.replace(/(?:均|各|分别|每年|全年|累计|共|力争|争取)$/, '')) ||
      (bare.subject === '' && bare.metricWord === null && SCOPE_OR_TIME_ONLY.test(lead)) ||
      (from > clause.start && LIST_CONTINUATION.test(lead)) ||
      (i > 0 && /^[、和及与]*$/.test(lead)) ||
      // a short verb phrase before the count (推动8500家工业企业开展技改, 部署超2万台一体机): the figure is a target by
      // its role, and what it counts follows it
      // (not a set the plan names by tier or rank: 抓好20户百亿企业, 做大做强11个支柱产业 act on what exists)
      (lead.length <= 8 &&
        /[\u4e00-\u9fff]$/.test(lead) &&
        !/(?:的|之|和|及|与|有|是|为|占|含|包括|包含|涉及|覆盖)$/.test(lead) &&
        !/[十百千万]亿|支柱|重点|主导|特色|优势|龙头|骨干/.test(noun));
    if (!ok) skipped.add(f);
    return ok ? noun : null;
  });
  return { subjects, written, skipped };
}

/** Complete a level-only item (国家级) with the head of a later count's noun (…20个市级科技企业孵化器 → 孵化器). */
function completeLevelOnly(st: SentenceState, f: Figure, ci: number, subject: string): string {
  if (!LEVEL_ONLY.test(subject)) return subject;
  const clause = st.clauses[ci]!;
  const later = st.figures.filter((g) => g.clause === ci && g.start > f.end && g.role === 'target');
  for (const g of later) {
    const nf = st.figures.find((h) => h.start >= g.end && h.clause === ci && h.role === 'target');
    const a = subjectAfter(st.s, g, nf ? nf.start : clause.end);
    if (a && !LEVEL_ONLY.test(a)) return `${subject}${a.replace(LEVEL_PREFIX, '')}`;
  }
  return subject;
}

/** Emit the rows of the counts of a run whose noun follows them, and carry that noun as the subject. */
export function emitCountsWithNounAfter(
  st: SentenceState,
  run: Figure[],
  nouns: NounsAfter,
  ci: number,
  from: number,
): void {
  const s = st.s;
  const clause = st.clauses[ci]!;
  const ph = st.phraseOf(from, run[0]!.start);
  for (let i = 0; i < run.length; i++) {
    const f = run[i]!;
    const after = nouns.subjects[i];
    if (!after) continue;
    let subject = after;
    // keep 新X verbs (新开工, 新增, 新登记) in the subject
    const verb = /(新[\u4e00-\u9fff]{1,2}|净增)$/.exec(
      s.slice(from, f.start).replace(/(?:至少|不少于|达到)$/, ''),
    );
    if (verb) subject = verb[1] + subject;
    subject = completeLevelOnly(st, f, ci, subject);
    const scopes = ph.scopes.length > 0 ? ph.scopes : st.lastScopes;
    if (ph.scopes.length > 0) st.lastScopes = ph.scopes;
    // 每年有100个…: the quote opens on the time word (每年有), not on a bare 有
    const hasLead =
      nouns.written[i] !== null ? /(?:每年|全年|年均|当年)?有$/.exec(s.slice(from, f.start)) : null;
    const quoteStart = hasLead
      ? from + hasLead.index
      : ph.subject.length <= 6 && ph.start < f.start
        ? Math.min(ph.start, f.start)
        : f.start;
    const written = nouns.written[i] ?? after;
    const stopAfter = f.end + s.slice(f.end).indexOf(written) + written.length;
    const sp = Math.max(stopAfter, f.end);
    const tierQual = st.figures.find(
      (g) => g.start >= f.end && g.end <= sp && (g.role === 'qualifier' || g.role === 'tier'),
    );
    for (const scope of scopes.length > 1 && ph.distributive ? scopes : [scopes.join('、')]) {
      st.emit(f, {
        subject: tidySubject(subject),
        rawSubject: subject,
        scope: scope || st.ctx.defaultScope,
        quoteStart,
        quoteEnd: sp,
        tier: tierQual?.tier ?? (tierQual ? tierOfQualifier(tierQual, subject) : null),
        before: s.slice(from, f.start),
        clause: s.slice(clause.start, clause.end),
      });
    }
    st.markEmitted(f);
    if (st.carried) st.carried.used = true;
    st.carried = bareSubject(quoteStart, { members: [subject], scopes });
  }
}

/** The tier a qualifier inside a counted noun names (3家500亿元以上企业 → 五百亿); none for projects. */
function tierOfQualifier(g: Figure, subject: string): Tier | null {
  if (g.tier) return g.tier;
  if (/项目/.test(subject)) return null;
  return g.q.valueMax === null ? tierOfValue(g.value) : null;
}
