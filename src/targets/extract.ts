/**
 * The extractor: a policy text in, one {@link TargetRow} per numeric target out.
 *
 * Pipeline: body span (site noise left out) → sentences (spans, wrapped lines joined) → quantities of each
 * sentence (the quantity parser) → a role for each figure (target, qualifier, list size, tier word, not a target)
 * → subjects, scopes and distribution (lists, 分别, 均, 各, shared predicates, base/stretch pairs) → names (kind,
 * metric, subject type, price basis), deadline, aggregation, 责任单位 → rows with stable ids.
 */

import { type Comparator, TIERS, type Tier } from '../quantities/types.js';
import { findBody } from '../text/body.js';
import { type DeadlinePhrase, findDeadlines, parseHorizon, titleYear } from '../text/horizon.js';
import { type Sentence, segmentSentences } from '../text/segment.js';
import { classifyTarget } from './classify.js';
import { type Clause, classifyFigures, type Figure } from './figures.js';
import { AGGREGATION_WORDS, COUNT_VERBS, REWARD_WORDS } from './lexicon.js';
import { readPhrase, splitMembers, tidySubject } from './phrase.js';
import { responsibleAt } from './responsible.js';
import type { Aggregation, TargetRow } from './types.js';

/** What the extractor needs to know about a document besides its text. */
export interface ExtractOptions {
  /** The document id (file name without extension). */
  docId: string;
  /** The issuing region (武汉市). */
  region: string;
  /** GB/T 2260 code of the region, if known. */
  regionCode?: string | null;
  /** The year the document was issued. */
  issuedYear: number;
  /**
   * The document's horizon as an index states it (`到2018年`, `力争用3-5年时间`, `2021年`); when absent, the first
   * deadline phrase of the document's first third is used, else the issue year.
   */
  horizon?: string;
}

/** A short section heading naming an industry: (一)工程机械产业。 / 1、光电子信息产业集群 */
const SECTION_INDUSTRY =
  /^(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．])([\u4e00-\u9fff]{2,12}?)(?:产业集群|产业链|产业|行业)[。.]?$/;

/** Verbs opening a section heading that names an industry: (一)做强电子信息产业. */
const HEADING_VERB =
  /^(?:做大做强|做强做优|做优做强|做强|做大|做优|壮大|培育|发展|提升|振兴|打造|加快发展|大力发展)/;

/** A sentence about a past year's result: 2023年全市规上工业营业收入达到1.8万亿元,同比增长5.6%. */
const PAST_RESULT =
  /^[^，,。；;]{0,8}?(20\d\d)年(?![^。]*(?:目标|力争|争取|预期))[^。]{0,30}?(?:实现|完成|达到|同比|比上年)/;
const PAST_FACT =
  /^[^，,。；;]{0,8}?(20\d\d)年(?:底|末|上半年|前三季度)?(?:全市|全省|全县|全区|全年|我市|我省)?(?:共|累计)?(?:实现|完成|达到|新增|引进)/;

interface Horizon {
  /** The year 今年/年末 refer to: an annual plan's own year, else the issue year. */
  currentYear?: number;
  startYear: number;
  deadlineYear: number | null;
  deadlineYearMax: number | null;
}

interface Ctx {
  /** 全市, 全省, 全县 or 全区 by the issuing region's level. */
  defaultScope: string;
  /** The industry a short section heading names ((一)工程机械产业), for targets of its section with no subject. */
  headingSubject: string | null;
  /** The previous cell of a table flattened one cell per line (地区生产总值 / 增长7%), for a figure cell with no subject. */
  cellSubject: string | null;
  text: string;
  opts: ExtractOptions;
  horizon: Horizon;
  section: DeadlinePhrase | null;
  who: (offset: number) => string[];
}

