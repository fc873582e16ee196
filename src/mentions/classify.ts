/**
 * The role of each figure: structural roles from the figure reader (a threshold inside a subject, a list size, a
 * name), then the learned heads (target? reported?) over the evidence features, then rules for what the heads do not
 * separate (estimates, baselines, instruments), then the period a reported value is for.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../io/paths.js';
import type { Figure } from '../targets/figures.js';
import type { DocType } from '../text/document-info.js';
import { type FeatureInput, featuresOf, governingAnchor, ROLE_CUES } from './features.js';
import { probability, type RoleModel } from './model.js';
import type { MentionRole } from './roles.js';
import type { Orientation } from './sections.js';
import type { TimeAnchor } from './time.js';

/** A role decided, with its evidence. */
export interface RoleDecision {
  role: MentionRole;
  /** The target head's probability (null for structural roles). */
  pTarget: number | null;
  /** The reported head's probability (null where it was not asked). */
  pReported: number | null;
  /** The year a reported value is for, and the first year of its period; null for other roles. */
  periodYear: number | null;
  periodStartYear: number | null;
  /** Why: the decisive features or rule. */
  why: string;
}

let cached: RoleModel | null = null;

/** The committed role model (`data/models/roles.json`), loaded once. */
export function roleModel(): RoleModel {
  if (cached) return cached;
  const path = dataPath('models', 'roles.json');
  try {
    cached = JSON.parse(readFileSync(path, 'utf8')) as RoleModel;
  } catch (e) {
    throw new Error(`roleModel: cannot read ${path}: ${(e as Error).message}`);
  }
  return cached;
}

/** Replace the model used (tests and the training script's cross-validation train one per fold). */
export function useRoleModel(model: RoleModel | null): void {
  cached = model;
}

const MONEY = new Set(['yuan', 'usd']);
/**
 * Words of fiscal and price instruments before a figure: deficits, bonds, budget allocations, transfers, tax and fee
 * rates, subsidy and benefit standards, spending cuts. Such a figure is a policy setting, not a target or an outcome
 * of the economy (赤字率拟按3%安排, 安排地方专项债券4000亿元, 补助标准提高到45元, 增值税税率降至13%).
 */
const INSTRUMENT_STRONG =
  /赤字|债券|专项债|国债|预算(?!收入)|转移支付|财政[\u4e00-\u9fff]{0,8}(?:安排|投入|补助|补贴|资金|经费|支出|拨款)|(?:补助|补贴|救助|养老金|低保|抚恤|津贴)[\u4e00-\u9fff]{0,8}(?:标准|水平)|养老金|税率|费率|起征点|报销比例|减税|降费|减负|减轻[\u4e00-\u9fff]{0,12}负担|压减[\u4e00-\u9fff]{0,6}(?:经费|支出)|一般性支出|三公/g;
/** An instrument named right after a figure: 现行16%的税率, 5%的费率. */
const INSTRUMENT_AFTER = /^(?:的)?(?:增值税|所得税)?(?:税率|费率|征收率|补助标准|补贴标准)/;
/** A reward schedule promised to those who reach a threshold (给予一次性100万元奖励): a target of this project's schema. */
function rewardSchedule(before: string, after: string): boolean {
  return /给予/.test(before) || /^(?:的)?(?:一次性)?(?:奖励|奖补)/.test(after);
}
/** The offset after the last match of a global pattern in `s`, or −1. */
function lastMatchEnd(re: RegExp, s: string): number {
  const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  let end = -1;
  for (const m of s.matchAll(g)) end = (m.index ?? 0) + m[0].length;
  return end;
}
const INSTRUMENT_UNITS = new Set(['yuan', 'usd', 'percent', 'percentage_point']);
/** Document types that state targets only, but in a review section or for a dated past figure. */
const FORWARD_TYPES: ReadonlySet<DocType> = new Set(['plan', 'action_plan', 'annual_plan', 'task_table']);
const INSTRUMENT_WORDS = new RegExp(ROLE_CUES.instrument.join('|'));
/** Statistics whose names hold an instrument word but that measure the economy (财政收入, 贷款余额, 固定资产投资). */
const STATISTIC_WORDS =
  /收入|余额|生产总值|增加值|产值|营收|营业|零售|进出口|利用外资|固定资产投资|工业投资|民间投资|税收/g;

/** What a role decision reads besides the features' input. */
export interface DecisionContext extends FeatureInput {
  /** The role of the previous figure of the sentence, if any. */
  previousRole?: MentionRole | null;
  /** The period a communiqué or a review section reports, when the document says (planStart of a communiqué). */
  reportYear: number | null;
}

/** The structural role of a figure the figure reader did not take as a target, if any. */
function structuralRole(f: Figure): { role: MentionRole; why: string } | null {
  if (f.role === 'qualifier') return { role: 'threshold', why: f.why || 'a size inside a subject' };
  if (f.role === 'listsize') return { role: 'label', why: f.why || 'the size of a list of named members' };
  if (f.role === 'tier') return { role: 'label', why: 'a tier word' };
  if (f.role === 'skip') {
    if (/starting point/.test(f.why)) return { role: 'baseline', why: f.why };
    if (f.q.unit === 'years' || f.q.unit === 'number') return { role: 'other', why: f.why };
    return { role: 'label', why: f.why };
  }
  return null;
}

