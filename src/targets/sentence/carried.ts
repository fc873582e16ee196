/**
 * The subject carried from clause to clause: what a clause names (members of a list, scopes, a metric word, a tier,
 * size bands, a creation verb, a verb pair) so that a later figure without a subject of its own takes it.
 */
import type { Tier } from '../../quantities/types.js';
import type { Clause, Figure } from '../figures.js';
import { splitMembers, tidySubject } from '../phrase.js';
import type { SentenceState } from './state.js';
import { endOfNoun, LIST_VERB, tierOfValue } from './words.js';

/** A subject carried from one clause to the next within a sentence. */
export interface Carried {
  members: string[];
  scopes: string[];
  /** Offset (clean) where the subject starts: quotes start there. */
  start: number;
  metricWord: string | null;
  tier: Tier | null;
  /** Qualifier bands in the subject (过100亿元、50-100亿元、10-50亿元的企业), with the text around them. */
  bands: { texts: string[]; tiers: (Tier | null)[]; prefix: string; suffix: string } | null;
  distributive: boolean;
  respectively: boolean;
  used: boolean;
  /** False for a subject read from a clause without figures (a weaker guess, replaced by any later one). */
  strong?: boolean;
  /** True when a clause without figures named an industry (农产品加工业), kept over later clauses naming none. */
  industry?: boolean;
  /** The list-size figure that closed the members (光电子信息、汽车及零部件2个…), if any. */
  listsize: Figure | null;
  /** The creation verb before a listed set of members (新增, 培育形成), if any. */
  verb: string | null;
  /** Two verbs sharing one object and figure (引进和开工…分别达到80个): one row per verb. */
  verbs: string[] | null;
}

/** A subject with no members, scopes or metric: the start of a fresh carried subject. */
export function bareSubject(start: number, extra: Partial<Carried> = {}): Carried {
  return {
    members: [],
    scopes: [],
    start,
    metricWord: null,
    tier: null,
    bands: null,
    distributive: false,
    respectively: false,
    used: true,
    listsize: null,
    verb: null,
    verbs: null,
    ...extra,
  };
}

const VERB_PAIR =
  /^(引进|开工|签约|建成|投产|竣工|新建|培育|认定|新增|招引|落地)(?:和|与|及|、)(引进|开工|签约|建成|投产|竣工|新建|培育|认定|新增|招引|落地)/;
const LIST_VERB_BEFORE = /(?:培育形成|培育|新增|形成|打造|建设|建成|发展|壮大)$/;
/** A place before a creation verb at the head of a named list: 沿江地区培育(石化、钢铁等2个…). */
const PLACE_BEFORE_VERB =
  /^([\u4e00-\u9fff]{2,8}?(?:地区|片区|区域|园区|开发区|新区|县|区|市|板块|沿线|一带))(培育形成|培育|新增|形成|打造|建设|建成|壮大)/;
/** Filler between a scope and a creation verb at the head of a named list: 范围内培育形成, 重点培育. */
const VERB_AFTER_FILLER =
  /^((?:范围内|域内|内|重点|着力|集中|加快|大力|全力|全面|积极)+)(培育形成|培育|新增|形成|打造|建设|建成|壮大)/;

/** The creation verb (and a place) before the members of a named list closed by a list size. */
function listHead(
  st: SentenceState,
  from: number,
  listsize: Figure,
): { subjectText: string; start: number; verb: string | null; placeScope: string | null } {
  const p2 = st.phraseOf(from, listsize.start);
  let subjectText = p2.subject;
  let start = p2.start;
  const v = LIST_VERB.exec(subjectText);
  // a place before the verb (在沿江地区培育A、B等2个…): the place is the scope
  const placed = v ? null : PLACE_BEFORE_VERB.exec(subjectText);
  if (v)
    return {
      subjectText: subjectText.slice(v[0].length),
      start: start + v[0].length,
      verb: v[0],
      placeScope: null,
    };
  if (placed && p2.scopes.length === 0)
    return {
      subjectText: subjectText.slice(placed[0].length),
      start: start + placed[0].length,
      verb: placed[2]!,
      placeScope: placed[1]!,
    };
  const w = VERB_AFTER_FILLER.exec(subjectText);
  if (w) {
    // 在全市范围内培育形成A、B等…: filler words between the scope and the verb
    subjectText = subjectText.slice(w[0].length);
    start += w[0].length;
    return { subjectText, start, verb: w[2]!, placeScope: null };
  }
  // the verb may stand before a scope (在全市培育形成A、B等3个…): look right before the members
  const s = st.s;
  const at = subjectText ? s.indexOf(subjectText, start) : -1;
  const membersAt = at >= 0 && at < listsize.start ? at : start;
  let verb: string | null = null;
  if (LIST_VERB_BEFORE.test(s.slice(Math.max(from, membersAt - 6), membersAt))) verb = 'before';
  // a second list of the same sentence shares the first one's verb (培育形成A、B等3个万亿级产业集群,C、D等6个…)
  else if (st.carried?.verb && st.carried.listsize && /^[,，;；、]?$/.test(s.slice(from, membersAt)))
    verb = st.carried.verb;
  return { subjectText, start, verb, placeScope: null };
}

