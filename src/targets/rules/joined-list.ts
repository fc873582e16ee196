import { splitMembers, tidySubject } from '../phrase.js';
import { endOfNoun } from '../sentence/words.js';
import type { SentenceRule } from './rule.js';

const SECOND_LIST =
  /^(?:和|及|以及|、|与)((?:[\u4e00-\u9fffA-Za-z0-9]{2,12}、)*[\u4e00-\u9fffA-Za-z0-9]{2,12}?)等?$/;

/**
 * A second named list joined to a first by 和 in one clause: 培育形成A、B等2个万亿级产业集群和C、D等2个千亿级产业集群
 * — one 产业规模 row per member of the second list, once the first list's tier gave rows.
 */
export const joinedList: SentenceRule = {
  name: 'joined-list',
  description:
    'A second named list joined by 和 to a first (…和C、D等2个千亿级产业集群): one tiered row per member.',
  examples: [
    {
      text: '到2025年,培育形成光电子信息、汽车等2个万亿级产业集群和生物医药、新材料等2个千亿级产业集群。',
      rows: [
        { subject: '光电子信息', tier: '万亿' },
        { subject: '汽车', tier: '万亿' },
        { subject: '生物医药', tier: '千亿' },
        { subject: '新材料', tier: '千亿' },
      ],
    },
  ],
  apply(st) {
    const s = st.s;
    for (const t of st.figures) {
      if (t.role !== 'tier' || !t.tier || st.emitted.has(t)) continue;
      const size = st.figures.find((g) => g.end === t.start && g.role === 'listsize');
      if (!size) continue;
      const prevTier = st.figures
        .filter((g) => g.clause === t.clause && g.role === 'tier' && g.end <= size.start && st.emitted.has(g))
        .pop();
      if (!prevTier) continue;
      const prevEnd = endOfNoun(s, prevTier.end, size.start);
      const m = SECOND_LIST.exec(s.slice(prevEnd, size.start));
      if (!m) continue;
      const members = splitMembers(m[1]!, true);
      const cl = st.clauseOf(t);
      const end = endOfNoun(s, t.end, cl.end);
      if (end === t.end) continue;
      const listStart = prevEnd + m[0].length - m[0].replace(/^(?:和|及|以及|、|与)/, '').length;
      st.markEmitted(t);
      const prevRow = st.out.find((d) => d.figure === prevTier);
      for (const member of members) {
        st.emit(t, {
          subject: tidySubject(member),
          rawSubject: `${member}${s.slice(t.start, end)}`,
          scope: prevRow?.row.scope ?? st.ctx.defaultScope,
          quoteStart: listStart,
          quoteEnd: end,
          tier: t.tier,
          before: s.slice(cl.start, t.start),
          clause: st.textOf(cl),
          tierOnly: true,
        });
      }
    }
  },
};
