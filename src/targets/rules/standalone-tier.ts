import { splitMembers, tidySubject } from '../phrase.js';
import { endOfNoun } from '../sentence/words.js';
import type { SentenceRule } from './rule.js';

/** A named list sized by N大 or 一批 right before a tier word: (打造)(电子信息、汽车、高端装备)三大 */
const NAMED_BEFORE_TIER =
  /^(.*?(?:打造|建设|建成|形成|培育|发展|壮大)+)((?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12}?)(?:等)?(?:[一二两三四五六七八九十]{1,2}大|\d{1,2}大|一批|几大)$/;
const CREATION = /(?:打造|建设|建成|形成|培育|成为|发展成为|壮大为)/;

/** 打造千亿级军民融合产业板块: a tier word after a creation verb, naming an industry, with no count. */
export const standaloneTier: SentenceRule = {
  name: 'standalone-tier',
  description:
    'A tier word after a creation verb naming an industry (打造千亿级军民融合产业板块): one tiered row.',
  examples: [
    {
      text: '到2025年,打造电子信息、汽车、高端装备三大千亿级产业集群。',
      rows: [
        { subject: '电子信息', tier: '千亿' },
        { subject: '汽车', tier: '千亿' },
        { subject: '高端装备', tier: '千亿' },
      ],
    },
  ],
  apply(st) {
    const s = st.s;
    for (const f of st.figures) {
      if (f.role !== 'tier' || st.emitted.has(f) || !f.tier) continue;
      const cl = st.clauseOf(f);
      const before = s.slice(cl.start, f.start);
      if (!CREATION.test(before)) continue;
      if (
        st.figures.some(
          (g) =>
            g.clause === f.clause && g.start < f.start && (g.q.unit === 'count' || g.role === 'listsize'),
        )
      )
        continue;
      if (/[、]$/.test(before) || /推动形成/.test(before.slice(-4))) continue;
      // 打造A、B、C三大千亿级产业集群 / 培育A、B等一批百亿级产业集群: one row per named member
      const listed = NAMED_BEFORE_TIER.exec(before);
      if (listed) {
        const members = splitMembers(listed[2]!, true);
        const end = endOfNoun(s, f.end, cl.end);
        if (end === f.end || members.some((m) => m.length > 12)) continue;
        const listStart = cl.start + listed.index + listed[1]!.length;
        st.markEmitted(f);
        for (const m of members) {
          st.emit(f, {
            subject: tidySubject(m),
            rawSubject: `${m}${s.slice(f.start, end)}`,
            quoteStart: listStart,
            quoteEnd: end,
            tier: f.tier,
            before,
            clause: st.textOf(cl),
            tierOnly: true,
          });
        }
        continue;
      }
      const m = /^级?([\u4e00-\u9fff]{2,16}?)(?:产业集群|产业板块|集群|板块)/.exec(s.slice(f.end, cl.end));
      if (!m) continue;
      const subject = m[1]!.replace(/(?:产业|行业)$/, '');
      // a second tier word is no subject (培育壮大千亿、万亿元级产业集群 names a class of clusters, not one)
      if (subject.length < 2 || /^(?:产业|特色|优势|支柱)$/.test(subject) || /[十百千万]亿|级/.test(subject))
        continue;
      st.markEmitted(f);
      st.emit(f, {
        subject,
        quoteStart: f.start,
        quoteEnd: f.end + m[0].length,
        tier: f.tier,
        before,
        clause: st.textOf(cl),
        tierOnly: true,
      });
    }
  },
};
