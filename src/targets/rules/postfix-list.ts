import { splitMembers, tidySubject } from '../phrase.js';
import { ADJECTIVE_ONLY, LIST_VERB } from '../sentence/words.js';
import type { SentenceRule } from './rule.js';

/** The noun after a tier word in a named list whose count follows it (千亿级主导产业集群5个, 百亿级企业3家). */
const POSTFIX_NOUN =
  /^级?[\u4e00-\u9fff]{0,8}?(?:产业集群|集群|产业链|产业板块|产业|板块|企业|龙头企业|公司|园区|产业园|基地)$/;

/**
 * A named list with its count after the noun: 培育A、B、C等千亿级主导产业集群5个 / A、B等百亿级企业3家 — one
 * 产业规模 row per named member (as for A、B 2个万亿级产业集群), the count being the size of the list.
 */
export const postfixList: SentenceRule = {
  name: 'postfix-list',
  description:
    'A named list whose count follows its tiered noun (A、B、C等千亿级产业集群3个): one tiered row per member.',
  examples: [
    {
      text: '到2025年,培育电子信息、装备制造、新材料等千亿级产业集群3个。',
      rows: [
        { subject: '电子信息', tier: '千亿' },
        { subject: '装备制造', tier: '千亿' },
        { subject: '新材料', tier: '千亿' },
      ],
    },
  ],
  apply(st) {
    const s = st.s;
    for (const f of st.figures) {
      if (f.role !== 'target' || f.q.unit !== 'count') continue;
      const cl = st.clauseOf(f);
      if (!/^(?:以上|左右)?(?:$|[、和及])/.test(s.slice(f.end, cl.end))) continue;
      const prev = st.figures
        .filter((g) => g.clause === f.clause && g.end <= f.start && g.role !== 'tier' && g.role !== 'skip')
        .pop();
      const from = prev ? prev.end : cl.start;
      const tierFig = st.figures.find(
        (g) => g.role === 'tier' && g.tier && g.start >= from && g.end <= f.start,
      );
      if (!tierFig) continue;
      const noun = s.slice(tierFig.end, f.start);
      if (!POSTFIX_NOUN.test(noun)) continue;
      const lead = s.slice(from, tierFig.start);
      const ph = st.phraseOf(from, tierFig.start);
      let list = ph.subject;
      const v = LIST_VERB.exec(list);
      if (v) list = list.slice(v[0].length);
      const etc = /等$/.test(lead.replace(/[\s]+$/, ''));
      list = list.replace(/等$/, '');
      const members = splitMembers(list, true);
      // a single named member needs a count of 1 (新一代信息技术及应用万亿级产业集群1个); names may hold digits (5G应用)
      const single =
        members.length === 1 && f.value === 1 && f.valueMax === null && !ADJECTIVE_ONLY.test(members[0]!);
      if (
        (members.length < (etc ? 1 : 2) && !single) ||
        members.some((m) => m.length > 12 || /%|\d+(?:\.\d+)?(?:个|家|亿|万|元)|^\d+$/.test(m))
      )
        continue;
      const listStart = from + lead.indexOf(members[0]!);
      if (listStart < from) continue;
      st.consume(f, 'count after a named list and its noun', 'listsize');
      st.consume(tierFig, 'tier of a named list', 'tier');
      st.markEmitted(tierFig);
      for (const m of members) {
        st.emit(tierFig, {
          subject: tidySubject(m),
          rawSubject: `${m}${s.slice(tierFig.start, f.start)}`,
          scope: ph.scopes.join('、') || st.ctx.defaultScope,
          quoteStart: listStart,
          quoteEnd: f.end,
          tier: tierFig.tier,
          before: s.slice(from, tierFig.start),
          clause: st.textOf(cl),
          tierOnly: true,
        });
      }
    }
  },
};
