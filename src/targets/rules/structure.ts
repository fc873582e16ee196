import type { Figure } from '../figures.js';
import type { SentenceRule } from './rule.js';

/**
 * Structures: 三次产业结构调整为7∶43∶50 — one `share` row per term, the terms named by the structure vocabulary
 * (`targets/structure.ts`: 第一产业, 第二产业, 第三产业). A structure whose terms have no names gives mentions but
 * no rows; a structure some of whose terms are not targets (dated to the past, a starting point) gives none.
 */
export const structure: SentenceRule = {
  name: 'structure',
  description:
    'A structure to reach (三次产业结构调整为7∶43∶50) is one share row per named term (第一产业 7%, 第二产业 43%, 第三产业 50%).',
  examples: [
    {
      text: '到2025年，三次产业结构调整为7∶43∶50。',
      rows: [
        { subject: '第一产业', kind: 'share', metric: '占比', value: 7, unit: 'percent', comparator: '=' },
        { subject: '第二产业', kind: 'share', metric: '占比', value: 43, unit: 'percent', comparator: '=' },
        { subject: '第三产业', kind: 'share', metric: '占比', value: 50, unit: 'percent', comparator: '=' },
      ],
    },
  ],
  apply(st) {
    const bySpan = new Map<number, Figure[]>();
    for (const f of st.figures) {
      if (!f.structure) continue;
      const list = bySpan.get(f.structure.span.start) ?? [];
      list.push(f);
      bySpan.set(f.structure.span.start, list);
    }
    for (const terms of bySpan.values()) {
      const span = terms[0]!.structure!.span;
      const live = terms.every((f) => f.role === 'target');
      if (!live || !span.entry) {
        for (const f of terms)
          if (f.role === 'target') st.consume(f, 'a structure whose terms have no names');
        continue;
      }
      const entry = span.entry;
      for (const f of terms) {
        const name = entry.terms[f.structure!.index];
        if (!name) continue;
        const d = st.emit(f, {
          subject: name,
          rawSubject: name,
          metricWord: '占比',
          quoteStart: Math.max(0, st.clauseOf(terms[0]!).start),
          quoteEnd: span.end,
        });
        d.row.kind = 'share';
        d.row.metric = '占比';
        d.row.subject_type = 'indicator';
        d.row.base_year = null;
        d.row.comparator = f.comparator ?? '=';
        st.markEmitted(f);
        st.consume(f, 'a term of a structure (rows written)', 'skip');
      }
    }
  },
};
