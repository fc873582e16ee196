/**
 * `matchActuals`: pair each target with the actual series it can be judged on, and say why.
 *
 * Every group of actual rows of the target's region (one subject, place, metric and unit) is a candidate. A candidate
 * is scored on its subject — a user's mapping row (1.0), the same dictionary entry (0.95), the same name key (0.9:
 * NFKC, brackets, abbreviations, 数/比例/率/总额 endings; `src/dictionaries/names.ts`) — and then checked in order:
 * the same place (a zone or a province row is not a city total), a metric of the same family read the same way on
 * both sides (`readMetric`: 产值 ≠ 营业收入 ≠ 增加值 ≠ 产业规模; a % level is a 比率/占比 on both sides), a growth rate
 * for a growth target and a level for a level target, a compatible price basis, the same unit (no conversion is
 * guessed), full years. The candidates that pass, with the best subject score, make the series; every candidate is
 * listed with why it was taken or refused (`TargetMatch.candidates`, `matchTable`).
 */

import { normalizeName } from '../dictionaries/load.js';
import { indicatorKey, nameSimilarity } from '../dictionaries/names.js';
import { type Place, placeOf, resolvePlace } from '../dictionaries/places.js';
import { zoneClasses } from '../dictionaries/regions.js';
import { resolveSubject } from '../dictionaries/subjects.js';
import type { TargetRow } from '../targets/types.js';
import { readIndicator } from './interpret.js';
import type { MappingRow } from './mapping.js';
import { METRIC_ENDINGS, type MetricReading, readMetric } from './metric.js';
import type { ActualRow, MatchCandidate, TargetMatch } from './types.js';

export type { MappingRow } from './mapping.js';

/** Options of {@link matchActuals}. */
export interface MatchOptions {
  /** Keep partial-year rows (`period` set) in the series. Default false: a partial year is not the year. */
  includePartialYears?: boolean;
  /** The user's pairings of target subjects with actual indicators (see `loadMapping`). */
  mapping?: readonly MappingRow[];
}

/** Subject scores: how sure a pairing of names is. */
export const SUBJECT_SCORES = {
  mapping: 1,
  dictionary: 0.95,
  name: 0.9,
  /** Below this a similar name is listed as a near miss, never paired. */
  nearMiss: 0.5,
} as const;

const LEVEL_METRICS = new Set(['总量', '数量']);
const MAX_NEAR_MISSES = 3;

// --- places -------------------------------------------------------------------------------------------------------

interface PlaceInfo {
  /** Key of the entity (code, or name when it has none, or region/scope text when the scope names no place). */
  key: string;
  /** Key of the region whose statistics cover it. */
  regionKey: string;
  /** The place's name, as said in reasons. */
  name: string;
  place: Place | null;
}

const placeCache = new Map<string, PlaceInfo>();

function keyOf(p: Place): string {
  return p.code ?? `name:${p.name}`;
}

function placeInfo(region: string, regionCode: string | null, scope: string): PlaceInfo {
  const cacheKey = `${region}\u0000${regionCode ?? ''}\u0000${scope}`;
  const hit = placeCache.get(cacheKey);
  if (hit) return hit;
  const place = placeOf(region, scope, regionCode);
  const regionPlace = resolvePlace(region);
  const regionKey = place
    ? (place.regionCode ?? `name:${place.region}`)
    : (regionCode ?? (regionPlace ? keyOf(regionPlace) : `name:${normalizeName(region)}`));
  const info: PlaceInfo = place
    ? { key: keyOf(place), regionKey, name: place.name, place }
    : { key: `${regionKey}/${normalizeName(scope)}`, regionKey, name: normalizeName(scope), place: null };
  placeCache.set(cacheKey, info);
  return info;
}

/** The member places of a zone class (三大国家级开发区…), by key, or `null`. */
function zoneClassMembers(p: Place | null): Map<string, string> | null {
  if (p?.level !== 'zone_class') return null;
  const entry = zoneClasses().find((z) => z.name === p.name);
  if (!entry) return null;
  const out = new Map<string, string>();
  for (const m of entry.members) {
    const mp = resolvePlace(m, p.region);
    if (mp) out.set(keyOf(mp), mp.name);
  }
  return out;
}

// --- subjects -----------------------------------------------------------------------------------------------------

