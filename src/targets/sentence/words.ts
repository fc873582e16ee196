/**
 * Word patterns and small helpers shared by several sentence rules (a pattern used by one rule lives in its module).
 */
import { TIERS, type Tier } from '../../quantities/types.js';

/** The tier a size in yuan equals exactly (1e11 → 千亿), if any. */
export const tierOfValue = (v: number): Tier | null => TIERS.find((t) => t.yuan === v)?.tier ?? null;

/** A CJK character or an opening quote. */
export function isCjk(c: string | undefined): boolean {
  return c !== undefined && /[\u4e00-\u9fff“"]/.test(c);
}

/** Words of a growth rate (a figure after them is no share). */
export const GROWTH_WORD = /增长|增速|增幅|下降|降低|减少|提高|提升/;

/** A metric word in the words before a size. */
export const METRIC_IN_LEAD =
  /主营业务收入|营业收入|总收入|销售收入|营收|工业总产值|总产值|产值|增加值|产业规模|(?<=[\u4e00-\u9fff])规模/;

/** A would-be member that is only an adjective of the noun after it (特色千亿级产业集群1个). */
export const ADJECTIVE_ONLY =
  /^(?:特色|优势|支柱|主导|重点|新兴|先进|传统|地标|战略性|现代|新|本地|省级|国家级|市级|县域|一批|若干)+$/;

/** Creation verbs at the head of a named list (培育形成A、B…). */
export const LIST_VERB = /^(?:培育形成|培育|新增|形成|打造|建设|建成|发展|壮大|做强|突破性发展)+/;

/** A lead that holds only a scope or time words (全市100家重点企业…). */
export const SCOPE_OR_TIME_ONLY =
  /^(?:全市|全省|全县|全区|全年|每年|年均|累计|力争|争取|确保|其中|同时|共|(?:到|至)?20\d\d年(?:底|前)?|[,，])*$/;

/** A ratio target: 比例达到1:1.95, 之比为2.8:1 (the word before, the verb, the two terms). */
const RATIO_SOURCE =
  '(比例|之比|比值|(?<=与[^，,。；;]{1,20})比)(不低于|不少于|达到|提高到|提升到|提高至|提升至|超过|突破|不超过|控制在|保持在|为|达)?(\\d+(?:\\.\\d+)?)[:：∶](\\d+(?:\\.\\d+)?)(?![\\d.]|[:：∶]\\d)';
export const RATIO = new RegExp(RATIO_SOURCE);
export const RATIO_GLOBAL = new RegExp(RATIO_SOURCE, 'g');
const RATIO_COLON = /\d[:：∶]\d/;

/** Whether a sentence may hold a ratio target (a cheap test first: a ratio needs a colon between digits). */
export function mayHoldRatio(s: string): boolean {
  return RATIO_COLON.test(s) && RATIO.test(s);
}

/** End of the noun a tier word or a figure is followed by (千亿级…产业集群), or `from` when none follows. */
export function endOfNoun(s: string, from: number, limit: number): number {
  const m = /^级?[\u4e00-\u9fff]*?(?:产业集群|产业板块|集群|产业|板块)/.exec(s.slice(from, limit));
  return m ? from + m[0].length : from;
}
