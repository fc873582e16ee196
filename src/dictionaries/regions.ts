/**
 * Regions (GB/T 2260 divisions), development zones and the zone classes targets use (三大国家级开发区, 四个新城区,
 * 中心城区), from `data/dictionaries/regions.csv`, `zones.csv` and `zone-classes.csv`.
 */
import { normalizeName, readDictionary, splitList } from './load.js';

/** The administrative level of a region. */
export type RegionLevel =
  | 'province'
  | 'prefecture_city'
  | 'district'
  | 'county'
  | 'county_city'
  | 'management_zone';

/** One administrative division. */
export interface RegionEntry {
  name: string;
  /** GB/T 2260 code, or `null` when the place has none (龙感湖管理区). */
  code: string | null;
  /** The NBS 统计用区划代码 when it differs from GB/T 2260 (龙感湖管理区 421171), else `null`. */
  stats_code: string | null;
  level: RegionLevel;
  /** The parent division's name (`武汉市` for 江岸区), or `null` for a province. */
  parent: string | null;
  aliases: string[];
  note: string;
  source: string;
}

/** One development zone. */
export interface ZoneEntry {
  name: string;
  /** The prefecture city the zone belongs to. */
  city: string;
  /** `national`, `provincial` or `municipal`. */
  level: string;
  /** The district administered together with the zone (汉南区 for 武汉经济技术开发区), or `null`. */
  host_district: string | null;
  aliases: string[];
  note: string;
  source: string;
}

/** A class of zones or districts a target can be stated for (三大国家级开发区…). */
export interface ZoneClassEntry {
  name: string;
  city: string;
  members: string[];
  aliases: string[];
  note: string;
  source: string;
}

/** What {@link resolveRegion} finds for a name. */
export interface RegionMatch {
  /** The canonical name. */
  name: string;
  kind: 'region' | 'zone' | 'zone_class';
  /** Level for regions (`prefecture_city`…), `zone` or `zone_class` otherwise. */
  level: string;
  /** GB/T 2260 code of a region; `null` for zones, zone classes and places without one. */
  code: string | null;
  /** The prefecture city (or the province itself) whose statistics cover this place, with its code. */
  city: string | null;
  city_code: string | null;
  /** `exact` or `alias:<the alias matched>`. */
  via: string;
}

let regionCache: RegionEntry[] | null = null;
let zoneCache: ZoneEntry[] | null = null;
let classCache: ZoneClassEntry[] | null = null;
let index: Map<string, RegionMatch> | null = null;

/**
 * Every region in the dictionary (湖北省, 武汉市 and its districts, 襄阳市 and its counties, 黄冈市 and its counties
 * and cities, 龙感湖管理区), with GB/T 2260 codes and sources.
 *
 * Complexity: O(1) after the first call.
 *
 * @example
 * regions().find((r) => r.name === '武穴市')?.code // '421182'
 * @throws {Error} when data/dictionaries/regions.csv is missing or a row lacks a name, source or valid level.
 */
export function regions(): RegionEntry[] {
  if (regionCache) return regionCache;
  const levels = new Set([
    'province',
    'prefecture_city',
    'district',
    'county',
    'county_city',
    'management_zone',
  ]);
  regionCache = readDictionary('regions.csv').map((r, i) => {
    if (!levels.has(r.level ?? ''))
      throw new Error(`regions.csv row ${i + 2}: unknown level "${r.level}" for ${r.name}`);
    return {
      name: r.name!,
      code: r.code || null,
      stats_code: r.stats_code || null,
      level: r.level as RegionLevel,
      parent: r.parent || null,
      aliases: splitList(r.aliases),
      note: r.note ?? '',
      source: r.source!,
    };
  });
  return regionCache;
}

/**
 * Every development zone in the dictionary, with its city, host district and aliases (东湖新技术开发区 = 光谷…).
 *
 * @example
 * zones().find((z) => z.name === '武汉经济技术开发区')?.host_district // '汉南区'
 * @throws {Error} when data/dictionaries/zones.csv is missing or malformed.
 */