/** The name keys of a name read with a metric: the whole name, and the name without the metric's ending. */
function subjectKeys(name: string, metric: MetricReading): string[] {
  const keys = [indicatorKey(name)];
  for (const [ending, rule] of METRIC_ENDINGS) {
    if (rule.metric === metric.metric && name.endsWith(ending) && name.length - ending.length >= 2) {
      keys.push(indicatorKey(name.slice(0, -ending.length)));
      break;
    }
  }
  return keys;
}

interface SubjectScore {
  score: number;
  /** `exact`, `alias:社零`, `name`, `mapping:…`, or why not. */
  via: string;
  similarity: number;
}

interface TargetSide {
  t: TargetRow;
  label: string;
  metric: MetricReading;
  keys: string[];
  dictionary: string | null;
  dictionaryVia: string;
  mapping: MappingRow[];
  place: PlaceInfo;
  members: Map<string, string> | null;
  growth: boolean;
}

function scoreSubject(side: TargetSide, c: CandidateGroup): SubjectScore {
  for (const m of side.mapping) {
    const want = normalizeName(m.actual);
    if (c.indicators.some((i) => normalizeName(i) === want) || normalizeName(c.subject) === want)
      return { score: SUBJECT_SCORES.mapping, via: `mapping:${m.target}→${m.actual}`, similarity: 1 };
  }
  if (side.dictionary !== null && c.dictionary === side.dictionary)
    return { score: SUBJECT_SCORES.dictionary, via: side.dictionaryVia, similarity: 1 };
  const same = c.keys.some((k) => side.keys.includes(k));
  if (same) {
    const identical = normalizeName(c.subject) === normalizeName(side.t.subject);
    return { score: SUBJECT_SCORES.name, via: identical ? 'exact' : 'name', similarity: 1 };
  }
  let best = 0;
  for (const a of c.keys) for (const b of side.keys) best = Math.max(best, nameSimilarity(a, b));
  return { score: 0, via: 'different name', similarity: best };
}

// --- candidates ---------------------------------------------------------------------------------------------------

interface CandidateGroup {
  subject: string;
  indicators: string[];
  place: PlaceInfo;
  metric: MetricReading;
  unit: string | null;
  rows: ActualRow[];
  keys: string[];
  dictionary: string | null;
}

/** How far a candidate got: the checks, in order. */
const STAGES = ['subject', 'place', 'metric', 'value', 'basis', 'unit', 'year', 'taken'] as const;
type Stage = (typeof STAGES)[number];

interface Judged {
  group: CandidateGroup;
  subject: SubjectScore;
  stage: Stage;
  why: string;
  /** Rows that pass every check (the full-year ones unless partial years are asked for). */
  rows: ActualRow[];
  partial: ActualRow[];
}

const metricCache = new Map<string, MetricReading>();
function actualMetric(a: ActualRow): MetricReading {
  const k = `${a.indicator}\u0000${a.subject}\u0000${a.unit ?? ''}\u0000${a.metric}`;
  let m = metricCache.get(k);
  if (!m) {
    m = readMetric(a.indicator || a.subject, a.unit, a.metric);
    metricCache.set(k, m);
  }
  return m;
}

/** Whether an actual's metric answers the target's (both read by `readMetric`). */
function metricFits(side: TargetSide, am: MetricReading): boolean {
  const tm = side.metric;
  if (side.growth) {
    // 增速 of an indicator is the growth of its level; of a cluster, of whatever level metric is published
    if (side.t.metric === '增速' || tm.metric === '增速') return am.family !== 'share';
    return am.metric === side.t.metric || am.metric === tm.metric;
  }
  if (tm.family === 'share') return am.family === 'share';
  if (LEVEL_METRICS.has(tm.metric)) return LEVEL_METRICS.has(am.metric) || am.family === 'count';
  if (tm.family === 'count') return am.family === 'count' || LEVEL_METRICS.has(am.metric);
  return am.metric === tm.metric;
}

/** Units a target in `unit` can be compared with without a conversion. */
function unitFits(side: TargetSide, unit: string | null): boolean {
  const t = side.t;
  if (unit === null) return true;
  if (t.kind === 'multiple') return true; // a multiple of a level in any unit
  if (unit === t.unit) return true;
  // a head count: 人 and 个/家 count entities alike once the subject is the same
  return (unit === 'count' || unit === 'people') && (t.unit === 'count' || t.unit === 'people');
}

