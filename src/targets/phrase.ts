/**
 * Reading the words around a figure: the scope, the subject (or list of subjects), the metric word, and the
 * distribution words (分别, 均, 各) of the phrase before a figure; the noun a count figure counts after it.
 */
import { GENERIC_SUFFIX, INDICATOR_SUBJECT, LEADING_NOISE, METRIC_WORDS } from './lexicon.js';

/** The phrase before a figure, read. Offsets are into the sentence's clean text. */
export interface Phrase {
  /** Zone classes or places the figure applies to (`三大国家级开发区`, `各新城区`), empty for the default. */
  scopes: string[];
  /** The subject text, or `''` when the phrase names none (the figure then shares the previous subject). */
  subject: string;
  /** Offset of the subject's (or scope's) first character. */
  start: number;
  /** The metric word the phrase ends with (`产值`, `总收入`, `占比`…), or `null`. */
  metricWord: string | null;
  /** 分别, 均 or 各 occurs in the phrase. */
  distributive: boolean;
  /** 分别 occurs in the phrase (pairs figures with members in order). */
  respectively: boolean;
}

const DEADLINE_PREFIX =
  /^(?:力争|争取|确保)?(?:到|至|在|于|用)?(?:今年(?:底|末|内)?|本年度?|年(?:底|末)(?:前)?|20\d\d年(?:底|末|前)?(?:[-—至到]20\d\d年)?|\d[-—~至到]\d年(?:时间)?|[\d一二两三四五六七八九十]年(?:内|时间)?)(?:的)?/;
const AGG_PREFIX = /^(?:年均|每年|逐年|全年|年内|当年|累计|合计|常年|年度|每月|每季度)/;
const TAIL_NOISE =
  /(?:合计|总计|共计|力争|争取|确保|均|分别|各|都|为|到|再|要|将|能|需|可|实现|达到|达|突破|超过|超|过|高于|低于|不低于|不少于|不超过|至少|控制在|保持在|稳定在|保持|提高|提升|增长|同比增长|增加|增速|下降|降低|压减|削减|减少|新增|净增|年均|每年|累计|逐年递增|逐年增长|稳步增长|安排|给予|再给予|兑现奖励|兑现|奖励|补贴|奖补|一次性|最高|按照|按|乃至|甚至|壮大为|成为)+$/;
const SCOPE_PREFIX = '(?:三大|四个|五个|六个|两个|各个|各|全市|全省|每个|[\\u4e00-\\u9fff]{2,8}的)?';
const ZONE_HEAD = '(?:国家级开发区|开发区|新城区|中心城区|城区|县区|县市区|乡镇|园区|功能区)';
/** A named district or county: 2–4 characters before 区/县, not a common noun (地区, 社区, 景区…). */
const PLACE =
  '(?:(?![和及与、地社景辖小街市])[\\u4e00-\\u9fff]){2,4}?(?:县|区)(?![\\u4e00-\\u9fff]{0,2}总值)';
const ZONE = `(?:(?:(?![和及与、推动加快建设支持鼓励引导实施打造发展促进提升])[\\u4e00-\\u9fff]){0,6}?${ZONE_HEAD}|${PLACE})`;
const SCOPE_ITEM = new RegExp(
  `^(?:${SCOPE_PREFIX}${ZONE}(?:[(（][^)）]{0,10}[)）])?(?:重点工业园区)?|全市|全省|全县|各县[(（]市、区[)）]|各(?:区|县|市)[(（][^)）]{1,6}[)）](?:县|区|市)?|每个[\\u4e00-\\u9fff]{2,8}?(?:集群|园区|县区|企业|基地))`,
);

const METRIC_AT_END = METRIC_WORDS.map(([re]) => new RegExp(`(?:${re.source})$`));

