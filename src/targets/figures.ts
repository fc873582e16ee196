/**
 * Figures of a sentence: the quantities the parser finds, each given a role (target, qualifier of a subject,
 * list size, tier adjective, or not a target at all) by general rules of the genre.
 */
import { findQuantities } from '../quantities/find.js';
import type { Comparator, Quantity, Tier } from '../quantities/types.js';
import type { TableCell } from '../text/text-table.js';
import { withCellUnits } from './cells.js';
import {
  CHANGE_TO,
  COMPARATOR_WORDS,
  CREATION_VERBS,
  FACT_MARKERS,
  FILLER_BEFORE_FIGURE,
  NON_TARGET_MEASURES,
  NON_TARGET_VERBS,
  REWARD_WORDS,
} from './lexicon.js';
import { type StructureSpan, withStructures } from './structure.js';

/** What a figure is in its sentence. */
export type FigureRole =
  /** a target figure: becomes one or more rows */
  | 'target'
  /** part of a subject (30亿元以上工业项目, 过100亿元的企业, 首次突破10亿元的工业企业) */
  | 'qualifier'
  /** the size of a list of named members (光电子信息、汽车及零部件2个…) */
  | 'listsize'
  /** a tier adjective (万亿级产业集群, 千亿产业, 百亿企业) */
  | 'tier'
  /** not a target: a year, a duration, a name, an ordinal, a fact, a scope count */
  | 'skip';

/** One quantity of a sentence with its role. Offsets are into the sentence's clean text. */
export interface Figure {
  q: Quantity;
  start: number;
  end: number;
  role: FigureRole;
  /** Why the role was given (for debugging and the docs). */
  why: string;
  /** The comparator the text states (from the parser, or the words before the figure). */
  comparator: Comparator | null;
  /** Index of the clause (punctuation-separated part of the sentence) the figure is in. */
  clause: number;
  tier: Tier | null;
  value: number;
  valueMax: number | null;
  /**
   * The figure is stated as a fall (下降, 降低, 减少…): right after a decline verb, or listed after a figure that is
   * (能耗和二氧化碳排放分别降低13.5%、18% — both are falls).
   */
  decline?: boolean;
  /** The figure is a value cell of a text table (its unit from the row's 单位 cell, its column's year and growth). */
  cell?: TableCell;
  /** The figure is a term of a structure (三次产业结构7∶43∶50): its span and its index among the terms. */
  structure?: { span: StructureSpan; index: number };
}

/** A decline verb right before a figure (after filler words such as 分别, 均, 力争). */
const DECLINE_BEFORE = /(?:下降|降低|减少|压减|削减|缩减)了?(?:力争|争取|均|分别|累计|各)*$/;

/** A clause: a part of a sentence between , ， ; ： (brackets and quotes kept whole). */
export interface Clause {
  start: number;
  end: number;
}

const OPEN = '(（“"‘《〔「【[〈';
const CLOSE = ')）”"’》〕」】]〉';

/**
 * Cut a sentence into clauses at , ， ; ； : ： outside brackets and quotes, and around a bracket that holds a
 * figure ("(其中50亿元以上项目1个)").
 *
 * Complexity: O(n).
 *
 * @example
 * splitClauses('总收入均突破万亿,产值均突破5000亿元', []).length // 2
 */
export function splitClauses(s: string, quantities: readonly Quantity[]): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = 0;
  const hasFigure = (a: number, b: number) => quantities.some((q) => q.start >= a && q.end <= b);
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 9 /* a table cell gap */ && depth === 0) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
      continue;
    }
    if (code < 0x21 || (code > 0x5d && code < 0x2000) || (code > 0x3011 && code < 0xff01)) continue; // fast path: letters, digits, CJK
    const c = s[i]!;
    if (OPEN.includes(c)) {
      if ((c === '(' || c === '（') && depth === 0) {
        const close = findClose(s, i);
        if (close > i && hasFigure(i, close) && !/^[(（](?:责任|含|不含)/.test(s.slice(i, i + 4))) {
          if (i > start) out.push({ start, end: i });
          out.push({ start: i + 1, end: close });
          start = close + 1;
          i = close;
          continue;
        }
      }
      if (c !== '"') depth++;
      continue;
    }
    if (CLOSE.includes(c)) {
      if (c !== '"') depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth === 0 && CLAUSE_END.has(code)) {
      // a colon between digits is a ratio (1:1.95) or a time, not a clause end
      if ((code === 0x3a || code === 0xff1a) && isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1)))
        continue;
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (start < s.length) out.push({ start, end: s.length });
  return out;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const CLAUSE_END = new Set([...',，;；:：。！？!?'].map((c) => c.charCodeAt(0)));