function judgeCandidate(side: TargetSide, g: CandidateGroup, options: MatchOptions): Judged {
  const subject = scoreSubject(side, g);
  const out = (stage: Stage, why: string, rows: ActualRow[] = [], partial: ActualRow[] = []): Judged => ({
    group: g,
    subject,
    stage,
    why,
    rows,
    partial,
  });
  if (subject.score === 0)
    return out(
      'subject',
      `subject ${g.subject} is not ${side.t.subject} (name similarity ${subject.similarity.toFixed(2)})`,
    );
  const placeOk = side.members ? side.members.has(g.place.key) : g.place.key === side.place.key;
  if (!placeOk) return out('place', `${g.place.name} is not ${side.place.name}`);
  if (!metricFits(side, g.metric))
    return out('metric', `metric ${g.metric.metric} is not ${side.growth ? '增速' : side.metric.metric}`);
  let usable = g.rows.filter((a) => (side.growth ? a.growth_pct !== null : a.value !== null));
  if (usable.length === 0)
    return out('value', side.growth ? 'levels only, no growth rate' : 'growth rates only, no level');
  const t = side.t;
  if (side.growth && t.price_basis !== 'unspecified') {
    const ok = usable.filter((a) => a.price_basis === t.price_basis || a.price_basis === 'unspecified');
    if (ok.length === 0)
      return out(
        'basis',
        `growth is ${[...new Set(usable.map((a) => a.price_basis))].join(', ')}, not ${t.price_basis}`,
      );
    usable = ok;
  }
  if (!side.growth && !unitFits(side, g.unit)) return out('unit', `in ${g.unit}, not ${t.unit}`);
  const full = usable.filter((a) => a.period === null);
  const partial = usable.filter((a) => a.period !== null);
  const chosen = options.includePartialYears ? usable : full;
  if (chosen.length === 0) return out('year', 'partial years only', [], partial);
  return out('taken', 'taken', chosen, partial);
}

// --- index --------------------------------------------------------------------------------------------------------

interface ActualIndex {
  /** Candidate groups by region key. */
  byRegion: Map<string, CandidateGroup[]>;
}

function indexActuals(actuals: readonly ActualRow[]): ActualIndex {
  const groups = new Map<string, CandidateGroup>();
  const byRegion = new Map<string, CandidateGroup[]>();
  for (const a of actuals) {
    const place = placeInfo(a.region, a.region_code, a.scope);
    const metric = actualMetric(a);
    const k = `${place.regionKey}\u0000${a.subject}\u0000${place.key}\u0000${metric.metric}\u0000${a.unit ?? ''}`;
    let g = groups.get(k);
    if (!g) {
      const dict = resolveSubject(a.subject);
      g = {
        subject: a.subject,
        indicators: [],
        place,
        metric,
        unit: a.unit,
        rows: [],
        keys: [],
        dictionary: dict ? `${dict.kind}:${dict.name}` : null,
      };
      groups.set(k, g);
      const list = byRegion.get(place.regionKey);
      if (list) list.push(g);
      else byRegion.set(place.regionKey, [g]);
    }
    g.rows.push(a);
    if (!g.indicators.includes(a.indicator)) {
      g.indicators.push(a.indicator);
      const names = [a.subject, a.indicator];
      for (const n of names)
        for (const key of subjectKeys(n, metric)) if (!g.keys.includes(key)) g.keys.push(key);
    }
  }
  return { byRegion };
}

// --- one target ---------------------------------------------------------------------------------------------------

function targetSide(t: TargetRow, options: MatchOptions): TargetSide {
  const growth = t.kind === 'growth' || t.metric === '增速';
  const metric = readMetric(t.subject, t.unit, t.metric, growth ? 'growth' : t.kind);
  const place = placeInfo(t.region, t.region_code, t.scope);
  const dict = resolveSubject(t.subject);
  const regionPlace = resolvePlace(t.region);
  const mapping = (options.mapping ?? []).filter(
    (m) =>
      normalizeName(m.target) === normalizeName(t.subject) &&
      (!m.region ||
        m.region === t.region ||
        m.region === t.region_code ||
        (regionPlace !== null && resolvePlace(m.region)?.name === regionPlace.name)),
  );
  return {
    t,
    label: `${t.region} / ${t.subject} / ${t.metric}`,
    metric,
    keys: subjectKeys(t.subject, metric),
    dictionary: dict ? `${dict.kind}:${dict.name}` : null,
    dictionaryVia: dict?.via ?? 'exact',
    mapping,
    place,
    members: zoneClassMembers(place.place),
    growth,
  };
}