/** Strip leading noise (verbs, adverbs, deadlines, aggregation words) from `text[start..]`; returns the new start. */
function stripLeading(text: string, start: number, end: number, noise = true): number {
  for (let guard = 0; guard < 12 && start < end; guard++) {
    const rest = text.slice(start, end);
    const m =
      DEADLINE_PREFIX.exec(rest) ??
      AGG_PREFIX.exec(rest) ??
      (noise
        ? LEADING_NOISE.exec(rest)
        : /^(?:[,，、:：;；]|其中|同时|力争|争取|确保|通过|着力|加快|大力|鼓励|引导|支持|推动|在|于|对)+/.exec(
            rest,
          ));
    if (!m || m[0].length === 0) break;
    start += m[0].length;
  }
  return start;
}

/**
 * Read the phrase `text[from, to)` before a figure: scope at the start, metric word at the end, subject between.
 *
 * Complexity: O(n) in the phrase length.
 *
 * @example
 * readPhrase('三大国家级开发区产业项目到位资金占比不低于', 0, 20).scopes // ['三大国家级开发区']
 */
export function readPhrase(text: string, from: number, to: number): Phrase {
  const raw = text.slice(from, to);
  const distributive = /分别|均|各/.test(raw);
  const respectively = /分别/.test(raw);
  let start = stripLeading(text, from, to, false);
  if (!SCOPE_ITEM.test(text.slice(start, to))) start = stripLeading(text, start, to);
  // scope items: 三大国家级开发区、各新城区 / 中心城区和新城区 / 全市及各县区
  const scopes: string[] = [];
  const scopeStart = start;
  for (let guard = 0; guard < 8; guard++) {
    const rest = text.slice(start, to);
    const m = SCOPE_ITEM.exec(rest);
    if (!m) break;
    // a scope followed by nothing but the figure's comparator (…,国家级开发区不低于50万元) is still a scope
    scopes.push(m[0].replace(/^[\u4e00-\u9fff]{2,8}的/, ''));
    start += m[0].length;
    const sep = /^(?:、|和|及|与|以及)/.exec(text.slice(start, to));
    if (sep && SCOPE_ITEM.test(text.slice(start + sep[0].length, to))) {
      start += sep[0].length;
      continue;
    }
    break;
  }
  const subjectStartAfterScope = stripLeading(text, start, to);
  let end = to;
  // strip tail noise repeatedly
  for (let guard = 0; guard < 6; guard++) {
    const seg = text.slice(subjectStartAfterScope, end);
    const m = TAIL_NOISE.exec(seg);
    if (!m || m[0].length === 0) break;
    end -= m[0].length;
  }
  let subjectStart = subjectStartAfterScope;
  {
    // a lost sentence break or a preamble inside the phrase: start after the last 对 (beneficiary), 确保, 力争, 全市
    const seg = text.slice(subjectStart, end);
    const relative = /(?:高于|低于|快于|慢于)/.exec(seg);
    const cut =
      /^.*(?:方面对|(?<![相针面反绝应])对(?![标外接口象于比])|确保|力争|争取|全市(?=[\u4e00-\u9fff]{2}))/.exec(
        relative ? seg.slice(0, relative.index) : seg,
      );
    if (cut && cut[0].length < seg.length)
      subjectStart = stripLeading(text, subjectStart + cut[0].length, end);
    // a relative clause of doing: 制造业领域培育的国际一流品牌, 经认定的…, 被认定为…, 获得…
    const rel = /^(?:经认定的|被认定为|获得|使之|使其)/.exec(text.slice(subjectStart, end));
    if (rel && rel[0].length < end - subjectStart) subjectStart += rel[0].length;
  }
  let subject = text
    .slice(subjectStart, end)
    .replace(/由(?:现有)?[^由]*$/, '')
    // an explicit base (较2020年, 比上年, 与2022年相比) is the base year, not part of the subject
    .replace(
      /(?:较|比|相比|相较|对比)(?:20\d\d年(?:底|末)?|上年|去年|上一年)(?:相比)?$|与20\d\d年(?:底|末)?相比$/,
      '',
    );
  // 增速高于全市工业平均水平: the figure is relative to what follows 高于; the subject is before it
  const rel =
    /(?:高于|低于|快于|慢于|超过)(?:全市|全省|全国|同期|全行业)?[\u4e00-\u9fff]{0,10}(?:平均水平|平均|增速|水平)$/.exec(
      subject,
    );
  if (rel && rel.index > 0) subject = subject.slice(0, rel.index);
  let metricWord: string | null = null;
  // 技改投资占工业投资的比重 → 技改投资, metric 占比
  const share = /^(.+?)占(.+?)的?(?:比重|比例)$/.exec(subject);
  // 占工业经济总量的35%: the denominator is not the subject; 战略性新兴产业产值占工业经济总量 → the numerator
  const denominator =
    /^(.*?)占(?!地|用|有)[\u4e00-\u9fffA-Za-z&]{2,16}?(?:的)?(?:总量|总额|总值|总数|规模|经济|收入|投资|增加值|生产总值|产值|比重|比例)?$/.exec(
      subject,
    );
  if (share) {
    subject = share[1]!;
    metricWord = '占比';
  } else if (denominator && !/占比$/.test(subject)) {
    subject = denominator[1]!.replace(/(?:产值|总产值|增加值|营业收入|总收入)$/, (w) =>
      INDICATOR_SUBJECT.test(denominator[1]!) ? w : '',
    );
    metricWord = '占比';
  } else if (
    /[、]|和/.test(subject) &&
    !/\d+个|等|[一二两三四五六七八九十\d]大/.test(subject) &&
    /(?:总产值|增加值|投资额|总收入|营业收入)$/.test(subject)
  ) {
    // a list whose last member carries its own metric word (工业投资、规模以上企业数量和工业总产值)
  } else if (
    !INDICATOR_SUBJECT.test(subject) ||
    /(?:产值|总收入|营业收入)$/.test(subject.replace(/^规上工业总产值$|^规模以上工业总产值$/, ''))
  ) {
    for (const re of METRIC_AT_END) {
      const m = re.exec(subject);
      // 亩均营业收入, 人均产值: a per-unit prefix alone is no subject, the whole phrase is
      if (m && m.index > 0 && /^(?:亩均|亩产|人均|单位|地均)$/.test(subject.slice(0, m.index))) break;
      if (m && m.index > 0) {
        // 数字经济规模: the size of an industry named without 产业 (规模 alone, at the start, is a fund's size)
        metricWord = m[0] === '规模' ? '产业规模' : m[0];
        subject = subject.slice(0, m.index);
        // 产值增速 → subject without 产值, metric 增速
        const inner = /(?:产值|总产值|增加值|营业收入|总收入)$/.exec(subject);
        if (/^(?:增速|增幅|占比|比重|比例)$/.test(metricWord) && inner && inner.index > 0)
          subject = subject.slice(0, inner.index);
        break;
      }
      if (m && m.index === 0) {
        metricWord = m[0];
        subject = '';
        break;
      }
    }
  } else {
    const m = /(?:占比|比重|比例)$/.exec(subject);
    if (m) {
      metricWord = m[0];
      subject = subject.slice(0, m.index);
    }
  }
  // 数字产业规模 → 数字产业 (the modifier alone names no industry)
  if (metricWord && /^产业/.test(metricWord) && MODIFIER_ONLY.test(subject)) subject = `${subject}产业`;
  // a rate shared by a distributed list: “建设库”和“达效库”转化率均达到30%
  if (distributive && /[、和]/.test(subject)) {
    const rate = /[\u4e00-\u9fff]{0,3}率$/.exec(subject);
    if (rate && rate.index > 0) {
      metricWord = rate[0];
      subject = subject.slice(0, rate.index);
    }
  }
  // 电子信息、汽车两大产业集群: the size of the list (N大 + its noun) is not part of the last member
  if (subject.includes('、'))
    subject = subject.replace(
      /(?<=[\u4e00-\u9fff])等?(?:[一二两三四五六七八九十]{1,2}|\d{1,2})大(?:[\u4e00-\u9fff]{0,6}?(?:产业集群|集群|产业|板块|行业|领域))?$/,
      '',
    );
  subject = subject.replace(/[，,、和及与的等]+$/, '');
  return {
    scopes,
    subject,
    start: scopes.length > 0 ? scopeStart : subjectStart,
    metricWord,
    distributive,
    respectively,
  };
}