function findClose(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length && i < open + 200; i++) {
    if (s[i] === '(' || s[i] === '（') depth++;
    else if (s[i] === ')' || s[i] === '）') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Ranges of quoted names, titles, document numbers and 责任单位 brackets: figures inside are never targets. */
function protectedRanges(s: string): [number, number][] {
  const out: [number, number][] = [];
  const re =
    /“[^”]{0,40}”|"[^"]{0,40}"|《[^》]{0,80}》|〔[^〕]{0,20}〕|「[^」]{0,40}」|[(（[【]\s*责任[^)）\]】]*[)）\]】]/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * A count naming categories the plan itself defines (优先发展2个先导产业, 突破发展5个新兴产业, 聚焦40个细分赛道,
 * 重点发展6个产业): plan structure, not a target. Only 发展/聚焦 right before the count, not 培育发展/引进发展,
 * and only when the counted noun states no size (发展30个十亿地标块状经济 stays a target).
 */
function isDesignationCount(before: string, after: string): boolean {
  if (!/(?:聚焦|发展)$/.test(before) || /(?:培育|引进|招引|新|建设|壮大)发展$/.test(before)) return false;
  const noun = /^[^,，;；。、:：()（）]*/.exec(after)?.[0] ?? '';
  return isCjkChar(noun[0]) && !/[万千百十]亿|亿元|\d/.test(noun);
}
const isCjkChar = (c: string | undefined) => c !== undefined && /[\u4e00-\u9fff]/.test(c);
const CN_NUMERAL = /^[零〇一二两三四五六七八九十百千万亿]/;

/** The comparator stated by the words right before a figure (达到 → >=, 突破 → >…). */
export function comparatorBefore(before: string): Comparator | null {
  const t = before.replace(FILLER_BEFORE_FIGURE, '');
  for (const [w, c] of COMPARATOR_WORDS) if (t.endsWith(w) || before.endsWith(w)) return c;
  return null;
}

/** A noun that counts people, then a verb of change or level, right before a bare 万 figure. */
const PEOPLE_NOUN_BEFORE =
  /(?:人口|人数|就业|就业人员|从业人员|职工|游客|劳动力|农民工|毕业生|人才)(?:人数)?(?:净)?(?:减少|增加|新增|达到|达|为|超过|突破|累计|分别)*$/;

/**
 * Find the quantities of a sentence and give each a role.
 *
 * Complexity: O(n + k²) for n characters and k quantities.
 *
 * @example
 * classifyFigures('引进30亿元以上工业项目不少于2个').map((f) => f.role) // ['qualifier', 'target']
 */
