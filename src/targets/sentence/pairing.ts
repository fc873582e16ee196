/**
 * Pairing the figures of a run with the members and scopes of their subject: bands (过100亿元、50-100亿元的企业分别
 * 达到8家、8家), verb pairs, members in order (分别), scopes in order, or a shared predicate distributed over members
 * (光电子信息、汽车…总收入均突破万亿).
 */
import type { Tier } from '../../quantities/types.js';
import type { Figure } from '../figures.js';
import { REWARD_WORDS } from '../lexicon.js';
import { type Phrase, tidySubject } from '../phrase.js';
import type { Carried } from './carried.js';
import type { SentenceState } from './state.js';
import { GROWTH_WORD, tierOfValue } from './words.js';

/** One figure paired with one member and scope. */
export interface Pair {
  f: Figure;
  subject: string;
  scope: string;
  /** The tier of a band (undefined: read from the subject). */
  tier?: Tier | null;
}

/** A subject that is only a size band: 500亿元以上, 营业收入100亿元以上的, 过50亿元. */
const BAND_ONLY =
  /^[\u4e00-\u9fff]{0,8}?(?:过|超|超过|突破)?(?:[\d.]+(?:万亿|亿|万)?|[百千万]亿)元(?:以上|及以上)?的?$/;

/** The tier a size band equals (500亿元以上 → 五百亿, 百亿元以上 → 百亿), if any. */
function tierOfBand(band: string): Tier | null {
  const m = /([\d.]+|[百千])(万亿|亿)元/.exec(band);
  if (!m) return null;
  const n = m[1] === '百' ? 100 : m[1] === '千' ? 1000 : Number(m[1]);
  return tierOfValue(n * (m[2] === '万亿' ? 1e12 : 1e8));
}

/** The tier a subject names in its own words (百亿企业 → 百亿), if any. */
function tierInText(subject: string): Tier | null {
  const m = /(万亿|五千亿|千亿|五百亿|百亿|十亿)(?:级|元)?/.exec(subject);
  return m ? (m[1] as Tier) : null;
}

/** The noun an amount belongs to after it: 规模20亿元的黄冈产业投资基金, 2亿元专项资金, 万亿社会投资. */
function nounAfterAmount(s: string, f: Figure, stop: number): string | null {
  if (f.q.unit !== 'yuan' && f.q.unit !== 'km2' && f.q.unit !== 'mu' && f.q.unit !== 'hectare') return null;
  const m =
    /^(?:以上|左右)?(?:的)?([\u4e00-\u9fff“”]{0,14}(?:基金|资金|项目库|投资|工业园区|园区|净地|用地|经费))/.exec(
      s.slice(f.end, stop),
    );
  return m ? m[1]! : null;
}

/** A rough kind before the row is classified: shares and growth distribute over members, levels of lists do not. */
function previewKind(s: string, f: Figure): string {
  if (f.q.unit === 'multiple') return 'multiple';
  if (f.q.unit === 'percent' || f.q.unit === 'percentage_point')
    return /增长|增速/.test(s.slice(Math.max(0, f.start - 4), f.start)) ? 'growth' : 'share';
  if (f.q.unit === 'yuan_per_mu') return 'share';
  return 'level';
}

/** Pair the pending figures of a run with the members and scopes of `subj`. */
export function pairsOf(st: SentenceState, pending: Figure[], subj: Carried, clauseText: string): Pair[] {
  const members = subj.members.length > 0 ? subj.members : [];
  const scopes = subj.scopes;
  const scopeList =
    scopes.length > 1 && subj.distributive ? scopes : [scopes.join('、') || st.ctx.defaultScope];
  const verbs = subj.verbs && subj.respectively ? subj.verbs : [''];
  const pairs: Pair[] = [];
  if (pending.length > 1 && subj.bands && subj.bands.texts.length === pending.length) {
    const bands = subj.bands;
    for (const v of verbs)
      pending.forEach((f, i) => {
        pairs.push({
          f,
          subject: `${v}${bands.prefix}${bands.texts[i]}${bands.suffix}`,
          scope: scopeList[0]!,
          tier: bands.tiers[i] ?? null,
        });
      });
    return pairs;
  }
  if (pending.length === 1 && verbs.length > 1 && members.length <= 1) {
    for (const v of verbs)
      pairs.push({ f: pending[0]!, subject: `${v}${members[0] ?? ''}`, scope: scopeList[0]! });
    return pairs;
  }
  if (pending.length > 1 && members.length === pending.length)
    return pending.map((f, i) => ({ f, subject: members[i]!, scope: scopeList[0]! }));
  if (pending.length > 1 && scopes.length === pending.length && subj.respectively)
    return pending.map((f, i) => ({ f, subject: members.join('、'), scope: scopes[i]! }));
  for (const f of pending) {
    const cls = previewKind(st.s, f);
    const modifierList = /的/.test(members[members.length - 1] ?? '') || REWARD_WORDS.test(clauseText);
    const distribute =
      members.length > 1 &&
      (subj.distributive || (!modifierList && (cls === 'multiple' || cls === 'growth' || cls === 'share')));
    const ms = distribute ? members : [members.join('、')];
    for (const m of ms) for (const sc of scopeList) pairs.push({ f, subject: m, scope: sc });
  }
  return pairs;
}

