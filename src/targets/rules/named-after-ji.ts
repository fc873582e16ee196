import type { Figure } from '../figures.js';
import { tidySubject } from '../phrase.js';
import { tierOfValue } from '../sentence/words.js';
import type { SentenceRule } from './rule.js';

/** The noun after a size and the members named after 即: 千亿产业集聚区即A产业、B产业 / 500亿产业集聚区,即A、B. */
const JI_MEMBERS =
  /^(?:元)?(?:级别|级)?(?:以上)?的?([\u4e00-\u9fff]{0,10}?(?:产业集聚区|集聚区|产业集群|集群|产业基地|基地|产业园区|园区|产业))[,，:：]?即[:：]?([^,，;；。:：()（）]{2,200})/;
/** A member after 即: the zone it lies in, then the industry (临江经开区汽车及零部件产业 → 临江经开区, 汽车及零部件). */
const ZONE_AND_INDUSTRY =
  /^((?:[\u4e00-\u9fff]{0,8}?(?:经开区|高新区|开发区|新区|园区|港区|县|市|区)(?![域级]))?)([\u4e00-\u9fff]{1,14}?)(?:产业集群|产业|集群)?$/;

/**
 * Members named after 即: 1个千亿产业集聚区即临江经开区汽车及零部件产业, 4个500亿产业集聚区,即高新区光电产业、… — one
 * level row per member (subject the industry, scope the zone named before it, value the stated size, metric
 * 产业规模), not a count row. Only when 即 names as many members as the count.
 */
export const namedAfterJi: SentenceRule = {
  name: 'named-after-ji',
  description:
    'Members named after 即 (2个千亿产业集聚区,即A经开区B产业、C区D产业) each get a level row of the size.',
  examples: [
    {
      text: '到2025年,形成2个千亿产业集聚区,即临江经开区汽车及零部件产业、滨河高新区电子信息产业。',
      rows: [
        { subject: '汽车及零部件', scope: '临江经开区', value: 1e11, metric: '产业规模' },
        { subject: '电子信息', scope: '滨河高新区', value: 1e11, metric: '产业规模' },
      ],
    },
  ],
  apply(st) {
    const s = st.s;
    if (!s.includes('即')) return;
    for (const f of st.figures) {
      if (f.role !== 'target' || f.q.unit !== 'count') continue;
      const size = st.figures.find(
        (g) =>
          g.start === f.end &&
          g.q.unit === 'yuan' &&
          g.valueMax === null &&
          (g.role === 'tier' || g.role === 'qualifier' || g.role === 'target'),
      );
      if (!size) continue;
      const m = JI_MEMBERS.exec(s.slice(size.end));
      if (!m) continue;
      const listStart = size.end + m[0].length - m[2]!.length;
      let items = m[2]!.split('、');
      // A、B和C: the last two joined by 和
      if (items.length + 1 === f.value)
        items = [...items.slice(0, -1), ...items[items.length - 1]!.split('和')];
      if (items.length !== f.value) continue;
      const parts = items.map((it) => ZONE_AND_INDUSTRY.exec(it));
      if (parts.some((p) => !p || p[2]!.length < 2)) continue;
      st.consume(f, 'count of the members named after 即');
      st.consume(size, 'size of the members named after 即');
      st.markEmitted(size);
      const tier = tierOfValue(size.value);
      const fig: Figure = { ...size, comparator: size.comparator === '>' ? '>' : '>=', tier };
      const cl = st.clauseOf(f);
      let at = listStart;
      for (let i = 0; i < items.length; i++) {
        const it = items[i]!;
        const p = parts[i]!;
        const iStart = s.indexOf(it, at);
        at = iStart + it.length;
        const d = st.emit(fig, {
          subject: tidySubject(p[2]!),
          rawSubject: `${p[2]!}${m[1]!}`,
          scope: p[1] || st.ctx.defaultScope,
          quoteStart: f.start,
          quoteEnd: at,
          tier,
          before: s.slice(cl.start, f.start),
          clause: st.textOf(cl),
        });
        d.row.kind = 'level';
        d.row.metric = '产业规模';
        d.row.subject_type = 'cluster';
      }
    }
  },
};