export function classifyFigures(
  s: string,
  cellAt?: (start: number) => TableCell | null,
): { figures: Figure[]; clauses: Clause[] } {
  const cells = new Map<Quantity, TableCell>();
  const read = withStructures(
    s,
    cellAt ? withCellUnits(findQuantities(s), cellAt, cells) : findQuantities(s),
  );
  const qs = read.qs;
  const clauses = splitClauses(s, qs);
  const clauseOf = (pos: number) => {
    const k = clauses.findIndex((c) => pos >= c.start && pos < c.end);
    return k < 0 ? clauses.length - 1 : k;
  };
  const prot = protectedRanges(s);
  const figures: Figure[] = qs.map((q) => ({
    q,
    start: q.start,
    end: q.end,
    role: 'target',
    why: '',
    comparator: q.comparator,
    clause: clauseOf(q.start),
    tier: (q.tier as Tier | undefined) ?? null,
    value: q.value,
    valueMax: q.valueMax,
    ...(cells.has(q) ? { cell: cells.get(q) } : {}),
  }));
  const set = (f: Figure, role: FigureRole, why: string) => {
    f.role = role;
    f.why = why;
  };
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k]!;
    const term = read.terms.get(f.q);
    if (term) {
      // a term of a structure is a share; the terms of the structure the text starts from (由9.1∶46.6∶44.3调整为…)
      // are starting points
      f.structure = term;
      const cl = clauses.find((c) => term.span.start >= c.start && term.span.start < c.end);
      if (/(?:从|由)$/.test(s.slice(cl?.start ?? 0, term.span.start)))
        set(f, 'skip', 'starting point (由 a structure)');
      else set(f, 'target', 'a term of a structure');
      continue;
    }
    const q = f.q;
    const cl = clauses[f.clause]!;
    const before = s.slice(cl.start, f.start);
    const after = s.slice(f.end, cl.end);
    const numText = q.text.replace(/^[^\d零〇一二两三四五六七八九十百千万亿]+/, '');
    // a duration (3年内, 用5年时间) or a year is no figure of its own; an age (78岁) or a length of schooling
    // (受教育年限10.8年) is
    const ageOrSpan =
      q.unit === 'years' &&
      (/岁/.test(q.sourceUnit) || !Number.isInteger(q.value) || /年限|寿命|年龄/.test(before));
    // a bare 万 after a noun that counts people (贫困人口减少25万, 城镇新增就业12万) counts people
    if (q.unit === 'number' && /^[万亿]$/.test(q.sourceUnit) && PEOPLE_NOUN_BEFORE.test(before)) {
      f.q = { ...q, unit: 'people' };
    }
    if (q.unit === 'year' || (q.unit === 'years' && !ageOrSpan) || f.q.unit === 'number') {
      set(f, 'skip', `unit ${q.unit}`);
      continue;
    }
    // an age band or a unit spec inside a subject: 65岁及以上老年人, 3岁以下婴幼儿, 2×35万千瓦机组
    const ageBand =
      /岁/.test(q.sourceUnit) &&
      /以[上下]/.test(q.text + after.slice(0, 3)) &&
      /^[\u4e00-\u9fff]/.test(after.replace(/^(?:及以上|及以下|以上|以下)/, ''));
    if (ageBand || /\d\s*[×xX*]\s*$/.test(before)) {
      set(f, 'qualifier', 'an age band or a unit spec inside a subject');
      continue;
    }
    if (prot.some(([a, b]) => f.start >= a && f.end <= b)) {
      set(f, 'skip', 'inside quotes, a title or a 责任 bracket');
      continue;
    }
    if (/(?:从|由)$/.test(before) && !/^(?:增加|提高|提升|扩大|增长)?[到至]/.test(after)) {
      set(f, 'skip', 'starting point (从/由)');
      continue;
    }
    // 从人均8.7万元提高到12万元, 由2010年的162.4亿元增加到…: the figure after 从/由 is where the change starts
    if (
      /(?:从|由)[^，,。；;从由到至\d]{0,10}$/.test(before) &&
      /^[^，,。；;]{0,12}?(?:提高|提升|增加|增长|扩大|下降|降低|减少|缩小|上升)?(?:到|至)[^，,。；;]{0,10}?[\d一二三四五六七八九十百千万亿]/.test(
        after,
      )
    ) {
      set(f, 'skip', 'starting point (从/由 … 到)');
      continue;
    }
    // 倍增 is a target after 实现 or at the end of a clause, else a name (战略性新兴产业倍增、…)
    if (
      q.unit === 'multiple' &&
      q.sourceUnit === '倍增' &&
      !/实现$/.test(before.replace(/(?:均|都|力争|争取)$/, '')) &&
      after.length > 0
    ) {
      set(f, 'skip', '倍增 as a name');
      continue;
    }
    if (
      s[f.start - 1] === '第' ||
      /^[强届号期版A-Za-z]/.test(after) ||
      (/^大(?![幅量学专中型])/.test(after) && q.sourceUnit === '')
    ) {
      set(f, 'skip', 'ordinal or name');
      continue;
    }
    // 条 counts chains and lines (产业链8条, 10条生产线), not only the notice's own articles
    const chains =
      q.sourceUnit === '条' &&
      (/链$/.test(before) || /^(?:以上)?(?:[\u4e00-\u9fff]{0,6}(?:产业链|生产线|链))/.test(after));
    // 条 and 张 count roads, routes and beds when a noun follows (12条道路, 1000张床位)
    // (after Arabic digits, or before a noun: 12条道路, 新增床位超过1000张, 3条航线)
    const counted =
      /^[条张]$/.test(q.sourceUnit) &&
      (/\d/.test(numText) || /^(?:以上|左右)?[\u4e00-\u9fff]/.test(after)) &&
      !/^(?:的|措施|意见|举措|政策)/.test(after);
    if (
      (q.unit === 'count' || q.unit === 'people') &&
      NON_TARGET_MEASURES.test(q.sourceUnit) &&
      !chains &&
      !counted
    ) {
      set(f, 'skip', `measure word ${q.sourceUnit}`);
      continue;
    }
    // the notice's own counts: 共11项, 138项工作任务, 分解为20项重点任务, 3项指标
    if (
      q.unit === 'count' &&
      /^[项条]/.test(q.sourceUnit) &&
      (/^(?:重点|主要|具体)?(?:工作任务|任务|工作|举措|措施|指标|内容|事项)/.test(after) ||
        (/(?:共|共计|合计|总计|包括|分解为|分为|涵盖)$/.test(before) && after.length === 0))
    ) {
      set(f, 'skip', 'count of the notice’s own tasks');
      continue;
    }
    // a count that names a zone class (四个新城区, 3大国家级开发区)
    if (
      q.unit === 'count' &&
      /^(?:国家级开发区|开发区|新城区|中心城区|城区|县区|县(?![域级城])|区(?![域级])|板块|片区|功能区)/.test(
        after,
      )
    ) {
      set(f, 'skip', 'count in a zone name');
      continue;
    }
    // the plan's own categories: 优先发展2个先导产业, 聚焦40个细分赛道, 重点发展6个产业 (no size, no creation verb)
    if ((q.unit === 'count' || q.unit === 'people') && isDesignationCount(before, after)) {
      set(f, 'skip', 'designation count (发展/聚焦 N个 categories)');
      continue;
    }
    // tier adjective: 万亿级产业集群, 千亿产业, 百亿企业 (no 元, followed by a noun)
    if (
      f.tier &&
      !/元/.test(q.sourceUnit) &&
      !q.comparator &&
      isCjkChar(after[0]) &&
      !/^(?:社会投资|投资|资金|以上|左右)/.test(after)
    ) {
      set(f, 'tier', 'tier word before a noun');
      continue;
    }
    if (f.tier && (/^级/.test(after) || /级$/.test(q.text))) {
      set(f, 'tier', 'tier word before 级');
      continue;
    }
    // 现有20户, 目前, 同比…: statements of fact are told from targets by the role model (mentions/classify.ts),
    // which reads these words as evidence together with the section and the time words; 由现有5万元 stays a baseline
    const fact = FACT_MARKERS.exec(before);
    if (fact && /由现有|现有|原有|已有/.test(fact[0])) {
      const since = before.slice(fact.index + fact[0].length);
      const listed = (q.unit === 'count' || q.unit === 'people') && /实现|倍增|翻一番|翻番/.test(after);
      if (!CHANGE_TO.test(since) && !listed) {
        set(f, 'skip', `fact (${fact[0]})`);
        continue;
      }
    }
    // a past year stated as fact: 2020年实现产值…
    const pastYear = /(20\d\d)年(?:全市|全年)?(?:实现|完成|达到)/.exec(before);
    if (pastYear && !/到|至|力争/.test(before.slice(0, pastYear.index + 1))) {
      // only a fact when no deadline word precedes; years before the text's own time are judged by the caller
      f.why = `year ${pastYear[1]} before`;
    }
    // Chinese-numeral counts are names or list sizes unless a creation verb governs them
    if ((q.unit === 'count' || q.unit === 'people') && CN_NUMERAL.test(numText)) {
      // the comparator word inside the figure counts as its verb (规上工业企业突破一千家)
      const own = q.text.slice(0, q.text.length - numText.length);
      const verb = `${before}${own}`.replace(/(?:每|各|分别|均)$/, '');
      // 培育新能源、新材料两个千亿级产业集群: the size of a named list (read as a list size below)
      const namedList = before.includes('、') && isCjkChar(after[0]) && !/^(?:以上|左右)/.test(after);
      if ((!CREATION_VERBS.test(verb) && !namedList) || REWARD_WORDS.test(after.slice(0, 4))) {
        set(f, 'skip', 'count in Chinese numerals without a creation verb');
      }
    }
  }
  // list sizes: 光电子信息、汽车及零部件2个万亿级产业集群 / 装备制造…等4个千亿产业
  for (const f of figures) {
    if (f.role !== 'target' || (f.q.unit !== 'count' && f.q.unit !== 'people')) continue;
    const cl = clauses[f.clause]!;
    const before = s.slice(cl.start, f.start);
    const after = s.slice(f.end, cl.end);
    if (!isCjkChar(after[0]) || /^(?:以上|左右|以内|以下|及以上)/.test(after)) continue;
    if (before.endsWith('等')) {
      set(f, 'listsize', 'count after 等');
      continue;
    }
    const sep = Math.max(before.lastIndexOf('、'), before.lastIndexOf('和'), before.lastIndexOf('与'));
    if (sep < 0 || !before.includes('、')) continue;
    const last = before.slice(sep + 1);
    if (last.length === 0 || CREATION_VERBS.test(last) || NON_TARGET_VERBS.test(last)) continue;
    if (/[\d%]/.test(last) || /(?:各|每|分别|均|共|合计)$/.test(last)) continue;
    // the list must be items, not figures
    if (
      figures.some(
        (g) =>
          g !== f && g.clause === f.clause && g.end <= f.start && g.start >= cl.start && g.role === 'target',
      )
    )
      continue;
    set(f, 'listsize', 'count after a list of named members');
  }
  // qualifiers
  const targetsAfterInClause = (f: Figure) =>
    figures.filter(
      (g) => g.clause === f.clause && g.start >= f.end && (g.role === 'target' || g.role === 'qualifier'),
    );
  for (let k = figures.length - 1; k >= 0; k--) {
    const f = figures[k]!;
    if (f.role !== 'target') continue;
    const cl = clauses[f.clause]!;
    const next = figures.slice(k + 1).find((g) => g.clause === f.clause && g.role !== 'skip');
    const between = s.slice(f.end, next ? next.start : cl.end);
    const before = s.slice(cl.start, f.start);
    const isMoneyLike = f.q.unit !== 'count' && f.q.unit !== 'people';
    // money right after a count word, before a noun: 每跨越一个百亿元台阶
    if (isMoneyLike && /(?:[一二两三四五六七八九十\d]+个|每个)$/.test(before) && isCjkChar(between[0])) {
      set(f, 'qualifier', 'amount after a count word');
      continue;
    }
    // 壮大为500亿元乃至千亿元以上企业: a figure joined to a target by 乃至 is a target too
    const prevFig = figures
      .slice(0, k)
      .reverse()
      .find((g) => g.clause === f.clause && g.role !== 'skip');
    if (prevFig && prevFig.role === 'target' && /^(?:乃至|甚至|直至|或)$/.test(s.slice(prevFig.end, f.start)))
      continue;
    // money before an entity noun: 100亿元以上工业龙头项目, 50亿元以上的重大工业投资项目
    if (
      (f.q.unit === 'yuan' || f.q.unit === 'usd') &&
      /^(?:以上|以下|左右|及以上)?的?[\u4e00-\u9fff]{0,8}?(?:项目|企业|楼宇|工厂|公司)/.test(between) &&
      !/(?:总规模|规模|总投资|总额|金额)$/.test(before.replace(/(?:达到|为|超过|突破|过)$/, ''))
    ) {
      set(f, 'qualifier', 'threshold of an entity noun');
      continue;
    }
    // a size band right before the count it sizes: 其中500亿元以上3家
    if (
      (f.q.unit === 'yuan' || f.q.unit === 'usd') &&
      next &&
      next.role === 'target' &&
      (next.q.unit === 'count' || next.q.unit === 'people') &&
      /^(?:以上|及以上)?的?$/.test(between) &&
      /以上/.test(f.q.text + between)
    ) {
      set(f, 'qualifier', 'size band of the count after it');
      continue;
    }
    // a list continuing into a qualifier: 首次突破10亿元、50亿元、100亿元的工业企业
    if (
      next &&
      next.role === 'qualifier' &&
      next.q.unit === f.q.unit &&
      /^[、和及与至到-]{1,2}$/.test(between)
    ) {
      set(f, 'qualifier', 'listed with a qualifier');
      continue;
    }
    // followed by 的 + noun: 产值过10亿元的市级特色产业基地; 投资过5亿元的重大工业项目
    const de = between.indexOf('的');
    // (保持年均15%以上的增长 is a growth target: 的 + a growth noun is no qualifier)
    const growthNoun =
      f.q.unit === 'percent' &&
      /^(?:以上|左右)?的(?:年均|年平均)?(?:较快|快速|高速|稳定|平稳)?(?:增长|增速|增幅)/.test(between);
    // (a share or a physical size before 的 is what is reached: 覆盖80%以上的大城市, 8000万吨标准煤的节能能力)
    const moneySize = f.q.unit === 'yuan' || f.q.unit === 'usd' || f.q.unit === 'yuan_per_mu';
    if (moneySize && de >= 0 && de <= 8 && !growthNoun && !/[达实突超增不]/.test(between.slice(0, de))) {
      const sizeOf = /(?:总规模|规模|总投资|总额|金额)$/.test(
        before.replace(/(?:达到|为|超过|突破|过)$/, ''),
      );
      const laterTarget = targetsAfterInClause(f).length > 0;
      const area = f.q.unit === 'km2' || f.q.unit === 'mu' || f.q.unit === 'hectare';
      if (laterTarget || (!sizeOf && !area)) {
        set(f, 'qualifier', 'followed by 的');
        continue;
      }
    }
    // money or percent followed by a noun, with a count later: 30亿元以上工业项目不少于2个 (an area or a tonnage
    // before a noun is the size of the thing to build: 10万亩马铃薯种薯基地)
    const moneyOrRate = f.q.unit === 'yuan' || f.q.unit === 'usd' || f.q.unit === 'percent';
    if (moneyOrRate && isCjkChar(between.replace(/^(?:以上|以下|左右|及以上)/, '')[0])) {
      const laterCount = figures.some(
        (g) =>
          g.clause === f.clause &&
          g.start > f.end &&
          g.role === 'target' &&
          (g.q.unit === 'count' || g.q.unit === 'people'),
      );
      if (laterCount) {
        set(f, 'qualifier', 'threshold of a counted noun');
        continue;
      }
    }
    // money after an Arabic count in the clause: 3个产值过千亿优势产业集群, 600个亿元以上项目
    if (isMoneyLike && f.q.unit !== 'percent') {
      const prevCount = figures
        .slice(0, k)
        .reverse()
        .find(
          (g) =>
            g.clause === f.clause && (g.role === 'target' || g.role === 'qualifier') && g.q.unit === 'count',
        );
      const gap = prevCount ? s.slice(prevCount.end, f.start) : '';
      if (
        prevCount &&
        (f.q.unit === 'yuan' || f.q.unit === 'usd') &&
        !REWARD_WORDS.test(gap) &&
        !/[达实]/.test(gap) &&
        // a new item of a list with its own metric (项目1500个、年度计划投资1万亿元) is no threshold
        !/[、和][^、]{0,12}(?:投资|产值|营收|收入|规模|增加值|总额)[^、]{0,4}$/.test(gap)
      ) {
        set(f, 'qualifier', 'threshold of the count before it');
        continue;
      }
    }
    // a percent of growth in a condition: 保持在15%(含)以上增速的
    if (/^(?:\([^)]*\))?(?:以上)?增速的/.test(between)) set(f, 'qualifier', 'condition');
  }
  // comparators and declines: words before the figure, carried along a run (分别达到8家、8家和120家)
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k]!;
    const prevInRun = k > 0 ? figures[k - 1]! : null;
    const joined =
      prevInRun !== null &&
      prevInRun.clause === f.clause &&
      /^[、和及与]$/.test(s.slice(prevInRun.end, f.start));
    f.decline =
      DECLINE_BEFORE.test(s.slice(clauses[f.clause]!.start, f.start)) ||
      (joined && prevInRun.decline === true);
    if (f.comparator) continue;
    const cl = clauses[f.clause]!;
    const before = s.slice(cl.start, f.start);
    let c = comparatorBefore(before);
    if (!c && f.q.unit === 'percentage_point') {
      const rel = /(高于|快于|超过|低于|慢于)[^，,]*$/.exec(before);
      if (rel) c = /低于|慢于/.test(rel[1]!) ? '<' : '>';
    }
    if (c) {
      f.comparator = c;
      continue;
    }
    const prev = figures
      .slice(0, k)
      .reverse()
      .find((g) => g.clause === f.clause && g.role === f.role);
    if (
      prev &&
      /^[、和及与]$/.test(s.slice(prev.end, f.start)) &&
      prev.comparator &&
      prev.comparator !== '~'
    ) {
      f.comparator = prev.comparator;
    }
  }
  return { figures, clauses };
}
