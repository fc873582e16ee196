import type { Clause, Figure } from '../figures.js';
import { carriedFrom, flushCarried } from '../sentence/carried.js';
import { emitCountsWithNounAfter, nounsAfter } from '../sentence/count-nouns.js';
import { emitPairs, pairsOf } from '../sentence/pairing.js';
import type { SentenceState } from '../sentence/state.js';
import { stretchStep } from '../sentence/stretch.js';
import { chooseSubject } from '../sentence/subject-before.js';
import { RATIO } from '../sentence/words.js';
import type { SentenceRule } from './rule.js';

/** An industry named in a clause without figures, before the verbs of what is done to it (提质增效, 转型升级). */
const INDUSTRY_HEAD =
  /^(?:做大做强|做优做强|做强做优|做大|做强|做优|振兴|巩固|优化|提升|加速|全面|(?:稳步|加快|大力|积极|着力|重点|创新)?发展)*([\u4e00-\u9fffA-Za-z0-9]{1,14}?(?:产业集群|产业|加工业|制造业|服务业|物流业|旅游业|工业|农业|经济|行业))(?:提质增效|转型升级|提档升级|高质量发展|集聚发展|创新发展|融合发展|加快发展|发展|做大做强|提速|升级)?$/;

/**
 * A clause with no target figure: what it names may be the subject of later clauses (推动农产品加工业提质增效,
 * 年均增长6% → 农产品加工业).
 */
function carryFromClause(st: SentenceState, clause: Clause): void {
  const s = st.s;
  // a ratio clause carries its first term (农产品加工业产值与农业总产值之比达到2.5:1,年均增长6% → 农产品加工业)
  const ratio = st.hasRatio ? RATIO.exec(s.slice(clause.start, clause.end)) : null;
  const termEnd = ratio ? s.slice(clause.start, clause.start + ratio.index).search(/与|同/) : -1;
  const c = carriedFrom(st, clause.start, termEnd > 0 ? clause.start + termEnd : clause.end);
  const numeric = st.figures.some(
    (g) =>
      g.start >= clause.start && g.end <= clause.end && (g.role === 'listsize' || g.role === 'qualifier'),
  );
  if (c && !numeric && c.members.length === 1) {
    // 推动农产品加工业提质增效,年均增长6%: the industry named in a clause without figures, its verbs left out
    const head = INDUSTRY_HEAD.exec(c.members[0]!);
    if (head) {
      c.members = [head[1]!];
      c.industry = true;
    }
  }
  const carried = st.carried;
  // a weak subject naming an industry is not replaced by a later clause without figures (…,全面提升精深加工水平,)
  // (the first industry named is the topic of the sentence: 培育壮大A,推进一二三产业融合发展,年均增长6.5%)
  const keepIndustry = !numeric && carried?.strong === false && carried.industry === true;
  if (
    c &&
    (c.members.length > 0 || c.bands) &&
    (numeric || !carried || carried.strong === false) &&
    !keepIndustry
  ) {
    c.strong = numeric;
    flushCarried(st, clause);
    st.carried = c;
  }
}

/** The figures of a run: target figures joined only by 、和及与 (分别达到8家、8家和120家). */
function runAt(st: SentenceState, tgs: Figure[], k: number): Figure[] {
  const run: Figure[] = [tgs[k]!];
  while (k + run.length < tgs.length) {
    const nxt = tgs[k + run.length]!;
    const gap = st.s.slice(run[run.length - 1]!.end, nxt.start);
    if (/^(?:[、和及与]|以及)$/.test(gap)) run.push(nxt);
    else break;
  }
  return run;
}

/** Read one run of target figures of clause `ci` whose words start at `from`. */
function readRun(st: SentenceState, ci: number, run: Figure[], from: number): void {
  const clause = st.clauses[ci]!;
  const first = run[0]!;
  const nouns = nounsAfter(st, run, ci, from);
  const ph = st.phraseOf(from, first.start);
  const phraseCarried = carriedFrom(st, from, first.start);
  if (nouns.subjects.some((x) => x !== null)) {
    emitCountsWithNounAfter(st, run, nouns, ci, from);
    if (nouns.subjects.every((x) => x !== null)) {
      for (const f of run) stretchStep(st, f, false);
      return;
    }
  }
  const subj = chooseSubject(st, from, first, ph, phraseCarried);
  const pending = run.filter((f, i) => nouns.subjects[i] === null && !nouns.skipped.has(f));
  emitPairs(st, pairsOf(st, pending, subj, st.textOf(clause)), subj, ph, from, clause);
  const mw = ph.metricWord ?? subj.metricWord;
  if (mw && pending.length > 0) st.lastMetric = { word: mw, unit: pending[0]!.q.unit };
  // stretch: 力争 after a base figure marks this and the following figures
  const newSubject = phraseCarried !== null && subj === phraseCarried && phraseCarried.members.length > 0;
  for (const f of pending) stretchStep(st, f, newSubject && f === pending[0]);
  // carry the subject to later clauses
  if (pending.length > 0 && (subj.members.length > 0 || subj.bands)) {
    const carried = st.carried;
    if (subj !== carried && !(carried && subj.start === carried.start)) flushCarried(st, clause);
    st.carried = { ...subj, used: true };
  }
}

/**
 * The core reading: clause by clause, runs of target figures get their subject (after them for counts with their
 * noun, else before them, else carried), are paired with members and scopes, and are marked base or stretch.
 */
export const clauseFigures: SentenceRule = {
  name: 'clause-figures',
  description:
    'Clause by clause, each run of target figures gets its subject (the noun after a count, the phrase before, or the subject carried from an earlier clause) and is distributed over members (分别, 均, shared predicates).',
  examples: [
    {
      text: '2021年的主要目标:地区生产总值达到17600亿元、增长12%,力争达到17800亿元、增长13%。',
      issuedYear: 2021,
      rows: [
        { subject: '地区生产总值', value: 1.76e12, stretch: false },
        { subject: '地区生产总值', value: 12, kind: 'growth', stretch: false },
        { subject: '地区生产总值', value: 1.78e12, stretch: true },
        { subject: '地区生产总值', value: 13, kind: 'growth', stretch: true },
      ],
    },
    {
      text: '到2020年,过100亿元、50-100亿元、10-50亿元的企业分别达到8家、8家和120家。',
      issuedYear: 2018,
      rows: [
        { kind: 'count', value: 8, tier: '百亿' },
        { kind: 'count', value: 8 },
        { kind: 'count', value: 120 },
      ],
    },
    {
      text: '到2025年,新开工亿元以上项目600个。',
      rows: [{ kind: 'count', value: 600, subject: '新开工亿元以上项目' }],
    },
  ],
  apply(st) {
    for (let ci = 0; ci < st.clauses.length; ci++) {
      const clause = st.clauses[ci]!;
      const tgs = st.targetsOf(ci);
      if (tgs.length === 0) {
        carryFromClause(st, clause);
        continue;
      }
      let from = clause.start;
      for (let k = 0; k < tgs.length; ) {
        const run = runAt(st, tgs, k);
        readRun(st, ci, run, from);
        from = run[run.length - 1]!.end;
        st.stretch.prevTargetEnd = from;
        k += run.length;
      }
    }
    flushCarried(st, st.clauses[st.clauses.length - 1]!);
  },
};