/**
 * Split a subject into members: on 、 outside brackets, and the last item on 和/与 when a 、 list precedes or
 * both sides end in the same noun (千亿企业和百亿企业).
 *
 * Complexity: O(n).
 *
 * @example
 * splitMembers('光电子信息、汽车及零部件') // ['光电子信息', '汽车及零部件']
 * splitMembers('千亿企业和百亿企业') // ['千亿企业', '百亿企业']
 * splitMembers('境内外上市和新三板挂牌企业') // ['境内外上市和新三板挂牌企业']
 */
export function splitMembers(subject: string, distributive = false): string[] {
  const items: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of subject) {
    if ('(（“《'.includes(c)) depth++;
    if (')）”》'.includes(c)) depth = Math.max(0, depth - 1);
    if (c === '、' && depth === 0) {
      items.push(cur);
      cur = '';
    } else cur += c;
  }
  items.push(cur);
  const last = items[items.length - 1]!;
  const m = /^(.{2,}?)(?:和|与|以及)(.{2,})$/.exec(last);
  if (m) {
    const [a, b] = [m[1]!, m[2]!];
    if (items.length > 1 || distributive || a.slice(-2) === b.slice(-2))
      items.splice(items.length - 1, 1, a, b);
  }
  const out = items.map((s) => s.trim()).filter((s) => s.length > 0);
  // items that are clauses of their own (龙头企业研发平台全覆盖、…覆盖率达到50%): only the last one is the subject
  if (
    out.length > 1 &&
    out.slice(0, -1).some((x) => /全覆盖|覆盖|实现|达到|提高|提升|增长|建成|完成/.test(x))
  )
    return [out[out.length - 1]!];
  return out;
}

