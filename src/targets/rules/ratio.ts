import type { Comparator } from '../../quantities/types.js';
import type { Clause, Figure } from '../figures.js';
import { RATIO_GLOBAL } from '../sentence/words.js';
import type { SentenceRule } from './rule.js';

const LEAD =
  /^(?:[,，;；]|(?:力争|争取|确保)?(?:到|至)?20\d\d年(?:底|末)?|全市|全省|全县|全区|力争|争取|确保|使)*/;

function comparatorOfVerb(verb: string): Comparator {
  if (/不低于|不少于|达到|提高到|提升到|提高至|提升至|达/.test(verb)) return '>=';
  if (/超过|突破|高于/.test(verb)) return '>';
  if (/不超过|不高于|控制在/.test(verb)) return '<=';
  return '=';
}

/**
 * Ratios: 农业总产值与加工业总产值比例达到1:1.95 — a `relative` row, the term stated as 1 being the base and the
 * value the other term as a multiple of it (1:1.95 → 1.95; 2.8:1 → 2.8; 2:3 → 1.5), unit `multiple`.
 */
export const ratio: SentenceRule = {
  name: 'ratio',
  description: 'A ratio to reach (比例达到1:1.95, 之比达到2.8:1) is one relative row in `multiple`.',
  examples: [
    {
      text: '到2025年,农产品加工业产值与农业总产值之比达到2.8:1。',
      rows: [{ kind: 'relative', metric: '比率', value: 2.8, unit: 'multiple', comparator: '>=' }],
    },
  ],
  apply(st) {
    if (!st.hasRatio) return;
    const s = st.s;
    for (const m of s.matchAll(RATIO_GLOBAL)) {
      const at = m.index ?? 0;
      const a = Number(m[3]);
      const b = Number(m[4]);
      if (!(a > 0 && b > 0)) continue;
      const numStart = at + m[0].length - m[3]!.length - 1 - m[4]!.length;
      const cl: Clause = st.clauses.find((c) => at >= c.start && at < c.end) ?? { start: 0, end: s.length };
      const ph = st.phraseOf(cl.start, at + m[1]!.length);
      const lead = LEAD.exec(s.slice(cl.start, at))![0].length;
      const subject = s.slice(cl.start + lead, at) || ph.subject.replace(/比$/, '');
      const value = a === 1 ? b : b === 1 ? a : Math.round((b / a) * 1e6) / 1e6;
      const q = {
        text: s.slice(numStart, at + m[0].length),
        start: numStart,
        end: at + m[0].length,
        value,
        valueMax: null,
        unit: 'multiple' as const,
        sourceUnit: ':',
        comparator: null,
        approx: false,
        stretch: false,
      };
      const fig: Figure = {
        q,
        start: q.start,
        end: q.end,
        role: 'target',
        why: 'a ratio',
        comparator: comparatorOfVerb(m[2] ?? ''),
        clause: st.clauses.indexOf(cl),
        tier: null,
        value,
        valueMax: null,
      };
      const quoteStart = cl.start + lead < at ? cl.start + lead : Math.min(ph.start, at);
      const d = st.emit(fig, {
        subject,
        rawSubject: subject,
        scope: ph.scopes.join('、') || st.ctx.defaultScope,
        quoteStart,
        quoteEnd: q.end,
        before: s.slice(cl.start, q.start),
        clause: s.slice(cl.start, cl.end),
      });
      d.row.kind = 'relative';
      d.row.metric = '比率';
      if (d.row.subject_type === 'other') d.row.subject_type = 'indicator';
      d.row.base_year = null;
      d.row.aggregation = 'point';
    }
  },
};
