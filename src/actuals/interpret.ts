/**
 * Reading what a source's indicator and qualifier texts say: `光电子信息产业规模(含软件)` is subject 光电子信息,
 * metric 产业规模, note 含软件; `全市(2021年1-11月)` is scope 全市, period 2021-01/11; `(预计)` marks a preliminary.
 */

import { normalizeName } from '../dictionaries/load.js';
import { resolveRegion } from '../dictionaries/regions.js';
import { resolveSubject } from '../dictionaries/subjects.js';
import { METRIC_ENDINGS } from './metric.js';

/** What an indicator text names. */
export interface IndicatorReading {
  /** Canonical subject (dictionary name) or the text's own words when the dictionaries do not know it. */
  subject: string;
  /** The metric, or `null` when the text names none (the loader then decides from the unit). */
  metric: string | null;
  /** `indicator`, `industry`, or `other` (not in the dictionaries). */
  kind: 'indicator' | 'industry' | 'other';
  /** How the subject was found: `exact`, `alias:汽车制造业`, or `unresolved`. */
  via: string;
  /** True when the text marks a 预计 (preliminary) figure. */
  preliminary: boolean;
  /** Caveats: 含软件, 规上, derived (推算), the denominator of a share. */
  notes: string[];
}

/** Endings that name a level metric (产值, 营业收入, 增加值…): the level rows of the one vocabulary of `metric.ts`. */
const METRIC_SUFFIXES: ReadonlyArray<readonly [string, string]> = METRIC_ENDINGS.filter(
  ([, r]) => r.family === 'level' || r.family === 'intensity',
).map(([ending, r]) => [ending, r.metric] as const);

const cache = new Map<string, IndicatorReading>();

function resolveLoose(text: string): { name: string; kind: 'indicator' | 'industry'; via: string } | null {
  const hit = resolveSubject(text);
  if (hit) return { name: hit.name, kind: hit.kind, via: hit.via };
  for (const suffix of ['行业', '企业', '工业', '业']) {
    if (text.endsWith(suffix) && text.length > suffix.length + 1) {
      const h = resolveSubject(text.slice(0, -suffix.length));
      if (h) return { name: h.name, kind: h.kind, via: `alias:${text}` };
    }
  }
  return null;
}

function readBare(name: string, notes: string[]): Omit<IndicatorReading, 'preliminary'> {
  const whole = resolveLoose(name);
  if (whole)
    return {
      subject: whole.name,
      metric: whole.kind === 'indicator' ? '总量' : '产业规模',
      kind: whole.kind,
      via: whole.via,
      notes,
    };
  const share = /^(.+?)占(.+?)的?(比重|比例|份额)$/.exec(name);
  if (share) {
    const inner = readBare(share[1]!, []);
    return { ...inner, metric: '占比', notes: [...notes, ...inner.notes, `占${share[2]}比重`] };
  }
  const ratio = /^(.+?)与(.+?)之?比$/.exec(name);
  if (ratio) {
    const inner = readBare(ratio[1]!, []);
    return { ...inner, metric: '比值', notes: [...notes, ...inner.notes, `与${ratio[2]}之比`] };
  }
  for (const [suffix, metric] of METRIC_SUFFIXES) {
    if (!name.endsWith(suffix) || name.length === suffix.length) continue;
    let prefix = name.slice(0, -suffix.length);
    const extra: string[] = [];
    const scale = /^(规上|规模以上)(.+)$/.exec(prefix);
    if (scale) {
      extra.push('规上');
      prefix = scale[2]!;
    }
    const hit = resolveLoose(prefix);
    if (hit) return { subject: hit.name, metric, kind: hit.kind, via: hit.via, notes: [...notes, ...extra] };
    return { subject: name.slice(0, -suffix.length), metric, kind: 'other', via: 'unresolved', notes };
  }
  const count = /^(.+?)(数量|个数|数)$/.exec(name);
  if (count) {
    const hit = resolveLoose(count[1]!);
    if (hit)
      return {
        subject: hit.name,
        metric: hit.kind === 'indicator' ? '总量' : '数量',
        kind: hit.kind,
        via: hit.via,
        notes,
      };
    return { subject: count[1]!, metric: '数量', kind: 'other', via: 'unresolved', notes };
  }
  return { subject: name, metric: null, kind: 'other', via: 'unresolved', notes };
}

/**
 * Read an indicator text: subject (through the dictionaries), metric (产值 ≠ 营业收入 ≠ 增加值 ≠ 产业规模), 预计
 * markers and caveats in brackets. Results are cached per text.
 *
 * Complexity: O(length × suffixes) on first sight of a text, O(1) after.
 *
 * @example
 * readIndicator('光电子信息产业规模(含软件)') // { subject: '光电子信息', metric: '产业规模', notes: ['含软件'], … }
 * readIndicator('地区生产总值(政府工作报告预计)') // { subject: '地区生产总值', metric: '总量', preliminary: true, … }
 * readIndicator('规上汽车制造业增加值') // { subject: '汽车及零部件', metric: '增加值', notes: ['规上'], … }
 */