/** A subject carried from one clause to the next within a sentence. */
interface Carried {
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

const VERB_PAIR =
  /^(引进|开工|签约|建成|投产|竣工|新建|培育|认定|新增|招引|落地)(?:和|与|及|、)(引进|开工|签约|建成|投产|竣工|新建|培育|认定|新增|招引|落地)/;

/** A lead that holds only a scope or time words (全市100家重点企业…). */
const SCOPE_OR_TIME_ONLY =
  /^(?:全市|全省|全县|全区|全年|每年|年均|累计|力争|争取|确保|其中|同时|共|(?:到|至)?20\d\d年(?:底|前)?|[,，])*$/;

/** "以黄州电子信息材料,麻城石材,…为重点,培育10个过百亿级特色产业集群": a list of named clusters and their count. */
const NAMED_LIST =
  /以(.{4,400}?)为(?:重点|主导|主体|核心|方向|主)[,，]?(?:培育|打造|发展|壮大|形成|建设)(?:形成)?$/;

/** The words between two counted items of a list: 国家级制造业创新中心、 / 协同创新中心和 */
const LIST_CONTINUATION = /^[\u4e00-\u9fff\dA-Za-z“”()（）]{0,30}(?:、|和|及|以及)$/;
/** A named list sized by N大 or 一批 right before a tier word: (打造)(电子信息、汽车、高端装备)三大 */
const NAMED_BEFORE_TIER =
  /^(.*?(?:打造|建设|建成|形成|培育|发展|壮大)+)((?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12}?)(?:等)?(?:[一二两三四五六七八九十]{1,2}大|\d{1,2}大|一批|几大)$/;
/** The noun after a tier word in a named list whose count follows it (千亿级主导产业集群5个, 百亿级企业3家). */
const POSTFIX_NOUN =
  /^级?[\u4e00-\u9fff]{0,8}?(?:产业集群|集群|产业链|产业板块|产业|板块|企业|龙头企业|公司|园区|产业园|基地)$/;
/** A would-be member that is only an adjective of the noun after it (特色千亿级产业集群1个). */
const ADJECTIVE_ONLY =
  /^(?:特色|优势|支柱|主导|重点|新兴|先进|传统|地标|战略性|现代|新|本地|省级|国家级|市级|县域|一批|若干)+$/;
const LIST_VERB = /^(?:培育形成|培育|新增|形成|打造|建设|建成|发展|壮大|做强|突破性发展)+/;
const LIST_VERB_BEFORE = /(?:培育形成|培育|新增|形成|打造|建设|建成|发展|壮大)$/;

/** The noun between a size and the count of a bracketed list: 级别的产业集群 (1个(物联网)). */
const BRACKET_NOUN =
  /^(?:元)?(?:级别|级|别)?(?:以上|及以上)?的?[\u4e00-\u9fff]{0,10}?(?:产业集群|集群|产业|企业|园区|基地|产业链|板块)$/;
/** The noun after a size and the members named after 即: 千亿产业集聚区即A产业、B产业 / 500亿产业集聚区,即A、B. */
const JI_MEMBERS =
  /^(?:元)?(?:级别|级)?(?:以上)?的?([\u4e00-\u9fff]{0,10}?(?:产业集聚区|集聚区|产业集群|集群|产业基地|基地|产业园区|园区|产业))[,，:：]?即[:：]?([^,，;；。:：()（）]{2,200})/;
/** A member after 即: the zone it lies in, then the industry (临江经开区汽车及零部件产业 → 临江经开区, 汽车及零部件). */
const ZONE_AND_INDUSTRY =
  /^((?:[\u4e00-\u9fff]{0,8}?(?:经开区|高新区|开发区|新区|园区|港区|县|市|区)(?![域级]))?)([\u4e00-\u9fff]{1,14}?)(?:产业集群|产业|集群)?$/;
/** A metric word in the words before a size. */
const METRIC_IN_LEAD =
  /主营业务收入|营业收入|总收入|销售收入|营收|工业总产值|总产值|产值|增加值|产业规模|(?<=[\u4e00-\u9fff])规模/;
/** Counted groups and their combined metric: 4个地标产业集群和6个优势产业集群营收合计达到 */
const GROUP_TOTAL =
  /((?:(?:\d{1,3}|[一二两三四五六七八九十]{1,2})个[\u4e00-\u9fff]{1,14}?(?:产业集群|集群|产业|企业|园区|基地|产业链)(?:[和、及与]|以及)?)+)(主营业务收入|营业收入|总收入|销售收入|营收|工业总产值|总产值|产值|增加值|产业规模|规模)?(合计|总计|共计|总和|总额|累计)?((?:力争|争取)?(?:达到|突破|超过|实现|达|过))?$/;
/** A group noun after the count of a subject group (5个未来产业营业收入…). */
const GROUP_HEAD = /^[\u4e00-\u9fff]{1,14}?(?:产业集群|集群|产业|行业|企业|园区|基地|产业链)/;
/** A subject after a size word: 新一代信息技术产业融合发展高地, 智能家电产业, 智能家电(、) */
const SIZED_SUBJECT =
  /^的?([\u4e00-\u9fffA-Za-z0-9]{2,16}?)(?:产业集群|产业高地|产业基地|产业板块|产业链|产业|集群|高地|基地|板块)?(?:(?:融合|创新|集聚|协同|高质量|特色)?发展|集聚|聚集|示范|创新|引领|制造)?(?:高地|集群|基地|示范区)?(?=$|[、和与])/;
/** Subjects after a size word that name no industry (企业, 项目, 台阶…: firms and projects are counted elsewhere). */
const NOT_AN_INDUSTRY =
  /^(?:产业|行业|集群)|企业|公司|项目|园区|工厂|楼宇|平台|中心|台阶|规模|投资|资金|基金|龙头|以上|左右|强[市省县区]|城市|名城|之城|都市|任务|工作|计划|方案|行动|目标|园$|品牌|市场|商圈|小镇|街区|综合体|口岸|枢纽|景区|新城|走廊|城市群|都市圈/;

/** The comparator of the verb before a figure (达到 ≥, 突破 >). */
function comparatorOfLead(verb: string): Comparator {
  return /突破|超过|过/.test(verb) ? '>' : '>=';
}

/** An industry named in a clause without figures, before the verbs of what is done to it (提质增效, 转型升级). */
const INDUSTRY_HEAD =
  /^(?:做大做强|做优做强|做强做优|做大|做强|做优|振兴|巩固|优化|提升|加速|全面|(?:稳步|加快|大力|积极|着力|重点|创新)?发展)*([\u4e00-\u9fffA-Za-z0-9]{1,14}?(?:产业集群|产业|加工业|制造业|服务业|物流业|旅游业|工业|农业|经济|行业))(?:提质增效|转型升级|提档升级|高质量发展|集聚发展|创新发展|融合发展|加快发展|发展|做大做强|提速|升级)?$/;

/** A ratio target: 比例达到1:1.95, 之比为2.8:1 (the word before, the verb, the two terms). */
const RATIO_SOURCE =
  '(比例|之比|比值|(?<=与[^，,。；;]{1,20})比)(不低于|不少于|达到|提高到|提升到|提高至|提升至|超过|突破|不超过|控制在|保持在|为|达)?(\\d+(?:\\.\\d+)?)[:：∶](\\d+(?:\\.\\d+)?)';
const RATIO = new RegExp(RATIO_SOURCE);
const RATIO_COLON = /\d[:：∶]\d/;
const RATIO_GLOBAL = new RegExp(RATIO_SOURCE, 'g');

/** A place before a creation verb at the head of a named list: 沿江地区培育(石化、钢铁等2个…). */
const PLACE_BEFORE_VERB =
  /^([\u4e00-\u9fff]{2,8}?(?:地区|片区|区域|园区|开发区|新区|县|区|市|板块|沿线|一带))(培育形成|培育|新增|形成|打造|建设|建成|壮大)/;

/** A clause opening on a year and stating its result (2022年营收合计达到, 2021年全市实现). */
const PAST_CLAUSE =
  /^[,，;；]?(?:全市|全省|全县|全区|我市|其中)?(20\d\d)年(?:底|末|全年)?(?:全市|全省|全县|全区|我市)?[\u4e00-\u9fff]{0,16}?(?:实现|完成|达到|达|突破|同比增长|增长)/;

/** Filler between a scope and a creation verb at the head of a named list: 范围内培育形成, 重点培育. */
const VERB_AFTER_FILLER =
  /^((?:范围内|域内|内|重点|着力|集中|加快|大力|全力|全面|积极)+)(培育形成|培育|新增|形成|打造|建设|建成|壮大)/;

interface Draft {
  row: Omit<TargetRow, 'target_id'>;
  figure: Figure;
}

const tierOfValue = (v: number): Tier | null => TIERS.find((t) => t.yuan === v)?.tier ?? null;

/** The horizon from options or from the document itself. */
function documentHorizon(text: string, bodyStart: number, bodyEnd: number, opts: ExtractOptions): Horizon {
  const fromIndex = opts.horizon ? parseHorizon(opts.horizon, opts.issuedYear) : null;
  if (fromIndex) return fromIndex;
  // an annual plan names its year in the title or first heading (2018年…工作任务): that year is the horizon
  // (the title may sit just before the body, among the page's chrome)
  const annual = titleYear(text.slice(Math.max(0, bodyStart - 200), bodyStart + 300));
  if (annual !== null && annual >= opts.issuedYear - 1 && annual <= opts.issuedYear + 1)
    return { startYear: annual, deadlineYear: annual, deadlineYearMax: null, currentYear: annual };
  const head = text.slice(bodyStart, bodyStart + Math.max(600, Math.floor((bodyEnd - bodyStart) / 3)));
  // a window inside 《》 is a cited document's (《…工作方案(2018-2020年)》), not this one's
  const cited: [number, number][] = [];
  for (const m of head.matchAll(/《[^》]{0,120}》/g))
    cited.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const [first] = findDeadlines(head, opts.issuedYear).filter(
    (d) => d.deadlineYear >= opts.issuedYear && !cited.some(([a, b]) => d.start >= a && d.end <= b),
  );
  if (first) {
    return {
      startYear: first.startYear ?? opts.issuedYear,
      deadlineYear: first.deadlineYear,
      deadlineYearMax: first.deadlineYearMax,
    };
  }
  return { startYear: opts.issuedYear, deadlineYear: null, deadlineYearMax: null };
}

const AGGREGATION_GLOBAL = AGGREGATION_WORDS.map(([re, agg]) => [new RegExp(re.source, 'g'), agg] as const);

/** The aggregation a figure at `pos` of sentence `s` has, from the words before it. */
function aggregationAt(
  s: string,
  pos: number,
  horizon: Horizon,
  phrase: string,
  deadline: DeadlinePhrase | null,
): Aggregation {
  let best: { at: number; agg: Aggregation } | null = null;
  const before = s.slice(0, pos);
  // 年均 binds to its own clause: a comma, a bracket or 其中 starts a new one (年均增长8%(其中制造业增长9%))
  const clauseStart = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf('，'),
    before.lastIndexOf('；'),
    before.lastIndexOf(';'),
    before.lastIndexOf('('),
    before.lastIndexOf('（'),
    before.lastIndexOf('其中'),
  );
  for (const [g, agg] of AGGREGATION_GLOBAL) {
    g.lastIndex = 0;
    for (let m = g.exec(before); m; m = g.exec(before)) {
      // 年均 binds to its own clause (年均增长8%); 每年 and 累计 reach over the sentence
      if (agg === 'annual_average' && m.index < clauseStart) continue;
      if (!best || m.index > best.at) best = { at: m.index, agg };
    }
  }
  if (best) return best.agg;
  if (deadline?.duration && deadline.deadlineYearMax === null) return 'cumulative';
  const multiYear = horizon.deadlineYear !== null && horizon.deadlineYear > horizon.startYear;
  if (multiYear && /新增|新引进|净增/.test(phrase)) return 'cumulative';
  return 'point';
}

