import type { SentenceRule } from './rule.js';

/** A clause opening on a year and stating its result (2022年营收合计达到, 2021年全市实现). */
const PAST_CLAUSE =
  /^[,，;；]?(?:全市|全省|全县|全区|我市|其中)?(20\d\d)年(?:底|末|全年)?(?:全市|全省|全县|全区|我市)?[\u4e00-\u9fff]{0,16}?(?:实现|完成|达到|达|突破|同比增长|增长)/;

/** A clause stating a past year's result (…,2022年营收合计达到9000亿元): its figures are facts, not targets. */
export const pastClause: SentenceRule = {
  name: 'past-clause',
  description:
    'A clause that opens on a year before the issue year and states its result holds facts, not targets.',
  examples: [
    {
      text: '到2025年,全市电子信息产业营收达到1.2万亿元,2022年营收合计达到9000亿元。',
      rows: [{ subject: '电子信息', value: 1.2e12, deadline_year: 2025 }],
    },
  ],
  apply(st) {
    for (const f of st.figures) {
      if (f.role !== 'target') continue;
      const cl = st.clauseOf(f);
      const m = PAST_CLAUSE.exec(st.s.slice(cl.start, f.end));
      if (m && Number(m[1]) < st.ctx.opts.issuedYear) st.consume(f, `fact of ${m[1]}`);
    }
  },
};
