/**
 * Places: every entity statistics can be published for, from the nation down to counties and development zones,
 * resolved the same way for targets and actuals. The seeds' dictionaries (`regions.csv`, `zones.csv`,
 * `zone-classes.csv`, with their aliases) come first; every other division of China comes from `divisions.csv`.
 */
import { DIVISION_LEVEL, type Division, divisionByCode, divisionsNamed } from './divisions.js';
import { normalizeName } from './load.js';
import { resolveRegion } from './regions.js';

/** The level of a place, from the nation down. */
export type PlaceLevel =
  | 'nation'
  | 'province'
  | 'prefecture_city'
  | 'district'
  | 'county'
  | 'county_city'
  | 'management_zone'
  | 'development_zone'
  | 'zone_class';

/** One place, as {@link resolvePlace} finds it. */
export interface Place {
  /** The canonical name (全国, 湖北省, 武汉市, 东湖新技术开发区…). */
  name: string;
  /** GB/T 2260 / NBS code, or `null` (zones and zone classes of the seeds' dictionaries have none). */
  code: string | null;
  level: PlaceLevel;
  /**
   * The region whose statistics publish this place: the place itself for the nation, a province or a prefecture
   * city; the prefecture city (or, for a municipality's district, the municipality) otherwise.
   */
  region: string;
  regionCode: string | null;
  /** The province the place lies in (`null` for the nation). */
  province: string | null;
  /** `exact`, `alias:光谷`, or `divisions` (found in divisions.csv only). */
  via: string;
}

/**
 * Words that stand for the whole of a region (`全市` in a city's table, `全省`, `全国`, a 合计 row). A scope written
 * with one of them is the region itself.
 */
export const WHOLE_SCOPE_WORDS: ReadonlySet<string> = new Set([
  '',
  '全国',
  '全省',
  '全区',
  '全市',
  '全县',
  '全州',
  '全盟',
  '全旗',
  '全部',
  '合计',
  '总计',
  '全市合计',
  '全省合计',
  '全国合计',
  '全部行业',
]);

const TOP_LEVELS = new Set<PlaceLevel>(['nation', 'province', 'prefecture_city']);

function fromDivision(d: Division, via: string): Place {
  const top = TOP_LEVELS.has(d.level as PlaceLevel);
  const parent = !top && d.parentCode ? divisionByCode(d.parentCode) : undefined;
  return {
    name: d.name,
    code: d.code,
    level: d.level,
    region: top ? d.name : (parent?.name ?? d.name),
    regionCode: top ? d.code : (parent?.code ?? d.code),
    province: d.level === 'nation' ? null : d.province,
    via,
  };
}

/**
 * The division named `name`: by its full name, or by a short name only for a province or a prefecture-level city
 * (广东, 武汉; a short county or district name such as 江城 is too often a nickname). Several candidates are told
 * apart by `within`; when they cannot be, there is no answer rather than a guess.
 */
function divisionFor(name: string, within: Place | null): Division | undefined {
  const found = divisionsNamed(name);
  const exact = found.filter((d) => d.name === name);
  const pool = exact.length > 0 ? exact : found.filter((d) => TOP_LEVELS.has(d.level as PlaceLevel));
  if (pool.length <= 1) return pool[0];
  if (within?.code) {
    const inside = pool.filter((d) => isInside(d, within.code!));
    if (inside.length === 1) return inside[0];
  }
  return undefined;
}

function isInside(d: Division, code: string): boolean {
  for (let x: Division | undefined = d; x; x = x.parentCode ? divisionByCode(x.parentCode) : undefined)
    if (x.code === code) return true;
  return code === '100000';
}

const cache = new Map<string, Place | null>();

