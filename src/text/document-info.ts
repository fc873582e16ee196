/**
 * Reading a document's own description of itself: its title, type (work report, statistical communiqué, plan…),
 * issuing region and body, issue date and the years its targets cover, from the title, the 印发 line, the
 * subtitle of a work report (——2023年1月12日在广东省第十四届人民代表大会第一次会议上), the 落款 and the plan period
 * ("十四五", (2023—2025年)). Every inference says where it came from (`evidence`), so a user can check it.
 */
import {
  type Division,
  type DivisionLevel,
  divisionByCode,
  divisions,
  divisionsNamed,
  within,
} from '../dictionaries/divisions.js';
import { parseChineseNumber } from '../quantities/numerals.js';
import { guessIssuedYear } from './issued.js';
import { toSimplified } from './simplified.js';

/** The kinds of document the extractor reads, with the words of a title that name them (checked in this order). */
export const DOC_TYPE = {
  task_table: { zh: '任务分解表', title: /分解|责任清单|任务清单/ },
  work_report: { zh: '政府工作报告', title: /政府工作报告|工作报告/ },
  statistical_communique: { zh: '统计公报', title: /统计公报|经济运行情况|经济和社会发展统计/ },
  plan_review: { zh: '规划评估/计划执行情况', title: /中期评估|执行情况|实施情况的报告|完成情况/ },
  annual_plan: {
    zh: '年度计划/工作要点',
    title: /工作要点|年度计划|20\d\d年[^\n]{0,30}(?:计划|工作任务|任务清单|目标任务|重点工作)/,
  },
  plan: { zh: '规划/纲要', title: /规划|纲要/ },
  action_plan: { zh: '行动方案/实施意见', title: /方案|行动计划|意见|措施|办法|决定|计划/ },
  notice: { zh: '通知/公告', title: /通知|公告|公示|通告/ },
  news_report: { zh: '新闻报道', title: /记者|报道|新闻|日电/ },
  other: { zh: '其他', title: /$^/ },
} as const satisfies Record<string, { zh: string; title: RegExp }>;
export type DocType = keyof typeof DOC_TYPE;

/** What a document says of itself. */
export interface DocumentInfo {
  /** The title line, or `null` when none was recognised. */
  title: string | null;
  docType: DocType;
  /** The issuing region (广东省, 海拉尔区, 全国), its code and level, or `null`. */
  region: string | null;
  regionCode: string | null;
  regionLevel: DivisionLevel | null;
  /** The issuing body (广东省人民政府, 国务院), or `null`. */
  issuer: string | null;
  /** The issue (or delivery) date as far as known. */
  issued: { year: number | null; month: number | null; day: number | null };
  /** The first and last years the document's targets cover (a 2023 work report: 2023, 2023; 十四五: 2021, 2025). */
  planStart: number | null;
  planEnd: number | null;
  /** One line per inference: what was read and where (`region 广东省: title`). */
  evidence: string[];
}

/** Options: what the caller already knows (never overridden). */
export interface DocumentInfoHints {
  region?: string;
  regionCode?: string;
  issuedYear?: number;
}

const FIVE_YEAR_PLANS: Record<string, [number, number]> = {
  十一五: [2006, 2010],
  十二五: [2011, 2015],
  十三五: [2016, 2020],
  十四五: [2021, 2025],
  十五五: [2026, 2030],
};

/** Names of divisions that are also common words: counted only when written in full (东方市, 和平区). */
const AMBIGUOUS_SHORT = new Set([
  '东方',
  '和平',
  '新华',
  '城关',
  '长安',
  '永安',
  '开发',
  '中山',
  '南海',
  '东区',
  '西区',
  '吉林',
]);

/** A year written in Arabic or Chinese digits (2023, 二〇二三). */
function yearOf(s: string): number | null {
  if (/^\d{4}$/.test(s)) return Number(s);
  const digits = [...s]
    .map((c) => '〇零一二三四五六七八九'.indexOf(c))
    .map((d) => (d === 1 ? 0 : d > 1 ? d - 1 : d));
  if (digits.length === 4 && digits.every((d) => d >= 0)) return Number(digits.join(''));
  return null;
}

/** A month or day in Arabic or Chinese numerals (12, 十二), or `null`. */
function smallOf(s: string): number | null {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  try {
    const n = parseChineseNumber(s);
    return Number.isInteger(n) && n >= 1 && n <= 31 ? n : null;
  } catch {
    return null;
  }
}

const NUM = '(?:\\d{4}|[〇零一二三四五六七八九]{4})';
const SMALL = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const DATE = new RegExp(`(${NUM})\\s*年\\s*(${SMALL})\\s*月\\s*(${SMALL})\\s*日`, 'g');

