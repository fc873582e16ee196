import type { Figure } from '../figures.js';
import { ADJECTIVE_ONLY, tierOfValue } from '../sentence/words.js';
import type { SentenceRule } from './rule.js';

/** A subject after a size word: 新一代信息技术产业融合发展高地, 智能家电产业, 智能家电(、) */
const SIZED_SUBJECT =
  /^的?([\u4e00-\u9fffA-Za-z0-9]{2,16}?)(?:产业集群|产业高地|产业基地|产业板块|产业链|产业|集群|高地|基地|板块)?(?:(?:融合|创新|集聚|协同|高质量|特色)?发展|集聚|聚集|示范|创新|引领|制造)?(?:高地|集群|基地|示范区)?(?=$|[、和与])/;
/** Subjects after a size word that name no industry (企业, 项目, 台阶…: firms and projects are counted elsewhere). */
const NOT_AN_INDUSTRY =
  /^(?:产业|行业|集群)|企业|公司|项目|园区|工厂|楼宇|平台|中心|台阶|规模|投资|资金|基金|龙头|以上|左右|强[市省县区]|城市|名城|之城|都市|任务|工作|计划|方案|行动|目标|园$|品牌|市场|商圈|小镇|街区|综合体|口岸|枢纽|景区|新城|走廊|城市群|都市圈/;
const CREATION = /(?:打造|建设|建成|形成|培育|成为|发展|壮大|创建|构建)/;

/**
 * A size word before its subject: 打造万亿元级别新一代信息技术产业融合发展高地, 千亿级智能家电(产业) — one 产业规模
 * row for the subject, never a count of 一个…高地.
 */
export const sizedSubject: SentenceRule = {
  name: 'sized-subject',
  description:
    'A size word before its subject (打造万亿元级别新一代信息技术产业高地) is one tiered row for the subject.',
  examples: [
    {
      text: '到2025年,打造一个万亿元级别新一代信息技术产业融合发展高地。',
      rows: [{ subject: '新一代信息技术', tier: '万亿', value: 1e12 }],
    },
  ],
  apply(st) {
    const s = st.s;
    for (const f of st.figures) {
      if (st.emitted.has(f) || f.q.unit !== 'yuan' || f.valueMax !== null) continue;
      // 打造一个万亿元级别…高地: one of a size is the subject itself, not a count
      const one = st.figures.find(
        (g) =>
          g.end === f.start && g.role === 'target' && g.q.unit === 'count' && g.value === 1 && !g.comparator,
      );
      if (f.role !== 'target' && f.role !== 'tier' && !(one && f.role === 'qualifier')) continue;
      const tier = f.tier ?? tierOfValue(f.value);
      if (!tier) continue;
      const cl = st.clauseOf(f);
      const after = s.slice(f.end, cl.end);
      const leveled = /级$/.test(f.q.text) || /^(?:级别|级)/.test(after);
      if (!leveled && f.role !== 'tier') continue;
      const lead = /^(?:级别|级)/.exec(after)?.[0] ?? (/级$/.test(f.q.text) && after[0] === '别' ? '别' : '');
      const m = SIZED_SUBJECT.exec(after.slice(lead.length));
      if (!m) continue;
      const subject = m[1]!;
      // a second tier word is no subject (千亿万亿元级产业集群 names a class of clusters)
      if (NOT_AN_INDUSTRY.test(subject) || ADJECTIVE_ONLY.test(subject) || /[十百千万]亿|级/.test(subject))
        continue;
      const before = s.slice(cl.start, f.start);
      const listed =
        /[、和及与]$/.test(before) &&
        st.out.some((d) => d.figure.clause === f.clause && d.row.kind === 'level');
      if (!CREATION.test(before) && !listed) continue;
      if (
        st.figures.some(
          (g) =>
            g !== one &&
            g.clause === f.clause &&
            g.start < f.start &&
            (g.q.unit === 'count' || g.role === 'listsize'),
        )
      )
        continue;
      const end = f.end + lead.length + m[0].length;
      if (one) st.consume(one, 'one of a size: the sized subject is the target');
      st.consume(f, 'a size word before its subject', 'tier');
      st.markEmitted(f);
      const fig: Figure = { ...f, tier };
      st.emit(fig, {
        subject,
        rawSubject: `${subject}产业`,
        quoteStart: f.start,
        quoteEnd: end,
        tier,
        before,
        clause: st.textOf(cl),
        tierOnly: true,
      });
    }
  },
};