/** One row per scope and year (and partial period): the final figure wins over a 预计 one. */
function dedupeByYear(rows: ActualRow[]): ActualRow[] {
  const best = new Map<string, ActualRow>();
  for (const r of rows) {
    const key = `${r.scope}|${r.year}|${r.period ?? ''}`;
    const prev = best.get(key);
    if (!prev || (prev.preliminary && !r.preliminary)) best.set(key, r);
  }
  return [...best.values()].sort((a, b) => a.year - b.year || (a.period ?? '').localeCompare(b.period ?? ''));
}

function candidateRow(j: Judged, chosen: boolean): MatchCandidate {
  const years = [...new Set(j.group.rows.map((a) => a.year))].sort((a, b) => a - b);
  return {
    subject: j.group.subject,
    indicator: j.group.indicators[0] ?? '',
    place: j.group.place.name,
    metric: j.group.metric.metric,
    unit: j.group.unit,
    years,
    score: j.subject.score,
    via: j.subject.via,
    taken: chosen,
    why: chosen
      ? `taken: ${j.subject.via}`
      : j.stage === 'taken'
        ? 'refused: a better-scored subject was taken'
        : `refused: ${j.why}`,
  };
}

/** The reason a target has no series, from the candidates that came furthest (same words as before scoring). */
function unmatchedReason(side: TargetSide, judged: Judged[]): string {
  const { label, t } = side;
  const stageOf = (j: Judged) => STAGES.indexOf(j.stage);
  const furthest = Math.max(...judged.map(stageOf));
  const at = judged.filter((j) => stageOf(j) === furthest);
  const subjectName = side.dictionary ? side.dictionary.slice(side.dictionary.indexOf(':') + 1) : t.subject;
  switch (STAGES[furthest]) {
    case 'subject': {
      const near = judged
        .filter((j) => j.subject.similarity >= SUBJECT_SCORES.nearMiss)
        .sort((a, b) => b.subject.similarity - a.subject.similarity)
        .slice(0, MAX_NEAR_MISSES)
        .map(
          (j) =>
            `${j.group.indicators[0] ?? j.group.subject} (similarity ${j.subject.similarity.toFixed(2)})`,
        );
      const hint = near.length
        ? `; similar names not paired: ${[...new Set(near)].join(', ')} (add a mapping row if one is the same indicator)`
        : '';
      return `no actual for ${label}: no series for ${subjectName} in ${t.region}${hint}`;
    }
    case 'place': {
      const scope = side.place.name;
      const extra = side.members
        ? ` (a zone class; no figures for its members ${[...side.members.values()].join(', ')})`
        : '';
      const have = [...new Set(at.map((j) => j.group.place.name))].join(', ');
      const whole =
        side.place.place &&
        side.place.place.level !== 'zone_class' &&
        side.place.place.name === resolvePlace(t.region)?.name;
      return (
        `no actual for ${label} at scope ${scopeWord(side)}${extra}; ${subjectName} exists for ${have}, which is not ${scope === resolvePlace(t.region)?.name ? scopeWord(side) : scope}` +
        (whole ? ' (zone-level and province rows are not city totals)' : '')
      );
    }
    case 'metric': {
      const others = [...new Set(at.map((j) => j.group.metric.metric))].join(', ');
      return `no actual for ${label}; ${others} exists but is a different metric`;
    }
    case 'value':
      return side.growth
        ? `no actual for ${label}: only levels are published, no growth rate (never derive growth from levels)`
        : `no actual for ${label}: only growth rates are published, no level`;
    case 'basis': {
      const have = [...new Set(at.flatMap((j) => j.group.rows.map((a) => a.price_basis)))].join(', ');
      return (
        `no actual for ${label}: the target is ${t.price_basis} growth but the published growth is ${have}` +
        (t.price_basis === 'real' ? '; a real growth target needs published real growth' : '')
      );
    }
    case 'unit':
      return `no actual for ${label}: the target is in ${t.unit} but actuals are in ${[...new Set(at.map((j) => j.group.unit))].join(', ')}`;
    default: {
      const partial = at.flatMap((j) => j.partial);
      return `no actual for ${label} for a full year; partial-year figures exist (${partial.map((a) => `${a.year} ${a.period}`).join(', ')})`;
    }
  }
}

