/**
 * `matchActuals`: pair each target with the actual series it can be judged on — same region and scope (a zone or a
 * province row is not a city total), the same subject through the dictionaries, a compatible metric (产值 ≠ 营业收入
 * ≠ 增加值 ≠ 产业规模, never paired silently) and price basis (a real growth target needs published real growth) —
 * and say why when there is none.
 */
import { normalizeName } from '../dictionaries/load.js';
import { resolveRegion, zoneClasses } from '../dictionaries/regions.js';
import { resolveSubject } from '../dictionaries/subjects.js';
import type { TargetRow } from '../targets/types.js';
import { readIndicator } from './interpret.js';
import type { ActualRow, TargetMatch } from './types.js';

/** Options of {@link matchActuals}. */
export interface MatchOptions {
  /** Keep partial-year rows (`period` set) in the series. Default false: a partial year is not the year. */
  includePartialYears?: boolean;
}

const LEVEL_METRICS = new Set(['总量', '数量']);

function canonicalSubject(s: string): { name: string; via: string } {
  const hit = resolveSubject(s);
  return hit ? { name: hit.name, via: hit.via } : { name: normalizeName(s), via: 'exact' };
}

function canonicalScope(scope: string): string {
  const s = normalizeName(scope);
  if (s === '' || s === '全市') return '全市';
  if (s === '全省') return '全省';
  const r = resolveRegion(s);
  return r ? r.name : s;
}

function isGrowthTarget(t: TargetRow): boolean {
  return t.kind === 'growth' || t.metric === '增速';
}

/** Whether an actual row's metric answers the target's metric. */
function metricFits(t: TargetRow, a: ActualRow): boolean {
  if (isGrowthTarget(t)) {
    // 增速 of an indicator is the growth of its level (总量); of a cluster, of whatever level metric is published
    if (t.metric === '增速') return a.metric !== '占比' && a.metric !== '比值';
    return a.metric === t.metric;
  }
  if (t.metric === '数量' || t.metric === '总量') return LEVEL_METRICS.has(a.metric);
  return a.metric === t.metric;
}

function fmtScope(rows: readonly ActualRow[]): string {
  return [...new Set(rows.map((r) => r.scope))].join(', ');
}