/**
 * Resolve a place name: the seeds' dictionaries first (aliases, zones, zone classes), then every division of China
 * (`divisions.csv`: the nation 全国 100000, provinces, cities, districts, counties, county-level cities, development
 * zones; full names and short names such as 广东 or 海拉尔). `within` (a region name) decides between divisions that
 * share a short name. Returns `null` when nothing is found: never a guess from part of a name.
 *
 * Complexity: O(length) after the dictionaries are indexed once; cached per (name, within).
 *
 * @example
 * resolvePlace('全国') // { name: '全国', code: '100000', level: 'nation', region: '全国', … }
 * resolvePlace('光谷') // { name: '东湖新技术开发区', level: 'development_zone', region: '武汉市', … }
 * resolvePlace('海淀区') // { name: '海淀区', code: '110108', level: 'district', region: '北京市', … }
 * @throws {Error} only when a dictionary file is missing or malformed.
 */
export function resolvePlace(name: string, within?: string): Place | null {
  const key = `${name}\u0000${within ?? ''}`;
  if (cache.has(key)) return cache.get(key) ?? null;
  const out = resolveUncached(normalizeName(name), within);
  cache.set(key, out);
  return out;
}

function resolveUncached(n: string, within: string | undefined): Place | null {
  if (n === '') return null;
  if (n === '中国' || n === '全国' || n === '我国' || n === '中华人民共和国' || n === '100000')
    return fromDivision(divisionByCode('100000')!, 'exact');
  const r = resolveRegion(n);
  if (r) {
    const division = r.code ? divisionByCode(r.code) : undefined;
    const level: PlaceLevel =
      r.kind === 'zone'
        ? 'development_zone'
        : r.kind === 'zone_class'
          ? 'zone_class'
          : (r.level as PlaceLevel);
    const top = TOP_LEVELS.has(level);
    return {
      name: r.name,
      code: r.code,
      level,
      region: top ? r.name : (r.city ?? r.name),
      regionCode: top ? r.code : r.city_code,
      province:
        division?.province ??
        (level === 'province' ? r.name : r.city ? (resolvePlace(r.city)?.province ?? null) : null),
      via: r.via,
    };
  }
  if (/^\d{6}$/.test(n)) {
    const d = divisionByCode(n);
    return d ? fromDivision(d, 'divisions') : null;
  }
  const context = within ? resolvePlace(within) : null;
  const d = divisionFor(n, context);
  return d ? fromDivision(d, 'divisions') : null;
}

/** The default scope word of a place's level (`全国`, `全省`, `全市`, `全区`, `全县`). */
export function wholeScopeOf(place: Place): string {
  if (place.level === 'zone_class') return place.name;
  if (place.level === 'management_zone') return '全区';
  return DIVISION_LEVEL[place.level].scope;
}

/**
 * The place a (region, scope) pair names: the region itself for a whole-region scope (`全市`, `全省`, `全国`, '' or
 * the region's own name), the province for `全省` written in a city's table, the zone, district, county or zone class
 * the scope names, or `null` when the scope names none (a text such as 重点工业园区: the caller keeps it as written).
 *
 * @example
 * placeOf('全国', '全市')?.code // '100000' (the extractor's default scope word does not make the nation a city)
 * placeOf('武汉市', '东湖高新区')?.name // '东湖新技术开发区'
 * placeOf('武汉市', '全省')?.name // '湖北省'
 */
export function placeOf(region: string, scope: string, regionCode?: string | null): Place | null {
  const regionPlace = (regionCode ? codePlace(regionCode, region) : null) ?? resolvePlace(region) ?? null;
  const s = normalizeName(scope);
  if (WHOLE_SCOPE_WORDS.has(s) || (regionPlace && s === regionPlace.name) || s === normalizeName(region)) {
    if (s === '全省' && regionPlace && regionPlace.level !== 'province' && regionPlace.province)
      return resolvePlace(regionPlace.province);
    return regionPlace;
  }
  return resolvePlace(s, regionPlace?.name ?? region);
}

function codePlace(code: string, name: string): Place | null {
  const byName = resolvePlace(name);
  if (byName && (byName.code === code || byName.code === null)) return byName;
  const d = divisionByCode(code);
  return d ? fromDivision(d, 'divisions') : byName;
}