/** Words that name an industry only with 产业 after them (数字产业 is not 数字). */
const MODIFIER_ONLY =
  /^(?:数字|海洋|文化|健康|绿色|低空|未来|新兴|临空|临港|枢纽|现代|康养|创意|循环|低碳|节能|生态|智能|信息|网络|实体|民营|县域|外向型|开放型|主导|特色)$/;

/**
 * A subject in the table's words: quotes dropped, generic suffixes (产业集群, 产业, 行业) dropped unless that would
 * leave nothing or the subject is a statistical indicator.
 *
 * @example
 * tidySubject('光电子信息产业集群') // '光电子信息'
 * tidySubject('“建设库”') // '建设库'
 */
export function tidySubject(subject: string): string {
  let s = subject.replace(/[“”"‘’「」]/g, '').trim();
  // 3个战略性新兴产业 (the size of the group is no part of its name), unless a list of groups follows
  if (!/[和、及与]/.test(s))
    s = s.replace(/^(?:\d{1,3}|[一二两三四五六七八九十]{1,2})个(?=[\u4e00-\u9fff]{2})/, '');
  if (!INDICATOR_SUBJECT.test(s)) {
    const t = s.replace(GENERIC_SUFFIX, '');
    // keep the noun when what is left is an adjective (百亿特色产业集群, 省级产业集群, 产值过千亿优势产业集群)
    const adjective =
      /(?:特色|优势|支柱|主导|重点|新兴|级|先进|传统|地标|战略性|亿)$/.test(t) || /过.*亿/.test(t);
    // and when what is left is a modifier that is no industry on its own (数字产业, 海洋产业, 未来产业)
    if (t.length >= 2 && !adjective && !MODIFIER_ONLY.test(t)) s = t;
  }
  s = s.replace(/(?<=[\u4e00-\u9fff]{2})(?:数量|个数|家数|户数|数)$/, '');
  return s;
}
