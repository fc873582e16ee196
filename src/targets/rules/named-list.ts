import { endOfNoun } from '../sentence/words.js';
import type { SentenceRule } from './rule.js';

/** "以黄州电子信息材料,麻城石材,…为重点,培育10个过百亿级特色产业集群": a list of named clusters and their count. */
const NAMED_LIST =
  /以(.{4,400}?)为(?:重点|主导|主体|核心|方向|主)[,，]?(?:培育|打造|发展|壮大|形成|建设)(?:形成)?$/;

/** The comma-separated items of `s[start, start+length)`, commas inside brackets kept. */
function itemsOf(s: string, start: number, length: number): { text: string; start: number }[] {
  const items: { text: string; start: number }[] = [];
  let depth = 0;
  let cur = start;
  for (let i = start; i <= start + length; i++) {
    const c = s[i];
    if (c === '(' || c === '（') depth++;
    if (c === ')' || c === '）') depth--;
    if (i === start + length || (depth === 0 && (c === ',' || c === '，' || c === ';' || c === '；'))) {
      if (i > cur) items.push({ text: s.slice(cur, i), start: cur });
      cur = i + 1;
    }
  }
  return items;
}

/** 以A,B,C为重点,培育N个过百亿级…集群 with N named items: one 产业规模 row per item instead of a count. */
export const namedList: SentenceRule = {
  name: 'named-list',
  description: '以A,B,C为重点,培育3个百亿级…集群 with as many items as the count: one tiered row per item.',
  examples: [
    {
      text: '以黄州电子信息材料,麻城石材,武穴医药化工为重点,培育3个百亿级特色产业集群。',
      rows: [
        { subject: '电子信息材料', scope: '黄州', tier: '百亿' },
        { subject: '石材', scope: '麻城', tier: '百亿' },
        { subject: '医药化工', scope: '武穴', tier: '百亿' },
      ],
    },
  ],
  apply(st) {
    const s = st.s;
    for (const f of st.figures) {
      if (f.role !== 'target' || f.q.unit !== 'count') continue;
      const m = NAMED_LIST.exec(s.slice(0, f.start));
      if (!m) continue;
      const listStart = m.index + 1;
      const items = itemsOf(s, listStart, m[1]!.length);
      if (items.length !== f.value || items.length < 2) continue;
      const tierFig = st.figures.find((g) => g.start >= f.end && g.start <= f.end + 2 && g.tier);
      if (!tierFig?.tier) continue;
      st.consume(f, 'size of the named list before it', 'listsize');
      st.consume(tierFig, 'tier of the named list', 'tier');
      st.markEmitted(tierFig);
      const end = endOfNoun(s, tierFig.end, st.clauseOf(tierFig).end);
      for (const it of items) {
        // places first (红安、罗田、黄州食品饮料 → 红安、罗田、黄州 | 食品饮料); a place name is taken as 2 characters
        const parts = it.text.split('、');
        const last = parts[parts.length - 1]!;
        const places = [...parts.slice(0, -1), last.slice(0, 2)];
        const subject = last.slice(2);
        if (subject.length < 1) continue;
        st.emit(tierFig, {
          subject,
          scope: places.join('、'),
          quoteStart: listStart,
          quoteEnd: end,
          tier: tierFig.tier,
          before: s.slice(f.start - 2, f.start),
          clause: st.textOf(st.clauseOf(f)),
          tierOnly: true,
        });
      }
    }
  },
};