/** The lines at the head of a document that may hold its title (the first 12 non-empty lines, 600 characters). */
function headLines(text: string): { line: string; at: number }[] {
  const out: { line: string; at: number }[] = [];
  let at = 0;
  for (const raw of text.slice(0, 1200).split('\n')) {
    const line = raw.trim();
    if (line) out.push({ line, at: at + raw.indexOf(line) });
    at += raw.length + 1;
    if (out.length >= 12 || at > 600) break;
  }
  return out;
}

/** The title: a head line that names a kind of document, or the 《》 it prints (关于印发《…》的通知). */
function findTitle(text: string): string | null {
  for (const { line } of headLines(text)) {
    // a work report's body opens on 各位代表: no title comes after it
    if (/^各位代表/.test(line)) break;
    if (line.length < 6 || line.length > 90 || /[。；]$/.test(line)) continue;
    const printed = /印发《([^》]{4,80})》/.exec(line);
    if (printed) return printed[1]!;
    if (/报告|规划|纲要|方案|计划|意见|通知|公报|要点|办法|决定|清单|任务|措施|公告/.test(line)) return line;
  }
  return null;
}

function typeOf(title: string | null, text: string): DocType {
  // a work report opens on 各位代表 and says it reports (the title line is often missing from copies)
  const opening = text.slice(0, 1500);
  if (
    /各位代表[:：!！]/.test(opening) &&
    /向大会报告|报告政府工作|报告工作/.test(opening) &&
    !/分解|清单/.test(title ?? '')
  )
    return 'work_report';
  const probe = title ?? text.slice(0, 300);
  for (const [type, { title: re }] of Object.entries(DOC_TYPE) as [DocType, (typeof DOC_TYPE)[DocType]][]) {
    if (type === 'other' || type === 'news_report') continue;
    if (re.test(probe)) return type;
  }
  // a communiqué cut before its title: the statistics bureau (and survey team) sign its head
  if (/统计局/.test(text.slice(0, 120)) && /调查队|统计公报|国民经济和社会发展/.test(text.slice(0, 300)))
    return 'statistical_communique';
  // a work report without a title line: its opening and subtitle say so
  if (
    /各位代表[:：]/.test(text.slice(0, 3000)) &&
    /向大会报告|报告政府工作|报告工作/.test(text.slice(0, 3000))
  )
    return 'work_report';
  if (DOC_TYPE.news_report.title.test(text.slice(0, 400))) return 'news_report';
  return 'other';
}

/** Every division named in `s` (longest names first at each position, no overlaps), with where. */
function divisionsIn(s: string): { d: Division; at: number; name: string }[] {
  const out: { d: Division; at: number; name: string }[] = [];
  const byFirst = namesByFirstChar();
  for (let at = 0; at < s.length; ) {
    const name = byFirst.get(s[at]!)?.find((n) => s.startsWith(n, at));
    if (!name) {
      at++;
      continue;
    }
    for (const d of divisionsNamed(name)) out.push({ d, at, name });
    at += name.length;
  }
  return out;
}

let namesCache: Map<string, string[]> | null = null;
/** Full names, and short names that are not common words (2+ characters), by first character, longest first. */
function namesByFirstChar(): Map<string, string[]> {
  if (namesCache) return namesCache;
  const set = new Set<string>();
  for (const d of divisions()) {
    if (d.name.length >= 2 && d.level !== 'nation') set.add(d.name);
    // short names are how provinces and cities are written (广东, 宁波); a county's short name is too often a word
    // (资源县, 新兴区, 新建区)
    const senior = d.level === 'province' || d.level === 'prefecture_city';
    if (senior && d.short.length >= 2 && !AMBIGUOUS_SHORT.has(d.short)) set.add(d.short);
  }
  namesCache = new Map();
  for (const n of [...set].sort((a, b) => b.length - a.length)) {
    const list = namesCache.get(n[0]!) ?? [];
    list.push(n);
    namesCache.set(n[0]!, list);
  }
  return namesCache;
}

interface RegionVote {
  d: Division;
  score: number;
  where: Set<string>;
}