/** The scope word of the target as the reasons say it (全市 for a city total, a zone's canonical name…). */
function scopeWord(side: TargetSide): string {
  const p = side.place.place;
  const region = resolvePlace(side.t.region);
  if (p && region && p.name === region.name) {
    if (p.level === 'nation') return '全国';
    if (p.level === 'province') return '全省';
    return normalizeName(side.t.scope) || '全市';
  }
  if (p?.level === 'province') return '全省';
  return side.place.name;
}

function matchOne(t: TargetRow, index: ActualIndex, options: MatchOptions): TargetMatch {
  const side = targetSide(t, options);
  const groups = index.byRegion.get(side.place.regionKey) ?? [];
  if (groups.length === 0)
    return {
      target: t,
      series: [],
      method: null,
      reason: `no actual for ${side.label}: no actuals at all for ${t.region}`,
      candidates: [],
    };
  const judged = groups.map((g) => judgeCandidate(side, g, options));
  const taken = judged.filter((j) => j.stage === 'taken');
  const top = Math.max(0, ...taken.map((j) => j.subject.score));
  const bestSubject = taken.find((j) => j.subject.score === top)?.group.subject;
  const chosen = taken.filter((j) => j.subject.score === top && j.group.subject === bestSubject);
  const listed = judged
    .filter((j) => j.stage !== 'subject' || j.subject.similarity >= SUBJECT_SCORES.nearMiss)
    .map((j) => candidateRow(j, chosen.includes(j)))
    .sort((a, b) => Number(b.taken) - Number(a.taken) || b.score - a.score);
  if (chosen.length === 0)
    return { target: t, series: [], method: null, reason: unmatchedReason(side, judged), candidates: listed };

  const series = dedupeByYear(chosen.flatMap((j) => j.rows));
  const methods = new Set<string>();
  const via = chosen[0]!.subject.via;
  if (via !== 'exact') methods.add(via);
  for (const a of series) {
    const r = readIndicator(a.indicator).via;
    if (r.startsWith('alias:')) methods.add(r);
  }
  const placeName = side.place.name;
  if (side.members)
    methods.add(`zone_class:${placeName}(${[...new Set(chosen.map((j) => j.group.place.name))].join('|')})`);
  else if (
    side.place.place === null ||
    !['nation', 'province', 'prefecture_city'].includes(side.place.place.level)
  )
    methods.add(`zone:${placeName}`);
  else if (side.place.place.name !== resolvePlace(t.region)?.name) methods.add(`zone:${placeName}`);
  const caveats: string[] = [];
  const notes = [...new Set(series.flatMap((a) => (a.note ? a.note.split('; ') : [])))];
  if (notes.length) caveats.push(`caliber: ${notes.join('; ')}`);
  // indicator aliases are synonyms (社零, 第三产业 = 服务业); a cluster alias may be another caliber (能源环保 ≠ 节能环保)
  const aliases = [...methods].filter((m) => m.startsWith('alias:'));
  if (aliases.length && side.dictionary?.startsWith('industry:'))
    caveats.push(`subject matched through ${aliases.join(', ')}: check the caliber`);
  if (via.startsWith('mapping:')) {
    const note = side.mapping.find((m) => via === `mapping:${m.target}→${m.actual}`)?.note;
    caveats.push(`paired by the mapping table${note ? ` (${note})` : ''}`);
  }
  const units = new Set(series.map((a) => a.unit).filter((u) => u !== null));
  if (!side.growth && [...units].some((u) => u !== t.unit) && t.kind !== 'multiple')
    caveats.push(`counted in ${[...units].join(', ')}, the target in ${t.unit}`);
  const prelim = series.filter((a) => a.preliminary).map((a) => a.year);
  if (prelim.length) caveats.push(`preliminary (预计) figures for ${prelim.join(', ')}`);
  const bounded = series.filter((a) => (side.growth ? a.growth_bound : a.bound) !== '=').map((a) => a.year);
  if (side.growth && t.metric === '增速') {
    const of = [...new Set(series.map((a) => a.metric))].filter((m) => !LEVEL_METRICS.has(m));
    if (of.length) caveats.push(`growth of ${of.join(', ')}`);
  }
  if (bounded.length) caveats.push(`bounded figures (>, ~…) for ${bounded.join(', ')}`);
  const partial = judged
    .filter(
      (j) =>
        (j.stage === 'taken' || j.stage === 'year') &&
        j.group.subject === bestSubject &&
        j.subject.score === top,
    )
    .flatMap((j) => j.partial);
  if (!options.includePartialYears && partial.length)
    caveats.push(`${partial.length} partial-year figure(s) left out`);
  return {
    target: t,
    series,
    method: methods.size ? [...methods].join('; ') : 'exact',
    reason: caveats.length ? caveats.join('; ') : null,
    candidates: listed,
  };
}