export function readIndicator(text: string): IndicatorReading {
  const hit = cache.get(text);
  if (hit) return hit;
  let name = normalizeName(text);
  let preliminary = false;
  const notes: string[] = [];
  name = name.replace(/\(([^()]*)\)/g, (all, inner: string) => {
    if (/预计/.test(inner)) {
      preliminary = true;
      return '';
    }
    if (/^推算/.test(inner)) {
      notes.push(`derived: ${inner}`);
      return '';
    }
    if (/^(含|不含)/.test(inner)) {
      notes.push(inner);
      return '';
    }
    return all;
  });
  let reading = readBare(name, notes);
  if (reading.kind === 'other' && /\(/.test(name)) {
    const kept: string[] = [];
    const stripped = name.replace(/\(([^()]*)\)/g, (_all, inner: string) => {
      kept.push(inner);
      return '';
    });
    // brackets that are part of the name (执业(助理)医师, (R&D)) stay unless dropping them finds the subject
    const bare = readBare(stripped, [...notes, ...kept]);
    if (bare.kind !== 'other') reading = bare;
  }
  const out: IndicatorReading = { ...reading, preliminary };
  cache.set(text, out);
  return out;
}

/** What a qualifier text (the shared data's `subject` column, a `scope` column) says. */
export interface QualifierReading {
  /** The entity within the region (`全市`, `全省`, a zone or district canonical name), or `null` when not said. */
  scope: string | null;
  /** The partial-year period (`2021-01/11`, `2023Q1`, `2023H1`, `2018-10`), or `null`. */
  period: string | null;
  /** The year the period text names, to check against the row's year; `null` when none. */
  periodYear: number | null;
  /** A combined subject (`光电子信息、汽车及零部件、生物医药及医疗器械`) when the text says 合计, else `null`. */
  subject: string | null;
  preliminary: boolean;
  notes: string[];
}

const QUARTERS: Record<string, string> = {
  一: 'Q1',
  二: 'Q2',
  三: 'Q3',
  四: 'Q4',
  '1': 'Q1',
  '2': 'Q2',
  '3': 'Q3',
  '4': 'Q4',
};
const qcache = new Map<string, QualifierReading>();
const pad = (s: string) => s.padStart(2, '0');

function readPeriod(text: string): { period: string; year: number } | null {
  let m = /(\d{4})年(\d{1,2})月(\d{1,2})日?[-—–~至到](\d{1,2})月(\d{1,2})日/.exec(text);
  if (m)
    return { period: `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}/${pad(m[4]!)}-${pad(m[5]!)}`, year: Number(m[1]) };
  m = /(\d{4})年(\d{1,2})[-—–~至到](\d{1,2})月/.exec(text);
  if (m) return { period: `${m[1]}-${pad(m[2]!)}/${pad(m[3]!)}`, year: Number(m[1]) };
  m = /(\d{4})年(?:第)?([一二三四1-4])季度/.exec(text);
  if (m) return { period: `${m[1]}${QUARTERS[m[2]!]}`, year: Number(m[1]) };
  m = /(\d{4})年前三季度/.exec(text);
  if (m) return { period: `${m[1]}-01/09`, year: Number(m[1]) };
  m = /(\d{4})年上半年/.exec(text);
  if (m) return { period: `${m[1]}H1`, year: Number(m[1]) };
  m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  if (m) return { period: `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`, year: Number(m[1]) };
  m = /截至(\d{4})年(\d{1,2})月/.exec(text);
  if (m) return { period: `${m[1]}-${pad(m[2]!)}`, year: Number(m[1]) };
  return null;
}

function findScope(text: string): string | null {
  if (/全省/.test(text)) return '全省';
  const direct = resolveRegion(text);
  if (direct) return direct.name;
  for (const part of text.split(/[()、,，]/)) {
    const p = part.trim();
    if (!p) continue;
    const r = resolveRegion(p);
    if (r) return r.name;
    const lead = /^(.+?(?:高新区|开发区|经开区|新区|光谷))/.exec(p);
    if (lead) {
      const z = resolveRegion(lead[1]!);
      if (z) return z.name;
    }
  }
  if (/全市|全部行业/.test(text)) return '全市';
  return null;
}

/**
 * Read a qualifier text: the scope it names (a zone, 全市, 全省), a partial-year period, 合计 subjects, 预计 and
 * caveats (不含农户, 规上, 含软件, growth against another year's 同期). Cached per text.
 *
 * Complexity: O(length) on first sight of a text, O(1) after.
 *
 * @example
 * readQualifier('全市(2021年1-11月)') // { scope: '全市', period: '2021-01/11', … }
 * readQualifier('东湖高新区(中国光谷)') // { scope: '东湖新技术开发区', period: null, … }
 * readQualifier('汽车产业(规上,2021年1-11月)') // { scope: null, period: '2021-01/11', notes: ['规上'], … }
 */
export function readQualifier(text: string): QualifierReading {
  const hit = qcache.get(text);
  if (hit) return hit;
  const t = normalizeName(text);
  const notes: string[] = [];
  const period = readPeriod(t);
  if (/不含农户/.test(t)) notes.push('不含农户');
  if (/含软件/.test(t) && !/不含软件/.test(t)) notes.push('含软件');
  if (/规上|规模以上/.test(t)) notes.push('规上');
  const same = /对比(\d{4})年同期/.exec(t);
  if (same) notes.push(`growth is against ${same[1]}同期, not the previous year`);
  let subject: string | null = null;
  const sum = /^(.+?)合计/.exec(t);
  if (sum) {
    subject = sum[1]!;
    notes.push('合计 of several industries');
  }
  const out: QualifierReading = {
    scope: t === '' ? null : findScope(t),
    period: period?.period ?? null,
    periodYear: period?.year ?? null,
    subject,
    preliminary: /预计/.test(t),
    notes,
  };
  qcache.set(text, out);
  return out;
}