/** Size bands of a subject (过100亿元、50-100亿元、10-50亿元的企业): each band's text and tier, and the words around. */
function bandsOf(
  st: SentenceState,
  quals: Figure[],
  phraseStart: number,
  from: number,
  to: number,
): Carried['bands'] {
  if (quals.length <= 1) return null;
  const s = st.s;
  const first = quals[0]!;
  const last = quals[quals.length - 1]!;
  const prefixStart = Math.max(phraseStart, from);
  return {
    tiers: quals.map((g) => g.tier ?? (g.q.valueMax === null ? tierOfValue(g.value) : null)),
    texts: quals.map((g) => {
      const own = s.slice(g.start, g.end);
      const word = /^(?:突破|超过|过|达到)/.exec(s.slice(first.start, first.end))?.[0] ?? '';
      const bare = own.replace(/^(?:突破|超过|过|达到)/, '');
      return g.q.valueMax === null ? `${word}${bare}` : bare;
    }),
    prefix: s.slice(prefixStart, first.start).replace(/^对/, ''),
    suffix: s
      .slice(last.end, to)
      .replace(/^[、]/, '')
      .replace(/(?:分别|均|各|都|达到|力争|争取|突破|超过|不低于|不少于|给予|一次性|[,，])+$/, ''),
  };
}

/**
 * The subject that the words `s[from, to)` name, to be carried to later figures: members (split at 、和), scopes,
 * metric word, tier, size bands, the creation verb of a named list; `null` when the words name nothing.
 */
export function carriedFrom(st: SentenceState, from: number, to: number): Carried | null {
  const ph = st.phraseOf(from, to);
  const inside = st.figures.filter((g) => g.start >= from && g.end <= to);
  const listsize = inside.find((g) => g.role === 'listsize');
  let subjectText = ph.subject;
  let start = ph.start;
  let verb: string | null = null;
  let placeScope: string | null = null;
  if (listsize) ({ subjectText, start, verb, placeScope } = listHead(st, from, listsize));
  const quals = inside.filter((g) => g.role === 'qualifier');
  const bands = bandsOf(st, quals, ph.start, from, to);
  const tierFig =
    inside.find((g) => g.role === 'tier') ??
    inside.find((g) => g.role === 'qualifier' && g.tier) ??
    (quals.length === 1 && quals[0]!.q.valueMax === null && tierOfValue(quals[0]!.value)
      ? quals[0]
      : undefined);
  const pair = VERB_PAIR.exec(subjectText);
  let verbs: string[] | null = null;
  if (pair) {
    verbs = [pair[1]!, pair[2]!];
    subjectText = subjectText.slice(pair[0].length);
  } else if (/^其中/.test(st.s.slice(from, to)) && st.carried?.verbs) verbs = st.carried.verbs;
  if (!subjectText && ph.scopes.length === 0) return null;
  return {
    members: subjectText ? splitMembers(subjectText, ph.distributive) : [],
    listsize: listsize ?? null,
    verb,
    verbs,
    scopes: placeScope ? [placeScope] : ph.scopes,
    start,
    metricWord: ph.metricWord,
    tier: tierFig ? (tierFig.tier ?? tierOfValue(tierFig.value)) : null,
    bands,
    distributive: ph.distributive,
    respectively: ph.respectively,
    used: false,
  };
}

/** Close the carried subject: if no figure used it, its named members may still be tiered rows (maybeTierRows). */
export function flushCarried(st: SentenceState, clause: Clause): void {
  const c = st.carried;
  if (c && !c.used) {
    c.used = true;
    tierRowsOfMembers(st, c, clause);
  }
}

/** 产业规模 rows for members named with a tier and no figure of their own (新增生物医药、时尚消费品2个千亿产业). */
function tierRowsOfMembers(st: SentenceState, c: Carried, clause: Clause): void {
  if (!c.tier || c.members.length === 0 || !c.listsize || !c.verb) return;
  const listEnd = c.listsize.end;
  const tierFig = st.figures.find((g) => g.role === 'tier' && g.tier === c.tier && g.start >= listEnd);
  if (!tierFig || st.emitted.has(tierFig) || tierFig.start > listEnd + 1) return;
  const cl = st.clauseOf(tierFig);
  st.markEmitted(tierFig);
  const end = endOfNoun(st.s, tierFig.end, cl.end);
  for (const m of c.members) {
    st.emit(tierFig, {
      subject: tidySubject(m),
      scope: c.scopes.join('、') || st.ctx.defaultScope,
      quoteStart: c.start,
      quoteEnd: end,
      tier: c.tier,
      before: st.s.slice(cl.start, tierFig.start),
      clause: st.textOf(clause),
      tierOnly: true,
    });
  }
}