/** Vote for the issuing region from the title, the issuer, the 落款 and the head of the text. */
function findRegion(text: string, title: string | null, issuer: string | null): RegionVote | null {
  if (issuer === '国务院' || issuer === '国家发展和改革委员会')
    return { d: divisionByCode('100000')!, score: 10, where: new Set([`issuer ${issuer}`]) };
  const votes = new Map<string, RegionVote>();
  const vote = (s: string, weight: number, where: string) => {
    for (const { d } of divisionsIn(s)) {
      const v = votes.get(d.code) ?? { d, score: 0, where: new Set<string>() };
      v.score += weight;
      v.where.add(where);
      votes.set(d.code, v);
    }
  };
  if (title) vote(title, 5, 'title');
  if (issuer) vote(issuer, 5, 'issuer');
  vote(text.slice(Math.max(0, text.length - 200)), 2, '落款');
  vote(text.slice(0, 1500), 1, 'opening');
  if (votes.size === 0) return null;
  // ties (one name, several divisions: 西安 is 西安市 and a 西安区) go to the more senior division
  const ranked = [...votes.values()].sort((a, b) => b.score - a.score || depth(a.d) - depth(b.d));
  const top = ranked[0]!;
  // the most specific division named in the title or by the issuer, inside the top one, is the issuing region
  const specific = ranked.find(
    (v) =>
      v !== top &&
      depth(v.d) > depth(top.d) &&
      within(v.d, top.d) &&
      (v.where.has('title') || v.where.has('issuer')),
  );
  // an ambiguous name (鼓楼区 of several cities) is resolved by a named parent; else the most senior reading
  return specific ?? top;
}

function depth(d: Division): number {
  let n = 0;
  for (let x: Division | undefined = d; x?.parentCode; x = divisionByCode(x.parentCode)) n++;
  return n;
}

/** The issuing body: 国务院, or …人民政府(办公厅) in the head or the 落款, or the people's congress of a work report. */
function findIssuer(text: string): string | null {
  const head = text.slice(0, 800);
  const tail = text.slice(Math.max(0, text.length - 300));
  if (/国务院(?:总理|办公厅)?/.test(head) && /国务院/.test(text.slice(0, 2000)) && /我代表国务院/.test(text))
    return '国务院';
  // a national document by its title (国务院关于…的报告/通知) or a report to the national people's congress
  // (在第十四届全国人民代表大会第二次会议上, 受国务院委托)
  if (/国务院关于|国务院办公厅关于/.test(head) || /第[一二三四五六七八九十]+届全国人民代表大会/.test(head))
    return /国家发展和改革委员会|国家发展改革委/.test(head) ? '国家发展和改革委员会' : '国务院';
  const gov = /([\u4e00-\u9fff]{2,16}?(?:省|市|县|区|自治区|自治州|州|盟|旗))人民政府(?:办公厅|办公室)?/;
  const m = gov.exec(tail) ?? gov.exec(head);
  if (m) return m[0];
  const congress =
    /在([\u4e00-\u9fff]{2,16}?(?:省|市|县|区|自治区|自治州|州|盟|旗))第[一二三四五六七八九十]+届人民代表大会/.exec(
      text.slice(0, 1500),
    );
  if (congress) return `${congress[1]}人民政府`;
  return null;
}

/** The issue date: a work report's subtitle, the 落款 date, a date line at the head, else the year guessed. */
function findIssued(
  text: string,
  docType: DocType,
): { year: number | null; month: number | null; day: number | null; where: string } {
  const read = (m: RegExpMatchArray | undefined | null, where: string) =>
    m ? { year: yearOf(m[1]!), month: smallOf(m[2]!), day: smallOf(m[3]!), where } : null;
  const dates = (s: string) => [...s.matchAll(DATE)];
  // ——2023年1月12日在广东省第十四届人民代表大会第一次会议上
  const subtitle = new RegExp(
    `(${NUM})\\s*年\\s*(${SMALL})\\s*月\\s*(${SMALL})\\s*日\\s*在[^\\n]{2,40}人民代表大会`,
  ).exec(text.slice(0, 1500));
  const fromSubtitle = read(subtitle, 'the subtitle (在…人民代表大会)');
  if (fromSubtitle?.year) return fromSubtitle;
  const tail = dates(text.slice(Math.max(0, text.length - 250)));
  const fromTail = read(tail[tail.length - 1], 'the 落款 date');
  if (fromTail?.year && docType !== 'statistical_communique') return fromTail;
  const head = dates(text.slice(0, 600));
  const fromHead = read(head[0], 'a date at the head');
  if (fromHead?.year) return fromHead;
  const month = new RegExp(`[(（]\\s*(${NUM})\\s*年\\s*(${SMALL})\\s*月\\s*[)）]`).exec(text.slice(0, 400));
  if (month)
    return {
      year: yearOf(month[1]!),
      month: smallOf(month[2]!),
      day: null,
      where: 'a (year, month) line at the head',
    };
  if (fromTail?.year) return fromTail;
  // a work report names the year it plans for (2010年主要预期目标, 2010年工作任务, 今年…): that is its year
  if (docType === 'work_report') {
    const planned = [
      ...text.matchAll(
        /(20\d\d|19\d\d)年(?:的)?(?:经济社会发展|政府工作|工作)?(?:的)?(?:主要预期目标|主要目标|预期目标|总体要求|工作任务|主要任务|重点工作|工作安排|政府工作任务)/g,
      ),
    ];
    const years = planned.map((m) => Number(m[1]));
    if (years.length > 0)
      return {
        year: Math.max(...years),
        month: null,
        day: null,
        where: 'the year its targets and tasks are for',
      };
  }
  const year = guessIssuedYear(text);
  return { year, month: null, day: null, where: year ? 'the first year the text states' : 'nowhere' };
}