/** The member zones of a zone class, by canonical name, or `null` when `scope` is not a zone class. */
function zoneClassMembers(scope: string): Set<string> | null {
  const resolved = resolveRegion(scope);
  if (resolved?.kind !== 'zone_class') return null;
  const entry = zoneClasses().find((z) => z.name === resolved.name);
  return entry ? new Set(entry.members.map(canonicalScope)) : null;
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

/** Actual rows grouped by region name and by region code, built once per call. */
interface ActualIndex {
  byRegion: Map<string, ActualRow[]>;
  byCode: Map<string, ActualRow[]>;
}

function indexActuals(actuals: readonly ActualRow[]): ActualIndex {
  const byRegion = new Map<string, ActualRow[]>();
  const byCode = new Map<string, ActualRow[]>();
  for (const a of actuals) {
    const r = byRegion.get(a.region);
    if (r) r.push(a);
    else byRegion.set(a.region, [a]);
    if (a.region_code !== null) {
      const c = byCode.get(a.region_code);
      if (c) c.push(a);
      else byCode.set(a.region_code, [a]);
    }
  }
  return { byRegion, byCode };
}

function regionRows(t: TargetRow, index: ActualIndex): ActualRow[] {
  const resolved = resolveRegion(t.region);
  const names = new Set([t.region, resolved?.kind === 'region' ? resolved.name : t.region]);
  const out = new Set<ActualRow>();
  for (const n of names) for (const a of index.byRegion.get(n) ?? []) out.add(a);
  if (t.region_code !== null) for (const a of index.byCode.get(t.region_code) ?? []) out.add(a);
  return [...out];
}

function matchOne(t: TargetRow, index: ActualIndex, options: MatchOptions): TargetMatch {
  const label = `${t.region} / ${t.subject} / ${t.metric}`;
  const none = (reason: string): TargetMatch => ({ target: t, series: [], method: null, reason });
  const inRegion = regionRows(t, index);
  if (inRegion.length === 0) return none(`no actual for ${label}: no actuals at all for ${t.region}`);
  const subject = canonicalSubject(t.subject);
  const sameSubject = inRegion.filter((a) => a.subject === subject.name);
  if (sameSubject.length === 0)
    return none(`no actual for ${label}: no series for ${subject.name} in ${t.region}`);
  const scope = canonicalScope(t.scope);
  let sameScope = sameSubject.filter((a) => canonicalScope(a.scope) === scope);
  // A zone-class target (三大国家级开发区…不低于50%) applies to each member zone: judge it on the members' series, one
  // verdict per zone (the gap engine splits the series by scope). The members' figures are never summed into a total.
  const members = sameScope.length === 0 ? zoneClassMembers(scope) : null;
  if (members) sameScope = sameSubject.filter((a) => members.has(canonicalScope(a.scope)));
  if (sameScope.length === 0) {
    const extra = members ? ` (a zone class; no figures for its members ${[...members].join(', ')})` : '';
    return none(
      `no actual for ${label} at scope ${scope}${extra}; ${subject.name} exists for ${fmtScope(sameSubject)}, which is not ${scope}` +
        (scope === '全市' ? ' (zone-level and province rows are not city totals)' : ''),
    );
  }
  const fitting = sameScope.filter((a) => metricFits(t, a));
  if (fitting.length === 0) {
    const others = [...new Set(sameScope.map((a) => a.metric))].join(', ');
    return none(`no actual for ${label}; ${others} exists but is a different metric`);
  }
  const growth = isGrowthTarget(t);
  let usable = fitting.filter((a) => (growth ? a.growth_pct !== null : a.value !== null));
  if (usable.length === 0)
    return none(
      growth
        ? `no actual for ${label}: only levels are published, no growth rate (never derive growth from levels)`
        : `no actual for ${label}: only growth rates are published, no level`,
    );
  if (growth && t.price_basis !== 'unspecified') {
    const basisOk = usable.filter((a) => a.price_basis === t.price_basis || a.price_basis === 'unspecified');
    if (basisOk.length === 0) {
      const have = [...new Set(usable.map((a) => a.price_basis))].join(', ');
      return none(
        `no actual for ${label}: the target is ${t.price_basis} growth but the published growth is ${have}` +
          (t.price_basis === 'real' ? '; a real growth target needs published real growth' : ''),
      );
    }
    usable = basisOk;
  }
  if (!growth && t.unit) {
    const unitOk = usable.filter((a) => a.unit === null || a.unit === t.unit);
    if (unitOk.length === 0)
      return none(
        `no actual for ${label}: the target is in ${t.unit} but actuals are in ${[...new Set(usable.map((a) => a.unit))].join(', ')}`,
      );
    usable = unitOk;
  }
  const full = usable.filter((a) => a.period === null);
  const partial = usable.filter((a) => a.period !== null);
  const chosen = options.includePartialYears ? usable : full;
  if (chosen.length === 0)
    return none(
      `no actual for ${label} for a full year; partial-year figures exist (${partial.map((a) => `${a.year} ${a.period}`).join(', ')})`,
    );
  const series = dedupeByYear(chosen);
  const methods = new Set<string>();
  if (subject.via !== 'exact') methods.add(subject.via);
  for (const a of series) {
    const via = readIndicator(a.indicator).via;
    if (via.startsWith('alias:')) methods.add(via);
  }
  if (members)
    methods.add(`zone_class:${scope}(${[...new Set(series.map((a) => canonicalScope(a.scope)))].join('|')})`);
  else if (scope !== '全市' && scope !== '全省') methods.add(`zone:${scope}`);
  const caveats: string[] = [];
  const notes = [...new Set(series.flatMap((a) => (a.note ? a.note.split('; ') : [])))];
  if (notes.length) caveats.push(`caliber: ${notes.join('; ')}`);
  // indicator aliases are synonyms (社零, 第三产业 = 服务业); a cluster alias may be another caliber (能源环保 ≠ 节能环保)
  const aliases = [...methods].filter((m) => m.startsWith('alias:'));
  if (aliases.length && resolveSubject(subject.name)?.kind === 'industry')
    caveats.push(`subject matched through ${aliases.join(', ')}: check the caliber`);
  const prelim = series.filter((a) => a.preliminary).map((a) => a.year);
  if (prelim.length) caveats.push(`preliminary (预计) figures for ${prelim.join(', ')}`);
  const bounded = series.filter((a) => (growth ? a.growth_bound : a.bound) !== '=').map((a) => a.year);
  if (growth && t.metric === '增速') {
    const of = [...new Set(series.map((a) => a.metric))].filter((m) => !LEVEL_METRICS.has(m));
    if (of.length) caveats.push(`growth of ${of.join(', ')}`);
  }
  if (bounded.length) caveats.push(`bounded figures (>, ~…) for ${bounded.join(', ')}`);
  if (!options.includePartialYears && partial.length)
    caveats.push(`${partial.length} partial-year figure(s) left out`);
  return {
    target: t,
    series,
    method: methods.size ? [...methods].join('; ') : 'exact',
    reason: caveats.length ? caveats.join('; ') : null,
  };
}

/**
 * Pair each target with the actual series it can be judged on; one {@link TargetMatch} per target, in order.
 * A growth target (metric `增速` or kind `growth`) needs rows with `growth_pct` in a compatible price basis; a level
 * target needs rows with `value` in the same unit. Among rows for the same year, a final figure wins over a 预计 one.
 *
 * Complexity: O(actuals) to index by region, then O(rows of the target's region) per target.
 *
 * @example
 * const [m] = matchActuals([gdpTarget], (await loadBundledActuals()).rows);
 * m.series.map((a) => a.year) // [2020, 2021, 2022, 2023]
 * @throws never: unmatched targets get `method: null` and a reason.
 */
export function matchActuals(
  targets: TargetRow[],
  actuals: ActualRow[],
  options: MatchOptions = {},
): TargetMatch[] {
  const index = indexActuals(actuals);
  return targets.map((t) => matchOne(t, index, options));
}