/**
 * Pair each target with the actual series it can be judged on; one {@link TargetMatch} per target, in order, each
 * with its candidates (taken or refused, and why). A growth target (metric `增速` or kind `growth`) needs rows with
 * `growth_pct` in a compatible price basis; a level target needs rows with `value` in the same unit. Among rows for
 * the same year, a final figure wins over a 预计 one. `options.mapping` pairs names the rules do not (see
 * `loadMapping`); a mapped pair still has to pass the place, metric, unit and basis checks.
 *
 * Unmatched targets get `method: null` and a reason.
 *
 * Complexity: O(actuals) to index by region, then O(candidate groups of the target's region) per target.
 *
 * @example
 * const gdp = seeds.reviewedTargets().find((t) => t.region === '武汉市' && t.subject === '地区生产总值' && t.metric === '总量')!;
 * const [m] = matchActuals([gdp], (await loadBundledActuals()).rows);
 * m.series.map((a) => a.year) // years of 武汉's published GDP
 * matchActuals(targets, actuals, { mapping: [{ target: '全社会研发经费投入', actual: '研究与试验发展经费支出' }] })
 */
export function matchActuals(
  targets: TargetRow[],
  actuals: ActualRow[],
  options: MatchOptions = {},
): TargetMatch[] {
  const index = indexActuals(actuals);
  return targets.map((t) => matchOne(t, index, options));
}

/** One row of the match table: a target, what it was paired with (or why not), and the candidates considered. */
export interface MatchTableRow {
  target_id: string;
  region: string;
  scope: string;
  subject: string;
  metric: string;
  unit: string;
  /** The actual subject and indicator paired with, or '' when none. */
  actual_subject: string;
  actual_indicator: string;
  years: string;
  method: string;
  score: number | null;
  /** `mapping` when a mapping row made the pair, else ''. */
  mapping: string;
  reason: string;
  /** The other candidates, `indicator @ place [metric, unit]: why`, `; `-separated. */
  candidates: string;
}

/** The columns of {@link matchTable}, in output order. */
export const MATCH_TABLE_COLUMNS = [
  'target_id',
  'region',
  'scope',
  'subject',
  'metric',
  'unit',
  'actual_subject',
  'actual_indicator',
  'years',
  'method',
  'score',
  'mapping',
  'reason',
  'candidates',
] as const satisfies readonly (keyof MatchTableRow)[];

/**
 * The match table: one row per target with what it was paired with, the score and method, the mapping row that
 * made it (if any), the reason or caveats, and every other candidate with why it was refused.
 *
 * @example
 * matchTable(matchActuals(targets, actuals))[0] // { target_id: '…', actual_indicator: '地区生产总值', method: 'exact', … }
 */
export function matchTable(matches: readonly TargetMatch[]): MatchTableRow[] {
  return matches.map((m) => {
    const t = m.target;
    const cands = m.candidates ?? [];
    const taken = cands.filter((c) => c.taken);
    const first = taken[0];
    return {
      target_id: t.target_id,
      region: t.region,
      scope: t.scope,
      subject: t.subject,
      metric: t.metric,
      unit: t.unit,
      actual_subject: first?.subject ?? '',
      actual_indicator: [...new Set(taken.map((c) => c.indicator))].join(' | '),
      years: [...new Set(m.series.map((a) => a.year))].join(' '),
      method: m.method ?? '',
      score: first ? first.score : null,
      mapping: first?.via.startsWith('mapping:') ? first.via.slice('mapping:'.length) : '',
      reason: m.reason ?? '',
      candidates: cands
        .filter((c) => !c.taken)
        .map((c) => `${c.indicator} @ ${c.place} [${c.metric}, ${c.unit ?? '-'}]: ${c.why}`)
        .join('; '),
    };
  });
}