/** The period of a reported value: the governing past time word, else the report's year, else the year before issue. */
function periodOf(x: DecisionContext): { year: number; from: number | null } {
  let anchor: TimeAnchor | null = null;
  for (const a of x.anchors) if (a.end <= x.f.start && a.tense === 'past' && !a.base) anchor = a;
  if (anchor?.year) return { year: anchor.year, from: anchor.fromYear };
  if (x.reportYear !== null) return { year: x.reportYear, from: null };
  return { year: x.issuedYear - 1, from: null };
}

/**
 * Decide the role of a figure.
 *
 * @example
 * decideRole({ s: '2022年全市生产总值增长5%', f, clause, anchors, orientation: 'review', docType: 'work_report',
 *   issuedYear: 2023, reportYear: null }).role // 'outcome'
 */
export function decideRole(x: DecisionContext, model: RoleModel = roleModel()): RoleDecision {
  const structural = structuralRole(x.f);
  if (structural)
    return { ...structural, pTarget: null, pReported: null, periodYear: null, periodStartYear: null };
  const features = featuresOf(x);
  const clauseBefore = x.s.slice(x.clause.start, x.f.start);
  // the nearer of an instrument word and a statistic's name decides (财政收入 is a statistic, 财政补助 an instrument)
  const after = x.s.slice(x.f.end, x.clause.end);
  if (
    INSTRUMENT_UNITS.has(x.f.q.unit) &&
    (lastMatchEnd(INSTRUMENT_STRONG, clauseBefore) > lastMatchEnd(STATISTIC_WORDS, clauseBefore) ||
      INSTRUMENT_AFTER.test(after) ||
      // the change of an instrument named in the clause before (…补助资金160亿元，增长9.6%)
      (x.previousRole === 'instrument' &&
        /^(?:比上年|比去年|同比)?(?:增长|增加|提高|下降|减少)/.test(clauseBefore))) &&
    !rewardSchedule(clauseBefore, after)
  )
    return {
      role: 'instrument',
      pTarget: null,
      pReported: null,
      periodYear: null,
      periodStartYear: null,
      why: 'a fiscal or price instrument',
    };
  // a figure dated to the past in its own sentence (2023年…同比增长5.6%, 去年…) is reported, not aimed at, unless
  // words of aim stand between the date and the figure (2020年…力争…)
  const anchor = governingAnchor(x);
  if (
    anchor &&
    anchor.tense === 'past' &&
    anchor.end <= x.f.start &&
    !(anchor.clauseBound && anchor.start < x.clause.start) &&
    !/力争|争取|确保|目标|计划|预期|到20\d\d|要/.test(x.s.slice(anchor.end, x.f.start))
  ) {
    const p = periodOf(x);
    const estimate = ROLE_CUES.estimate.some((w) => x.s.slice(0, x.f.start).includes(w));
    return {
      role: estimate ? 'estimate' : 'outcome',
      pTarget: null,
      pReported: null,
      periodYear: p.year,
      periodStartYear: p.from,
      why: `dated to the past (${x.s.slice(anchor.start, anchor.end)})`,
    };
  }
  // a reward the document promises to those who reach a threshold (给予一次性100万元奖励) is one of its targets
  if (
    MONEY.has(x.f.q.unit) &&
    /给予/.test(clauseBefore) &&
    /奖励|奖补/.test(x.s.slice(x.f.end, x.clause.end))
  )
    return {
      role: 'target',
      pTarget: null,
      pReported: null,
      periodYear: null,
      periodStartYear: null,
      why: 'a reward schedule',
    };
  // a statistical communiqué reports the past: it states no targets, whatever its words
  const pTarget = x.docType === 'statistical_communique' ? 0 : probability(model.target, features);
  const pReported = probability(model.reported, features);
  // a plan, an action plan or a task table looks ahead: outside a review section, a figure not dated to the past
  // is one of its targets
  const forward = FORWARD_TYPES.has(x.docType) && x.orientation !== 'review';
  if (pTarget >= 0.5 || forward)
    return {
      role: 'target',
      pTarget,
      pReported,
      periodYear: null,
      periodStartYear: null,
      why: forward ? 'a figure of a forward-looking document' : 'target head',
    };
  const before = x.s.slice(x.clause.start, x.f.start);
  if (MONEY.has(x.f.q.unit) && INSTRUMENT_WORDS.test(before) && lastMatchEnd(STATISTIC_WORDS, before) < 0)
    return {
      role: 'instrument',
      pTarget,
      pReported,
      periodYear: null,
      periodStartYear: null,
      why: 'money with an instrument word',
    };
  if (pReported >= 0.5) {
    const estimate = ROLE_CUES.estimate.some((w) => x.s.slice(0, x.f.start).includes(w));
    const p = periodOf(x);
    return {
      role: estimate ? 'estimate' : 'outcome',
      pTarget,
      pReported,
      periodYear: p.year,
      periodStartYear: p.from,
      why: estimate ? 'reported, with an estimate word' : 'reported head',
    };
  }
  return { role: 'other', pTarget, pReported, periodYear: null, periodStartYear: null, why: 'neither head' };
}

export type { DocType, Orientation };