/** The years the targets cover: a window in the title, a five-year plan, the report's own year, the communiqué's. */
function findPeriod(
  title: string | null,
  text: string,
  docType: DocType,
  issuedYear: number | null,
): { start: number | null; end: number | null; where: string } {
  const probe = title ?? text.slice(0, 300);
  const win = /(20\d\d)\s*[-—–~～至到]\s*(20\d\d)\s*年/.exec(probe);
  if (win) return { start: Number(win[1]), end: Number(win[2]), where: `the title's window ${win[0]}` };
  for (const [name, [a, b]] of Object.entries(FIVE_YEAR_PLANS))
    if (probe.includes(name) && docType !== 'work_report')
      return { start: a, end: b, where: `"${name}" in the title` };
  const own = /(20\d\d)\s*年/.exec(probe);
  if (docType === 'statistical_communique' && own)
    return { start: Number(own[1]), end: Number(own[1]), where: 'the year the communiqué reports' };
  if ((docType === 'work_report' || docType === 'annual_plan') && issuedYear !== null) {
    const y = own && docType === 'annual_plan' ? Number(own[1]) : issuedYear;
    return { start: y, end: y, where: docType === 'work_report' ? 'the report year' : "the plan's year" };
  }
  return { start: null, end: null, where: 'not stated' };
}

/**
 * Read what a document says of itself: title, type, issuing region (with its code and level), issuer, issue date
 * and the years its targets cover. Hints the caller gives win over the text.
 *
 * Complexity: O(n) in the text for the dates; region voting reads the title, the head and the 落款 only.
 *
 * @example
 * const info = parseDocumentInfo('广东省政府工作报告\n——2023年1月12日在广东省第十四届人民代表大会第一次会议上\n各位代表：…');
 * info.docType // 'work_report'
 * info.region // '广东省'
 * info.issued // { year: 2023, month: 1, day: 12 }
 * info.planStart // 2023
 */
export function parseDocumentInfo(original: string, hints: DocumentInfoHints = {}): DocumentInfo {
  const evidence: string[] = [];
  // read in simplified characters (big5 mirrors of reports); one character for one
  const text = toSimplified(original);
  const title = findTitle(text);
  if (title) evidence.push(`title: ${title}`);
  const docType = typeOf(title, text);
  evidence.push(`type ${docType}: ${title ? 'from the title' : 'from the opening'}`);
  const issuer = findIssuer(text);
  if (issuer) evidence.push(`issuer: ${issuer}`);
  let region: string | null = null;
  let regionCode: string | null = null;
  let regionLevel: DivisionLevel | null = null;
  if (hints.region || hints.regionCode) {
    const d = hints.regionCode ? divisionByCode(hints.regionCode) : divisionsNamed(hints.region!)[0];
    region = hints.region ?? d?.name ?? null;
    regionCode = hints.regionCode ?? d?.code ?? null;
    regionLevel = d?.level ?? null;
    evidence.push(`region ${region}: given`);
  } else {
    const v = findRegion(text, title, issuer);
    if (v) {
      region = v.d.name;
      regionCode = v.d.code;
      regionLevel = v.d.level;
      evidence.push(`region ${region} (${regionCode}): ${[...v.where].join(', ')}`);
    }
  }
  const found = findIssued(text, docType);
  const issued = {
    year: hints.issuedYear ?? found.year,
    month: hints.issuedYear ? null : found.month,
    day: hints.issuedYear ? null : found.day,
  };
  evidence.push(
    hints.issuedYear ? `issued ${hints.issuedYear}: given` : `issued ${found.year ?? '?'}: ${found.where}`,
  );
  const period = findPeriod(title, text, docType, issued.year);
  if (period.start !== null) evidence.push(`period ${period.start}–${period.end}: ${period.where}`);
  return {
    title,
    docType,
    region,
    regionCode,
    regionLevel,
    issuer,
    issued,
    planStart: period.start,
    planEnd: period.end,
    evidence,
  };
}