/** Fix the subject of a pair from the words around its figure: a band's entities, a fund's noun, a domain, a park. */
function fixSubject(st: SentenceState, p: Pair, from: number, clauseEnd: number): void {
  const s = st.s;
  const f = p.f;
  // a size band with no noun (其中500亿元以上3家, 100亿元以上的达到15家) counts the entities named before it
  if (BAND_ONLY.test(p.subject) && (f.q.unit === 'count' || f.q.unit === 'people')) {
    const head = /(企业|项目|园区|集群|楼宇|基地)(?![\s\S]*(?:企业|项目|园区|集群|楼宇|基地))/.exec(
      s.slice(0, f.start),
    );
    const band = p.subject.replace(/的$/, '');
    if (head) p.subject = `${band}${head[1]}`;
    if (p.tier === undefined) p.tier = tierOfBand(band);
  }
  const noun = nounAfterAmount(s, f, clauseEnd);
  if (
    noun &&
    p.subject &&
    /(?:总规模|规模|总投资|设立|组建|形成|储备|带动|吸引|整理|改造|建设|安排)$/.test(p.subject)
  ) {
    const verb = f.q.unit !== 'yuan' ? /(?:分别|各)?([\u4e00-\u9fff]{2,4})$/.exec(p.subject)?.[1] : null;
    p.subject = verb && !/规模|投资/.test(verb) ? `${verb}${noun}` : '';
  }
  if (!p.subject) {
    const domain = /在?([\u4e00-\u9fff]{2,10}?)(?:产业)?领域/.exec(s.slice(from, f.start));
    const park = /(?:重点工业园区|[\u4e00-\u9fff]{0,4}园区)$/.exec(p.scope);
    if (noun) p.subject = domain && /基金/.test(noun) ? `${domain[1]}${noun}` : noun;
    else if (park) p.subject = park[0];
  }
}

/** Emit one row per pair; the metric word falls back to the previous figure's when this figure names none. */
export function emitPairs(
  st: SentenceState,
  pairs: Pair[],
  subj: Carried,
  ph: Phrase,
  from: number,
  clause: { start: number; end: number },
): void {
  const s = st.s;
  for (const p of pairs) {
    const f = p.f;
    fixSubject(st, p, from, clause.end);
    const quoteStart = Math.min(subj.start, f.start);
    const before = s.slice(from, f.start);
    const last = st.lastMetric;
    const inheritMetric =
      (ph.subject === '' || /^[,，、]?其中|^、/.test(before)) &&
      last?.unit === f.q.unit &&
      // …比重达到32%,…年均增长10%: a growth word of its own is not the previous share
      !(GROWTH_WORD.test(before) && !GROWTH_WORD.test(last.word));
    st.emit(f, {
      subject: tidySubject(p.subject || subj.metricWord || ph.metricWord || ''),
      rawSubject: p.subject,
      scope: p.scope,
      metricWord: ph.metricWord ?? subj.metricWord ?? (inheritMetric && last ? last.word : null),
      quoteStart,
      quoteEnd: f.end,
      tier: p.tier !== undefined ? p.tier : (tierInText(p.subject) ?? subj.tier),
      prevComparator: st.out.length > 0 ? st.out[st.out.length - 1]!.row.comparator : null,
      before,
      clause: s.slice(clause.start, clause.end),
    });
    st.markEmitted(f);
  }
}
