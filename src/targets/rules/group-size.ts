import { GROWTH_WORD, METRIC_IN_LEAD, SCOPE_OR_TIME_ONLY } from '../sentence/words.js';
import type { SentenceRule } from './rule.js';

/** A group noun after the count of a subject group (5个未来产业营业收入…). */
const GROUP_HEAD = /^[\u4e00-\u9fff]{1,14}?(?:产业集群|集群|产业|行业|企业|园区|基地|产业链)/;

/**
 * 5个未来产业营业收入保持年均15%以上的增长: a count at the head of a clause whose subject then takes a metric and a
 * figure of its own is the size of the subject group, not a count target.
 */
export const groupSize: SentenceRule = {
  name: 'group-size',
  description:
    'A count heading a subject that has its own figure (5个未来产业营业收入…增长15%) sizes the group only.',
  examples: [
    {
      text: '到2025年,5个未来产业营业收入保持年均15%以上的增长。',
      rows: [{ value: 15, kind: 'growth', aggregation: 'annual_average' }],
    },
  ],
  apply(st) {
    const s = st.s;
    for (const f of st.figures) {
      if (f.role !== 'target' || f.q.unit !== 'count' || f.comparator) continue;
      const cl = st.clauseOf(f);
      if (!SCOPE_OR_TIME_ONLY.test(s.slice(cl.start, f.start))) continue;
      const later = st.figures.find(
        (g) =>
          g.clause === f.clause &&
          g.start >= f.end &&
          (g.role === 'target' ||
            // 10个重点产业链营业收入均突破100亿元: each member's level, not a threshold of the count
            (g.role === 'qualifier' && /(?:均|各|都)$/.test(s.slice(f.end, g.start)))) &&
          (g.q.unit === 'percent' || g.q.unit === 'yuan' || g.q.unit === 'multiple'),
      );
      if (!later) continue;
      const between = s.slice(f.end, later.start);
      if (/[、]|\d/.test(between) || !GROUP_HEAD.test(between)) continue;
      if (!GROWTH_WORD.test(between) && !METRIC_IN_LEAD.test(between) && later.q.unit !== 'multiple')
        continue;
      st.consume(f, 'size of the subject group of a later figure');
      if (later.role === 'qualifier') st.consume(later, 'level of each member of a counted group', 'target');
    }
  },
};