export function zones(): ZoneEntry[] {
  if (zoneCache) return zoneCache;
  zoneCache = readDictionary('zones.csv').map((r) => ({
    name: r.name!,
    city: r.city ?? '',
    level: r.level ?? '',
    host_district: r.host_district || null,
    aliases: splitList(r.aliases),
    note: r.note ?? '',
    source: r.source!,
  }));
  return zoneCache;
}

/**
 * The zone classes targets are stated for, with their members.
 *
 * @example
 * zoneClasses().find((c) => c.name === '四个新城区')?.members // ['蔡甸区', '江夏区', '黄陂区', '新洲区']
 * @throws {Error} when data/dictionaries/zone-classes.csv is missing or malformed.
 */
export function zoneClasses(): ZoneClassEntry[] {
  if (classCache) return classCache;
  classCache = readDictionary('zone-classes.csv').map((r) => ({
    name: r.name!,
    city: r.city ?? '',
    members: splitList(r.members),
    aliases: splitList(r.aliases),
    note: r.note ?? '',
    source: r.source!,
  }));
  return classCache;
}

function cityOf(name: string, byName: Map<string, RegionEntry>): RegionEntry | null {
  let r = byName.get(name) ?? null;
  while (r && r.level !== 'prefecture_city' && r.level !== 'province')
    r = r.parent ? (byName.get(r.parent) ?? null) : null;
  return r;
}

function buildIndex(): Map<string, RegionMatch> {
  const m = new Map<string, RegionMatch>();
  const byName = new Map(regions().map((r) => [r.name, r]));
  const add = (key: string, match: RegionMatch) => {
    const k = normalizeName(key);
    if (!m.has(k)) m.set(k, match);
  };
  for (const r of regions()) {
    const city = cityOf(r.name, byName);
    const base = {
      name: r.name,
      kind: 'region' as const,
      level: r.level,
      code: r.code,
      city: city?.name ?? null,
      city_code: city?.code ?? null,
    };
    add(r.name, { ...base, via: 'exact' });
    for (const a of r.aliases) add(a, { ...base, via: `alias:${a}` });
  }
  for (const z of zones()) {
    const city = byName.get(z.city);
    const base = {
      name: z.name,
      kind: 'zone' as const,
      level: 'zone',
      code: null,
      city: z.city || null,
      city_code: city?.code ?? null,
    };
    add(z.name, { ...base, via: 'exact' });
    for (const a of z.aliases) add(a, { ...base, via: `alias:${a}` });
  }
  for (const c of zoneClasses()) {
    const city = byName.get(c.city);
    const base = {
      name: c.name,
      kind: 'zone_class' as const,
      level: 'zone_class',
      code: null,
      city: c.city || null,
      city_code: city?.code ?? null,
    };
    add(c.name, { ...base, via: 'exact' });
    for (const a of c.aliases) add(a, { ...base, via: `alias:${a}` });
  }
  return m;
}

/**
 * Find a region, zone or zone class by its name or an alias (traditional characters, full-width brackets and spaces
 * are tolerated). Returns `null` when the name is not in the dictionaries; never guesses from a partial name.
 *
 * Complexity: O(length of name) after the index is built once.
 *
 * @example
 * resolveRegion('光谷') // { name: '东湖新技术开发区', kind: 'zone', city: '武汉市', city_code: '420100', via: 'alias:光谷', … }
 * resolveRegion('武漢') // { name: '武汉市', kind: 'region', code: '420100', … }
 * @throws {Error} only when a dictionary file is missing or malformed.
 */
export function resolveRegion(name: string): RegionMatch | null {
  if (!index) index = buildIndex();
  const k = normalizeName(name);
  if (k === '') return null;
  return index.get(k) ?? null;
}
