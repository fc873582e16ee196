import type { Figure } from '../figures.js';
import { tidySubject } from '../phrase.js';
import { METRIC_IN_LEAD, tierOfValue } from '../sentence/words.js';
import type { SentenceRule } from './rule.js';

/** The noun between a size and the count of a bracketed list: 级别的产业集群 (1个(物联网)). */
const BRACKET_NOUN =
  /^(?:元)?(?:级别|级|别)?(?:以上|及以上)?的?[\u4e00-\u9fff]{0,10}?(?:产业集群|集群|产业|企业|园区|基地|产业链|板块)$/;
/** The noun after a size that comes right after the count: 2个万亿元级别产业集群(A、B). */
const NOUN_BEFORE_BRACKET =
  /^(?:元)?(?:级别|级|别)?(?:以上|及以上)?的?[\u4e00-\u9fff]{0,10}?(?:产业集群|集群|产业|企业|园区|基地|产业链|板块)(?=[(（])/;

/**
 * Members in brackets after the count: 营收规模达5000亿元级别的产业集群1个(物联网)、3000亿元级别的产业集群2个(新材料、
 * 汽车及零部件) — one level row per named member with the stated size (not a count row); the metric word before
 * the first size is shared by the later groups of the sentence.
 */
export const bracketMembers: SentenceRule = {
  name: 'bracket-members',
  description:
    'Members named in brackets after a sized count (5000亿元级别的产业集群1个(物联网)) each get a level row of that size.',
  examples: [
    {
      text: '到2025年,营收规模达5000亿元级别的产业集群1个(物联网)、3000亿元级别的产业集群2个(新材料、汽车及零部件)。',
      rows: [
        { subject: '物联网', value: 5e11, kind: 'level' },
        { subject: '新材料', value: 3e11, kind: 'level' },
        { subject: '汽车及零部件', value: 3e11, kind: 'level' },
      ],
    },
  ],
  apply(st) {
    const s = st.s;
    let metricWord: string | null = null;
    let prevEnd = 0;
    for (const f of st.figures) {
      if (f.role !== 'target' || f.q.unit !== 'count') continue;
      const cl = st.clauseOf(f);
      // the size before the count (…级别的产业集群1个(A)) or right after it (2个万亿元级别产业集群(A、B))
      const sizeAfter = st.figures.find(
        (g) => g.start === f.end && (g.q.unit === 'yuan' || g.q.unit === 'usd') && g.valueMax === null,
      );
      const nounAfter = sizeAfter ? NOUN_BEFORE_BRACKET.exec(s.slice(sizeAfter.end)) : null;
      const tail = nounAfter ? sizeAfter!.end + nounAfter[0].length : f.end;
      const br = /^(?:以上|左右)?[(（]([^()（）]{2,80})[)）]/.exec(s.slice(tail));
      if (!br) continue;
      const size = nounAfter
        ? sizeAfter
        : st.figures
            .filter(
              (g) =>
                g.clause === f.clause &&
                g.end <= f.start &&
                g.start >= Math.max(cl.start, prevEnd) &&
                (g.q.unit === 'yuan' || g.q.unit === 'usd') &&
                g.valueMax === null,
            )
            .pop();
      if (!size) continue;
      const noun = nounAfter ? nounAfter[0] : s.slice(size.end, f.start);
      if (!nounAfter && !BRACKET_NOUN.test(noun)) continue;
      let members = br[1]!.split(/[、,，;；]/).filter((m) => m.length > 0);
      if (members.length !== f.value) members = br[1]!.split(/[、,，;；]|和|与/).filter((m) => m.length > 0);
      if (members.length !== f.value || members.some((m) => m.length > 14 || /\d+(?:个|家|亿|万|%)/.test(m)))
        continue;
      const first = nounAfter ? f : size;
      const lead = s.slice(Math.max(cl.start, prevEnd), first.start);
      const mw = METRIC_IN_LEAD.exec(lead);
      if (mw) metricWord = mw[0];
      const quoteStart = mw ? Math.max(cl.start, prevEnd) + mw.index : first.start;
      const quoteEnd = tail + br[0].length;
      prevEnd = quoteEnd;
      st.consume(f, 'count of the bracketed members after it');
      st.consume(size, 'size of the bracketed members');
      st.markEmitted(size);
      const tier = tierOfValue(size.value);
      const fig: Figure = { ...size, comparator: size.comparator === '>' ? '>' : '>=', tier };
      let at = tail + br[0].indexOf(br[1]!);
      for (const m of members) {
        const mStart = s.indexOf(m, at);
        at = mStart + m.length;
        st.emit(fig, {
          subject: tidySubject(m),
          rawSubject: `${m}${noun}`,
          metricWord,
          quoteStart,
          quoteEnd,
          tier,
          before: s.slice(cl.start, size.start),
          clause: st.textOf(cl),
        });
      }
    }
  },
};