function isCjk(c: string | undefined): boolean {
  return c !== undefined && /[\u4e00-\u9fff“"]/.test(c);
}

/** The noun a count counts when it comes after the figure: 600个亿元以上项目 → 亿元以上项目. */
function subjectAfter(s: string, f: Figure, stop: number): string | null {
  let t = s.slice(f.end, stop);
  t = t.replace(/^(?:以上|左右|以内|及以上|多)/, '');
  // a size band between the count and its noun: 3家500亿元以上企业
  const band = /^[\d.]+(?:万亿|亿|万)?元(?:以上|及以上)?(?=[\u4e00-\u9fff])/.exec(t);
  if (!isCjk(t[0]) && !band) return null;
  if (band ? /^[和及与、]/.test(t.slice(band[0].length)) : false) return null;
  if (/^(?:的|和|及|与|以上|为|是|在|等|、)/.test(t)) return null;
  t = t.replace(/[、，,和及与]+$/, '');
  // what follows the counted noun is not part of it: 人才来汉创新创业, 院士和一批商界领袖, 企业入驻, 园区建设
  t = t.replace(/(?:[(（]责任.*|(?:和|及)一批.*|来汉.*|入驻.*|落户.*|(?<=.{2})建设$|(?<=.{2})入库$)/, '');
  return t.length > 0 ? t : null;
}

/** 有 before a count, after time words only (每年有, 全年有, 力争每年有): the count's state follows its noun. */
const HAS_COUNT_LEAD = /^(?:每年|全年|年均|当年|力争|争取|确保|累计|全市|全省|全县)*有$/;
/** A counted noun followed by the state it must reach: 在建项目竣工投产, 技改项目实施推进, 规上企业入库纳统. */
const COUNTED_WITH_STATE =
  /^([\u4e00-\u9fff]{0,12}?(?:项目|企业|园区|平台|产品|工程|基地|车间|工厂|产业链))((?:竣工|建成|开工|实施|投产|达产|落地|签约|入库|纳统|入统|升规|上市|完成|推进|改造|建设|验收|运营)[\u4e00-\u9fff]{0,4})$/;

/** The noun an amount belongs to after it: 规模20亿元的黄冈产业投资基金, 2亿元专项资金, 万亿社会投资. */
function nounAfterAmount(s: string, f: Figure, stop: number): string | null {
  if (f.q.unit !== 'yuan' && f.q.unit !== 'km2' && f.q.unit !== 'mu' && f.q.unit !== 'hectare') return null;
  const t = s.slice(f.end, stop);
  const m =
    /^(?:以上|左右)?(?:的)?([\u4e00-\u9fff“”]{0,14}(?:基金|资金|项目库|投资|工业园区|园区|净地|用地|经费))/.exec(
      t,
    );
  return m ? m[1]! : null;
}

/**
 * Extract every numeric target of a policy text.
 *
 * Complexity: O(n) in the text length times a small factor per figure (each sentence's figures are compared
 * pairwise: O(k²) for k figures of a sentence).
 *
 * @example
 * extractTargets('2021年的主要目标:\n——地区生产总值达到17600亿元、增长12%,力争达到17800亿元、增长13%;',
 *   { docId: 'demo', region: '武汉市', regionCode: '420100', issuedYear: 2021 }).length // 4
 * @throws {Error} when `issuedYear` is not a year (1949–2100) or `docId` is empty.
 */
export function extractTargets(text: string, options: ExtractOptions): TargetRow[] {
  if (!options.docId)
    throw new Error('extractTargets: options.docId is required (the file name without extension)');
  if (!Number.isInteger(options.issuedYear) || options.issuedYear < 1949 || options.issuedYear > 2100)
    throw new Error(`extractTargets(${options.docId}): issuedYear must be a year, got ${options.issuedYear}`);
  const body = findBody(text);
  const level = /(省|自治区|县|区|市)$/.exec(options.region)?.[1];
  const ctx: Ctx = {
    defaultScope:
      level === '省' || level === '自治区'
        ? '全省'
        : level === '县'
          ? '全县'
          : level === '区'
            ? '全区'
            : '全市',
    headingSubject: null,
    cellSubject: null,
    text,
    opts: options,
    horizon: documentHorizon(text, body.start, body.end, options),
    section: null,
    who: responsibleAt(text),
  };
  const drafts: Draft[] = [];
  for (const s of segmentSentences(text, body)) {
    if (/^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/.test(s.clean)) {
      ctx.section = null;
      ctx.headingSubject = null;
    }
    const heading = SECTION_INDUSTRY.exec(s.clean);
    // (二)壮大汽车产业。 → 汽车: the heading's verb is no part of the industry
    if (heading) ctx.headingSubject = heading[1]!.replace(HEADING_VERB, '') || heading[1]!;
    // a statistic of a past year stated as fact: 2022年全市实现地区生产总值5000亿元
    const past = PAST_FACT.exec(s.clean);
    if (past && Number(past[1]) < options.issuedYear) continue;
    const result = PAST_RESULT.exec(s.clean);
    if (result && Number(result[1]) < options.issuedYear) continue;
    const dl = findDeadlines(s.clean, options.issuedYear, ctx.horizon.currentYear);
    if (dl.length > 0 && s.clean.length <= 40 && /目标|任务/.test(s.clean)) ctx.section = dl[0]!;
    drafts.push(...extractSentence(s, ctx));
    // a short cell of its own line with no figure and no punctuation names the subject of the next cell
    ctx.cellSubject =
      s.clean.length <= 24 &&
      /^[\u4e00-\u9fff“”()（）A-Za-z]+$/.test(s.clean) &&
      /\n/.test(text.slice(s.end, s.end + 3)) &&
      !/(?:处|室|办|局|委|政府|单位|序号|任务|目标|时限|措施|内容)$/.test(s.clean)
        ? s.clean
        : null;
  }
  return assignIds(drafts.map((d) => d.row));
}

/** Give rows their ids: `<doc_id>:<span_start>:<k>`, k counting the rows that share a span start, in order. */
function assignIds(rows: Omit<TargetRow, 'target_id'>[]): TargetRow[] {
  const sorted = rows.map((r, i) => ({ r, i })).sort((a, b) => a.r.span_start - b.r.span_start || a.i - b.i);
  const seen = new Map<number, number>();
  return sorted.map(({ r }) => {
    const k = (seen.get(r.span_start) ?? 0) + 1;
    seen.set(r.span_start, k);
    return { target_id: `${r.doc_id}:${r.span_start}:${k}`, ...r };
  });
}

function extractSentence(sent: Sentence, ctx: Ctx): Draft[] {
  const s = sent.clean;
  const { figures, clauses } = classifyFigures(s);
  // (a cheap test first: a ratio needs a colon between digits)
  const hasRatio = RATIO_COLON.test(s) && RATIO.test(s);
  if (!hasRatio && !figures.some((f) => f.role === 'target' || f.role === 'tier')) return [];
  const out: Draft[] = [];
  const deadlines = findDeadlines(s, ctx.opts.issuedYear, ctx.horizon.currentYear);
  let carried: Carried | null = null;
  let lastMetric: { word: string; unit: string } | null = null;
  let lastScopes: string[] = [];
  let prevTargetEnd = 0;
  let baseSeen = false;
  let stretchOn = false;
  const emitted = new Set<Figure>();

  const phraseCache = new Map<number, ReturnType<typeof readPhrase>>();
  const phraseOf = (from: number, to: number) => {
    const key = from * 100003 + to;
    let p = phraseCache.get(key);
    if (!p) {
      p = readPhrase(s, from, to);
      phraseCache.set(key, p);
    }
    return p;
  };
  const carriedFrom = (_clause: Clause, from: number, to: number): Carried | null => {
    const ph = phraseOf(from, to);
    const inside = figures.filter((g) => g.start >= from && g.end <= to);
    const listsize = inside.find((g) => g.role === 'listsize');
    let subjectText = ph.subject;
    let start = ph.start;
    let verb: string | null = null;
    let placeScope: string | null = null;
    if (listsize) {
      // members are the items before the list size; a creation verb before them is kept aside
      const p2 = phraseOf(from, listsize.start);
      subjectText = p2.subject;
      start = p2.start;
      const v = LIST_VERB.exec(subjectText);
      // a place before the verb (在沿江地区培育A、B等2个…): the place is the scope
      const placed = v ? null : PLACE_BEFORE_VERB.exec(subjectText);
      if (v) {
        verb = v[0];
        subjectText = subjectText.slice(v[0].length);
        start += v[0].length;
      } else if (placed && p2.scopes.length === 0) {
        verb = placed[2]!;
        placeScope = placed[1]!;
        subjectText = subjectText.slice(placed[0].length);
        start += placed[0].length;
      } else if (VERB_AFTER_FILLER.test(subjectText)) {
        // 在全市范围内培育形成A、B等…: filler words between the scope and the verb
        const w = VERB_AFTER_FILLER.exec(subjectText)!;
        verb = w[2]!;
        subjectText = subjectText.slice(w[0].length);
        start += w[0].length;
      } else {
        // the verb may stand before a scope (在全市培育形成A、B等3个…): look right before the members
        const at = subjectText ? s.indexOf(subjectText, start) : -1;
        const membersAt = at >= 0 && at < listsize.start ? at : start;
        if (LIST_VERB_BEFORE.test(s.slice(Math.max(from, membersAt - 6), membersAt))) verb = 'before';
        // a second list of the same sentence shares the first one's verb (培育形成A、B等3个万亿级产业集群,C、D等6个…)
        else if (carried?.verb && carried.listsize && /^[,，;；、]?$/.test(s.slice(from, membersAt)))
          verb = carried.verb;
      }
    }
    const quals = inside.filter((g) => g.role === 'qualifier');
    let bands: Carried['bands'] = null;
    if (quals.length > 1) {
      const first = quals[0]!;
      const last = quals[quals.length - 1]!;
      const prefixStart = Math.max(ph.start, from);
      bands = {
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
    } else if (/^其中/.test(s.slice(from, to)) && carried?.verbs) verbs = carried.verbs;
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
  };

  const targetsOf = (ci: number) => figures.filter((g) => g.clause === ci && g.role === 'target');
  pastClauseFacts();
  if (hasRatio) ratioRows();
  groupTotalRows();
  bracketMemberRows();
  namedAfterJiRows();
  groupSizeCounts();
  namedListRows();
  postfixListRows();
  sizedSubjectRows();

  for (let ci = 0; ci < clauses.length; ci++) {
    const clause = clauses[ci]!;
    const tgs = targetsOf(ci);
    if (tgs.length === 0) {
      // a ratio clause carries its first term (农产品加工业产值与农业总产值之比达到2.5:1,年均增长6% → 农产品加工业)
      const ratio = hasRatio ? RATIO.exec(s.slice(clause.start, clause.end)) : null;
      const termEnd = ratio ? s.slice(clause.start, clause.start + ratio.index).search(/与|同/) : -1;
      const c =
        termEnd > 0
          ? carriedFrom(clause, clause.start, clause.start + termEnd)
          : carriedFrom(clause, clause.start, clause.end);
      const numeric = figures.some(
        (g) =>
          g.start >= clause.start && g.end <= clause.end && (g.role === 'listsize' || g.role === 'qualifier'),
      );
      if (c && !numeric && c.members.length === 1) {
        // 推动农产品加工业提质增效,年均增长6%: the industry named in a clause without figures, its verbs left out
        const head = INDUSTRY_HEAD.exec(c.members[0]!);
        if (head) {
          c.members = [head[1]!];
          c.industry = true;
        }
      }
      // a weak subject naming an industry is not replaced by a later clause without figures (…,全面提升精深加工水平,)
      // (the first industry named is the topic of the sentence: 培育壮大A,推进一二三产业融合发展,年均增长6.5%)
      const keepIndustry = !numeric && carried?.strong === false && carried.industry === true;
      if (
        c &&
        (c.members.length > 0 || c.bands) &&
        (numeric || !carried || carried.strong === false) &&
        !keepIndustry
      ) {
        c.strong = numeric;
        flushCarried(clause);
        carried = c;
      }
      continue;
    }
    let from = clause.start;
    let k = 0;
    while (k < tgs.length) {
      // a run: figures joined only by 、和及与 (分别达到8家、8家和120家)
      const run: Figure[] = [tgs[k]!];
      while (k + run.length < tgs.length) {
        const nxt = tgs[k + run.length]!;
        const gap = s.slice(run[run.length - 1]!.end, nxt.start);
        if (/^(?:[、和及与]|以及)$/.test(gap)) run.push(nxt);
        else break;
      }
      const first = run[0]!;
      // subject after the figure (count followed by its noun)?
      const skipped = new Set<Figure>();
      // the noun as written, where a subject was reordered (在建项目竣工投产 → 竣工投产在建项目)
      const rawNouns: (string | null)[] = run.map(() => null);
      const afterSubjects: (string | null)[] = run.map((f, i) => {
        if (f.q.unit !== 'count' && f.q.unit !== 'people') return null;
        const nextFig = figures.find((g) => g.start >= f.end && g.clause === ci && g.role === 'target');
        const stop = nextFig ? nextFig.start : clause.end;
        const lead = i === 0 ? s.slice(from, f.start) : s.slice(run[i - 1]!.end, f.start);
        // 每年有100个在建项目竣工投产: the things counted in the state the target asks for (竣工投产在建项目)
        const stated = HAS_COUNT_LEAD.test(lead)
          ? COUNTED_WITH_STATE.exec(s.slice(f.end, stop).replace(/^(?:以上|左右|多)/, ''))
          : null;
        if (stated) {
          rawNouns[i] = stated[0];
          return `${stated[2]}${stated[1]}`;
        }
        const noun = subjectAfter(s, f, stop);
        if (!noun) return null;
        const bare = phraseOf(from, f.start);
        const ok =
          COUNT_VERBS.test(lead.replace(/(?:均|各|分别|每年|全年|累计|共|力争|争取)$/, '')) ||
          (bare.subject === '' && bare.metricWord === null && SCOPE_OR_TIME_ONLY.test(lead)) ||
          (from > clause.start && LIST_CONTINUATION.test(lead)) ||
          (i > 0 && /^[、和及与]*$/.test(lead));
        if (!ok) skipped.add(f);
        return ok ? noun : null;
      });
      const ph = phraseOf(from, first.start);
      const phraseCarried = carriedFrom(clause, from, first.start);
      if (afterSubjects.some((x) => x !== null)) {
        // the phrase before is the verb/scope; keep 新X verbs (新开工, 新增, 新登记) in the subject
        for (let i = 0; i < run.length; i++) {
          const f = run[i]!;
          const after = afterSubjects[i];
          if (!after) continue;
          let subject = after;
          const verb = /(新[\u4e00-\u9fff]{1,2}|净增)$/.exec(
            s.slice(from, f.start).replace(/(?:至少|不少于|达到)$/, ''),
          );
          if (verb) subject = verb[1] + subject;
          // 4个国家级、10个省级、20个市级科技企业孵化器 → complete the level-only items with the last head
          const levelOnly =
            /^(?:国家级|省级|市级|县级|区级|省级以上|国家级以上|市级以上|(?:万亿|五千亿|千亿|五百亿|百亿|十亿)级?)$/;
          if (levelOnly.test(subject)) {
            const later = figures.filter((g) => g.clause === ci && g.start > f.end && g.role === 'target');
            for (const g of later) {
              const nf = figures.find((h) => h.start >= g.end && h.clause === ci && h.role === 'target');
              const a = subjectAfter(s, g, nf ? nf.start : clause.end);
              if (a && !levelOnly.test(a)) {
                const head = a.replace(
                  /^(?:(?:国家级|省级|市级|县级|区级)(?:以上)?|(?:万亿|五千亿|千亿|五百亿|百亿|十亿)级?)/,
                  '',
                );
                subject = `${subject}${head}`;
                break;
              }
            }
          }
          const scopes = ph.scopes.length > 0 ? ph.scopes : lastScopes;
          if (ph.scopes.length > 0) lastScopes = ph.scopes;
          // 每年有100个…: the quote opens on the time word (每年有), not on a bare 有
          const hasLead =
            rawNouns[i] !== null ? /(?:每年|全年|年均|当年)?有$/.exec(s.slice(from, f.start)) : null;
          const quoteStart = hasLead
            ? from + hasLead.index
            : ph.subject.length <= 6 && ph.start < f.start
              ? Math.min(ph.start, f.start)
              : f.start;
          const written = rawNouns[i] ?? after;
          const stopAfter = f.end + s.slice(f.end).indexOf(written) + written.length;
          const sp = Math.max(stopAfter, f.end);
          const tierQual = figures.find(
            (g) => g.start >= f.end && g.end <= sp && (g.role === 'qualifier' || g.role === 'tier'),
          );
          for (const scope of scopes.length > 1 && ph.distributive ? scopes : [scopes.join('、')]) {
            out.push(
              makeRow(ctx, sent, f, {
                subject: tidySubject(subject),
                rawSubject: subject,
                scope: scope || ctx.defaultScope,
                metricWord: null,
                quoteStart,
                quoteEnd: sp,
                tier: tierQual?.tier ?? (tierQual ? tierFromQualifier(tierQual, subject) : null),
                phrase: s.slice(quoteStart, sp),
                before: s.slice(from, f.start),
                clause: s.slice(clause.start, clause.end),
                stretch: false,
                deadlines,
                tierOnly: false,
              }),
            );
          }
          emitted.add(f);
          if (carried) carried.used = true;
          carried = {
            members: [subject],
            scopes,
            start: quoteStart,
            metricWord: null,
            tier: null,
            bands: null,
            distributive: false,
            respectively: false,
            used: true,
            listsize: null,
            verb: null,
            verbs: null,
          };
        }
        if (afterSubjects.every((x) => x !== null)) {
          for (const f of run) stretchStep(f, false);
          from = run[run.length - 1]!.end;
          prevTargetEnd = from;
          k += run.length;
          continue;
        }
      }
      // subject before the figure
      let subj: Carried | null = phraseCarried && phraseCarried.members.length > 0 ? phraseCarried : null;
      if (!subj && phraseCarried?.bands) subj = phraseCarried;
      if (!subj && carried?.strong === false && ctx.headingSubject && !carried.industry) {
        subj = { ...carried, members: [ctx.headingSubject], strong: true };
      }
      if (!subj && !carried && ctx.cellSubject && from === 0 && ph.subject === '' && ph.scopes.length === 0) {
        subj = {
          listsize: null,
          verb: null,
          verbs: null,
          members: [ctx.cellSubject],
          scopes: [],
          start: 0,
          metricWord: ph.metricWord,
          tier: null,
          bands: null,
          distributive: false,
          respectively: false,
          used: true,
        };
      }
      if (!subj && carried && (carried.strong !== false || ph.scopes.length === 0)) {
        subj = {
          ...carried,
          scopes: ph.scopes.length > 0 ? ph.scopes : carried.scopes,
          metricWord: ph.metricWord ?? carried.metricWord,
          distributive: carried.distributive || ph.distributive,
          respectively: carried.respectively || ph.respectively,
        };
        carried.used = true;
      }
      if (!subj) {
        subj = {
          listsize: null,
          verb: null,
          verbs: null,
          members: [],
          scopes: ph.scopes,
          start: Math.min(ph.start, first.start),
          metricWord: ph.metricWord,
          tier: null,
          bands: null,
          distributive: ph.distributive,
          respectively: ph.respectively,
          used: true,
        };
      }
      if (
        phraseCarried &&
        phraseCarried !== subj &&
        phraseCarried.members.length === 0 &&
        phraseCarried.scopes.length > 0
      )
        subj = { ...subj, scopes: phraseCarried.scopes };
      if (subj.scopes.length > 0) lastScopes = subj.scopes;
      else if (lastScopes.length > 0) subj = { ...subj, scopes: lastScopes };
      // members for the run
      const pending = run.filter((f, i) => afterSubjects[i] === null && !skipped.has(f));
      const members = subj.members.length > 0 ? subj.members : [];
      let pairs: { f: Figure; subject: string; scope: string; tier?: Tier | null }[] = [];
      const scopes = subj.scopes;
      const scopeList =
        scopes.length > 1 && subj.distributive ? scopes : [scopes.join('、') || ctx.defaultScope];
      const verbs = subj.verbs && subj.respectively ? subj.verbs : [''];
      if (pending.length > 1 && subj.bands && subj.bands.texts.length === pending.length) {
        const bands = subj.bands;
        for (const v of verbs) {
          pending.forEach((f, i) => {
            pairs.push({
              f,
              subject: `${v}${bands.prefix}${bands.texts[i]}${bands.suffix}`,
              scope: scopeList[0]!,
              tier: bands.tiers[i] ?? null,
            });
          });
        }
      } else if (pending.length === 1 && verbs.length > 1 && members.length <= 1) {
        for (const v of verbs)
          pairs.push({ f: pending[0]!, subject: `${v}${members[0] ?? ''}`, scope: scopeList[0]! });
      } else if (pending.length > 1 && members.length === pending.length) {
        pairs = pending.map((f, i) => ({ f, subject: members[i]!, scope: scopeList[0]! }));
      } else if (pending.length > 1 && scopes.length === pending.length && subj.respectively) {
        pairs = pending.map((f, i) => ({ f, subject: members.join('、'), scope: scopes[i]! }));
      } else {
        for (const f of pending) {
          const cls = previewKind(f);
          const modifierList =
            /的/.test(members[members.length - 1] ?? '') ||
            REWARD_WORDS.test(s.slice(clause.start, clause.end));
          const distribute =
            members.length > 1 &&
            (subj.distributive ||
              (!modifierList && (cls === 'multiple' || cls === 'growth' || cls === 'share')));
          const ms = distribute ? members : [members.join('、')];
          for (const m of ms) for (const sc of scopeList) pairs.push({ f, subject: m, scope: sc });
        }
      }
      for (const p of pairs) {
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
        const noun = nounAfterAmount(s, f, clause.end);
        if (
          noun &&
          p.subject &&
          /(?:总规模|规模|总投资|设立|组建|形成|储备|带动|吸引|整理|改造|建设|安排)$/.test(p.subject)
        ) {
          const verb =
            f.q.unit !== 'yuan' ? /(?:分别|各)?([\u4e00-\u9fff]{2,4})$/.exec(p.subject)?.[1] : null;
          p.subject = verb && !/规模|投资/.test(verb) ? `${verb}${noun}` : '';
        }
        if (!p.subject) {
          const domain = /在?([\u4e00-\u9fff]{2,10}?)(?:产业)?领域/.exec(s.slice(from, f.start));
          const park = /(?:重点工业园区|[\u4e00-\u9fff]{0,4}园区)$/.exec(p.scope);
          if (noun)
            p.subject = domain && /基金/.test(noun) ? `${domain[1]}${noun.replace(/^产业/, '产业')}` : noun;
          else if (park) p.subject = park[0];
        }
        const quoteStart = Math.min(subj.start, f.start);
        out.push(
          makeRow(ctx, sent, f, {
            subject: tidySubject(p.subject || subj.metricWord || ph.metricWord || ''),
            rawSubject: p.subject,
            scope: p.scope,
            metricWord:
              ph.metricWord ??
              subj.metricWord ??
              ((ph.subject === '' || /^[,，、]?其中|^、/.test(s.slice(from, f.start))) &&
              lastMetric?.unit === f.q.unit &&
              // …比重达到32%,…年均增长10%: a growth word of its own is not the previous share
              !(GROWTH_WORD.test(s.slice(from, f.start)) && !GROWTH_WORD.test(lastMetric.word))
                ? lastMetric.word
                : null),
            quoteStart,
            quoteEnd: f.end,
            tier: p.tier !== undefined ? p.tier : (tierInText(p.subject) ?? subj.tier),
            prevComparator: out.length > 0 ? out[out.length - 1]!.row.comparator : null,
            phrase: s.slice(quoteStart, f.end),
            before: s.slice(from, f.start),
            clause: s.slice(clause.start, clause.end),
            stretch: false,
            deadlines,
            tierOnly: false,
          }),
        );
        emitted.add(f);
      }
      const mw = ph.metricWord ?? subj.metricWord;
      if (mw && pending.length > 0) lastMetric = { word: mw, unit: pending[0]!.q.unit };
      // stretch: 力争 after a base figure marks this and the following figures
      const newSubject = phraseCarried !== null && subj === phraseCarried && phraseCarried.members.length > 0;
      for (const f of pending) stretchStep(f, newSubject && f === pending[0]);
      // carry the subject to later clauses
      if (pending.length > 0 && (subj.members.length > 0 || subj.bands)) {
        if (subj !== carried && !(carried && subj.start === carried.start)) flushCarried(clause);
        carried = { ...subj, used: true };
      }
      from = run[run.length - 1]!.end;
      prevTargetEnd = from;
      k += run.length;
    }
  }
  flushCarried(clauses[clauses.length - 1]!);
  joinedListRows();
  standaloneTierRows();
  return out;

  /**
   * A second named list joined to a first by 和 in one clause: 培育形成A、B等2个万亿级产业集群和C、D等2个千亿级产业集群
   * — one 产业规模 row per member of the second list, once the first list's tier gave rows.
   */
  function joinedListRows(): void {
    for (const t of figures) {
      if (t.role !== 'tier' || !t.tier || emitted.has(t)) continue;
      const size = figures.find((g) => g.end === t.start && g.role === 'listsize');
      if (!size) continue;
      const prevTier = figures
        .filter((g) => g.clause === t.clause && g.role === 'tier' && g.end <= size.start && emitted.has(g))
        .pop();
      if (!prevTier) continue;
      const prevEnd = endOfNoun(prevTier.end, size.start);
      const m =
        /^(?:和|及|以及|、|与)((?:[\u4e00-\u9fffA-Za-z0-9]{2,12}、)*[\u4e00-\u9fffA-Za-z0-9]{2,12}?)等?$/.exec(
          s.slice(prevEnd, size.start),
        );
      if (!m) continue;
      const members = splitMembers(m[1]!, true);
      const cl = clauses[t.clause]!;
      const end = endOfNoun(t.end, cl.end);
      if (end === t.end) continue;
      const listStart = prevEnd + m[0].length - m[0].replace(/^(?:和|及|以及|、|与)/, '').length;
      emitted.add(t);
      const prevRow = out.find((d) => d.figure === prevTier);
      for (const member of members) {
        out.push(
          makeRow(ctx, sent, t, {
            subject: tidySubject(member),
            rawSubject: `${member}${s.slice(t.start, end)}`,
            scope: prevRow?.row.scope ?? ctx.defaultScope,
            metricWord: null,
            quoteStart: listStart,
            quoteEnd: end,
            tier: t.tier,
            phrase: s.slice(listStart, end),
            before: s.slice(cl.start, t.start),
            clause: s.slice(cl.start, cl.end),
            stretch: false,
            deadlines,
            tierOnly: true,
          }),
        );
      }
    }
  }

  /** A clause stating a past year's result (…,2022年营收合计达到9000亿元): its figures are facts, not targets. */
  function pastClauseFacts(): void {
    for (const f of figures) {
      if (f.role !== 'target') continue;
      const cl = clauses[f.clause]!;
      const m = PAST_CLAUSE.exec(s.slice(cl.start, f.end));
      if (m && Number(m[1]) < ctx.opts.issuedYear) {
        f.role = 'skip';
        f.why = `fact of ${m[1]}`;
      }
    }
  }

  /**
   * Ratios: 农业总产值与加工业总产值比例达到1:1.95 — a `relative` row, the term stated as 1 being the base and the
   * value the other term as a multiple of it (1:1.95 → 1.95; 2.8:1 → 2.8; 2:3 → 1.5), unit `multiple`.
   */
  function ratioRows(): void {
    for (const m of s.matchAll(RATIO_GLOBAL)) {
      const at = m.index ?? 0;
      const a = Number(m[3]);
      const b = Number(m[4]);
      if (!(a > 0 && b > 0)) continue;
      const numStart = at + m[0].length - m[3]!.length - 1 - m[4]!.length;
      const cl = clauses.find((c) => at >= c.start && at < c.end) ?? { start: 0, end: s.length };
      const ph = phraseOf(cl.start, at + m[1]!.length);
      const lead =
        /^(?:[,，;；]|(?:力争|争取|确保)?(?:到|至)?20\d\d年(?:底|末)?|全市|全省|全县|全区|力争|争取|确保|使)*/.exec(
          s.slice(cl.start, at),
        )![0].length;
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
      const verb = m[2] ?? '';
      const comparator: Comparator = /不低于|不少于|达到|提高到|提升到|提高至|提升至|达/.test(verb)
        ? '>='
        : /超过|突破|高于/.test(verb)
          ? '>'
          : /不超过|不高于|控制在/.test(verb)
            ? '<='
            : '=';
      const fig: Figure = {
        q,
        start: q.start,
        end: q.end,
        role: 'target',
        why: 'a ratio',
        comparator,
        clause: clauses.indexOf(cl as Clause),
        tier: null,
        value,
        valueMax: null,
      };
      const quoteStart = cl.start + lead < at ? cl.start + lead : Math.min(ph.start, at);
      const d = makeRow(ctx, sent, fig, {
        subject,
        rawSubject: subject,
        scope: ph.scopes.join('、') || ctx.defaultScope,
        metricWord: null,
        quoteStart,
        quoteEnd: q.end,
        tier: null,
        phrase: s.slice(quoteStart, q.end),
        before: s.slice(cl.start, q.start),
        clause: s.slice(cl.start, cl.end),
        stretch: false,
        deadlines,
        tierOnly: false,
      });
      d.row.kind = 'relative';
      d.row.metric = '比率';
      if (d.row.subject_type === 'other') d.row.subject_type = 'indicator';
      d.row.base_year = null;
      d.row.aggregation = 'point';
      out.push(d);
    }
  }

  /**
   * Members in brackets after the count: 营收规模达5000亿元级别的产业集群1个(物联网)、3000亿元级别的产业集群2个(新材料、
   * 汽车及零部件) — one level row per named member with the stated size (not a count row); the metric word before
   * the first size is shared by the later groups of the sentence.
   */
  function bracketMemberRows(): void {
    let metricWord: string | null = null;
    let prevEnd = 0;
    for (const f of figures) {
      if (f.role !== 'target' || f.q.unit !== 'count') continue;
      const cl = clauses[f.clause]!;
      // the size before the count (…级别的产业集群1个(A)) or right after it (2个万亿元级别产业集群(A、B))
      const sizeAfter = figures.find(
        (g) => g.start === f.end && (g.q.unit === 'yuan' || g.q.unit === 'usd') && g.valueMax === null,
      );
      const nounAfter = sizeAfter
        ? /^(?:元)?(?:级别|级|别)?(?:以上|及以上)?的?[\u4e00-\u9fff]{0,10}?(?:产业集群|集群|产业|企业|园区|基地|产业链|板块)(?=[(（])/.exec(
            s.slice(sizeAfter.end),
          )
        : null;
      const tail = nounAfter ? sizeAfter!.end + nounAfter[0].length : f.end;
      const br = /^(?:以上|左右)?[(（]([^()（）]{2,80})[)）]/.exec(s.slice(tail));
      if (!br) continue;
      const size = nounAfter
        ? sizeAfter
        : figures
            .filter(
              (g) =>
                g.clause === f.clause &&
                g.end <= f.start &&
                g.start >= Math.max(cl.start, prevEnd) &&
                (g.q.unit === 'yuan' || g.q.unit === 'usd') &&
                g.valueMax === null,
            )
            .pop();
      if (!size) continue;
      const noun = nounAfter ? nounAfter[0] : s.slice(size.end, f.start);
      if (!nounAfter && !BRACKET_NOUN.test(noun)) continue;
      let members = br[1]!.split(/[、,，;；]/).filter((m) => m.length > 0);
      if (members.length !== f.value) members = br[1]!.split(/[、,，;；]|和|与/).filter((m) => m.length > 0);
      if (members.length !== f.value || members.some((m) => m.length > 14 || /\d+(?:个|家|亿|万|%)/.test(m)))
        continue;
      const first = nounAfter ? f : size;
      const lead = s.slice(Math.max(cl.start, prevEnd), first.start);
      const mw = METRIC_IN_LEAD.exec(lead);
      if (mw) metricWord = mw[0];
      const quoteStart = mw ? Math.max(cl.start, prevEnd) + mw.index : first.start;
      const quoteEnd = tail + br[0].length;
      prevEnd = quoteEnd;
      f.role = 'skip';
      f.why = 'count of the bracketed members after it';
      size.role = 'skip';
      emitted.add(size);
      const tier = tierOfValue(size.value);
      const fig: Figure = { ...size, comparator: size.comparator === '>' ? '>' : '>=', tier };
      let at = tail + br[0].indexOf(br[1]!);
      for (const m of members) {
        const mStart = s.indexOf(m, at);
        at = mStart + m.length;
        out.push(
          makeRow(ctx, sent, fig, {
            subject: tidySubject(m),
            rawSubject: `${m}${noun}`,
            scope: ctx.defaultScope,
            metricWord,
            quoteStart,
            quoteEnd,
            tier,
            phrase: s.slice(quoteStart, quoteEnd),
            before: s.slice(cl.start, size.start),
            clause: s.slice(cl.start, cl.end),
            stretch: false,
            deadlines,
            tierOnly: false,
          }),
        );
      }
    }
  }

  /**
   * Members named after 即: 1个千亿产业集聚区即临江经开区汽车及零部件产业, 4个500亿产业集聚区,即高新区光电产业、… — one
   * level row per member (subject the industry, scope the zone named before it, value the stated size, metric
   * 产业规模), not a count row. Only when 即 names as many members as the count.
   */
  function namedAfterJiRows(): void {
    if (!s.includes('即')) return;
    for (const f of figures) {
      if (f.role !== 'target' || f.q.unit !== 'count') continue;
      const size = figures.find(
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
      f.role = 'skip';
      f.why = 'count of the members named after 即';
      size.role = 'skip';
      emitted.add(size);
      const tier = tierOfValue(size.value);
      const fig: Figure = { ...size, comparator: size.comparator === '>' ? '>' : '>=', tier };
      const cl = clauses[f.clause]!;
      let at = listStart;
      for (let i = 0; i < items.length; i++) {
        const it = items[i]!;
        const p = parts[i]!;
        const iStart = s.indexOf(it, at);
        at = iStart + it.length;
        const d = makeRow(ctx, sent, fig, {
          subject: tidySubject(p[2]!),
          rawSubject: `${p[2]!}${m[1]!}`,
          scope: p[1] || ctx.defaultScope,
          metricWord: null,
          quoteStart: f.start,
          quoteEnd: at,
          tier,
          phrase: s.slice(f.start, at),
          before: s.slice(cl.start, f.start),
          clause: s.slice(cl.start, cl.end),
          stretch: false,
          deadlines,
          tierOnly: false,
        });
        d.row.kind = 'level';
        d.row.metric = '产业规模';
        d.row.subject_type = 'cluster';
        out.push(d);
      }
    }
  }

  /**
   * Group totals: 4个地标产业集群和6个优势产业集群营收合计达到2.6万亿元 — one level row for the combined groups, not
   * count rows for their sizes.
   */
  function groupTotalRows(): void {
    for (const g of figures) {
      if (g.q.unit !== 'yuan' || g.valueMax !== null || (g.role !== 'target' && g.role !== 'qualifier'))
        continue;
      const cl = clauses[g.clause]!;
      const lead = s.slice(cl.start, g.start);
      // (a cheap test first: the pattern needs a counted group)
      const m = lead.includes('个') ? GROUP_TOTAL.exec(lead) : null;
      if (!m) continue;
      const groups = m[1]!;
      const counts = figures.filter(
        (c) =>
          c.clause === g.clause &&
          c.start >= cl.start + m.index &&
          c.end <= cl.start + m.index + groups.length,
      );
      const sizes = counts.filter((c) => c.q.unit === 'count');
      if (sizes.length === 0 || counts.some((c) => c.q.unit !== 'count' && c.role !== 'tier')) continue;
      if (sizes.length < 2 && !m[3]) continue;
      for (const c of counts) {
        if (c.role === 'tier') emitted.add(c);
        c.role = 'skip';
        c.why = 'size of a group whose total is the target';
      }
      g.role = 'skip';
      emitted.add(g);
      const quoteStart = cl.start + m.index;
      const fig: Figure = { ...g, comparator: g.comparator ?? comparatorOfLead(m[4] ?? '') };
      const total = makeRow(ctx, sent, fig, {
        subject: groups.replace(/[和、及与]+$/, ''),
        rawSubject: groups,
        scope: ctx.defaultScope,
        metricWord: m[2] || null,
        quoteStart,
        quoteEnd: g.end,
        tier: null,
        phrase: s.slice(quoteStart, g.end),
        before: lead,
        clause: s.slice(cl.start, cl.end),
        stretch: false,
        deadlines,
        tierOnly: false,
      });
      // 合计 sums over the groups, not over years
      if (m[3] !== '累计' && total.row.aggregation === 'cumulative') total.row.aggregation = 'point';
      out.push(total);
    }
  }

  /**
   * 5个未来产业营业收入保持年均15%以上的增长: a count at the head of a clause whose subject then takes a metric and a
   * figure of its own is the size of the subject group, not a count target.
   */
  function groupSizeCounts(): void {
    for (const f of figures) {
      if (f.role !== 'target' || f.q.unit !== 'count' || f.comparator) continue;
      const cl = clauses[f.clause]!;
      if (!SCOPE_OR_TIME_ONLY.test(s.slice(cl.start, f.start))) continue;
      const later = figures.find(
        (g) =>
          g.clause === f.clause &&
          g.start >= f.end &&
          (g.role === 'target' ||
            // 10个重点产业链营业收入均突破100亿元: each member's level, not a threshold of the count
            (g.role === 'qualifier' && /(?:均|各|都)$/.test(s.slice(f.end, g.start)))) &&
          (g.q.unit === 'percent' || g.q.unit === 'yuan' || g.q.unit === 'multiple'),
      );
      if (!later) continue;
      const between = s.slice(f.end, later.start);
      if (/[、]|\d/.test(between) || !GROUP_HEAD.test(between)) continue;
      if (!GROWTH_WORD.test(between) && !METRIC_IN_LEAD.test(between) && later.q.unit !== 'multiple')
        continue;
      f.role = 'skip';
      f.why = 'size of the subject group of a later figure';
      if (later.role === 'qualifier') {
        later.role = 'target';
        later.why = 'level of each member of a counted group';
      }
    }
  }

  /**
   * A size word before its subject: 打造万亿元级别新一代信息技术产业融合发展高地, 千亿级智能家电(产业) — one 产业规模
   * row for the subject, never a count of 一个…高地.
   */
  function sizedSubjectRows(): void {
    for (const f of figures) {
      if (emitted.has(f) || f.q.unit !== 'yuan' || f.valueMax !== null) continue;
      // 打造一个万亿元级别…高地: one of a size is the subject itself, not a count
      const one = figures.find(
        (g) =>
          g.end === f.start && g.role === 'target' && g.q.unit === 'count' && g.value === 1 && !g.comparator,
      );
      if (f.role !== 'target' && f.role !== 'tier' && !(one && f.role === 'qualifier')) continue;
      const tier = f.tier ?? tierOfValue(f.value);
      if (!tier) continue;
      const cl = clauses[f.clause]!;
      const after = s.slice(f.end, cl.end);
      const leveled = /级$/.test(f.q.text) || /^(?:级别|级)/.test(after);
      if (!leveled && f.role !== 'tier') continue;
      const lead = /^(?:级别|级)/.exec(after)?.[0] ?? (/级$/.test(f.q.text) && after[0] === '别' ? '别' : '');
      const m = SIZED_SUBJECT.exec(after.slice(lead.length));
      if (!m) continue;
      const subject = m[1]!;
      if (NOT_AN_INDUSTRY.test(subject) || ADJECTIVE_ONLY.test(subject)) continue;
      const before = s.slice(cl.start, f.start);
      const listed =
        /[、和及与]$/.test(before) && out.some((d) => d.figure.clause === f.clause && d.row.kind === 'level');
      if (!/(?:打造|建设|建成|形成|培育|成为|发展|壮大|创建|构建)/.test(before) && !listed) continue;
      if (
        figures.some(
          (g) =>
            g !== one &&
            g.clause === f.clause &&
            g.start < f.start &&
            (g.q.unit === 'count' || g.role === 'listsize'),
        )
      )
        continue;
      const end = f.end + lead.length + m[0].length;
      if (one) {
        one.role = 'skip';
        one.why = 'one of a size: the sized subject is the target';
      }
      f.role = 'tier';
      emitted.add(f);
      const fig: Figure = { ...f, tier };
      out.push(
        makeRow(ctx, sent, fig, {
          subject,
          rawSubject: `${subject}产业`,
          scope: ctx.defaultScope,
          metricWord: null,
          quoteStart: f.start,
          quoteEnd: end,
          tier,
          phrase: s.slice(f.start, end),
          before,
          clause: s.slice(cl.start, cl.end),
          stretch: false,
          deadlines,
          tierOnly: true,
        }),
      );
    }
  }

  /** 以A,B,C为重点,培育N个过百亿级…集群 with N named items: one 产业规模 row per item instead of a count. */
  function namedListRows(): void {
    for (const f of figures) {
      if (f.role !== 'target' || f.q.unit !== 'count') continue;
      const m = NAMED_LIST.exec(s.slice(0, f.start));
      if (!m) continue;
      const listStart = m.index + 1;
      const items: { text: string; start: number }[] = [];
      let depth = 0;
      let cur = listStart;
      for (let i = listStart; i <= listStart + m[1]!.length; i++) {
        const c = s[i];
        if (c === '(' || c === '（') depth++;
        if (c === ')' || c === '）') depth--;
        if (
          i === listStart + m[1]!.length ||
          (depth === 0 && (c === ',' || c === '，' || c === ';' || c === '；'))
        ) {
          if (i > cur) items.push({ text: s.slice(cur, i), start: cur });
          cur = i + 1;
        }
      }
      if (items.length !== f.value || items.length < 2) continue;
      const tierFig = figures.find((g) => g.start >= f.end && g.start <= f.end + 2 && g.tier);
      if (!tierFig?.tier) continue;
      f.role = 'listsize';
      tierFig.role = 'tier';
      emitted.add(tierFig);
      const end = endOfNoun(tierFig.end, clauses[tierFig.clause]!.end);
      for (const it of items) {
        // places first (红安、罗田、黄州食品饮料 → 红安、罗田、黄州 | 食品饮料); a place name is taken as 2 characters
        const parts = it.text.split('、');
        const last = parts[parts.length - 1]!;
        const places = [...parts.slice(0, -1), last.slice(0, 2)];
        const subject = last.slice(2);
        if (subject.length < 1) continue;
        out.push(
          makeRow(ctx, sent, tierFig, {
            subject,
            scope: places.join('、'),
            metricWord: null,
            quoteStart: listStart,
            quoteEnd: end,
            tier: tierFig.tier,
            phrase: s.slice(listStart, end),
            before: s.slice(f.start - 2, f.start),
            clause: s.slice(clauses[f.clause]!.start, clauses[f.clause]!.end),
            stretch: false,
            deadlines,
            tierOnly: true,
          }),
        );
      }
    }
  }

  /**
   * A named list with its count after the noun: 培育A、B、C等千亿级主导产业集群5个 / A、B等百亿级企业3家 — one
   * 产业规模 row per named member (as for A、B 2个万亿级产业集群), the count being the size of the list.
   */
  function postfixListRows(): void {
    for (const f of figures) {
      if (f.role !== 'target' || f.q.unit !== 'count') continue;
      const cl = clauses[f.clause]!;
      if (!/^(?:以上|左右)?(?:$|[、和及])/.test(s.slice(f.end, cl.end))) continue;
      const prev = figures
        .filter((g) => g.clause === f.clause && g.end <= f.start && g.role !== 'tier' && g.role !== 'skip')
        .pop();
      const from = prev ? prev.end : cl.start;
      const tierFig = figures.find((g) => g.role === 'tier' && g.tier && g.start >= from && g.end <= f.start);
      if (!tierFig) continue;
      const noun = s.slice(tierFig.end, f.start);
      if (!POSTFIX_NOUN.test(noun)) continue;
      const lead = s.slice(from, tierFig.start);
      const ph = phraseOf(from, tierFig.start);
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
      f.role = 'listsize';
      f.why = 'count after a named list and its noun';
      tierFig.role = 'tier';
      emitted.add(tierFig);
      for (const m of members) {
        out.push(
          makeRow(ctx, sent, tierFig, {
            subject: tidySubject(m),
            rawSubject: `${m}${s.slice(tierFig.start, f.start)}`,
            scope: ph.scopes.join('、') || ctx.defaultScope,
            metricWord: null,
            quoteStart: listStart,
            quoteEnd: f.end,
            tier: tierFig.tier,
            phrase: s.slice(listStart, f.end),
            before: s.slice(from, tierFig.start),
            clause: s.slice(cl.start, cl.end),
            stretch: false,
            deadlines,
            tierOnly: true,
          }),
        );
      }
    }
  }

  function flushCarried(clause: Clause): void {
    if (carried && !carried.used) {
      carried.used = true;
      maybeTierRows(carried, clause);
    }
  }

  function previewKind(f: Figure): string {
    if (f.q.unit === 'multiple') return 'multiple';
    if (f.q.unit === 'percent' || f.q.unit === 'percentage_point')
      return /增长|增速/.test(s.slice(Math.max(0, f.start - 4), f.start)) ? 'growth' : 'share';
    if (f.q.unit === 'yuan_per_mu') return 'share';
    return 'level';
  }

  function stretchStep(f: Figure, newSubject: boolean): void {
    const between = s.slice(prevTargetEnd, f.start);
    if (newSubject) {
      // a new subject starts a new base/stretch pair (实际利用外资增长8%、力争9%,商务部…增长15%、力争18%)
      stretchOn = false;
      baseSeen = false;
    }
    if (/其中/.test(between)) stretchOn = false;
    if (/力争|争取/.test(between) && baseSeen) stretchOn = true;
    for (const d of out) if (d.figure === f) d.row.stretch = stretchOn;
    if (!stretchOn) baseSeen = true;
    prevTargetEnd = f.end;
  }

  /** 产业规模 rows for members named with a tier and no figure of their own (新增生物医药、时尚消费品2个千亿产业). */
  function maybeTierRows(c: Carried, clause: Clause): void {
    if (!c.tier || c.members.length === 0 || !c.listsize || !c.verb) return;
    const tierFig = figures.find((g) => g.role === 'tier' && g.tier === c.tier && g.start >= c.listsize!.end);
    if (!tierFig || emitted.has(tierFig) || tierFig.start > c.listsize.end + 1) return;
    const before = s.slice(clauses[tierFig.clause]!.start, tierFig.start);
    emitted.add(tierFig);
    const end = endOfNoun(tierFig.end, clauses[tierFig.clause]!.end);
    for (const m of c.members) {
      out.push(
        makeRow(ctx, sent, tierFig, {
          subject: tidySubject(m),
          scope: c.scopes.join('、') || ctx.defaultScope,
          metricWord: null,
          quoteStart: c.start,
          quoteEnd: end,
          tier: c.tier,
          phrase: s.slice(c.start, end),
          before,
          clause: s.slice(clause.start, clause.end),
          stretch: false,
          deadlines,
          tierOnly: true,
        }),
      );
    }
  }

  function endOfNoun(from: number, limit: number): number {
    const m = /^级?[\u4e00-\u9fff]*?(?:产业集群|产业板块|集群|产业|板块)/.exec(s.slice(from, limit));
    return m ? from + m[0].length : from;
  }

  /** 打造千亿级军民融合产业板块: a tier word after a creation verb, naming an industry, with no count. */
  function standaloneTierRows(): void {
    for (const f of figures) {
      if (f.role !== 'tier' || emitted.has(f) || !f.tier) continue;
      const cl = clauses[f.clause]!;
      const before = s.slice(cl.start, f.start);
      if (!/(?:打造|建设|建成|形成|培育|成为|发展成为|壮大为)/.test(before)) continue;
      if (
        figures.some(
          (g) =>
            g.clause === f.clause && g.start < f.start && (g.q.unit === 'count' || g.role === 'listsize'),
        )
      )
        continue;
      if (/[、]$/.test(before) || /推动形成/.test(before.slice(-4))) continue;
      // 打造A、B、C三大千亿级产业集群 / 培育A、B等一批百亿级产业集群: one row per named member
      const listed = NAMED_BEFORE_TIER.exec(before);
      if (listed) {
        const members = splitMembers(listed[2]!, true);
        const end = endOfNoun(f.end, cl.end);
        if (end === f.end || members.some((m) => m.length > 12)) continue;
        const listStart = cl.start + listed.index + listed[1]!.length;
        emitted.add(f);
        for (const m of members) {
          out.push(
            makeRow(ctx, sent, f, {
              subject: tidySubject(m),
              rawSubject: `${m}${s.slice(f.start, end)}`,
              scope: ctx.defaultScope,
              metricWord: null,
              quoteStart: listStart,
              quoteEnd: end,
              tier: f.tier,
              phrase: s.slice(listStart, end),
              before,
              clause: s.slice(cl.start, cl.end),
              stretch: false,
              deadlines,
              tierOnly: true,
            }),
          );
        }
        continue;
      }
      const rest = s.slice(f.end, cl.end);
      const m = /^级?([\u4e00-\u9fff]{2,16}?)(?:产业集群|产业板块|集群|板块)/.exec(rest);
      if (!m) continue;
      const subject = m[1]!.replace(/(?:产业|行业)$/, '');
      if (subject.length < 2 || /^(?:产业|特色|优势|支柱)$/.test(subject)) continue;
      const end = f.end + m[0].length;
      emitted.add(f);
      out.push(
        makeRow(ctx, sent, f, {
          subject,
          scope: ctx.defaultScope,
          metricWord: null,
          quoteStart: f.start,
          quoteEnd: end,
          tier: f.tier,
          phrase: s.slice(f.start, end),
          before,
          clause: s.slice(cl.start, cl.end),
          stretch: false,
          deadlines,
          tierOnly: true,
        }),
      );
    }
  }
}

/** Words of a growth rate (a figure after them is no share). */
const GROWTH_WORD = /增长|增速|增幅|下降|降低|减少|提高|提升/;

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

/** Offset of a clause's text within its sentence (the clause is a slice of it). */
function sentStartOfClause(sentence: string, clause: string): number {
  const at = sentence.indexOf(clause);
  return Math.max(0, at);
}

function tierFromQualifier(g: Figure, subject: string): Tier | null {
  if (g.tier) return g.tier;
  if (/项目/.test(subject)) return null;
  return g.q.valueMax === null ? tierOfValue(g.value) : null;
}

/** A growth word after a percent: 保持15%以上的增长, 保持20%左右的年均增速. */
const GROWTH_AFTER = /^(?:以上|左右)?的(?:年均|年平均)?(?:较快|快速|高速|稳定|平稳)?(?:增长|增速|增幅)/;

/** A level summed over entities: 营收合计达到, 产值总计突破. */
const SUM_OVER_ENTITIES =
  /(?:营收|营业收入|主营业务收入|总收入|收入|产值|增加值|规模)(?:合计|总计|共计)(?:力争)?(?:达到|突破|超过|达|实现|过)?(?=[\d.一二两三四五六七八九十百千万亿])/;

/** 余/多 right after a numeral: more than (70余家, 200多个). */
const MORE_THAN = /[\d十百千万亿][余多]/;
const DECLINE = /(?:下降|降低|减少|压减|削减)了?$/;
const FLIP: Partial<Record<Comparator, Comparator>> = { '>=': '<=', '>': '<', '<=': '>=', '<': '>' };

interface RowInput {
  subject: string;
  /** The subject before tidying (for the subject type). */
  rawSubject?: string;
  scope: string;
  metricWord: string | null;
  quoteStart: number;
  quoteEnd: number;
  tier: Tier | null;
  phrase: string;
  before: string;
  clause: string;
  stretch: boolean;
  deadlines: DeadlinePhrase[];
  tierOnly: boolean;
  /** The comparator of the previous figure of the sentence (a 力争 figure shares its base's). */
  prevComparator?: Comparator | null;
}

function makeRow(ctx: Ctx, sent: Sentence, f: Figure, r: RowInput): Draft {
  const s = sent.clean;
  const { opts, horizon } = ctx;
  // 保持年均15%以上的增长: the growth word comes after the figure
  const growthAfter = f.q.unit === 'percent' && GROWTH_AFTER.test(s.slice(f.end));
  const cls = classifyTarget({
    unit: f.q.unit,
    subject: r.subject,
    metricWord: r.metricWord,
    before: growthAfter ? `${r.before}增长` : r.before,
    clause: r.clause,
    phrase: r.phrase,
    tier: r.tier,
    tierOnly: r.tierOnly,
    rawSubject: r.rawSubject,
    scope: r.scope,
  });
  // deadline: the last deadline phrase before the figure in the sentence, else the section's, else the horizon
  const clauseStart = f.start - r.before.length;
  const dl =
    [...r.deadlines]
      .reverse()
      .find(
        (d) => d.end <= f.start && (!d.duration || d.deadlineYearMax !== null || d.start >= clauseStart - 8),
      ) ?? ctx.section;
  const reward = cls.kind === 'reward';
  const startYear = dl ? (dl.startYear ?? opts.issuedYear) : horizon.startYear;
  let deadlineYear: number | null = dl ? dl.deadlineYear : horizon.deadlineYear;
  let deadlineYearMax: number | null = dl ? dl.deadlineYearMax : horizon.deadlineYearMax;
  if (reward) {
    deadlineYear = null;
    deadlineYearMax = null;
  }
  let aggregation = reward
    ? aggregationAt(r.clause, Math.max(0, f.start - sentStartOfClause(s, r.clause)), horizon, '', null)
    : aggregationAt(s, f.start, horizon, `${r.before}${r.phrase}`, dl);
  if ((cls.kind === 'multiple' || r.tierOnly) && aggregation === 'cumulative') aggregation = 'point';
  // 保持15%以上的年均增速: 年均 after the figure
  if (growthAfter && /^(?:以上|左右)?的(?:年均|年平均)/.test(s.slice(f.end))) aggregation = 'annual_average';
  // 营收合计达到2.6万亿元 sums a level over entities, not over years (a point)
  if (aggregation === 'cumulative' && SUM_OVER_ENTITIES.test(s.slice(Math.max(0, f.start - 16), f.start + 4)))
    aggregation = 'point';
  // 累计达到93家 is the stock reached (a point), 累计竣工投产…1500个 a sum over the window
  if (aggregation === 'cumulative' && /累计(?:达到|突破|超过|达)[^累]*$/.test(s.slice(0, f.end)))
    aggregation = 'point';
  const span = {
    start: sent.offsets[r.quoteStart]!,
    end: sent.offsets[Math.max(r.quoteStart, r.quoteEnd - 1)]! + 1,
  };
  const tierOnly = r.tierOnly;
  let comparator: Comparator = f.comparator ?? (tierOnly ? '>=' : '=');
  if (!f.comparator && /(?:力争|争取)$/.test(r.before) && r.prevComparator) comparator = r.prevComparator;
  if (tierOnly && f.q.comparator) comparator = f.q.comparator;
  if (f.q.approx && (comparator === '=' || comparator === '>=')) comparator = '~';
  // 70余家, 200多个: 余/多 after the numeral means "more than" (达到70余家 too)
  if (MORE_THAN.test(f.q.text) && !/左右|约|近/.test(f.q.text)) comparator = '>';
  if (tierOnly && /过$/.test(r.before)) comparator = '>';
  let value = tierOnly ? TIERS.find((t) => t.tier === f.tier)!.yuan : f.value;
  let valueMax = tierOnly ? null : f.valueMax;
  if (cls.kind === 'growth' && DECLINE.test(r.before.replace(/(?:力争|争取|均|分别|累计)$/, ''))) {
    // a decline target is a negative growth: 下降13.5% (at least) → growth ≤ −13.5
    value = f.valueMax === null ? -f.value : -f.valueMax;
    valueMax = f.valueMax === null ? null : -f.value;
    comparator = FLIP[comparator] ?? comparator;
    // a bare decline (年均下降5%) is a ceiling on the rate: −5% or lower
    if (comparator === '=') comparator = '<=';
  }
  // an explicit base year: 较2020年增长50%, 比2020年翻一番, 与2022年相比
  const explicitBase =
    /(?:较|比|相比|对比|相较)(20\d\d)年(?:底|末)?[^，,；;]*$|与(20\d\d)年(?:底|末)?相比[^，,；;]*$/.exec(
      s.slice(0, f.start),
    );
  const row: Omit<TargetRow, 'target_id'> = {
    doc_id: opts.docId,
    region: opts.region,
    region_code: opts.regionCode ?? null,
    scope: r.scope || ctx.defaultScope,
    subject: r.subject || cls.metric,
    subject_type: cls.subject_type,
    metric: cls.metric,
    kind: cls.kind,
    aggregation,
    tier: r.tier ?? (tierOnly ? f.tier : null),
    comparator,
    value,
    value_max: valueMax,
    unit: tierOnly ? 'yuan' : f.q.unit,
    stretch: r.stretch,
    base_year:
      cls.kind === 'growth' || cls.kind === 'multiple' || cls.kind === 'relative'
        ? explicitBase
          ? Number(explicitBase[1] ?? explicitBase[2])
          : startYear - 1
        : null,
    start_year: startYear,
    deadline_year: deadlineYear,
    deadline_year_max: deadlineYearMax,
    price_basis: cls.price_basis,
    responsible: ctx.who(span.start),
    quote: ctx.text.slice(span.start, span.end),
    span_start: span.start,
    span_end: span.end,
  };
  return { row, figure: f };
}
