import type { Comparator } from '../../quantities/types.js';
import type { Figure } from '../figures.js';
import type { SentenceRule } from './rule.js';

/** Counted groups and their combined metric: 4个地标产业集群和6个优势产业集群营收合计达到 */
const GROUP_TOTAL =
  /((?:(?:\d{1,3}|[一二两三四五六七八九十]{1,2})个[\u4e00-\u9fff]{1,14}?(?:产业集群|集群|产业|企业|园区|基地|产业链)(?:[和、及与]|以及)?)+)(主营业务收入|营业收入|总收入|销售收入|营收|工业总产值|总产值|产值|增加值|产业规模|规模)?(合计|总计|共计|总和|总额|累计)?((?:力争|争取)?(?:达到|突破|超过|实现|达|过))?$/;

/** The comparator of the verb before a figure (达到 ≥, 突破 >). */
function comparatorOfLead(verb: string): Comparator {
  return /突破|超过|过/.test(verb) ? '>' : '>=';
}

/**
 * Group totals: 4个地标产业集群和6个优势产业集群营收合计达到2.6万亿元 — one level row for the combined groups, not
 * count rows for their sizes.
 */
export const groupTotal: SentenceRule = {
  name: 'group-total',
  description:
    'A total over counted groups (4个…集群和6个…集群营收合计达到2.6万亿元) is one level row, not counts.',
  examples: [
    {
      text: '到2025年,4个地标产业集群和6个优势产业集群营收合计达到2.6万亿元。',
      rows: [{ kind: 'level', value: 2.6e12, unit: 'yuan', aggregation: 'point' }],
    },
  ],
  apply(st) {
    const s = st.s;
    for (const g of st.figures) {
      if (g.q.unit !== 'yuan' || g.valueMax !== null || (g.role !== 'target' && g.role !== 'qualifier'))
        continue;
      const cl = st.clauseOf(g);
      const lead = s.slice(cl.start, g.start);
      // (a cheap test first: the pattern needs a counted group)
      const m = lead.includes('个') ? GROUP_TOTAL.exec(lead) : null;
      if (!m) continue;
      const groups = m[1]!;
      const counts = st.figures.filter(
        (c) =>
          c.clause === g.clause &&
          c.start >= cl.start + m.index &&
          c.end <= cl.start + m.index + groups.length,
      );
      const sizes = counts.filter((c) => c.q.unit === 'count');
      if (sizes.length === 0 || counts.some((c) => c.q.unit !== 'count' && c.role !== 'tier')) continue;
      if (sizes.length < 2 && !m[3]) continue;
      for (const c of counts) {
        if (c.role === 'tier') st.markEmitted(c);
        st.consume(c, 'size of a group whose total is the target');
      }
      st.consume(g, 'the total is emitted by group-total');
      st.markEmitted(g);
      const quoteStart = cl.start + m.index;
      const fig: Figure = { ...g, comparator: g.comparator ?? comparatorOfLead(m[4] ?? '') };
      const total = st.emit(fig, {
        subject: groups.replace(/[和、及与]+$/, ''),
        rawSubject: groups,
        metricWord: m[2] || null,
        quoteStart,
        quoteEnd: g.end,
        before: lead,
      });
      // 合计 sums over the groups, not over years
      if (m[3] !== '累计' && total.row.aggregation === 'cumulative') total.row.aggregation = 'point';
    }
  },
};
